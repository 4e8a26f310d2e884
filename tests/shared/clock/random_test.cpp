#include "clock/random.h"

#include <catch2/catch.hpp>

TEST_CASE("SplitMix64 reproduces the reference sequence for seed 1234567") {
    pantau::SplitMix64 random(1234567);
    CHECK(random.next() == 6457827717110365317ull);
    CHECK(random.next() == 3203168211198807973ull);
    CHECK(random.next() == 9817491932198370423ull);
    CHECK(random.next() == 4593380528125082431ull);
    CHECK(random.next() == 16408922859458223821ull);
}

TEST_CASE("SplitMix64 gives the same bytes for the same seed and other bytes for another") {
    pantau::SplitMix64 a(99);
    pantau::SplitMix64 b(99);
    pantau::SplitMix64 c(100);
    const auto bytes = a.uuid_bytes();
    CHECK(bytes == b.uuid_bytes());
    CHECK(bytes != c.uuid_bytes());
}

TEST_CASE("SplitMix64 lays out its uuid bytes little-endian from two draws") {
    pantau::SplitMix64 reference(1234567);
    pantau::SplitMix64 random(1234567);
    const std::uint64_t first = reference.next();
    const std::uint64_t second = reference.next();
    const auto bytes = random.uuid_bytes();
    CHECK(bytes[0] == (first & 0xFF));
    CHECK(bytes[7] == (first >> 56));
    CHECK(bytes[8] == (second & 0xFF));
    CHECK(bytes[15] == (second >> 56));
}
