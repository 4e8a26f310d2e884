#include "clock/hlc.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>

#include "clock/random.h"

using pantau::Hlc;
using pantau::HlcClock;

namespace {
// 2026-11-23T07:31:05Z, a plausible wall-clock reading.
constexpr std::int64_t kNow = 1'795'419'065'000;
constexpr std::uint64_t kNowU = static_cast<std::uint64_t>(kNow);
constexpr std::int64_t kDay = 24 * 60 * 60 * 1000;
}  // namespace

TEST_CASE("a timestamp packs 48 bits of milliseconds above a 16-bit counter") {
    const Hlc t(0x0193a4c5d6e7, 0x0001);
    CHECK(t.packed() == 0x0193a4c5d6e70001ull);
    CHECK(t.to_string() == "0193a4c5d6e70001");
    CHECK(Hlc::from_packed(0x0193a4c5d6e70001ull) == t);
    CHECK(Hlc::from_packed(0x0193a4c5d6e70001ull).millis() == 0x0193a4c5d6e7ull);
    CHECK(Hlc::from_packed(0x0193a4c5d6e70001ull).counter() == 1);
    CHECK(Hlc().to_string() == "0000000000000000");
    CHECK(Hlc(Hlc::kMaxMillis, 0xFFFF).to_string() == "ffffffffffffffff");
}

TEST_CASE("a timestamp refuses milliseconds beyond 48 bits") {
    CHECK_THROWS_AS(Hlc(Hlc::kMaxMillis + 1, 0), std::out_of_range);
}

TEST_CASE("the string form is 16 lowercase hex digits and string order is numeric order") {
    const std::uint64_t seed = 20261123;
    INFO("seed " << seed);
    pantau::SplitMix64 random(seed);
    for (int i = 0; i < 2000; ++i) {
        // Shared high bits in half the pairs so that close timestamps are compared too.
        const std::uint64_t a = random.next();
        const std::uint64_t b =
            i % 2 == 0 ? random.next() : (a & ~0xFFFFFull) | (random() & 0xFFFFF);
        const Hlc x = Hlc::from_packed(a);
        const Hlc y = Hlc::from_packed(b);
        const std::string sx = x.to_string();
        const std::string sy = y.to_string();
        REQUIRE(sx.size() == 16);
        REQUIRE(sx.find_first_not_of("0123456789abcdef") == std::string::npos);
        REQUIRE((sx < sy) == (a < b));
        REQUIRE((x < y) == (a < b));
        REQUIRE((x == y) == (a == b));
        REQUIRE(Hlc::parse(sx) == x);
    }
}

TEST_CASE("parsing refuses anything but exactly 16 lowercase hex digits") {
    CHECK(Hlc::parse("0193a4c5d6e70001"));
    CHECK_FALSE(Hlc::parse("0193A4C5D6E70001"));
    CHECK_FALSE(Hlc::parse("0193a4c5d6e7000"));
    CHECK_FALSE(Hlc::parse("0193a4c5d6e700010"));
    CHECK_FALSE(Hlc::parse("0193a4c5d6e7000g"));
    CHECK_FALSE(Hlc::parse("0x93a4c5d6e70001"));
    CHECK_FALSE(Hlc::parse(" 193a4c5d6e70001"));
    CHECK_FALSE(Hlc::parse("-193a4c5d6e70001"));
    CHECK_FALSE(Hlc::parse(""));
}

TEST_CASE("a send after the wall clock advanced takes the wall clock with counter 0") {
    HlcClock clock;
    CHECK(clock.send(kNow) == Hlc(kNowU, 0));
    CHECK(clock.send(kNow) == Hlc(kNowU, 1));
    CHECK(clock.send(kNow + 5) == Hlc(kNowU + 5, 0));
    CHECK(clock.last() == Hlc(kNowU + 5, 0));
}

TEST_CASE("sends stay strictly increasing while the wall clock jumps back and forth") {
    const std::uint64_t seed = 77;
    INFO("seed " << seed);
    pantau::SplitMix64 random(seed);
    std::uniform_int_distribution<std::int64_t> jump(-60'000, 60'000);
    HlcClock clock;
    Hlc previous = clock.send(kNow);
    std::int64_t now = kNow;
    for (int i = 0; i < 1000; ++i) {
        now += jump(random);
        const Hlc next = clock.send(now);
        REQUIRE(previous < next);
        REQUIRE(previous.to_string() < next.to_string());
        previous = next;
    }
}

