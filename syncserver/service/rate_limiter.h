// Token buckets keyed by device (or by address for enrolment): a client may
// send `burst` requests at once and `per_second` after that; beyond, the
// answer is 429 with the seconds to wait. In memory, per server process.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "config.h"

namespace pantau::server {

class RateLimiter {
  public:
    explicit RateLimiter(RateLimit limit) : limit_(limit) {}

    // Takes one token; when none is left, the whole seconds until one is.
    std::optional<int> take(const std::string& key, double now_seconds);
    // What take() would answer, taking nothing.
    std::optional<int> peek(const std::string& key, double now_seconds);

  private:
    struct Bucket {
        double tokens = 0;
        double updated = 0;
    };
    static constexpr std::size_t kMaxKeys = 100'000;
    std::optional<int> wait_for(const std::string& key, double now_seconds, double cost);

    RateLimit limit_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace pantau::server
