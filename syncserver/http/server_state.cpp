#include "http/server_state.h"

namespace pantau::server {

ServerState::ServerState(const ServerConfig& config, RequestHandler& handler, Metrics& metrics,
                         boost::asio::thread_pool& workers)
    : config_(config), handler_(handler), metrics_(metrics), workers_(workers) {}

void ServerState::start_draining() {
    {
        std::lock_guard lock(mutex_);
        draining_.store(true, std::memory_order_release);
    }
    changed_.notify_all();
}

void ServerState::response_started() {
    std::lock_guard lock(mutex_);
    ++in_flight_;
}

void ServerState::response_finished() {
    {
        std::lock_guard lock(mutex_);
        --in_flight_;
    }
    changed_.notify_all();
}

bool ServerState::wait_until_drained(std::chrono::milliseconds grace) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return draining_.load(std::memory_order_acquire); });
    return changed_.wait_for(lock, grace, [this] { return in_flight_ == 0; });
}

void ServerState::add_connection(const Connection* key, std::weak_ptr<Connection> connection) {
    std::lock_guard lock(mutex_);
    connections_.emplace(key, std::move(connection));
    ++open_connections_;
    metrics_.connection_opened();
}

void ServerState::remove_connection(const Connection* key) {
    std::lock_guard lock(mutex_);
    if (connections_.erase(key) > 0) {
        --open_connections_;
        metrics_.connection_closed();
    }
}

void ServerState::close_all_connections() {
    std::vector<std::shared_ptr<Connection>> open;
    {
        std::lock_guard lock(mutex_);
        for (const auto& [key, weak] : connections_) {
            if (auto connection = weak.lock()) {
                open.push_back(std::move(connection));
            }
        }
    }
    for (const auto& connection : open) {
        connection->stop();
    }
}

}  // namespace pantau::server