TEST_CASE("a clock set back to before its last timestamp keeps counting on that timestamp") {
    HlcClock clock;
    clock.send(kNow);
    CHECK(clock.send(kNow - 10'000) == Hlc(kNowU, 1));
    CHECK(clock.send(kNow - 20'000) == Hlc(kNowU, 2));
}

TEST_CASE("a negative wall clock is treated as the epoch") {
    HlcClock clock;
    CHECK(clock.send(-5) == Hlc(0, 1));
    CHECK(clock.send(std::numeric_limits<std::int64_t>::min()) == Hlc(0, 2));
    CHECK(pantau::clamp_to_hlc_millis(-1) == 0);
    CHECK(pantau::clamp_to_hlc_millis(std::numeric_limits<std::int64_t>::max()) == Hlc::kMaxMillis);
}

TEST_CASE("a message from a faster peer within the bound moves the clock up to the peer") {
    HlcClock clock;
    clock.send(kNow);
    const Hlc remote(kNowU + 2000, 7);
    const auto received = clock.receive(remote, kNow);
    REQUIRE(received.ok());
    CHECK(*received == Hlc(kNowU + 2000, 8));
    CHECK(clock.last() == *received);
    const Hlc next = clock.send(kNow + 1);
    CHECK(remote < next);
    CHECK(next == Hlc(kNowU + 2000, 9));
}

TEST_CASE("a message from a slower peer leaves the clock on its own time") {
    HlcClock clock;
    clock.send(kNow);
    const auto received = clock.receive(Hlc(kNowU - 3000, 40), kNow + 10);
    REQUIRE(received.ok());
    CHECK(*received == Hlc(kNowU + 10, 0));
    CHECK(clock.send(kNow + 10) == Hlc(kNowU + 10, 1));
}

TEST_CASE("a message stamped like the local clock takes the larger counter plus one") {
    HlcClock clock(Hlc(kNowU, 3));
    const auto received = clock.receive(Hlc(kNowU, 9), kNow - 100);
    REQUIRE(received.ok());
    CHECK(*received == Hlc(kNowU, 10));

    HlcClock behind(Hlc(kNowU, 12));
    CHECK(*behind.receive(Hlc(kNowU, 9), kNow - 100) == Hlc(kNowU, 13));
}

TEST_CASE("a message ahead of the local clock but behind the wall clock yields the wall clock") {
    HlcClock clock(Hlc(kNowU - 500, 2));
    CHECK(*clock.receive(Hlc(kNowU - 100, 4), kNow) == Hlc(kNowU, 0));
}

TEST_CASE("a full counter carries into the next millisecond and order holds") {
    HlcClock clock;
    Hlc previous = clock.send(kNow);
    REQUIRE(previous == Hlc(kNowU, 0));
    for (int i = 1; i <= 65536; ++i) {
        const Hlc next = clock.send(kNow);
        REQUIRE(previous < next);
        previous = next;
    }
    // 65535 sends fill the counter of kNow; the 65536th moves to kNow + 1.
    CHECK(previous == Hlc(kNowU + 1, 0));
    CHECK(clock.send(kNow) == Hlc(kNowU + 1, 1));
}

TEST_CASE("receiving a full counter carries into the next millisecond") {
    HlcClock clock(Hlc(kNowU - 1, 0));
    const auto received = clock.receive(Hlc(kNowU, 0xFFFF), kNow);
    REQUIRE(received.ok());
    CHECK(*received == Hlc(kNowU + 1, 0));
}

TEST_CASE("a message a day in the future is refused and the clock does not move") {
    HlcClock clock;
    const Hlc before = clock.send(kNow);
    const auto received = clock.receive(Hlc(kNowU + kDay, 0), kNow);
    REQUIRE_FALSE(received.ok());
    CHECK(received.error().code == "clock_far_ahead");
    CHECK_FALSE(received.error().message.empty());
    CHECK(clock.last() == before);
    CHECK(clock.send(kNow) == Hlc(kNowU, 1));
}

TEST_CASE("a message exactly at the drift bound is accepted and one past it refused") {
    const std::int64_t bound = HlcClock::kDefaultMaxDriftMs;
    REQUIRE(bound == 300'000);
    HlcClock clock;
    clock.send(kNow);
    const auto past = clock.receive(Hlc(kNowU + bound + 1, 0), kNow);
    REQUIRE_FALSE(past.ok());
    CHECK(past.error().code == "clock_far_ahead");
    CHECK(clock.last() == Hlc(kNowU, 0));
    const auto at = clock.receive(Hlc(kNowU + bound, 0), kNow);
    REQUIRE(at.ok());
    CHECK(*at == Hlc(kNowU + bound, 1));
}

TEST_CASE("the drift bound is configurable and must not be negative") {
    HlcClock strict(Hlc{}, 1000);
    CHECK(strict.max_drift_ms() == 1000);
    CHECK(strict.receive(Hlc(kNowU + 1000, 0), kNow).ok());
    CHECK_FALSE(strict.receive(Hlc(kNowU + 3000, 0), kNow + 1999).ok());
    CHECK_THROWS_AS(HlcClock(Hlc{}, -1), std::invalid_argument);
}

TEST_CASE("far-ahead detection compares a timestamp's milliseconds with now plus the bound") {
    using pantau::is_far_ahead;
    CHECK_FALSE(is_far_ahead(Hlc(kNowU + 300'000, 0xFFFF), kNow, 300'000));
    CHECK(is_far_ahead(Hlc(kNowU + 300'001, 0), kNow, 300'000));
    CHECK_FALSE(is_far_ahead(Hlc(kNowU - kDay, 0), kNow, 0));
    CHECK(is_far_ahead(Hlc(1, 0), -1000, 0));
    CHECK_FALSE(is_far_ahead(Hlc(Hlc::kMaxMillis, 0), std::numeric_limits<std::int64_t>::max(), 0));
}

TEST_CASE("a clock restored from persisted state continues above it") {
    HlcClock first;
    for (int i = 0; i < 5; ++i)
        first.send(kNow);
    const std::string persisted = first.last().to_string();

    HlcClock reloaded;
    reloaded.restore(*Hlc::parse(persisted));
    CHECK(reloaded.last() == first.last());
    // The device restarts with its wall clock set a minute back.
    const Hlc next = reloaded.send(kNow - 60'000);
    CHECK(first.last() < next);
    CHECK(next == Hlc(kNowU, 5));

    HlcClock constructed(*Hlc::parse(persisted));
    CHECK(constructed.send(kNow) == Hlc(kNowU, 5));
}

TEST_CASE("restoring an older state never moves the clock backwards") {
    HlcClock clock;
    const Hlc latest = clock.send(kNow);
    clock.restore(Hlc(kNowU - 1000, 0));
    CHECK(clock.last() == latest);
    CHECK(latest < clock.send(kNow));
}
