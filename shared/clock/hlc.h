// Hybrid logical clock: the versions of the sync protocol. A version packs
// 48 bits of Unix milliseconds and a 16-bit counter into 64 bits and travels
// as 16 lowercase hex digits, so comparing the strings compares the times.
//
// The clock never reads the system time: callers pass "now" in, which keeps
// the sync engine deterministic and testable.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace pantau {

class Hlc {
  public:
    static constexpr std::uint64_t kMaxMillis = (std::uint64_t{1} << 48) - 1;
    static constexpr std::uint16_t kMaxCounter = 0xFFFF;

    constexpr Hlc() = default;
    // Throws std::out_of_range when millis does not fit 48 bits: callers
    // clamp or refuse outside input before building a timestamp.
    Hlc(std::uint64_t millis, std::uint16_t counter);

    std::uint64_t millis() const { return millis_; }
    std::uint16_t counter() const { return counter_; }

    std::uint64_t packed() const { return (millis_ << 16) | counter_; }
    static Hlc from_packed(std::uint64_t packed);

    std::string to_string() const;
    // Exactly 16 lowercase hex digits; anything else is nullopt, so one
    // version has one spelling and string order stays time order.
    static std::optional<Hlc> parse(std::string_view text);

    // Member order (millis, then counter) makes this the packed order.
    auto operator<=>(const Hlc&) const = default;

  private:
    std::uint64_t millis_ = 0;
    std::uint16_t counter_ = 0;
};

// The clock of one replica (a device or the server). It remembers the last
// timestamp it issued; persist last() and restore() it on start so versions
// keep rising across restarts.
class HlcClock {
  public:
    static constexpr std::int64_t kDefaultMaxDriftMs = 5 * 60 * 1000;

    // Throws std::invalid_argument for a negative drift bound.
    explicit HlcClock(Hlc last = Hlc{}, std::int64_t max_drift_ms = kDefaultMaxDriftMs);

    Hlc last() const { return last_; }
    std::int64_t max_drift_ms() const { return max_drift_ms_; }

    // Takes the persisted state; never moves the clock backwards, so a stale
    // copy cannot make it reissue versions it already handed out.
    void restore(Hlc persisted);

    // A local event or an outgoing message. The result is strictly greater
    // than every timestamp issued before, even when now_ms goes backwards.
    Hlc send(std::int64_t now_ms);

    // An incoming timestamp, merged by the rule of Kulkarni et al. (2014).
    // A remote more than max_drift_ms ahead of now_ms is refused with
    // "clock_far_ahead" and the clock stays where it was: one device with a
    // wrong clock must not drag every replica into the future.
    Result<Hlc> receive(Hlc remote, std::int64_t now_ms);

  private:
    Hlc last_;
    std::int64_t max_drift_ms_;
};

// Whether a timestamp lies more than bound_ms ahead of now_ms: the server's
// rule for re-stamping changes from a device whose clock runs ahead.
bool is_far_ahead(Hlc timestamp, std::int64_t now_ms, std::int64_t bound_ms);

// now_ms limited to what a timestamp can hold: negative becomes 0, beyond
// 48 bits becomes Hlc::kMaxMillis.
std::uint64_t clamp_to_hlc_millis(std::int64_t now_ms);

}  // namespace pantau
