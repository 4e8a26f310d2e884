#include <QSignalSpy>
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "core/timestamp.h"
#include "records/record_types.h"
#include "survey_controller.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using mobile::SurveyController;
using nlohmann::json;

namespace {

std::vector<store::StoredRecord> stored_responses(TestApp& app) {
    return app.core().database().call(
        [](store::DeviceStore& s) { return s.list("survey_response", kUnitId); });
}

void open(SurveyController& c, TestApp& app) {
    c.setCore(&app.core());
    settle(app.core());
}

SurveyResponse response_at(const char* collected_at, std::array<int, 9> scores) {
    SurveyResponse r;
    r.unit_id = kUnitId;
    r.collected_at = *parse_timestamp(collected_at);
    for (std::size_t i = 0; i < scores.size(); ++i)
        if (scores[i] > 0)
            r.scores[i] = scores[i];
    return r;
}

// Responses collected on other phones of the unit, as a pull brings them.
void pull_responses(TestApp& app, const std::vector<SurveyResponse>& responses) {
    std::vector<json> changes;
    int n = 0;
    for (const auto& r : responses) {
        char id[40];
        std::snprintf(id, sizeof id, "5c0e0000-0000-4000-8000-%012d", ++n);
        changes.push_back({{"type", "survey_response"},
                           {"id", id},
                           {"unit_id", kUnitId},
                           {"origin", "device-other"},
                           {"data", r.to_json()}});
    }
    app.pull(changes);
}

// Four citizens in November 2026: U1..U8 get 4, 3, 3, 4 and U9 gets 4, 3, 3, 2.
std::vector<SurveyResponse> four_citizens() {
    return {response_at("2026-11-02T03:00:00Z", {4, 4, 4, 4, 4, 4, 4, 4, 4}),
            response_at("2026-11-03T03:00:00Z", {3, 3, 3, 3, 3, 3, 3, 3, 3}),
            response_at("2026-11-04T03:00:00Z", {3, 3, 3, 3, 3, 3, 3, 3, 3}),
            response_at("2026-11-05T03:00:00Z", {4, 4, 4, 4, 4, 4, 4, 4, 2})};
}

}  // namespace

TEST_CASE("the form lists the nine SKM elements in the current language") {
    TestApp app;
    SurveyController c;
    open(c, app);
    REQUIRE(c.elements().size() == 9);
    CHECK(c.elements().first() == QStringLiteral("Persyaratan"));
    CHECK(c.elements().last() == QStringLiteral("Sarana dan prasarana"));
    app.core().setLanguage(QStringLiteral("en"));
    CHECK(c.elements().first() == QStringLiteral("Requirements"));
    app.core().setLanguage(QStringLiteral("id"));
}

TEST_CASE("an empty form cannot be submitted") {
    TestApp app;
    SurveyController c;
    open(c, app);
    CHECK_FALSE(c.canSubmit());
    c.setAge(40);
    CHECK_FALSE(c.canSubmit());
    c.submit();
    settle(app.core());
    CHECK(stored_responses(app).empty());
    c.setScore(4, 3);
    CHECK(c.canSubmit());
    c.setScore(4, 0);
    CHECK_FALSE(c.canSubmit());
}

TEST_CASE("scores outside 1..4 and elements outside the nine are ignored") {
    TestApp app;
    SurveyController c;
    open(c, app);
    c.setScore(0, 5);
    c.setScore(1, -1);
    c.setScore(9, 3);
    c.setScore(-1, 3);
    for (const QVariant& score : c.scores())
        CHECK(score.toInt() == 0);
    c.setScore(8, 4);
    CHECK(c.scores().at(8).toInt() == 4);
}

TEST_CASE("a submitted response is stored as a valid survey_response and the form clears") {
    TestApp app;
    SurveyController c;
    open(c, app);
    c.setScore(0, 4);
    c.setScore(1, 3);
    c.setScore(8, 1);
    c.setAge(35);
    c.setGender(QStringLiteral("P"));
    c.setEducation(QStringLiteral("S1"));
    QSignalSpy submitted(&c, &SurveyController::submitted);
    c.submit();
    REQUIRE(wait_until([&] { return submitted.count() == 1; }));

    const auto stored = stored_responses(app);
    REQUIRE(stored.size() == 1);
    const auto& record = stored.front();
    CHECK(is_uuid(record.id));
    CHECK(record.unit_id == kUnitId);
    CHECK(check_record_data("survey_response", record.data).empty());
    CHECK(record.data["unit_id"] == kUnitId);
    CHECK(record.data["collected_at"] == format_timestamp(app.now_ms));
    CHECK(record.data["scores"] == json::parse("[4, 3, null, null, null, null, null, null, 1]"));
    CHECK(record.data["respondent"] == json({{"age", 35}, {"gender", "P"}, {"education", "S1"}}));

    CHECK(c.thanked());
    CHECK_FALSE(c.canSubmit());
    CHECK(c.age() == 0);
    CHECK(c.gender().isEmpty());
    CHECK(c.education().isEmpty());
    for (const QVariant& score : c.scores())
        CHECK(score.toInt() == 0);
    c.nextRespondent();
    CHECK_FALSE(c.thanked());
}

