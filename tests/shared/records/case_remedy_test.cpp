// The objection or appeal window (PP 79/2021: 14 working days from the day
// the decision was received, verify), the day the sanction takes effect,
// and the warnings an objection filed late or a sanction recorded in force
// too early get; all on the employee's calendar.
#include <catch2/catch.hpp>

#include "records/case_progress.h"
#include "shared/records/case_steps.h"

using namespace pantau;
using namespace pantau::testing;
using S = CaseState;

namespace {

// Decided `sanction` on 1 December, received on Tuesday 1 December 2026.
std::vector<DisciplineEvent> delivered(const char* sanction) {
    auto decided = step(S::DECIDED, "2026-11-30");
    decided.sanction = sanction;
    auto delivery = step(S::DELIVERED, "2026-12-02");
    delivery.served_on = d("2026-12-01");
    return {step(S::REPORTED, "2026-11-02"),
            step(S::UNDER_REVIEW, "2026-11-03"),
            step(S::SUMMONED_1, "2026-11-04"),
            step(S::EXAMINED, "2026-11-16"),
            step(S::FINDINGS, "2026-11-17"),
            decided,
            delivery};
}

const WorkCalendar kWeekdays(std::vector<Date>{});

std::vector<std::string> codes(const Problems& warnings) {
    std::vector<std::string> all;
    for (const auto& w : warnings)
        all.push_back(w.code);
    return all;
}

}  // namespace

TEST_CASE(
    "the objection window ends on the 14th working day after receipt and the sanction takes effect "
    "on the 15th") {
    const auto set = CatalogueSet::embedded();
    const auto status = remedy_status(delivered("S1"), kWib, *set, kWeekdays);
    REQUIRE(status);
    CHECK(status->route == RemedyRoute::KEBERATAN);
    REQUIRE(status->remedy);
    CHECK(status->received_on == d("2026-12-01"));
    CHECK(status->filing_last_day == d("2026-12-21"));  // Monday, two weekends later
    CHECK(status->effective_on == d("2026-12-22"));
    CHECK(status->sanction == "S1");
    CHECK_FALSE(status->filed_on);

    // A holiday inside the window moves both by a working day.
    const WorkCalendar with_holiday(std::vector<Date>{d("2026-12-10")});
    const auto later = remedy_status(delivered("S1"), kWib, *set, with_holiday);
    CHECK(later->filing_last_day == d("2026-12-22"));
    CHECK(later->effective_on == d("2026-12-23"));
}

TEST_CASE("an objection on the window's last day is on time, the next working day is late") {
    const auto set = CatalogueSet::embedded();
    auto objection = step(S::OBJECTION, "2026-12-22");
    objection.letter_date = d("2026-12-21");
    CHECK(step_warnings(delivered("S1"), objection, kWib, *set, kWeekdays).empty());
    objection.letter_date = d("2026-12-22");
    const auto late = step_warnings(delivered("S1"), objection, kWib, *set, kWeekdays);
    REQUIRE(codes(late) == std::vector<std::string>{"remedy_filed_late"});
    CHECK(late.front().message_en.find("past the last day to file, 2026-12-21") !=
          std::string::npos);
    CHECK(late.front().message_id.rfind("Keberatan", 0) == 0);
    // Without a letter date the day it is recorded counts.
    objection.letter_date.reset();
    CHECK(codes(step_warnings(delivered("S1"), objection, kWib, *set, kWeekdays)) ==
          std::vector<std::string>{"remedy_filed_late"});
}

TEST_CASE("a dismissal's appeal has the same window, to the BPASN") {
    const auto set = CatalogueSet::embedded();
    const auto status = remedy_status(delivered("B3"), kWib, *set, kWeekdays);
    REQUIRE(status);
    CHECK(status->route == RemedyRoute::BANDING);
    CHECK(status->remedy->addressee_id.find("BPASN") != std::string::npos);
    auto appeal = step(S::APPEAL, "2026-12-22");
    const auto late = step_warnings(delivered("B3"), appeal, kWib, *set, kWeekdays);
    CHECK(codes(late) == std::vector<std::string>{"remedy_filed_late"});
    CHECK(late.front().message_id.rfind("Banding administratif", 0) == 0);
}

