#include "core/catalogue.h"

#include <catch2/catch.hpp>

TEST_CASE("every embedded catalogue parses, names itself and has a version") {
    const auto names = pantau::embedded_catalogue_names();
    REQUIRE_FALSE(names.empty());
    for (const auto& name : names) {
        INFO(name);
        const auto& file = pantau::embedded_catalogue(name);
        CHECK(file.name == name);
        CHECK_FALSE(file.version.empty());
        CHECK(file.entries.is_array());
        CHECK_FALSE(file.entries.empty());
    }
}

TEST_CASE("asking for a catalogue that is not embedded is a programming error") {
    CHECK_THROWS_AS(pantau::embedded_catalogue("no_such_catalogue"), std::logic_error);
}

TEST_CASE("a catalogue document without entries is refused") {
    CHECK_THROWS(pantau::parse_catalogue(nlohmann::json{{"catalogue", "x"}, {"version", "1"}}));
    CHECK(pantau::parse_catalogue(nlohmann::json{{"catalogue", "x"},
                                                 {"version", "1"},
                                                 {"entries", nlohmann::json::array()}})
              .name == "x");
}