TEST_CASE("each citizen's response is a record of its own") {
    TestApp app;
    SurveyController c;
    open(c, app);
    QSignalSpy submitted(&c, &SurveyController::submitted);
    c.setScore(2, 2);
    c.submit();
    REQUIRE(wait_until([&] { return submitted.count() == 1; }));
    c.setScore(2, 2);
    c.submit();
    REQUIRE(wait_until([&] { return submitted.count() == 2; }));
    const auto stored = stored_responses(app);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].id != stored[1].id);
}

TEST_CASE("an age outside 10..120 is refused with a message and nothing is stored") {
    TestApp app;
    SurveyController c;
    open(c, app);
    c.setScore(0, 3);
    c.setAge(7);
    c.submit();
    settle(app.core());
    CHECK(c.errorText().contains(QStringLiteral("Umur responden")));
    CHECK(stored_responses(app).empty());
    CHECK(c.scores().at(0).toInt() == 3);
}

TEST_CASE("the IKM and quality letter match the regulation's formula for known responses") {
    TestApp app;
    const auto responses = four_citizens();
    pull_responses(app, responses);
    SurveyController c;
    open(c, app);
    CHECK(c.period() == QStringLiteral("2026"));
    REQUIRE(wait_until([&] { return c.respondents() == 4; }));
    // By hand: NRR of U1..U8 = (4+3+3+4)/4 = 3.5 and of U9 = (4+3+3+2)/4 = 3;
    // IKM = (8 x 3.5 + 3) x 1/9 = 3.444..; converted = IKM x 25 = 86.11, band B.
    CHECK(c.ikmValue() == QStringLiteral("86,11"));
    CHECK(c.qualityLetter() == QStringLiteral("B"));
    CHECK(c.qualityLabel() == QStringLiteral("Baik"));
    CHECK_FALSE(c.incomplete());
    const IkmResult expected = compute_ikm(responses);
    CHECK(expected.converted_hundredths == 8611);
    CHECK(c.respondents() == expected.respondents);

    app.core().setLanguage(QStringLiteral("en"));
    CHECK(c.ikmValue() == QStringLiteral("86.11"));
    CHECK(c.qualityLabel() == QStringLiteral("Good"));
    app.core().setLanguage(QStringLiteral("id"));
}

TEST_CASE("the IKM counts only responses collected in the period, in the unit's local time") {
    TestApp app;
    pull_responses(app, {
                            // 2026-01-01 00:30 WIB: the first half hour of 2026.
                            response_at("2025-12-31T17:30:00Z", {4, 4, 4, 4, 4, 4, 4, 4, 4}),
                            // 2025-12-31 23:30 WIB: still 2025.
                            response_at("2025-12-31T16:30:00Z", {1, 1, 1, 1, 1, 1, 1, 1, 1}),
                            // 2026-10-01 00:10 WIB: the fourth quarter.
                            response_at("2026-09-30T17:10:00Z", {2, 2, 2, 2, 2, 2, 2, 2, 2}),
                            // 2026-09-30 23:50 WIB: the third quarter.
                            response_at("2026-09-30T16:50:00Z", {3, 3, 3, 3, 3, 3, 3, 3, 3}),
                        });
    SurveyController c;
    open(c, app);
    REQUIRE(wait_until([&] { return c.respondents() == 3; }));
    CHECK(c.ikmValue() == QStringLiteral("75,00"));  // NRR 3 for every element
    CHECK(c.qualityLetter() == QStringLiteral("C"));

    const QVariantList periods = c.periods();
    REQUIRE(periods.size() == 2);
    CHECK(periods[1].toMap()["period"] == QStringLiteral("2026-Q4"));
    c.setPeriod(QStringLiteral("2026-Q4"));
    REQUIRE(wait_until([&] { return c.respondents() == 1; }));
    CHECK(c.ikmValue() == QStringLiteral("50,00"));
    CHECK(c.qualityLetter() == QStringLiteral("D"));
    CHECK(c.periodLabel() == QStringLiteral("Triwulan IV 2026"));
}

TEST_CASE("without respondents the IKM shows a dash and no letter") {
    TestApp app;
    SurveyController c;
    open(c, app);
    CHECK(c.respondents() == 0);
    CHECK(c.ikmValue() == QStringLiteral("–"));
    CHECK(c.qualityLetter().isEmpty());
    CHECK(c.qualityLabel() == QStringLiteral("Belum ada responden"));
}

TEST_CASE("an IKM with an element nobody answered is flagged provisional") {
    TestApp app;
    pull_responses(app, {response_at("2026-11-02T03:00:00Z", {4, 4, 4, 4, 4, 4, 4, 4, 0})});
    SurveyController c;
    open(c, app);
    REQUIRE(wait_until([&] { return c.respondents() == 1; }));
    CHECK(c.incomplete());
    CHECK(c.ikmValue() == QStringLiteral("100,00"));
}

TEST_CASE("a submitted response counts in the IKM at once") {
    TestApp app;
    pull_responses(app, four_citizens());
    SurveyController c;
    open(c, app);
    REQUIRE(wait_until([&] { return c.respondents() == 4; }));
    for (int i = 0; i < 9; ++i)
        c.setScore(i, 1);
    c.submit();
    REQUIRE(wait_until([&] { return c.respondents() == 5; }));
    // NRR of U1..U8 = 15/5 = 3, of U9 = 13/5 = 2.6: (8 x 3 + 2.6) / 9 x 25 = 73.89.
    CHECK(c.ikmValue() == QStringLiteral("73,89"));
    CHECK(c.qualityLetter() == QStringLiteral("C"));
}
