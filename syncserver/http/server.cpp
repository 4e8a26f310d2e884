#include "http/server.h"

#include <algorithm>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/error.hpp>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "http/request_log.h"
#include "http/server_state.h"
#include "http/session.h"
#include "http/tls_context.h"

namespace pantau::server {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

namespace {

// After an accept error such as "too many open files", waiting a moment keeps
// the accept loop from spinning until a descriptor is free again.
constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(50);
// How long run() lets closed connections finish their handlers before it
// stops the I/O threads outright.
constexpr auto kStopWait = std::chrono::seconds(1);

tcp::endpoint listen_endpoint(net::io_context& io, const std::string& host, std::uint16_t port) {
    beast::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    if (!ec) {
        return {address, port};
    }
    tcp::resolver resolver(io);
    const auto results = resolver.resolve(host, std::to_string(port), ec);
    if (ec || results.empty()) {
        throw std::runtime_error("cannot resolve the listen address '" + host +
                                 "': " + (ec ? ec.message() : "no address"));
    }
    return results.begin()->endpoint();
}

// The answer to a connection beyond max_connections (in all or from one
// address), sent without a session.
std::string busy_response() {
    const auto body = HttpResponse::error(503, "too_many_connections",
                                          "The server has too many open connections; retry soon.")
                          .body;
    return "HTTP/1.1 503 Service Unavailable\r\nServer: pantau\r\n"
           "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

struct HttpServer::Impl {
    Impl(const ServerConfig& config, RequestHandler& handler, Metrics& metrics);

    void accept();
    void on_accept(beast::error_code ec, tcp::socket socket);
    void refuse_busy(tcp::socket socket);
    void run_io();
    void stop_io(std::vector<std::thread>& threads);

    // Members are destroyed bottom-up: the worker pool first (its jobs hold
    // sessions whose sockets belong to io), the shared state last (sessions
    // report to it when they go).
    ServerState state;
    std::unique_ptr<net::ssl::context> tls;
    net::io_context io;
    tcp::acceptor acceptor;
    net::steady_timer accept_retry;
    std::optional<net::executor_work_guard<net::io_context::executor_type>> work;
    std::uint16_t bound_port = 0;
    bool ran = false;

    std::mutex threads_mutex;
    std::condition_variable threads_changed;
    int threads_running = 0;

    net::thread_pool workers;
};

HttpServer::Impl::Impl(const ServerConfig& config, RequestHandler& handler, Metrics& metrics)
    : state(config, handler, metrics, workers),
      io(std::max(1, config.io_threads)),
      acceptor(net::make_strand(io)),
      accept_retry(acceptor.get_executor()),
      workers(static_cast<std::size_t>(std::max(1, config.worker_threads))) {
    if (!config.tls_cert_file.empty() || !config.tls_key_file.empty()) {
        tls = make_tls_context(config.tls_cert_file, config.tls_key_file);
    }
    const auto endpoint = listen_endpoint(io, config.listen_host, config.listen_port);
    const auto where = config.listen_host + ":" + std::to_string(config.listen_port);
    beast::error_code ec;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) {
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    }
    if (!ec) {
        acceptor.bind(endpoint, ec);
    }
    if (!ec) {
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    }
    if (ec) {
        throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
    }
    bound_port = acceptor.local_endpoint().port();
}

void HttpServer::Impl::accept() {
    acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
        try {
            on_accept(ec, std::move(socket));
        } catch (const std::exception& e) {
            // Only starting the next accept can fail here, for want of memory.
            write_log_line(std::string("accepting connections failed: ") + e.what() + "\n");
        }
    });
}

