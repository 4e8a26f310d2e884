#include "clock/sha1.h"

#include <catch2/catch.hpp>
#include <string>

using pantau::sha1;
using pantau::to_hex;

TEST_CASE("SHA-1 of \"abc\" matches the FIPS 180 test vector") {
    CHECK(to_hex(sha1("abc")) == "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST_CASE("SHA-1 of the empty string matches the known digest") {
    CHECK(to_hex(sha1("")) == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
}

TEST_CASE("SHA-1 of the 448-bit message spanning two blocks matches the test vector") {
    CHECK(to_hex(sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
          "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST_CASE("SHA-1 of one million 'a' matches the test vector in one piece") {
    CHECK(to_hex(sha1(std::string(1'000'000, 'a'))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("SHA-1 fed in uneven pieces equals SHA-1 of the whole message") {
    // 1000 pieces of 1000 'a' cross block boundaries at every offset mod 64.
    pantau::Sha1 pieces;
    const std::string thousand(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        pieces.update(thousand);
    CHECK(to_hex(pieces.finish()) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");

    pantau::Sha1 bytes;
    const std::string message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    for (char c : message)
        bytes.update(std::string_view(&c, 1));
    CHECK(to_hex(bytes.finish()) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}
