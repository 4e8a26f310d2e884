#include "survey/ikm.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace pantau;

namespace {

SurveyResponse response(std::array<std::optional<int>, kSkmElementCount> scores) {
    SurveyResponse s;
    s.unit_id = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";
    s.scores = scores;
    return s;
}

// n respondents answering all nine elements with `total` points in all:
// every score starts at 1 and the extra points raise scores to 4 in turn.
std::vector<SurveyResponse> responses_with_total(int n, int total) {
    std::vector<SurveyResponse> out(static_cast<std::size_t>(n),
                                    response({1, 1, 1, 1, 1, 1, 1, 1, 1}));
    int extra = total - 9 * n;
    for (auto& r : out)
        for (auto& score : r.scores) {
            const int raise = std::min(3, extra);
            *score += raise;
            extra -= raise;
        }
    REQUIRE(extra == 0);
    return out;
}

}  // namespace

TEST_CASE("the index of four respondents matches the hand computation") {
    //        U1 U2 U3 U4 U5 U6 U7 U8 U9
    // R1:     4  4  3  3  4  4  4  3  3
    // R2:     3  3  3  2  4  3  4  3  3
    // R3:     4  3  3  3  3  4  4  -  2
    // R4:     3  4  2  3  3  4  4  3  3
    // NRR:  14/4=3.5, 14/4=3.5, 11/4=2.75, 11/4=2.75, 14/4=3.5, 15/4=3.75, 16/4=4,
    //       9/3=3 (U8 answered by three), 11/4=2.75; sum 29.5
    // IKM = 29.5 / 9 = 3.2777...; converted = 29.5 x 25 / 9 = 81.9444... -> 81.94, B
    const std::vector<SurveyResponse> responses = {
        response({4, 4, 3, 3, 4, 4, 4, 3, 3}),
        response({3, 3, 3, 2, 4, 3, 4, 3, 3}),
        response({4, 3, 3, 3, 3, 4, 4, std::nullopt, 2}),
        response({3, 4, 2, 3, 3, 4, 4, 3, 3}),
    };
    const auto r = compute_ikm(responses);
    CHECK(r.respondents == 4);
    const std::array<double, 9> nrr = {3.5, 3.5, 2.75, 2.75, 3.5, 3.75, 4.0, 3.0, 2.75};
    for (std::size_t i = 0; i < 9; ++i) {
        INFO("U" << i + 1);
        REQUIRE(r.nrr[i]);
        CHECK(*r.nrr[i] == Approx(nrr[i]).margin(1e-9));
    }
    CHECK(r.answered[7] == 3);
    CHECK(r.answered[0] == 4);
    CHECK(r.ikm == Approx(29.5 / 9).margin(1e-9));
    CHECK(r.converted == Approx(81.94444444444444).margin(1e-9));
    CHECK(r.converted_hundredths == 8194);
    REQUIRE(r.quality);
    CHECK(r.quality->letter == "B");
    CHECK(r.quality->label_id == "Baik");
    CHECK_FALSE(r.incomplete);
}

TEST_CASE("all fours give 100.00, quality A") {
    const auto r = compute_ikm(responses_with_total(1, 36));
    CHECK(r.converted == Approx(100.0).margin(1e-9));
    CHECK(r.converted_hundredths == 10000);
    CHECK(r.quality->letter == "A");
}

TEST_CASE("all threes give 75.00, quality C") {
    const auto r = compute_ikm(responses_with_total(3, 81));
    CHECK(r.ikm == Approx(3.0).margin(1e-9));
    CHECK(r.converted_hundredths == 7500);
    CHECK(r.quality->letter == "C");
}

TEST_CASE("the quality letter changes exactly at the band boundaries") {
    // converted x 100 = 2500 x total / (9 n); the cases below were picked so the
    // rounded value lands on each side of every boundary.
    struct Case {
        int n, total, hundredths;
        const char* letter;
    };
    const Case cases[] = {
        {24, 763, 8831, "A"},  // 8831.018...
        {19, 604, 8830, "B"},  // 8830.409...
        {19, 524, 7661, "B"},  // 7660.818...
        {26, 717, 7660, "C"},  // 7660.256...
        {5, 117, 6500, "C"},   // exactly 6500
        {38, 889, 6499, "D"},  // 6498.538...
    };
    for (const auto& c : cases) {
        INFO(c.n << " respondents, total " << c.total);
        const auto r = compute_ikm(responses_with_total(c.n, c.total));
        CHECK(r.converted_hundredths == c.hundredths);
        REQUIRE(r.quality);
        CHECK(r.quality->letter == c.letter);
    }
}

