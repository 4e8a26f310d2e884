// Case limits counted from the dates the regulation names (the day a summons
// is served, the hearing date it set, the decision's date), on the employee's
// own calendar, and the warnings a step recorded too early or too late gets.
#include "records/case_progress.h"

#include <catch2/catch.hpp>

#include "shared/records/case_steps.h"

using namespace pantau;
using namespace pantau::testing;

namespace {

DisciplineEvent summons(CaseState s, const char* recorded, std::optional<const char*> served,
                        std::optional<const char*> hearing) {
    DisciplineEvent e = step(s, recorded);
    e.letter_date = d(recorded);
    if (served)
        e.served_on = d(*served);
    if (hearing)
        e.hearing_on = d(*hearing);
    return e;
}

std::vector<DisciplineEvent> summoned(std::optional<const char*> served,
                                      std::optional<const char*> hearing) {
    return {step(CaseState::REPORTED, "2026-11-02"), step(CaseState::UNDER_REVIEW, "2026-11-03"),
            summons(CaseState::SUMMONED_1, "2026-11-16", served, hearing)};
}

const WorkCalendar kWeekdays(std::vector<Date>{});

}  // namespace

TEST_CASE("a missed hearing makes the second summons due, overdue from the eighth working day") {
    const auto catalogues = CatalogueSet::embedded();
    const auto steps = summoned("2026-11-17", "2026-12-02");
    // Due Fri 11 Dec (7 working days after the hearing of Wed 2 Dec).
    auto p = case_progress(steps, kWib, d("2026-12-11"), *catalogues, kWeekdays);
    REQUIRE(p.next_due);
    CHECK(p.next_due->rule.bounds == "SECOND_SUMMONS");
    CHECK(p.next_due->date == d("2026-12-11"));
    CHECK_FALSE(p.overdue);
    CHECK(p.working_days_left == 0);
    p = case_progress(steps, kWib, d("2026-12-14"), *catalogues, kWeekdays);
    CHECK(p.overdue);
    CHECK(p.overdue_working_days == 1);
    // Before the hearing the notice limit shows, which is never overdue.
    p = case_progress(steps, kWib, d("2026-11-20"), *catalogues, kWeekdays);
    REQUIRE(p.next_due);
    CHECK(p.next_due->rule.bounds == "HEARING");
    CHECK(p.next_due->date == d("2026-11-26"));
    CHECK_FALSE(p.overdue);
}

TEST_CASE("a correction that adds the day served moves the notice limit") {
    const auto catalogues = CatalogueSet::embedded();
    auto steps = summoned(std::nullopt, "2026-12-02");
    auto p = case_progress(steps, kWib, d("2026-11-20"), *catalogues, kWeekdays);
    REQUIRE(p.next_due);
    CHECK(p.next_due->estimated);
    CHECK(p.next_due->counted_from == d("2026-11-16"));
    DisciplineEvent receipt = step(CaseState::SUMMONED_1, "2026-11-20");
    receipt.corrects = "3e9f5d6b-1c4a-4b8d-8f0e-4d5e6f708192";
    receipt.served_on = d("2026-11-19");
    steps.push_back(receipt);
    p = case_progress(steps, kWib, d("2026-11-20"), *catalogues, kWeekdays);
    REQUIRE(p.next_due);
    CHECK_FALSE(p.next_due->estimated);
    CHECK(p.next_due->counted_from == d("2026-11-19"));
    CHECK(p.next_due->date == d("2026-11-30"));
    CHECK(p.dates.served_on == d("2026-11-19"));
}

TEST_CASE("the delivery limit counts on the employee's calendar") {
    const auto catalogues = CatalogueSet::embedded();
    auto steps = summoned("2026-11-17", "2026-11-27");
    steps.push_back(step(CaseState::EXAMINED, "2026-11-27"));
    steps.push_back(step(CaseState::FINDINGS, "2026-11-30"));
    DisciplineEvent decided = step(CaseState::DECIDED, "2026-12-07");
    decided.sanction = "R2";
    decided.letter_date = d("2026-12-01");
    steps.push_back(decided);
    // Five-day week: 14 working days after Tue 1 Dec is Mon 21 Dec.
    auto p = case_progress(steps, kWib, d("2026-12-07"), *catalogues, kWeekdays);
    REQUIRE(p.next_due);
    CHECK(p.next_due->date == d("2026-12-21"));
    // Six-day unit: Saturdays count, so the 14th working day is Thu 17 Dec.
    const WorkCalendar six_days = kWeekdays.with_schedule(
        {WorkWeek{d("2026-01-01"), {true, true, true, true, true, true, false}}}, {});
    p = case_progress(steps, kWib, d("2026-12-07"), *catalogues, six_days);
    REQUIRE(p.next_due);
    CHECK(p.next_due->date == d("2026-12-17"));
}

