#include "survey/skm.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace pantau;

TEST_CASE("the SKM has nine elements U1..U9 with both labels") {
    const auto& elements = skm_elements().elements();
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        INFO(i);
        CHECK(elements[i].code == "U" + std::to_string(i + 1));
        CHECK_FALSE(elements[i].label_id.empty());
        CHECK_FALSE(elements[i].label_en.empty());
    }
    CHECK(elements[0].label_id == "Persyaratan");
    CHECK(elements[8].label_id == "Sarana dan prasarana");
}

TEST_CASE("an element catalogue without exactly nine elements is refused") {
    const nlohmann::json entry = {{"code", "U1"}, {"label_id", "a"}, {"label_en", "a"}};
    CHECK_THROWS_AS(SkmElements::from_file({"skm_elements", "t", {entry}}), std::invalid_argument);
}

TEST_CASE("quality bands split at 88.31, 76.61 and 65.00") {
    const auto& bands = skm_quality_bands();
    auto letter = [&](int hundredths) {
        const SkmQualityBand* b = bands.band_for(hundredths);
        return b ? b->letter : std::string("none");
    };
    CHECK(letter(10000) == "A");
    CHECK(letter(8831) == "A");
    CHECK(letter(8830) == "B");
    CHECK(letter(7661) == "B");
    CHECK(letter(7660) == "C");
    CHECK(letter(6500) == "C");
    CHECK(letter(6499) == "D");
    CHECK(letter(2500) == "D");
    CHECK(letter(2499) == "none");
    CHECK(letter(10001) == "none");
}

TEST_CASE("each quality band has its Indonesian label") {
    const auto& bands = skm_quality_bands();
    CHECK(bands.band_for(9000)->label_id == "Sangat Baik");
    CHECK(bands.band_for(8000)->label_id == "Baik");
    CHECK(bands.band_for(7000)->label_id == "Kurang Baik");
    CHECK(bands.band_for(5000)->label_id == "Tidak Baik");
}

TEST_CASE("overlapping quality bands are refused") {
    auto band = [](const char* letter, int min, int max) {
        return nlohmann::json{{"letter", letter},
                              {"min_hundredths", min},
                              {"max_hundredths", max},
                              {"label_id", "x"},
                              {"label_en", "x"}};
    };
    CHECK_NOTHROW(SkmQualityBands::from_file(
        {"skm_quality", "t", {band("A", 5000, 10000), band("B", 2500, 4999)}}));
    CHECK_THROWS_AS(SkmQualityBands::from_file(
                        {"skm_quality", "t", {band("A", 5000, 10000), band("B", 2500, 5000)}}),
                    std::invalid_argument);
}