TEST_CASE("a converted value exactly halfway rounds up") {
    // 8 respondents, 243 points: 2500 x 243 / 72 = 8437.5 -> 8438.
    const auto r = compute_ikm(responses_with_total(8, 243));
    CHECK(r.converted == Approx(84.375).margin(1e-9));
    CHECK(r.converted_hundredths == 8438);
}

TEST_CASE("an element nobody answered is left out and the result flagged incomplete") {
    // Two respondents skip U9. NRR U1..U8 = 4, 4, 4, 4, 3, 3, 3, 3 -> sum 28 over 8
    // elements: IKM 3.5, converted 87.50 (with a 1/9 weight it would wrongly be 77.78).
    const std::vector<SurveyResponse> responses = {
        response({4, 4, 4, 4, 3, 3, 3, 3, std::nullopt}),
        response({4, 4, 4, 4, 3, 3, 3, 3, std::nullopt}),
    };
    const auto r = compute_ikm(responses);
    CHECK(r.incomplete);
    CHECK_FALSE(r.nrr[8]);
    CHECK(r.answered[8] == 0);
    CHECK(r.ikm == Approx(3.5).margin(1e-9));
    CHECK(r.converted_hundredths == 8750);
    CHECK(r.quality->letter == "B");
}

TEST_CASE("no responses give no index and no quality") {
    const auto r = compute_ikm({});
    CHECK(r.respondents == 0);
    CHECK(r.converted_hundredths == 0);
    CHECK_FALSE(r.quality);
    CHECK(r.incomplete);
}

TEST_CASE("scores outside 1..4 are not counted") {
    const std::vector<SurveyResponse> responses = {
        response({4, 4, 4, 4, 4, 4, 4, 4, 4}),
        response({9, 0, 1, 1, 1, 1, 1, 1, 1}),
        response({7, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                  std::nullopt, std::nullopt, std::nullopt}),
    };
    const auto r = compute_ikm(responses);
    CHECK(r.respondents == 2);
    CHECK(r.answered[0] == 1);
    CHECK(*r.nrr[0] == 4.0);
    CHECK(*r.nrr[2] == 2.5);
}

TEST_CASE("rounding stays right when respondent counts share no factor") {
    // Nine primes near a million: the NRRs' common denominator is their product
    // (about 1e54), far past 64 bits. Scores one point short of all fours give
    // 10000 - (2500/9) x sum(1/n), about 9999.9975, which rounds to 10000; one
    // point over all threes gives about 7500.0025, which rounds to 7500.
    const std::array<int, 9> answered = {1000003, 1000033, 1000037, 1000039, 1000081,
                                         1000099, 1000117, 1000121, 1000133};
    std::array<long long, 9> fours{};
    std::array<long long, 9> threes{};
    for (std::size_t i = 0; i < 9; ++i) {
        fours[i] = 4LL * answered[i] - 1;
        threes[i] = 3LL * answered[i] + 1;
    }
    CHECK(converted_hundredths(fours, answered) == 10000);
    CHECK(converted_hundredths(threes, answered) == 7500);
}

TEST_CASE("the report names each element, its NRR and the quality") {
    const auto r = compute_ikm(responses_with_total(1, 36));
    const auto j = r.to_json();
    CHECK(j["respondents"] == 1);
    CHECK(j["elements"].size() == 9);
    CHECK(j["elements"][0]["code"] == "U1");
    CHECK(j["elements"][0]["nrr"] == 4.0);
    CHECK(j["converted_hundredths"] == 10000);
    CHECK(j["quality"]["letter"] == "A");
    CHECK(j["quality"]["label_id"] == "Sangat Baik");
    CHECK(j["incomplete"] == false);
}

TEST_CASE("exact rounding agrees with the floating value away from ties") {
    const unsigned seed = 20261123;
    INFO("seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> score(0, 4);  // 0 stands for unanswered
    std::uniform_int_distribution<int> count(1, 40);
    for (int round = 0; round < 500; ++round) {
        std::vector<SurveyResponse> responses;
        const int n = count(random);
        for (int i = 0; i < n; ++i) {
            std::array<std::optional<int>, kSkmElementCount> scores;
            for (auto& s : scores)
                if (int v = score(random); v > 0)
                    s = v;
            responses.push_back(response(scores));
        }
        const auto r = compute_ikm(responses);
        if (r.respondents == 0)
            continue;
        const double scaled = r.converted * 100.0;
        if (std::abs(scaled - std::floor(scaled) - 0.5) < 1e-6)
            continue;
        CHECK(r.converted_hundredths == static_cast<int>(std::floor(scaled + 0.5)));
    }
}
