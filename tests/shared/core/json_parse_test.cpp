#include "core/json_parse.h"

#include <catch2/catch.hpp>
#include <string>

using namespace pantau;

namespace {

std::string nested_arrays(int depth) {
    return std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']');
}

}  // namespace

TEST_CASE("a push body parses within the default limits") {
    const auto parsed = parse_json(
        R"({"batch": 1, "changes": [{"type": "discipline_event", "data": {"documents": [{"kind": "BAP"}]}}]})");
    REQUIRE(parsed);
    CHECK(parsed->at("changes")[0].at("data").at("documents")[0].at("kind") == "BAP");
}

TEST_CASE("100,000 nested arrays are refused as too deep, without a crash") {
    const auto parsed = parse_json(nested_arrays(100'000));
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == "json_too_deep");
}

TEST_CASE("nesting up to the depth limit parses, one more level does not") {
    const JsonLimits limits{8, 1000};
    CHECK(parse_json(nested_arrays(8), limits));
    const auto deeper = parse_json(nested_arrays(9), limits);
    REQUIRE_FALSE(deeper);
    CHECK(deeper.error().code == "json_too_deep");
    const auto objects =
        parse_json(R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":1}}}}}}}}})", limits);
    REQUIRE_FALSE(objects);
    CHECK(objects.error().code == "json_too_deep");
}

TEST_CASE("more values than the limit are refused") {
    const JsonLimits limits{16, 100};
    std::string many = "[";
    for (int i = 0; i < 99; ++i)
        many += "0,";
    many += "0]";  // 100 numbers and the array: 101 values
    const auto parsed = parse_json(many, limits);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == "json_too_many_values");
    many.erase(1, 2);  // one number fewer: 100 values
    CHECK(parse_json(many, limits));
}

TEST_CASE("text that is not JSON is malformed") {
    for (const char* text : {"", "{", "{not json", "[1,]", "\"open", "nul"}) {
        INFO(text);
        const auto parsed = parse_json(text);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "malformed_json");
    }
}

TEST_CASE("a body of 200,000 small objects is read in one linear pass") {
    // nlohmann's callback parser searches the parent array at the end of every
    // object: quadratic here, minutes under the sanitizers. This must finish.
    std::string many = "[";
    for (int i = 0; i < 200'000; ++i)
        many += i ? ",{}" : "{}";
    many += "]";
    const auto parsed = parse_json(many, {16, 300'000});
    REQUIRE(parsed);
    CHECK(parsed->size() == 200'000);
}
