#include "admin/arguments.h"

#include <catch2/catch.hpp>

using namespace pantau::server;

namespace {

const FlagSpec kFlags[] = {{"store"}, {"json", false}, {"unit", true, true}, {"name"}};

}  // namespace

TEST_CASE("flags come in any order, as --flag value or --flag=value, around positional words") {
    const std::vector<std::string> words = {"--json", "file.csv", "--unit=a", "--name",
                                            "Budi",   "--unit",   "b"};
    auto parsed = parse_arguments(words, kFlags);
    REQUIRE(parsed);
    CHECK(parsed->has("json"));
    CHECK(parsed->positional == std::vector<std::string>{"file.csv"});
    CHECK(parsed->values("unit") == std::vector<std::string>{"a", "b"});
    CHECK(parsed->value("name") == "Budi");
    CHECK_FALSE(parsed->value("store"));
}

TEST_CASE("an unknown flag, a missing value or a repeated single flag is a usage error") {
    for (const auto& words : std::vector<std::vector<std::string>>{{"--colour", "red"},
                                                                   {"--name"},
                                                                   {"--name", "--json"},
                                                                   {"--name", "a", "--name", "b"},
                                                                   {"--json=yes"}}) {
        auto parsed = parse_arguments(words, kFlags);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "usage");
    }
}

TEST_CASE("durations take seconds, minutes, hours or days") {
    CHECK(parse_duration_ms("3600s") == 3'600'000);
    CHECK(parse_duration_ms("30m") == 1'800'000);
    CHECK(parse_duration_ms("72h") == 72LL * 3'600'000);
    CHECK(parse_duration_ms("7d") == 7LL * 86'400'000);
}

TEST_CASE("a duration without a unit, zero, negative or beyond a year is refused") {
    for (const char* text : {"", "72", "h", "0h", "-5m", "1.5h", "3w", "367d", "99999999999999h"})
        CHECK_FALSE(parse_duration_ms(text));
}
