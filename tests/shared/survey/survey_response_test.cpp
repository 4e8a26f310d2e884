#include "survey/survey_response.h"

#include <catch2/catch.hpp>

#include "core/timestamp.h"

using namespace pantau;
using nlohmann::json;

namespace {

const std::string kUnit = "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d";

SurveyResponse sample() {
    SurveyResponse s;
    s.unit_id = kUnit;
    s.collected_at = *parse_timestamp("2026-11-23T10:30:00+08:00");
    s.scores = {4, 3, 3, std::nullopt, 4, 4, 4, 3, 2};
    s.respondent = RespondentProfile{34, RespondentGender::P, "S1", "Swasta"};
    return s;
}

}  // namespace

TEST_CASE("a survey response survives a JSON round trip") {
    Problems problems;
    CHECK(SurveyResponse::from_json(sample().to_json(), problems) == sample());
    CHECK(problems.empty());
    CHECK(sample().validate().empty());
}

TEST_CASE("a response without a profile, or with an empty one, survives a round trip") {
    auto bare = sample();
    bare.respondent.reset();
    auto empty_profile = sample();
    empty_profile.respondent = RespondentProfile{};
    for (const auto& s : {bare, empty_profile}) {
        Problems problems;
        CHECK(SurveyResponse::from_json(s.to_json(), problems) == s);
        CHECK(problems.empty());
    }
}

TEST_CASE("scores are written as an array of nine with null for unanswered") {
    const json scores = sample().to_json()["scores"];
    REQUIRE(scores.size() == 9);
    CHECK(scores[0] == 4);
    CHECK(scores[3].is_null());
}

TEST_CASE("a survey response reads from its protocol data") {
    const json j = {{"unit_id", kUnit},
                    {"collected_at", "2026-11-23T02:30:00Z"},
                    {"scores", {1, 2, 3, 4, nullptr, 4, 3, 2, 1}},
                    {"respondent", {{"gender", "L"}}}};
    Problems problems;
    const auto s = SurveyResponse::from_json(j, problems);
    CHECK(problems.empty());
    CHECK(s.scores[3] == 4);
    CHECK_FALSE(s.scores[4]);
    REQUIRE(s.respondent);
    CHECK(s.respondent->gender == RespondentGender::L);
    CHECK_FALSE(s.respondent->age);
}

TEST_CASE("scores must be exactly nine items") {
    for (const json& scores :
         {json::array({1, 2, 3, 4, 1, 2, 3, 4}), json::array({1, 2, 3, 4, 1, 2, 3, 4, 1, 2})}) {
        json j = sample().to_json();
        j["scores"] = scores;
        Problems problems;
        SurveyResponse::from_json(j, problems);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "data.scores");
        CHECK(problems[0].code == "wrong_length");
    }
}

TEST_CASE("a score that is not an integer or null is refused with its position") {
    json j = sample().to_json();
    j["scores"] = {4, "3", 3.5, true, 4, 4, 4, 3, 2};
    Problems problems;
    SurveyResponse::from_json(j, problems);
    CHECK(has_problem(problems, "data.scores[1]"));
    CHECK(has_problem(problems, "data.scores[2]"));
    CHECK(has_problem(problems, "data.scores[3]"));
    CHECK(problems.size() == 3);
}

TEST_CASE("scores outside 1..4 are invalid") {
    auto s = sample();
    s.scores[0] = 0;
    s.scores[8] = 5;
    const auto problems = s.validate();
    CHECK(has_problem(problems, "data.scores[0]"));
    CHECK(has_problem(problems, "data.scores[8]"));
    CHECK(problems.size() == 2);

    json j = sample().to_json();
    j["scores"][0] = 99999999999;
    Problems read;
    SurveyResponse::from_json(j, read);
    CHECK(has_code(read, "out_of_range"));
}

TEST_CASE("a response must answer at least one element") {
    auto s = sample();
    s.scores.fill(std::nullopt);
    CHECK_FALSE(s.answered_any());
    CHECK(has_code(s.validate(), "no_answer"));
    s.scores[5] = 3;
    CHECK(s.validate().empty());
}

TEST_CASE("unknown fields in a response or its profile are refused") {
    json j = sample().to_json();
    j["device"] = "tablet";
    j["respondent"]["name"] = "Budi";
    Problems problems;
    SurveyResponse::from_json(j, problems);
    CHECK(has_problem(problems, "data.device"));
    CHECK(has_problem(problems, "data.respondent.name"));
    CHECK(problems.size() == 2);
}

TEST_CASE("missing and mistyped fields of a response are reported") {
    const json j = {{"unit_id", 5}, {"respondent", {{"gender", "X"}, {"age", "30"}}}};
    Problems problems;
    SurveyResponse::from_json(j, problems);
    CHECK(has_problem(problems, "data.unit_id"));
    CHECK(has_problem(problems, "data.collected_at"));
    CHECK(has_problem(problems, "data.scores"));
    CHECK(has_problem(problems, "data.respondent.gender"));
    CHECK(has_problem(problems, "data.respondent.age"));
}

TEST_CASE("a respondent's age and profile texts are bounded") {
    auto s = sample();
    s.respondent->age = 9;
    CHECK(has_problem(s.validate(), "data.respondent.age"));
    s.respondent->age = 121;
    CHECK(has_problem(s.validate(), "data.respondent.age"));
    s.respondent->age = 120;
    s.respondent->education = std::string(101, 'e');
    s.respondent->occupation = std::string(100, 'o');
    const auto problems = s.validate();
    CHECK(has_problem(problems, "data.respondent.education"));
    CHECK_FALSE(has_problem(problems, "data.respondent.occupation"));
    CHECK_FALSE(has_problem(problems, "data.respondent.age"));
}

TEST_CASE("a response's unit must be a UUID") {
    auto s = sample();
    s.unit_id = "puskesmas-sukamaju";
    CHECK(has_code(s.validate(), "invalid_uuid"));
}
