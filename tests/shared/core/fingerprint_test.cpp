#include "core/fingerprint.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

using pantau::key_fingerprint;
using pantau::normalize_fingerprint;

TEST_CASE("a key fingerprint is the first 125 bits of the digest in base 32, in five groups") {
    std::array<std::uint8_t, 32> digest{};
    for (std::size_t i = 0; i < digest.size(); ++i)
        digest[i] = static_cast<std::uint8_t>(i);
    // Worked out independently: the bits of 00 01 02 03 ... read five at a time.
    CHECK(key_fingerprint(digest) == "000G4-0R40M-30E20-9185G-R38E1");
    digest.fill(0xff);
    CHECK(key_fingerprint(digest) == "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ");
    // Only bits past the 125th differ: the same fingerprint.
    std::array<std::uint8_t, 32> other = digest;
    other[15] = 0xf8;
    other[16] = 0;
    other[31] = 0;
    CHECK(key_fingerprint(other) == key_fingerprint(digest));
    other[15] = 0xf7;  // bit 125 of 256: the last one shown
    CHECK(key_fingerprint(other) != key_fingerprint(digest));
    CHECK(key_fingerprint(std::span<const std::uint8_t>(digest.data(), 31)).empty());
}

TEST_CASE("a typed fingerprint is compared without case, dashes, spaces or O, I and L mix-ups") {
    CHECK(normalize_fingerprint("000g4 0r4om-3oe2o 9i85g-r38el\n") == "000G40R40M30E209185GR38E1");
    CHECK(normalize_fingerprint("") == "");
}
