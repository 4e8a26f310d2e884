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

void ServerState::add_connection(const Connection* key, const std::string& address,
                                 std::weak_ptr<Connection> connection) {
    std::lock_guard lock(mutex_);
    if (connections_.emplace(key, Open{address, std::move(connection)}).second) {
        ++connections_per_address_[address];
        ++open_connections_;
        metrics_.connection_opened();
    }
}

void ServerState::remove_connection(const Connection* key) {
    std::lock_guard lock(mutex_);
    const auto it = connections_.find(key);
    if (it == connections_.end()) {
        return;
    }
    const auto per_address = connections_per_address_.find(it->second.address);
    if (--per_address->second == 0) {
        connections_per_address_.erase(per_address);
    }
    connections_.erase(it);
    --open_connections_;
    metrics_.connection_closed();
}

std::size_t ServerState::connections_from(const std::string& address) {
    std::lock_guard lock(mutex_);
    const auto it = connections_per_address_.find(address);
    return it == connections_per_address_.end() ? 0 : it->second;
}

bool ServerState::reserve_body(const std::string& address, std::size_t bytes) {
    std::lock_guard lock(mutex_);
    auto& from_address = body_bytes_per_address_[address];
    if (bytes > limits().bodies_in_flight_limit - body_bytes_ ||
        bytes > limits().bodies_in_flight_per_address - from_address) {
        if (from_address == 0) {
            body_bytes_per_address_.erase(address);
        }
        return false;
    }
    body_bytes_ += bytes;
    from_address += bytes;
    return true;
}

void ServerState::release_body(const std::string& address, std::size_t bytes) {
    if (bytes == 0) {
        return;
    }
    std::lock_guard lock(mutex_);
    body_bytes_ -= bytes;
    const auto it = body_bytes_per_address_.find(address);
    if (it != body_bytes_per_address_.end() && (it->second -= bytes) == 0) {
        body_bytes_per_address_.erase(it);
    }
}

std::size_t ServerState::bodies_in_flight() {
    std::lock_guard lock(mutex_);
    return body_bytes_;
}

void ServerState::close_all_connections() {
    std::vector<std::shared_ptr<Connection>> open;
    {
        std::lock_guard lock(mutex_);
        for (const auto& [key, open_connection] : connections_) {
            if (auto connection = open_connection.connection.lock()) {
                open.push_back(std::move(connection));
            }
        }
    }
    for (const auto& connection : open) {
        connection->stop();
    }
}

}  // namespace pantau::server