TEST_CASE("a summons that gives under 7 working days of notice is warned about") {
    const auto catalogues = CatalogueSet::embedded();
    const std::vector<DisciplineEvent> before = {step(CaseState::REPORTED, "2026-11-02"),
                                                 step(CaseState::UNDER_REVIEW, "2026-11-03")};
    // Served Tue 17 Nov: the earliest hearing is Thu 26 Nov.
    auto warnings = step_warnings(
        before, summons(CaseState::SUMMONED_1, "2026-11-16", "2026-11-17", "2026-11-25"), kWib,
        *catalogues, kWeekdays);
    CHECK(has_code(warnings, "hearing_too_soon"));
    warnings = step_warnings(
        before, summons(CaseState::SUMMONED_1, "2026-11-16", "2026-11-17", "2026-11-26"), kWib,
        *catalogues, kWeekdays);
    CHECK(warnings.empty());
    warnings = step_warnings(
        before, summons(CaseState::SUMMONED_1, "2026-11-16", "2026-11-17", std::nullopt), kWib,
        *catalogues, kWeekdays);
    CHECK(has_code(warnings, "hearing_date_missing"));
}

TEST_CASE("a hearing held before the notice ran out is warned about") {
    const auto catalogues = CatalogueSet::embedded();
    const auto steps = summoned("2026-11-17", "2026-11-26");
    CHECK(has_code(
        step_warnings(steps, step(CaseState::EXAMINED, "2026-11-25"), kWib, *catalogues, kWeekdays),
        "examined_too_early"));
    CHECK(
        step_warnings(steps, step(CaseState::EXAMINED, "2026-11-26"), kWib, *catalogues, kWeekdays)
            .empty());
    // The day held, when given, is what counts, not the day recorded.
    DisciplineEvent late_entry = step(CaseState::EXAMINED, "2026-11-30");
    late_entry.hearing_on = d("2026-11-24");
    CHECK(has_code(step_warnings(steps, late_entry, kWib, *catalogues, kWeekdays),
                   "examined_too_early"));
}

TEST_CASE("a second summons before the first hearing or after its limit is warned about") {
    const auto catalogues = CatalogueSet::embedded();
    const auto steps = summoned("2026-11-17", "2026-12-02");
    CHECK(has_code(
        step_warnings(steps,
                      summons(CaseState::SUMMONED_2, "2026-12-02", std::nullopt, "2026-12-15"),
                      kWib, *catalogues, kWeekdays),
        "second_summons_before_hearing"));
    // The limit is Fri 11 Dec: on it, fine; Mon 14 Dec, late.
    CHECK(step_warnings(steps,
                        summons(CaseState::SUMMONED_2, "2026-12-11", "2026-12-11", "2026-12-22"),
                        kWib, *catalogues, kWeekdays)
              .empty());
    CHECK(has_code(
        step_warnings(steps,
                      summons(CaseState::SUMMONED_2, "2026-12-14", "2026-12-14", "2026-12-23"),
                      kWib, *catalogues, kWeekdays),
        "second_summons_late"));
}

TEST_CASE("deciding before the second hearing and delivering late are warned about") {
    const auto catalogues = CatalogueSet::embedded();
    auto steps = summoned("2026-11-17", "2026-12-02");
    steps.push_back(summons(CaseState::SUMMONED_2, "2026-12-03", "2026-12-03", "2026-12-14"));
    DisciplineEvent on_evidence = step(CaseState::DECIDED_ON_EVIDENCE, "2026-12-14");
    on_evidence.sanction = "S1";
    CHECK(has_code(step_warnings(steps, on_evidence, kWib, *catalogues, kWeekdays),
                   "decided_before_second_hearing"));
    on_evidence.at = at("2026-12-15");
    on_evidence.letter_date = d("2026-12-15");
    CHECK(step_warnings(steps, on_evidence, kWib, *catalogues, kWeekdays).empty());
    steps.push_back(on_evidence);
    // 14 working days after Tue 15 Dec 2026 (weekdays only) is Mon 4 Jan 2027.
    DisciplineEvent delivered = step(CaseState::DELIVERED, "2027-01-05");
    CHECK(has_code(step_warnings(steps, delivered, kWib, *catalogues, kWeekdays), "delivery_late"));
    delivered.served_on = d("2027-01-04");
    CHECK(step_warnings(steps, delivered, kWib, *catalogues, kWeekdays).empty());
}
