#include "core/json_fields.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using pantau::FieldReader;
using pantau::Problems;

namespace {
enum class Colour { Red, Green };
std::optional<Colour> colour_from_string(std::string_view s) {
    if (s == "RED")
        return Colour::Red;
    if (s == "GREEN")
        return Colour::Green;
    return std::nullopt;
}
}  // namespace

TEST_CASE("a well-formed object reads without problems") {
    Problems problems;
    const json j = {{"name", "Siti"},       {"age", 41},         {"ratio", 0.5},   {"active", true},
                    {"date", "2026-11-23"}, {"colour", "GREEN"}, {"note", nullptr}};
    FieldReader r(j, problems, "data");
    CHECK(r.string("name") == "Siti");
    CHECK(r.integer("age") == 41);
    CHECK(r.number("ratio") == 0.5);
    CHECK(r.boolean("active"));
    CHECK(r.date("date")->iso() == "2026-11-23");
    CHECK(r.enumeration<Colour>("colour", colour_from_string) == Colour::Green);
    CHECK_FALSE(r.optional_string("note"));
    CHECK_FALSE(r.optional_integer("absent"));
    r.reject_unknown();
    CHECK(problems.empty());
}

TEST_CASE("every missing, mistyped and unknown field is reported with its path") {
    Problems problems;
    const json j = {{"age", "41"}, {"date", "2026-02-30"}, {"colour", "BLUE"}, {"extra", 1}};
    FieldReader r(j, problems, "data");
    r.string("name");
    r.integer("age");
    r.date("date");
    r.enumeration<Colour>("colour", colour_from_string);
    r.reject_unknown();
    REQUIRE(problems.size() == 5);
    CHECK(problems[0].field == "data.name");
    CHECK(problems[0].code == "missing_field");
    CHECK(problems[1].code == "wrong_type");
    CHECK(problems[2].code == "invalid_date");
    CHECK(problems[3].code == "unknown_value");
    CHECK(problems[4].field == "data.extra");
    CHECK(problems[4].code == "unknown_field");
    for (const auto& p : problems) {
        CHECK_FALSE(p.message_id.empty());
        CHECK_FALSE(p.message_en.empty());
    }
}

TEST_CASE("a required enum of the wrong type is reported once") {
    Problems problems;
    const json j{{"colour", 3}};
    FieldReader r(j, problems);
    CHECK_FALSE(r.enumeration<Colour>("colour", colour_from_string));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "wrong_type");
}

TEST_CASE("a non-object is one problem, not a crash") {
    Problems problems;
    const json j = json::array({1, 2});
    FieldReader r(j, problems, "data");
    CHECK(r.string("name").empty());
    r.reject_unknown();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "not_object");
}
