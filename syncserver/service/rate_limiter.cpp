#include "service/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace pantau::server {

std::optional<int> RateLimiter::take(const std::string& key, double now_seconds) {
    return wait_for(key, now_seconds, 1.0);
}

std::optional<int> RateLimiter::peek(const std::string& key, double now_seconds) {
    return wait_for(key, now_seconds, 0.0);
}

std::optional<int> RateLimiter::wait_for(const std::string& key, double now_seconds, double cost) {
    std::lock_guard lock(mutex_);
    if (buckets_.size() >= kMaxKeys) {
        // Forget the clients whose buckets have refilled: they lose nothing.
        std::erase_if(buckets_, [&](const auto& entry) {
            const auto& b = entry.second;
            return b.tokens + (now_seconds - b.updated) * limit_.per_second >= limit_.burst;
        });
    }
    auto [it, inserted] = buckets_.try_emplace(key, Bucket{limit_.burst, now_seconds});
    Bucket& bucket = it->second;
    if (!inserted) {
        const double elapsed = std::max(0.0, now_seconds - bucket.updated);
        bucket.tokens = std::min(limit_.burst, bucket.tokens + elapsed * limit_.per_second);
        bucket.updated = now_seconds;
    }
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= cost;
        return std::nullopt;
    }
    if (limit_.per_second <= 0)
        return 3600;
    return std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / limit_.per_second)));
}

}  // namespace pantau::server
