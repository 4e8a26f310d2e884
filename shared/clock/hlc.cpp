#include "clock/hlc.h"

#include <algorithm>
#include <stdexcept>

namespace pantau {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// The counter is computed one wider than it is stored; when it overflows the
// timestamp moves to the next millisecond with counter 0. That stays above
// every earlier timestamp, and the clock catches up with real time again as
// soon as the wall clock passes it.
Hlc with_carry(std::uint64_t millis, std::uint32_t counter) {
    if (counter <= Hlc::kMaxCounter)
        return Hlc(millis, static_cast<std::uint16_t>(counter));
    if (millis == Hlc::kMaxMillis)
        throw std::overflow_error("hybrid logical clock exhausted its 48-bit millisecond range");
    return Hlc(millis + 1, 0);
}

}  // namespace

Hlc::Hlc(std::uint64_t millis, std::uint16_t counter) : millis_(millis), counter_(counter) {
    if (millis > kMaxMillis)
        throw std::out_of_range("hybrid logical clock milliseconds exceed 48 bits");
}

Hlc Hlc::from_packed(std::uint64_t packed) {
    return Hlc(packed >> 16, static_cast<std::uint16_t>(packed & 0xFFFF));
}

std::string Hlc::to_string() const {
    std::string text(16, '0');
    std::uint64_t value = packed();
    for (int i = 15; i >= 0; --i) {
        text[static_cast<std::size_t>(i)] = kHexDigits[value & 0xF];
        value >>= 4;
    }
    return text;
}

std::optional<Hlc> Hlc::parse(std::string_view text) {
    if (text.size() != 16)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : text) {
        std::uint64_t digit = 0;
        if (c >= '0' && c <= '9')
            digit = static_cast<std::uint64_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            digit = static_cast<std::uint64_t>(c - 'a' + 10);
        else
            return std::nullopt;
        value = (value << 4) | digit;
    }
    return from_packed(value);
}

std::uint64_t clamp_to_hlc_millis(std::int64_t now_ms) {
    if (now_ms < 0)
        return 0;
    return std::min(static_cast<std::uint64_t>(now_ms), Hlc::kMaxMillis);
}

bool is_far_ahead(Hlc timestamp, std::int64_t now_ms, std::int64_t bound_ms) {
    // Both values fit 48 bits, so the difference cannot overflow.
    const auto ahead = static_cast<std::int64_t>(timestamp.millis()) -
                       static_cast<std::int64_t>(clamp_to_hlc_millis(now_ms));
    return ahead > bound_ms;
}

HlcClock::HlcClock(Hlc last, std::int64_t max_drift_ms) : last_(last), max_drift_ms_(max_drift_ms) {
    if (max_drift_ms < 0)
        throw std::invalid_argument("hybrid logical clock drift bound must not be negative");
}

void HlcClock::restore(Hlc persisted) {
    last_ = std::max(last_, persisted);
}

Hlc HlcClock::send(std::int64_t now_ms) {
    const std::uint64_t now = clamp_to_hlc_millis(now_ms);
    if (now > last_.millis())
        last_ = Hlc(now, 0);
    else
        last_ = with_carry(last_.millis(), std::uint32_t{last_.counter()} + 1);
    return last_;
}

Result<Hlc> HlcClock::receive(Hlc remote, std::int64_t now_ms) {
    if (is_far_ahead(remote, now_ms, max_drift_ms_)) {
        const auto ahead = static_cast<std::int64_t>(remote.millis()) -
                           static_cast<std::int64_t>(clamp_to_hlc_millis(now_ms));
        return Error{"clock_far_ahead", "remote clock is " + std::to_string(ahead) +
                                            " ms ahead of local time; the bound is " +
                                            std::to_string(max_drift_ms_) + " ms"};
    }
    const std::uint64_t now = clamp_to_hlc_millis(now_ms);
    const std::uint64_t local = last_.millis();
    const std::uint64_t millis = std::max({local, remote.millis(), now});
    std::uint32_t counter = 0;
    if (millis == local && millis == remote.millis())
        counter = std::uint32_t{std::max(last_.counter(), remote.counter())} + 1;
    else if (millis == local)
        counter = std::uint32_t{last_.counter()} + 1;
    else if (millis == remote.millis())
        counter = std::uint32_t{remote.counter()} + 1;
    last_ = with_carry(millis, counter);
    return last_;
}

}  // namespace pantau
