// What the listener and every session share: the settings, the handler and
// its worker pool, the metrics, and the drain state of a shutdown. The
// server owns one; sessions hold a reference, so it outlives them all.
#pragma once

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "config.h"
#include "http/message.h"
#include "metrics.h"

namespace pantau::server {

// An open connection as the server sees it: something it can close at the
// end of a shutdown.
class Connection {
  public:
    virtual ~Connection() = default;
    // Thread-safe: closes the connection on its own executor.
    virtual void stop() = 0;
};

class ServerState {
  public:
    ServerState(const ServerConfig& config, RequestHandler& handler, Metrics& metrics,
                boost::asio::thread_pool& workers);

    const ServerConfig& config() const { return config_; }
    const HttpLimits& limits() const { return config_.http; }
    RequestHandler& handler() { return handler_; }
    Metrics& metrics() { return metrics_; }
    boost::asio::thread_pool& workers() { return workers_; }

    bool draining() const { return draining_.load(std::memory_order_acquire); }
    void start_draining();

    // A response is in flight from the moment its request is complete until
    // it is written; the drain waits for these.
    void response_started();
    void response_finished();

    // Blocks until start_draining(), then until no response is in flight or
    // `grace` has passed since. True when drained.
    bool wait_until_drained(std::chrono::milliseconds grace);

    // Counts open connections, in all and per address, and remembers them
    // for close_all().
    void add_connection(const Connection* key, const std::string& address,
                        std::weak_ptr<Connection> connection);
    void remove_connection(const Connection* key);
    std::size_t open_connections() const { return open_connections_.load(); }
    std::size_t connections_from(const std::string& address);
    void close_all_connections();

    // The bytes of request bodies in memory (HttpLimits::bodies_in_flight_*).
    // False, reserving nothing, when `bytes` more would pass either bound.
    bool reserve_body(const std::string& address, std::size_t bytes);
    void release_body(const std::string& address, std::size_t bytes);
    std::size_t bodies_in_flight();

  private:
    const ServerConfig config_;
    RequestHandler& handler_;
    Metrics& metrics_;
    boost::asio::thread_pool& workers_;

    std::atomic<bool> draining_{false};
    std::atomic<std::size_t> open_connections_{0};

    std::mutex mutex_;
    std::condition_variable changed_;
    std::size_t in_flight_ = 0;
    struct Open {
        std::string address;
        std::weak_ptr<Connection> connection;
    };
    std::unordered_map<const Connection*, Open> connections_;
    std::unordered_map<std::string, std::size_t> connections_per_address_;
    std::size_t body_bytes_ = 0;
    std::unordered_map<std::string, std::size_t> body_bytes_per_address_;
};

}  // namespace pantau::server