TEST_CASE("recording the sanction in force while the window is open is warned") {
    const auto set = CatalogueSet::embedded();
    const auto early = step(S::IN_FORCE, "2026-12-21");
    const auto warnings = step_warnings(delivered("S1"), early, kWib, *set, kWeekdays);
    REQUIRE(codes(warnings) == std::vector<std::string>{"in_force_before_effective"});
    CHECK(warnings.front().message_en ==
          "Objection may still be filed until 2026-12-21; the sanction takes effect on "
          "2026-12-22.");
    CHECK(step_warnings(delivered("S1"), step(S::IN_FORCE, "2026-12-22"), kWib, *set, kWeekdays)
              .empty());
}

TEST_CASE("after an objection the sanction takes effect with the decision on it") {
    const auto set = CatalogueSet::embedded();
    auto steps = delivered("S2");
    auto objection = step(S::OBJECTION, "2026-12-10");
    objection.letter_date = d("2026-12-09");
    steps.push_back(objection);
    auto status = remedy_status(steps, kWib, *set, kWeekdays);
    CHECK(status->filed_on == d("2026-12-09"));
    CHECK_FALSE(status->effective_on);  // pending
    CHECK_FALSE(status->outcome);

    auto reduced = step(S::IN_FORCE, "2027-01-12");
    reduced.outcome = "REDUCED";
    reduced.sanction = "S1";
    reduced.letter_date = d("2027-01-11");
    steps.push_back(reduced);
    status = remedy_status(steps, kWib, *set, kWeekdays);
    CHECK(status->outcome == "REDUCED");
    CHECK(status->sanction == "S1");
    CHECK(status->effective_on == d("2027-01-11"));
}

TEST_CASE("an annulled sanction never takes effect") {
    const auto set = CatalogueSet::embedded();
    auto steps = delivered("S2");
    steps.push_back(step(S::OBJECTION, "2026-12-10"));
    auto annulled = step(S::CLOSED, "2027-01-12");
    annulled.close_reason = "ANNULLED";
    steps.push_back(annulled);
    const auto status = remedy_status(steps, kWib, *set, kWeekdays);
    REQUIRE(status);
    CHECK(status->outcome == "ANNULLED");
    CHECK_FALSE(status->sanction);
    CHECK_FALSE(status->effective_on);
}

TEST_CASE("before a decision there is no remedy to speak of") {
    const auto set = CatalogueSet::embedded();
    auto steps = delivered("S1");
    steps.resize(5);
    CHECK_FALSE(remedy_status(steps, kWib, *set, kWeekdays));
    auto closed = step(S::CLOSED, "2026-11-20");
    closed.close_reason = "DEATH";
    steps.push_back(closed);
    CHECK_FALSE(remedy_status(steps, kWib, *set, kWeekdays));
}

TEST_CASE("the shipped remedies: 14 working days to file, in force on the 15th") {
    for (const auto* code : {"KEBERATAN", "BANDING"}) {
        const AdministrativeRemedy* r = administrative_remedies().find(code);
        REQUIRE(r);
        CHECK(r->filing_working_days == 14);
        CHECK(r->effective_working_day == 15);
    }
    const CatalogueFile inside{"administrative_remedies", "t",
                               nlohmann::json::array({{{"code", "KEBERATAN"},
                                                       {"filing_working_days", 14},
                                                       {"effective_working_day", 10},
                                                       {"title_id", "x"},
                                                       {"title_en", "x"},
                                                       {"addressee_id", "x"},
                                                       {"addressee_en", "x"},
                                                       {"source", "x"}}})};
    CHECK_THROWS(RemedyCatalogue::from_file(inside));
}
