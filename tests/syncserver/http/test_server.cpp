#include "syncserver/http/test_server.h"

#include <iomanip>
#include <sstream>

#include "clock/sha1.h"

namespace pantau::server::testing {

ServerConfig fast_config() {
    ServerConfig config;
    config.listen_host = "127.0.0.1";
    config.listen_port = 0;
    config.io_threads = 2;
    config.worker_threads = 4;
    config.http.request_timeout = std::chrono::milliseconds(1500);
    config.http.idle_timeout = std::chrono::milliseconds(1000);
    config.http.write_timeout = std::chrono::milliseconds(5000);
    config.shutdown_grace = std::chrono::milliseconds(5000);
    return config;
}

namespace {

std::string sha1_hex(std::string_view bytes) {
    Sha1 sha;
    sha.update(bytes);
    std::ostringstream out;
    for (const auto byte : sha.finish()) {
        out << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(byte);
    }
    return out.str();
}

}  // namespace

HttpResponse EchoHandler::handle(const HttpRequest& request) {
    const std::string path = request.target.substr(0, request.target.find('?'));
    if (path == "/throw") {
        throw std::runtime_error("the echo handler was asked to fail");
    }
    if (path == "/text") {
        HttpResponse response;
        response.content_type = "text/plain; charset=utf-8";
        for (int i = 0; i < 512; ++i) {
            response.body += "pantau! ";
        }
        return response;
    }
    if (path == "/stream") {
        // 16 MiB in 256 pieces of 64 KiB, each piece's bytes its number:
        // more than any socket buffer holds, so a slow reader paces it.
        struct Pieces final : BodySource {
            int sent = 0;
            std::optional<std::string> next() override {
                if (sent == 256)
                    return std::nullopt;
                return std::string(64 * 1024, static_cast<char>('a' + sent++ % 26));
            }
        };
        HttpResponse response;
        response.content_type = "text/plain; charset=utf-8";
        response.stream = std::make_shared<Pieces>();
        return response;
    }
    if (path == "/stream-fails") {
        struct Failing final : BodySource {
            int sent = 0;
            std::optional<std::string> next() override {
                if (sent++ == 2)
                    throw std::runtime_error("the store went away mid-answer");
                return std::string(1000, 'x');
            }
        };
        HttpResponse response;
        response.stream = std::make_shared<Failing>();
        return response;
    }
    if (path == "/slow") {
        std::unique_lock lock(mutex_);
        slow_started_ = true;
        changed_.notify_all();
        changed_.wait_for(lock, std::chrono::seconds(10), [this] { return slow_released_; });
    }
    auto response = HttpResponse::json(200, {{"method", request.method},
                                             {"target", request.target},
                                             {"authorization", request.authorization},
                                             {"content_type", request.content_type},
                                             {"body_size", request.body.size()},
                                             {"body_sha1", sha1_hex(request.body)},
                                             {"remote_address", request.remote_address}});
    response.headers.emplace_back("X-Echo", "yes");
    response.device_id = "echo-device";
    return response;
}

std::optional<HttpResponse> EchoHandler::admit(const HttpRequest& head) {
    ++admissions_;
    if (head.authorization == "Bearer refused") {
        return HttpResponse::error(401, "unauthorized", "refused on its headers");
    }
    return std::nullopt;
}

bool EchoHandler::wait_until_slow_started(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, wait, [this] { return slow_started_; });
}

void EchoHandler::release_slow() {
    {
        std::lock_guard lock(mutex_);
        slow_released_ = true;
    }
    changed_.notify_all();
}

RunningServer::RunningServer(const ServerConfig& config)
    : server(config, handler, metrics), thread_([this] { server.run(); }) {}

RunningServer::~RunningServer() {
    handler.release_slow();
    stop();
}

std::chrono::milliseconds RunningServer::stop() {
    const auto start = std::chrono::steady_clock::now();
    if (!stopped_) {
        stopped_ = true;
        server.shutdown();
        thread_.join();
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start);
}

test::HttpClient RunningServer::client(bool tls, const std::string& trusted_cert) const {
    return test::HttpClient(server.host(), server.port(), tls, trusted_cert);
}

}  // namespace pantau::server::testing
