#include "discipline/discipline_case.h"

#include <catch2/catch.hpp>

#include "core/timestamp.h"

using namespace pantau;
using nlohmann::json;

namespace {

const std::string kEmployee = "0b1f6c2a-4d3e-4f5a-8b6c-7d8e9f0a1b2c";

DisciplineCase sample() {
    DisciplineCase c;
    c.employee_id = kEmployee;
    c.opened_at = *parse_timestamp("2026-11-23T08:15:00+07:00");
    c.article = "4f";
    c.level_estimate = "RINGAN";
    c.summary = "Tidak masuk kerja tanpa keterangan 3 hari kerja pada November 2026.";
    c.source = "TK_INDICATION";
    return c;
}

json sample_json() {
    return {{"employee_id", kEmployee},
            {"opened_at", "2026-11-23T01:15:00Z"},
            {"article", "4f"},
            {"level_estimate", "RINGAN"},
            {"summary", "Tidak masuk kerja tanpa keterangan 3 hari kerja pada November 2026."},
            {"source", "TK_INDICATION"}};
}

}  // namespace

TEST_CASE("a discipline case reads from its protocol data") {
    Problems problems;
    const auto c = DisciplineCase::from_json(sample_json(), problems);
    CHECK(problems.empty());
    CHECK(c == sample());
    CHECK(c.validate().empty());
}

TEST_CASE("a discipline case survives a JSON round trip, with and without a source") {
    for (bool with_source : {true, false}) {
        auto c = sample();
        if (!with_source)
            c.source.reset();
        Problems problems;
        const auto j = c.to_json();
        CHECK(j.contains("source") == with_source);
        CHECK(DisciplineCase::from_json(j, problems) == c);
        CHECK(problems.empty());
    }
}

TEST_CASE("a discipline case writes its instant as RFC 3339 UTC") {
    CHECK(sample().to_json()["opened_at"] == "2026-11-23T01:15:00Z");
}

TEST_CASE("a discipline case with an unknown field is refused") {
    auto j = sample_json();
    j["sanction"] = "R1";
    Problems problems;
    DisciplineCase::from_json(j, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.sanction");
    CHECK(problems[0].code == "unknown_field");
}

TEST_CASE("a discipline case with missing or mistyped fields lists every one") {
    json j = {{"employee_id", 42}, {"opened_at", "23/11/2026"}, {"summary", true}};
    Problems problems;
    DisciplineCase::from_json(j, problems);
    CHECK(has_problem(problems, "data.employee_id"));
    CHECK(has_problem(problems, "data.opened_at"));
    CHECK(has_problem(problems, "data.article"));
    CHECK(has_problem(problems, "data.level_estimate"));
    CHECK(has_problem(problems, "data.summary"));
    CHECK(has_code(problems, "wrong_type"));
    CHECK(has_code(problems, "invalid_timestamp"));
    CHECK(has_code(problems, "missing_field"));
}

TEST_CASE("a case citing an article outside the PP 94 catalogue is invalid") {
    auto c = sample();
    c.article = "6a";
    const auto problems = c.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.article");
    CHECK(problems[0].code == "unknown_value");
    CHECK_FALSE(problems[0].message_id.empty());
    CHECK_FALSE(problems[0].message_en.empty());
}

TEST_CASE("a case's level estimate must be RINGAN, SEDANG or BERAT") {
    auto c = sample();
    for (const auto* level : {"RINGAN", "SEDANG", "BERAT"}) {
        c.level_estimate = level;
        CHECK(c.validate().empty());
    }
    c.level_estimate = "SEDANG_BERAT";
    CHECK(has_problem(c.validate(), "data.level_estimate"));
}

TEST_CASE("a case needs a summary of at most 4000 characters") {
    auto c = sample();
    c.summary = "  \n ";
    CHECK(has_code(c.validate(), "empty"));
    c.summary = std::string(4000, 'x');
    CHECK(c.validate().empty());
    c.summary = std::string(4001, 'x');
    CHECK(has_code(c.validate(), "too_long"));
}

TEST_CASE("a summary's limit counts characters, not UTF-8 bytes") {
    auto c = sample();
    std::string text;
    for (int i = 0; i < 4000; ++i)
        text += "\xC3\xA9";  // é, two bytes
    c.summary = text;
    CHECK(c.validate().empty());
    c.summary += "e";
    CHECK(has_code(c.validate(), "too_long"));
}

TEST_CASE("a case's employee must be a UUID") {
    auto c = sample();
    c.employee_id = "199001012015031001";
    CHECK(has_code(c.validate(), "invalid_uuid"));
}

TEST_CASE("a case's source, when given, is INCIDENT or TK_INDICATION") {
    auto c = sample();
    c.source = "INCIDENT";
    CHECK(c.validate().empty());
    c.source = "RUMOUR";
    CHECK(has_problem(c.validate(), "data.source"));
}

TEST_CASE("the article catalogue can be supplied for validation") {
    const auto articles = Pp94Catalogue::from_file(
        {"pp94_articles", "t",
         json::array(
             {{{"code", "X1"}, {"kind", "LARANGAN"}, {"title_id", "a"}, {"title_en", "a"}}})});
    auto c = sample();
    CHECK(has_problem(c.validate(articles), "data.article"));
    c.article = "X1";
    CHECK(c.validate(articles).empty());
}

TEST_CASE("a case may be edited until it is decided") {
    const auto stored = sample();
    auto edited = stored;
    edited.level_estimate = "SEDANG";
    CHECK(can_update(stored, edited, CaseState::UNDER_REVIEW).ok());
    CHECK(can_update(stored, edited, CaseState::FINDINGS).ok());
    auto refused = can_update(stored, edited, CaseState::DECIDED);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "case_decided");
    CHECK(can_update(stored, edited, CaseState::IN_FORCE).error().code == "case_decided");
}