void HttpServer::Impl::on_accept(beast::error_code ec, tcp::socket socket) {
    if (!acceptor.is_open()) {
        return;
    }
    if (ec) {
        accept_retry.expires_after(kAcceptRetryDelay);
        accept_retry.async_wait([this](beast::error_code wait_error) {
            try {
                if (!wait_error && acceptor.is_open()) {
                    accept();
                }
            } catch (const std::exception& e) {
                write_log_line(std::string("accepting connections failed: ") + e.what() + "\n");
            }
        });
        return;
    }
    try {
        beast::error_code peer_error;
        const auto peer = socket.remote_endpoint(peer_error);
        if (peer_error) {
            // The client left before we looked: nothing to serve.
        } else if (auto address = address_text(peer);
                   state.open_connections() >= state.limits().max_connections ||
                   state.connections_from(address) >= state.limits().max_connections_per_address) {
            refuse_busy(std::move(socket));
        } else if (tls) {
            start_tls_session(state, std::move(socket), std::move(address), *tls);
        } else {
            start_plain_session(state, std::move(socket), std::move(address));
        }
    } catch (const std::exception& e) {
        write_log_line(std::string("starting a connection failed: ") + e.what() + "\n");
    }
    accept();
}

// Best effort and never blocking: a fresh socket's send buffer holds the
// short answer. A TLS client cannot read plain bytes, so it only sees the close.
void HttpServer::Impl::refuse_busy(tcp::socket socket) {
    static const std::string response = busy_response();
    beast::error_code ec;
    std::size_t sent = 0;
    if (!tls) {
        socket.non_blocking(true, ec);
        sent = socket.send(net::buffer(response), 0, ec);
    }
    socket.shutdown(tcp::socket::shutdown_both, ec);
    socket.close(ec);
    state.metrics().request_done(503, 0, sent, 0.0);
}

void HttpServer::Impl::run_io() {
    for (;;) {
        try {
            io.run();
            break;
        } catch (const std::exception& e) {
            // Handlers catch their own errors; this is the last line of defence.
            write_log_line(std::string("I/O thread caught: ") + e.what() + "\n");
        }
    }
    {
        std::lock_guard lock(threads_mutex);
        --threads_running;
    }
    threads_changed.notify_all();
}

void HttpServer::Impl::stop_io(std::vector<std::thread>& threads) {
    net::post(acceptor.get_executor(), [this] {
        beast::error_code ignored;
        acceptor.close(ignored);
        try {
            accept_retry.cancel();
        } catch (const std::exception&) {
            // Nothing to cancel that could fail in a way that matters now.
        }
    });
    state.close_all_connections();
    work.reset();
    {
        // With every socket closed the I/O threads run out of work by
        // themselves; a connection accepted during this last moment may still
        // hold a timer, hence the bound.
        std::unique_lock lock(threads_mutex);
        if (!threads_changed.wait_for(lock, kStopWait, [this] { return threads_running == 0; })) {
            io.stop();
        }
    }
    for (auto& thread : threads) {
        thread.join();
    }
}

HttpServer::HttpServer(const ServerConfig& config, RequestHandler& handler, Metrics& metrics)
    : impl_(std::make_unique<Impl>(config, handler, metrics)) {}

HttpServer::~HttpServer() = default;

std::string HttpServer::host() const {
    return impl_->state.config().listen_host;
}

std::uint16_t HttpServer::port() const {
    return impl_->bound_port;
}

void HttpServer::run() {
    auto& impl = *impl_;
    if (impl.ran) {
        throw std::logic_error("HttpServer::run() may be called only once");
    }
    impl.ran = true;
    impl.work.emplace(impl.io.get_executor());
    net::post(impl.acceptor.get_executor(), [&impl] { impl.accept(); });

    const int thread_count = std::max(1, impl.state.config().io_threads);
    impl.threads_running = thread_count;
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(thread_count));
    for (int i = 0; i < thread_count; ++i) {
        threads.emplace_back([&impl] { impl.run_io(); });
    }

    const bool drained = impl.state.wait_until_drained(impl.state.config().shutdown_grace);
    impl.stop_io(threads);
    if (!drained) {
        // Handlers still running past the grace period have no connection
        // to answer on any more; queued ones need not start.
        impl.workers.stop();
    }
}

void HttpServer::shutdown() {
    impl_->state.start_draining();
}

}  // namespace pantau::server
