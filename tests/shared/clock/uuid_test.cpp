#include "clock/uuid.h"

#include <catch2/catch.hpp>
#include <set>
#include <stdexcept>

#include "clock/random.h"

using pantau::Date;

namespace {
constexpr std::string_view kDnsNamespace = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
constexpr std::string_view kUrlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
constexpr std::string_view kUnit = "11111111-1111-4111-8111-111111111111";
constexpr std::string_view kEmployee = "22222222-2222-4222-8222-222222222222";

char version_digit(const std::string& uuid) {
    return uuid[14];
}
char variant_digit(const std::string& uuid) {
    return uuid[19];
}
bool is_rfc4122_variant(char c) {
    return c == '8' || c == '9' || c == 'a' || c == 'b';
}
}  // namespace

TEST_CASE("a v5 UUID matches the RFC 4122 examples known from Python's uuid module") {
    CHECK(pantau::uuid_v5(kDnsNamespace, "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(pantau::uuid_v5(kUrlNamespace, "https://www.example.com/") ==
          "3d3ed9d2-aa3d-5fa6-90e8-ed662e90f559");
}

TEST_CASE("a v5 UUID carries version 5 and the RFC 4122 variant") {
    for (const char* name : {"", "a", "attendance/x/y/2026-01-01", "evaluation/z/2026"}) {
        const std::string id = pantau::uuid_v5(pantau::kPantauNamespace, name);
        CHECK(pantau::is_uuid(id));
        CHECK(version_digit(id) == '5');
        CHECK(is_rfc4122_variant(variant_digit(id)));
    }
}

TEST_CASE("a v5 UUID refuses a namespace that is not a canonical UUID") {
    CHECK_THROWS_AS(pantau::uuid_v5("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "x"),
                    std::invalid_argument);
}

TEST_CASE("the attendance id is the v5 UUID of the protocol's name for the employee-day") {
    const Date day = *Date::parse("2026-11-23");
    // Computed independently with Python's uuid.uuid5 in the Pantau namespace.
    CHECK(pantau::attendance_id(kUnit, kEmployee, day) == "206657f3-7ef8-5cff-b93f-31f4b85ed8d6");
    CHECK(pantau::attendance_id(kUnit, kEmployee, day) ==
          pantau::uuid_v5(pantau::kPantauNamespace,
                          "attendance/11111111-1111-4111-8111-111111111111/"
                          "22222222-2222-4222-8222-222222222222/2026-11-23"));
}

TEST_CASE("the attendance id is the same on every call and differs by date, employee and unit") {
    const Date day = *Date::parse("2026-11-23");
    const std::string id = pantau::attendance_id(kUnit, kEmployee, day);
    CHECK(pantau::attendance_id(kUnit, kEmployee, *Date::parse("2026-11-23")) == id);
    CHECK(pantau::attendance_id(kUnit, kEmployee, day.plus_days(1)) != id);
    CHECK(pantau::attendance_id(kUnit, "33333333-3333-4333-8333-333333333333", day) != id);
    CHECK(pantau::attendance_id("44444444-4444-4444-8444-444444444444", kEmployee, day) != id);
}

TEST_CASE("the evaluation id is the v5 UUID of the protocol's name for the employee-period") {
    CHECK(pantau::evaluation_id(kEmployee, "2026") == "6ecd3ffa-fce8-585c-a606-555bda5a3a71");
    CHECK(pantau::evaluation_id(kEmployee, "2026-S1") != pantau::evaluation_id(kEmployee, "2026"));
}

TEST_CASE("a v4 UUID keeps the random bytes except the version and variant bits") {
    pantau::UuidBytes ones;
    ones.fill(0xFF);
    CHECK(pantau::uuid_v4(ones) == "ffffffff-ffff-4fff-bfff-ffffffffffff");
    pantau::UuidBytes zeros{};
    CHECK(pantau::uuid_v4(zeros) == "00000000-0000-4000-8000-000000000000");
}

TEST_CASE("v4 UUIDs from a seeded generator are well formed and distinct") {
    const std::uint64_t seed = 4;
    INFO("seed " << seed);
    pantau::SplitMix64 random(seed);
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = pantau::uuid_v4(random.uuid_bytes());
        REQUIRE(pantau::is_uuid(id));
        REQUIRE(version_digit(id) == '4');
        REQUIRE(is_rfc4122_variant(variant_digit(id)));
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("is_uuid accepts the canonical lowercase form of any version") {
    CHECK(pantau::is_uuid(kDnsNamespace));
    CHECK(pantau::is_uuid(pantau::kPantauNamespace));
    CHECK(pantau::is_uuid("00000000-0000-0000-0000-000000000000"));
}

TEST_CASE("is_uuid refuses uppercase, wrong lengths and misplaced dashes") {
    CHECK_FALSE(pantau::is_uuid("6BA7B810-9DAD-11D1-80B4-00C04FD430C8"));
    CHECK_FALSE(pantau::is_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430C8"));
    CHECK_FALSE(pantau::is_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c"));
    CHECK_FALSE(pantau::is_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c80"));
    CHECK_FALSE(pantau::is_uuid("6ba7b8109dad11d180b400c04fd430c8"));
    CHECK_FALSE(pantau::is_uuid("6ba7b81-09dad-11d1-80b4-00c04fd430c8"));
    CHECK_FALSE(pantau::is_uuid("6ba7b810-9dad-11d1-80b400c04fd430c8-"));
    CHECK_FALSE(pantau::is_uuid("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}"));
    CHECK_FALSE(pantau::is_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430cg"));
    CHECK_FALSE(pantau::is_uuid(""));
}

TEST_CASE("a parsed UUID formats back to the same text") {
    const auto bytes = pantau::parse_uuid(kDnsNamespace);
    REQUIRE(bytes);
    CHECK((*bytes)[0] == 0x6b);
    CHECK((*bytes)[15] == 0xc8);
    CHECK(pantau::format_uuid(*bytes) == kDnsNamespace);
    CHECK_FALSE(pantau::parse_uuid("not-a-uuid"));
}
