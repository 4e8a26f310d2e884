#include "evaluation/berakhlak.h"

#include <catch2/catch.hpp>
#include <set>
#include <stdexcept>

using namespace pantau;

TEST_CASE("the catalogue holds the seven BerAKHLAK values") {
    const std::set<std::string> expected = {"BERORIENTASI_PELAYANAN",
                                            "AKUNTABEL",
                                            "KOMPETEN",
                                            "HARMONIS",
                                            "LOYAL",
                                            "ADAPTIF",
                                            "KOLABORATIF"};
    std::set<std::string> actual;
    for (const auto& v : berakhlak().entries())
        actual.insert(v.code);
    CHECK(actual == expected);
    CHECK(berakhlak().entries().size() == 7);
}

TEST_CASE("every value has labels and three behaviour guides in both languages") {
    for (const auto& v : berakhlak().entries()) {
        INFO(v.code);
        CHECK_FALSE(v.label_id.empty());
        CHECK_FALSE(v.label_en.empty());
        for (std::size_t i = 0; i < kGuidesPerValue; ++i) {
            CHECK_FALSE(v.guides_id[i].empty());
            CHECK_FALSE(v.guides_en[i].empty());
        }
    }
}

TEST_CASE("a value is found by its code") {
    REQUIRE(berakhlak().find("AKUNTABEL"));
    CHECK(berakhlak().find("AKUNTABEL")->label_en == "Accountable");
    CHECK_FALSE(berakhlak().find("JUJUR"));
}

TEST_CASE("a value with other than three guides is refused") {
    nlohmann::json entry = {{"code", "X"},
                            {"label_id", "x"},
                            {"label_en", "x"},
                            {"guides_id", {"a", "b", "c"}},
                            {"guides_en", {"a", "b", "c"}}};
    CHECK_NOTHROW(BerakhlakCatalogue::from_file({"berakhlak", "t", {entry}}));
    entry["guides_en"] = {"a", "b"};
    CHECK_THROWS_AS(BerakhlakCatalogue::from_file({"berakhlak", "t", {entry}}),
                    std::invalid_argument);
    entry["guides_en"] = {"a", "b", 3};
    CHECK_THROWS_AS(BerakhlakCatalogue::from_file({"berakhlak", "t", {entry}}),
                    std::invalid_argument);
}
