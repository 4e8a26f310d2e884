#include "discipline/sanction.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace pantau;

TEST_CASE("the sanction catalogue holds R1..B3 with their levels, in order of severity") {
    const std::vector<std::pair<std::string, SanctionLevel>> expected = {
        {"R1", SanctionLevel::RINGAN}, {"R2", SanctionLevel::RINGAN}, {"R3", SanctionLevel::RINGAN},
        {"S1", SanctionLevel::SEDANG}, {"S2", SanctionLevel::SEDANG}, {"S3", SanctionLevel::SEDANG},
        {"B1", SanctionLevel::BERAT},  {"B2", SanctionLevel::BERAT},  {"B3", SanctionLevel::BERAT}};
    const auto& sanctions = pp94_sanctions().entries();
    REQUIRE(sanctions.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].first);
        CHECK(sanctions[i].code == expected[i].first);
        CHECK(sanctions[i].level == expected[i].second);
        CHECK(sanctions[i].severity == static_cast<int>(i) + 1);
        CHECK_FALSE(sanctions[i].description_id.empty());
        CHECK_FALSE(sanctions[i].description_en.empty());
    }
}

TEST_CASE("sedang sanctions cut the allowance by 25 percent for 6, 9 and 12 months") {
    const auto& c = pp94_sanctions();
    for (auto [code, months] : {std::pair{"S1", 6}, {"S2", 9}, {"S3", 12}}) {
        INFO(code);
        REQUIRE(c.find(code));
        CHECK(c.find(code)->tpp_cut_percent == 25);
        CHECK(c.find(code)->months == months);
    }
}

TEST_CASE("B1 and B2 last 12 months and B3 has no duration") {
    const auto& c = pp94_sanctions();
    CHECK(c.find("B1")->months == 12);
    CHECK(c.find("B2")->months == 12);
    CHECK_FALSE(c.find("B3")->months);
    CHECK_FALSE(c.find("B1")->tpp_cut_percent);
    CHECK_FALSE(c.find("R1")->months);
}

TEST_CASE("only dismissal is open to an administrative appeal") {
    for (const auto& s : pp94_sanctions().entries()) {
        INFO(s.code);
        CHECK(s.appealable == (s.code == "B3"));
    }
}

TEST_CASE("the heaviest of several sanctions is the one imposed") {
    CHECK(heaviest({"R2", "S1", "R3"}).value() == "S1");
    CHECK(heaviest({"B1", "S3"}).value() == "B1");
    CHECK(heaviest({"B2", "B3", "B1"}).value() == "B3");
    CHECK(heaviest({"R1"}).value() == "R1");
    CHECK(heaviest({"S2", "S2"}).value() == "S2");
}

TEST_CASE("heaviest of nothing or of an unknown code is an error") {
    auto none = heaviest({});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == "no_sanction");
    auto unknown = heaviest({"R1", "X9"});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == "unknown_sanction");
    CHECK(unknown.error().message.find("X9") != std::string::npos);
}

TEST_CASE("levels convert to and from their codes and order from light to heavy") {
    for (auto level : {SanctionLevel::RINGAN, SanctionLevel::SEDANG, SanctionLevel::BERAT})
        CHECK(sanction_level_from_string(to_string(level)) == level);
    CHECK_FALSE(sanction_level_from_string("ringan"));
    CHECK(SanctionLevel::RINGAN < SanctionLevel::SEDANG);
    CHECK(SanctionLevel::SEDANG < SanctionLevel::BERAT);
}

TEST_CASE("a sanction catalogue with a repeated severity is refused") {
    auto entry = [](std::string code, int severity) {
        return nlohmann::json{{"code", code},          {"level", "RINGAN"},
                              {"severity", severity},  {"appealable", false},
                              {"description_id", "x"}, {"description_en", "x"}};
    };
    CHECK_NOTHROW(
        SanctionCatalogue::from_file({"pp94_sanctions", "t", {entry("A", 1), entry("B", 2)}}));
    CHECK_THROWS_AS(
        SanctionCatalogue::from_file({"pp94_sanctions", "t", {entry("A", 1), entry("B", 1)}}),
        std::invalid_argument);
}
