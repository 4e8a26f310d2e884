#include "org/unit.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using pantau::has_code;
using pantau::has_problem;
using pantau::Problems;
using pantau::Unit;

namespace {

Unit puskesmas() {
    return {"Puskesmas Tamalanrea", "PUSKESMAS", "0b1f7c2e-5a3d-4e6f-8a9b-1c2d3e4f5a6b",
            "Asia/Makassar"};
}

}  // namespace

TEST_CASE("a unit is written as the protocol's data object") {
    CHECK(puskesmas().to_json() == json{{"name", "Puskesmas Tamalanrea"},
                                        {"kind", "PUSKESMAS"},
                                        {"parent_id", "0b1f7c2e-5a3d-4e6f-8a9b-1c2d3e4f5a6b"},
                                        {"timezone", "Asia/Makassar"}});
}

TEST_CASE("a unit survives a JSON round trip") {
    Problems problems;
    SECTION("with a parent") {
        CHECK(Unit::from_json(puskesmas().to_json(), problems) == puskesmas());
    }
    SECTION("the root, whose parent is omitted") {
        const Unit pemda{"Pemerintah Kota Makassar", "PEMDA", std::nullopt, "Asia/Makassar"};
        CHECK_FALSE(pemda.to_json().contains("parent_id"));
        CHECK(Unit::from_json(pemda.to_json(), problems) == pemda);
        CHECK(pemda.validate().empty());
    }
    CHECK(problems.empty());
}

TEST_CASE("a parent_id of null reads as a root") {
    Problems problems;
    const auto unit = Unit::from_json({{"name", "Pemda"},
                                       {"kind", "PEMDA"},
                                       {"parent_id", nullptr},
                                       {"timezone", "Asia/Jakarta"}},
                                      problems);
    CHECK(problems.empty());
    CHECK_FALSE(unit.parent_id);
}

TEST_CASE("a valid unit has no problems") {
    CHECK(puskesmas().validate().empty());
}

TEST_CASE("each unit rule is reported on its own field") {
    auto unit = puskesmas();
    std::string field, code;
    SECTION("a blank name") {
        unit.name = " ";
        field = "data.name";
        code = "empty";
    }
    SECTION("a kind outside the catalogue") {
        unit.kind = "KANTOR";
        field = "data.kind";
        code = "unknown_value";
    }
    SECTION("a parent_id that is not a UUID") {
        unit.parent_id = "dinkes";
        field = "data.parent_id";
        code = "invalid_uuid";
    }
    SECTION("a time zone outside the catalogue") {
        unit.timezone = "Asia/Singapore";
        field = "data.timezone";
        code = "unknown_value";
    }
    SECTION("a time zone abbreviation instead of its name") {
        unit.timezone = "WITA";
        field = "data.timezone";
        code = "unknown_value";
    }
    const auto problems = unit.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == field);
    CHECK(problems[0].code == code);
    CHECK_FALSE(problems[0].message_id.empty());
    CHECK_FALSE(problems[0].message_en.empty());
}

TEST_CASE("unit kinds and time zones are checked against the catalogues given") {
    const auto kinds = pantau::UnitKindCatalogue::from_file(
        {"unit_kinds", "test",
         json::array({{{"code", "KANTOR"}, {"label_id", "Kantor"}, {"label_en", "Office"}}})});
    auto unit = puskesmas();
    unit.kind = "KANTOR";
    CHECK(unit.validate(kinds, pantau::time_zone_catalogue()).empty());
    CHECK(has_problem(puskesmas().validate(kinds, pantau::time_zone_catalogue()), "data.kind"));
}

TEST_CASE("a unit with an unknown field is refused") {
    auto j = puskesmas().to_json();
    j["head"] = "dr. Andi";
    Problems problems;
    Unit::from_json(j, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.head");
    CHECK(problems[0].code == "unknown_field");
}

TEST_CASE("a unit with fields of the wrong type is refused") {
    Problems problems;
    auto j = puskesmas().to_json();
    SECTION("a numeric parent_id") {
        j["parent_id"] = 7;
    }
    SECTION("a time zone given as an offset") {
        j["timezone"] = 480;
    }
    SECTION("a name given as a list") {
        j["name"] = json::array({"Puskesmas"});
    }
    Unit::from_json(j, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "wrong_type");
}

TEST_CASE("a unit missing required fields gets one problem per field") {
    Problems problems;
    Unit::from_json(json::object(), problems);
    CHECK(problems.size() == 3);
    CHECK(has_problem(problems, "data.name"));
    CHECK(has_problem(problems, "data.kind"));
    CHECK(has_problem(problems, "data.timezone"));
    CHECK(has_code(problems, "missing_field"));
}
