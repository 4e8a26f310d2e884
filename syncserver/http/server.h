// The HTTP shell: a Beast listener with one session per connection, plain or
// TLS. It enforces the transport limits of HttpLimits, decodes and encodes
// gzip, logs one line per request, counts requests in Metrics, and hands each
// complete request to a RequestHandler on a worker thread so that no socket
// thread ever waits on the store.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "config.h"
#include "http/message.h"
#include "metrics.h"

namespace pantau::server {

class HttpServer {
  public:
    // Binds at once (port 0 picks a free port); throws std::runtime_error when
    // it cannot bind or the certificate cannot be loaded.
    HttpServer(const ServerConfig& config, RequestHandler& handler, Metrics& metrics);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    std::string host() const;
    std::uint16_t port() const;

    // Serves until shutdown() has drained; returns then. Call from one thread.
    void run();

    // Thread-safe and async-signal-free (call it from a signal-watching
    // thread): new requests get 503 "shutting_down" with Connection: close;
    // run() returns once requests in flight are answered, or after
    // shutdown_grace at the latest.
    void shutdown();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pantau::server
