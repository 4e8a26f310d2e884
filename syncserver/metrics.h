// Server counters, rendered for GET /metrics in the Prometheus text format.
// Every field is updated lock-free from any thread.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace pantau::server {

class Metrics {
  public:
    // Upper bounds of the request latency histogram, in seconds.
    static constexpr std::array<double, 12> kLatencyBuckets = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0};

    void request_done(int status, std::uint64_t bytes_in, std::uint64_t bytes_out, double seconds);
    void pushed(std::uint64_t applied, std::uint64_t superseded, std::uint64_t rejected);
    void pulled(std::uint64_t records);
    void conflicts(std::uint64_t count);
    void connection_opened();
    void connection_closed();

    std::string render() const;

  private:
    std::atomic<std::uint64_t> requests_2xx_{0}, requests_4xx_{0}, requests_5xx_{0};
    std::atomic<std::uint64_t> bytes_in_{0}, bytes_out_{0};
    std::atomic<std::uint64_t> push_applied_{0}, push_superseded_{0}, push_rejected_{0};
    std::atomic<std::uint64_t> pull_records_{0};
    std::atomic<std::uint64_t> conflicts_{0};
    std::atomic<std::int64_t> open_connections_{0};
    std::array<std::atomic<std::uint64_t>, kLatencyBuckets.size()> latency_buckets_{};
    std::atomic<std::uint64_t> latency_count_{0};
    std::atomic<std::uint64_t> latency_sum_us_{0};
};

}  // namespace pantau::server