TEST_CASE("re-sending a decided case unchanged is not an edit") {
    CHECK(can_update(sample(), sample(), CaseState::COMPLETED).ok());
}

TEST_CASE("a case cannot be moved to another employee") {
    auto edited = sample();
    edited.employee_id = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    CHECK(can_update(sample(), edited, CaseState::REPORTED).error().code ==
          "case_employee_changed");
}

TEST_CASE("a case may cite several articles, each of its rules and none twice") {
    auto c = sample();
    c.other_articles = {"3e", "4g"};
    CHECK(c.validate().empty());
    CHECK(c.articles() == std::vector<std::string>{"4f", "3e", "4g"});
    Problems problems;
    CHECK(DisciplineCase::from_json(c.to_json(), problems) == c);
    CHECK(problems.empty());
    CHECK_FALSE(sample().to_json().contains("other_articles"));

    c.other_articles = {"3e", "9z"};
    CHECK(has_problem(c.validate(), "data.other_articles[1]"));
    c.other_articles = {"3e", "3e"};
    CHECK(has_problem(c.validate(), "data.other_articles[1]"));
    c.other_articles = {"4f"};
    CHECK(has_problem(c.validate(), "data.other_articles[0]"));
    c.other_articles = std::vector<std::string>(kCaseOtherArticlesMax + 1, "3e");
    CHECK(has_problem(c.validate(), "data.other_articles"));
    json data = sample_json();
    data["other_articles"] = {"3e", 4};
    DisciplineCase::from_json(data, problems);
    CHECK(has_problem(problems, "data.other_articles"));
}

TEST_CASE("an article with fixed levels refuses an estimate it is never judged at") {
    // Failing to take the oath (Pasal 4 huruf a and b) is a moderate breach.
    auto oath = sample();
    oath.article = "4a";
    CHECK(has_code(oath.validate(), "level_not_allowed"));
    oath.level_estimate = "SEDANG";
    CHECK(oath.validate().empty());
    oath.level_estimate = "BERAT";
    CHECK(has_code(oath.validate(), "level_not_allowed"));
    // With another article that may be light, a light estimate can stand.
    auto both = sample();
    both.other_articles = {"4b"};
    CHECK(both.validate().empty());
    // The forms of supporting a candidate have their own levels.
    auto campaign = sample();
    campaign.article = "5n.4";
    campaign.level_estimate = "SEDANG";
    CHECK(has_code(campaign.validate(), "level_not_allowed"));
    campaign.level_estimate = "BERAT";
    CHECK(campaign.validate().empty());
    campaign.article = "5n.1";
    campaign.level_estimate = "SEDANG";
    CHECK(campaign.validate().empty());
}
