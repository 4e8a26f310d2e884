#include "syncserver/http_client.h"

#include <zlib.h>

#include <array>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <cctype>
#include <functional>
#include <stdexcept>

namespace pantau::test {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// gzip or zlib, detected from the header (windowBits 15 + 32).
std::string inflate_any(const std::string& compressed) {
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 32) != Z_OK) {
        throw std::runtime_error("inflateInit2 failed");
    }
    std::string out;
    std::array<char, 64 * 1024> chunk;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.data(), chunk.size() - stream.avail_out);
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        throw std::runtime_error("the response body is not valid gzip");
    }
    return out;
}

using Done = std::function<void(beast::error_code, std::size_t)>;

}  // namespace

std::string HttpClientResponse::header(std::string_view name) const {
    const auto found = headers.find(lowercase(name));
    return found == headers.end() ? std::string() : found->second;
}

nlohmann::json HttpClientResponse::json() const {
    return nlohmann::json::parse(body);
}

std::string HttpClientResponse::error_code() const {
    const auto parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_object() && parsed.contains("error") && parsed["error"].is_object() &&
        parsed["error"].contains("code") && parsed["error"]["code"].is_string()) {
        return parsed["error"]["code"].get<std::string>();
    }
    return {};
}

struct HttpClient::Impl {
    std::string host;
    std::uint16_t port = 0;
    bool tls = false;
    std::chrono::milliseconds timeout{10'000};
    net::io_context io;
    net::ssl::context tls_context{net::ssl::context::tls_client};
    std::optional<beast::tcp_stream> plain;
    std::optional<beast::ssl_stream<beast::tcp_stream>> secure;
    beast::flat_buffer buffer;
    int opened = 0;
    bool peer_closed = false;
    bool reused = false;         // the connection has carried a complete response
    bool server_closes = false;  // the last response said Connection: close
    std::string last_error;

    bool connected() const { return plain.has_value() || secure.has_value(); }

    beast::tcp_stream& lowest() { return tls ? beast::get_lowest_layer(*secure) : *plain; }

    template <class Body>
    void with_stream(Body&& body) {
        if (!connected()) {
            throw std::logic_error("HttpClient: not connected");
        }
        if (tls) {
            body(*secure);
        } else {
            body(*plain);
        }
    }

    // Runs one asynchronous operation to its end, cancelling it after `limit`.
    std::pair<beast::error_code, std::size_t> run(const std::function<void(Done)>& start,
                                                  std::chrono::milliseconds limit) {
        std::optional<std::pair<beast::error_code, std::size_t>> result;
        bool timed_out = false;
        net::steady_timer timer(io, limit);
        timer.async_wait([&](beast::error_code ec) {
            if (!ec && !result && connected()) {
                timed_out = true;
                beast::error_code ignored;
                lowest().socket().cancel(ignored);
            }
        });
        start([&](beast::error_code ec, std::size_t bytes) {
            result.emplace(ec, bytes);
            timer.cancel();
        });
        io.restart();
        io.run();
        if (!result) {
            throw std::logic_error("HttpClient: an operation never completed");
        }
        if (timed_out && result->first == net::error::operation_aborted) {
            result->first = beast::error::timeout;
        }
        return *result;
    }

    std::pair<beast::error_code, std::size_t> run(const std::function<void(Done)>& start) {
        return run(start, timeout);
    }

    void close() {
        if (connected()) {
            beast::error_code ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
            lowest().socket().close(ignored);
        }
        secure.reset();
        plain.reset();
        buffer.clear();
        reused = false;
        server_closes = false;
    }

    void connect() {
        close();
        tcp::resolver resolver(io);
        const auto endpoints = resolver.resolve(host, std::to_string(port));
        if (tls) {
            secure.emplace(io, tls_context);
        } else {
            plain.emplace(io);
        }
        auto [ec, unused] = run([&](Done done) {
            lowest().async_connect(
                endpoints, [done](beast::error_code e, const tcp::endpoint&) { done(e, 0); });
        });
        if (ec) {
            close();
            throw std::runtime_error("cannot connect to " + host + ":" + std::to_string(port) +
                                     ": " + ec.message());
        }
        ++opened;
        peer_closed = false;
        beast::error_code ignored;
        lowest().socket().set_option(tcp::no_delay(true), ignored);
        if (tls) {
            std::tie(ec, unused) = run([&](Done done) {
                secure->async_handshake(net::ssl::stream_base::client,
                                        [done](beast::error_code e) { done(e, 0); });
            });
            if (ec) {
                close();
                throw std::runtime_error("TLS handshake with " + host + " failed: " + ec.message());
            }
        }
    }

    std::optional<HttpClientResponse> read_response(bool head_request) {
        http::response_parser<http::string_body> parser;
        parser.body_limit(512 * 1024 * 1024);
        parser.header_limit(1024 * 1024);
        if (head_request) {
            parser.skip(true);
        }
        auto [ec, unused] = run([&](Done done) {
            with_stream([&](auto& stream) { http::async_read(stream, buffer, parser, done); });
        });
        if (ec) {
            last_error = ec.message();
            if (ec != beast::error::timeout) {
                peer_closed = true;
            }
            return std::nullopt;
        }
        auto message = parser.release();
        HttpClientResponse response;
        response.status = static_cast<int>(message.result_int());
        for (const auto& field : message) {
            response.headers[lowercase(field.name_string())] = std::string(field.value());
        }
        response.raw_body = std::move(message.body());
        if (beast::iequals(message[http::field::content_encoding], "gzip")) {
            response.body = inflate_any(response.raw_body);
        } else {
            response.body = response.raw_body;
        }
        server_closes = !message.keep_alive();
        reused = true;
        return response;
    }

    HttpClientResponse request(std::string_view method, std::string_view target,
                               std::string_view body, const HttpHeaders& headers) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (server_closes) {
                close();
            }
            if (!connected()) {
                connect();
            }
            const bool was_reused = reused;
            http::request<http::string_body> message;
            message.version(11);
            const auto verb = http::string_to_verb(method);
            if (verb == http::verb::unknown) {
                message.method_string(method);
            } else {
                message.method(verb);
            }
            message.target(target);
            message.set(http::field::host, host + ":" + std::to_string(port));
            message.body() = std::string(body);
            message.prepare_payload();
            for (const auto& [name, value] : headers) {
                message.set(name, value);
            }
            auto [write_error, unused] = run([&](Done done) {
                with_stream([&](auto& stream) { http::async_write(stream, message, done); });
            });
            // Even when the write failed (the server refused early and
            // closed), its answer may be waiting to be read.
            auto response = read_response(method == "HEAD");
            if (response) {
                if (server_closes) {
                    close();
                }
                return std::move(*response);
            }
            close();
            if (!was_reused) {
                throw std::runtime_error(
                    "no response to " + std::string(method) + " " + std::string(target) + ": " +
                    (write_error ? "write: " + write_error.message() + ", " : std::string()) +
                    "read: " + last_error);
            }
        }
        throw std::runtime_error("no response to " + std::string(target));
    }

    std::pair<beast::error_code, std::size_t> read_some(std::string& out,
                                                        std::chrono::milliseconds wait) {
        std::array<char, 64 * 1024> chunk;
        auto result = run(
            [&](Done done) {
                with_stream([&](auto& stream) {
                    stream.async_read_some(net::buffer(chunk.data(), chunk.size()), done);
                });
            },
            wait);
        out.append(chunk.data(), result.second);
        return result;
    }
};

