#include "core/date.h"

#include <catch2/catch.hpp>

using pantau::Date;
using pantau::Weekday;

TEST_CASE("a date parses only from strict YYYY-MM-DD that names a real day") {
    CHECK(Date::parse("2026-11-23")->iso() == "2026-11-23");
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2026-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-00-10"));
    CHECK_FALSE(Date::parse("2026-04-31"));
    CHECK_FALSE(Date::parse("2026-4-3"));
    CHECK_FALSE(Date::parse("2026/04/03"));
    CHECK_FALSE(Date::parse("2026-04-0a"));
    CHECK_FALSE(Date::parse(""));
}

TEST_CASE("a compact date reads the YYYYMMDD digits of a NIP") {
    CHECK(Date::parse_compact("19850312")->iso() == "1985-03-12");
    CHECK_FALSE(Date::parse_compact("19851312"));
    CHECK_FALSE(Date::parse_compact("1985031"));
}

TEST_CASE("days since the epoch round-trip and weekdays are right") {
    CHECK(Date::parse("1970-01-01")->days_since_epoch() == 0);
    CHECK(Date::parse("1970-01-01")->weekday() == Weekday::Thursday);
    CHECK(Date::parse("2026-11-23")->weekday() == Weekday::Monday);
    CHECK(Date::parse("2026-08-17")->weekday() == Weekday::Monday);
    CHECK(Date::parse("1969-12-31")->weekday() == Weekday::Wednesday);
    for (std::int64_t d = -800; d < 40000; d += 37)
        REQUIRE(Date::from_days(d).days_since_epoch() == d);
    CHECK(Date::parse("2024-02-28")->plus_days(1).iso() == "2024-02-29");
    CHECK(Date::parse("2024-12-31")->plus_days(1).iso() == "2025-01-01");
}

TEST_CASE("the local date of an instant depends on the unit's UTC offset") {
    // 2026-11-23T16:30:00Z is 23:30 in Jakarta (WIB) and 01:30 next day in Jayapura (WIT).
    const std::int64_t ms = 1'795'451'400'000;
    CHECK(pantau::local_date(ms, 0).iso() == "2026-11-23");
    CHECK(pantau::local_date(ms, 7 * 60).iso() == "2026-11-23");
    CHECK(pantau::local_date(ms, 9 * 60).iso() == "2026-11-24");
    CHECK(pantau::local_date(-1, 0).iso() == "1969-12-31");
}

#include "core/timestamp.h"

TEST_CASE("RFC 3339 timestamps parse with any offset and format in UTC") {
    using pantau::format_timestamp;
    using pantau::parse_timestamp;
    CHECK(parse_timestamp("1970-01-01T00:00:00Z") == 0);
    CHECK(parse_timestamp("2026-11-23T14:31:05+07:00") == parse_timestamp("2026-11-23T07:31:05Z"));
    CHECK(parse_timestamp("2026-11-23T07:31:05.25Z") ==
          *parse_timestamp("2026-11-23T07:31:05Z") + 250);
    CHECK(format_timestamp(*parse_timestamp("2026-11-23T14:31:05+07:00")) ==
          "2026-11-23T07:31:05Z");
    CHECK(format_timestamp(*parse_timestamp("2026-11-23T07:31:05.007Z")) ==
          "2026-11-23T07:31:05.007Z");
    CHECK_FALSE(parse_timestamp("2026-11-23 07:31:05Z"));
    CHECK_FALSE(parse_timestamp("2026-11-23T07:31:05"));
    CHECK_FALSE(parse_timestamp("2026-11-23T24:00:00Z"));
    CHECK_FALSE(parse_timestamp("2026-02-30T07:31:05Z"));
    CHECK_FALSE(parse_timestamp("2026-11-23T07:31:05+0700"));
    CHECK_FALSE(parse_timestamp("2026-11-23T07:31:05Zjunk"));
}
