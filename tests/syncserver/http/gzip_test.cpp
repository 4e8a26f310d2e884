#include "http/gzip.h"

#include <catch2/catch.hpp>
#include <string>

using pantau::server::accepts_gzip;
using pantau::server::gzip_compress;
using pantau::server::gzip_inflate;
using pantau::server::InflateStatus;

TEST_CASE("gzip data inflates back to the original bytes") {
    std::string original;
    for (int i = 0; i < 10'000; ++i) {
        original += "record " + std::to_string(i) + "\n";
    }
    const auto compressed = gzip_compress(original);
    CHECK(compressed.size() < original.size());
    CHECK(static_cast<unsigned char>(compressed[0]) == 0x1f);  // the gzip magic
    CHECK(static_cast<unsigned char>(compressed[1]) == 0x8b);

    const auto inflated = gzip_inflate(compressed, original.size());
    REQUIRE(inflated.status == InflateStatus::ok);
    CHECK(inflated.data == original);
}

TEST_CASE("an empty body survives gzip") {
    const auto inflated = gzip_inflate(gzip_compress(""), 10);
    REQUIRE(inflated.status == InflateStatus::ok);
    CHECK(inflated.data.empty());
}

TEST_CASE("concatenated gzip members inflate to their concatenation") {
    const auto inflated = gzip_inflate(gzip_compress("first,") + gzip_compress("second"), 100);
    REQUIRE(inflated.status == InflateStatus::ok);
    CHECK(inflated.data == "first,second");
}

TEST_CASE("inflating stops at the size limit, so a zip bomb costs no more than the limit") {
    const std::string zeros(9 * 1024 * 1024, '\0');
    const auto bomb = gzip_compress(zeros);
    CHECK(bomb.size() < 64 * 1024);
    const auto inflated = gzip_inflate(bomb, 8 * 1024 * 1024);
    CHECK(inflated.status == InflateStatus::too_large);
    CHECK(inflated.data.empty());
    CHECK(gzip_inflate(bomb, zeros.size()).status == InflateStatus::ok);
}

TEST_CASE("broken gzip is reported as bad data") {
    const auto good = gzip_compress("some text that is long enough to matter");
    CHECK(gzip_inflate("", 100).status == InflateStatus::bad_data);
    CHECK(gzip_inflate("plain text, not gzip", 100).status == InflateStatus::bad_data);
    CHECK(gzip_inflate(good.substr(0, good.size() / 2), 100).status == InflateStatus::bad_data);
    CHECK(gzip_inflate(good.substr(0, good.size() - 1), 100).status == InflateStatus::bad_data);
    CHECK(gzip_inflate(good + "trailing junk", 100).status == InflateStatus::bad_data);
    std::string corrupted = good;
    corrupted[corrupted.size() - 6] ^= 0x55;  // the CRC no longer matches
    CHECK(gzip_inflate(corrupted, 100).status == InflateStatus::bad_data);
}

TEST_CASE("Accept-Encoding allows gzip unless its quality is zero") {
    CHECK(accepts_gzip("gzip"));
    CHECK(accepts_gzip("GZIP"));
    CHECK(accepts_gzip("deflate, gzip;q=0.5"));
    CHECK(accepts_gzip("x-gzip"));
    CHECK(accepts_gzip("br, *"));
    CHECK(accepts_gzip(" gzip ; q=1.0 "));
    CHECK_FALSE(accepts_gzip(""));
    CHECK_FALSE(accepts_gzip("identity"));
    CHECK_FALSE(accepts_gzip("deflate, br"));
    CHECK_FALSE(accepts_gzip("gzip;q=0"));
    CHECK_FALSE(accepts_gzip("gzip;q=0.000"));
    CHECK_FALSE(accepts_gzip("*, gzip;q=0"));
    CHECK_FALSE(accepts_gzip("*;q=0"));
    CHECK_FALSE(accepts_gzip("gzip;q=nonsense"));
    CHECK_FALSE(accepts_gzip("gzipper"));
}