HttpClient::HttpClient(std::string host, std::uint16_t port, bool tls,
                       std::string trusted_cert_file)
    : impl_(std::make_unique<Impl>()) {
    impl_->host = std::move(host);
    impl_->port = port;
    impl_->tls = tls;
    if (trusted_cert_file.empty()) {
        impl_->tls_context.set_verify_mode(net::ssl::verify_none);
    } else {
        impl_->tls_context.load_verify_file(trusted_cert_file);
        impl_->tls_context.set_verify_mode(net::ssl::verify_peer);
    }
}

HttpClient::~HttpClient() {
    impl_->close();
}

void HttpClient::set_timeout(std::chrono::milliseconds timeout) {
    impl_->timeout = timeout;
}

HttpClientResponse HttpClient::request(std::string_view method, std::string_view target,
                                       std::string_view body, const HttpHeaders& headers) {
    return impl_->request(method, target, body, headers);
}

HttpClientResponse HttpClient::get(std::string_view target, const HttpHeaders& headers) {
    return request("GET", target, {}, headers);
}

HttpClientResponse HttpClient::post(std::string_view target, std::string_view body,
                                    const HttpHeaders& headers) {
    return request("POST", target, body, headers);
}

void HttpClient::connect() {
    impl_->connect();
}

void HttpClient::close() {
    impl_->close();
}

bool HttpClient::connected() const {
    return impl_->connected();
}

int HttpClient::connections_opened() const {
    return impl_->opened;
}

bool HttpClient::send_raw(std::string_view bytes) {
    auto [ec, unused] = impl_->run([&](Done done) {
        impl_->with_stream([&](auto& stream) {
            net::async_write(stream, net::buffer(bytes.data(), bytes.size()), done);
        });
    });
    return !ec;
}

std::optional<HttpClientResponse> HttpClient::read_response(bool head_request) {
    return impl_->read_response(head_request);
}

std::string HttpClient::read_available(std::chrono::milliseconds wait) {
    std::string out;
    if (impl_->buffer.size() > 0) {
        // Bytes a response read took in beyond its message come first.
        out = beast::buffers_to_string(impl_->buffer.data());
        impl_->buffer.consume(impl_->buffer.size());
        return out;
    }
    if (impl_->peer_closed) {
        return out;
    }
    auto [ec, unused] = impl_->read_some(out, wait);
    if (ec && ec != beast::error::timeout) {
        impl_->peer_closed = true;
    }
    return out;
}

bool HttpClient::wait_for_close(std::chrono::milliseconds wait) {
    const auto deadline = std::chrono::steady_clock::now() + wait;
    if (!impl_->connected()) {
        return true;
    }
    impl_->buffer.consume(impl_->buffer.size());
    while (!impl_->peer_closed) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            return false;
        }
        std::string discarded;
        auto [ec, unused] = impl_->read_some(discarded, left);
        if (ec == beast::error::timeout) {
            return false;
        }
        if (ec) {
            impl_->peer_closed = true;
        }
    }
    return true;
}

bool HttpClient::peer_closed() const {
    return impl_->peer_closed;
}

}  // namespace pantau::test
