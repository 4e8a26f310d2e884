#include "discipline/case_deadline.h"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace pantau;

namespace {

Date d(const char* iso) {
    return *Date::parse(iso);
}

// Monday to Friday only; holidays are the work calendar's business.
Date add_weekdays(Date from, int n) {
    Date day = from;
    while (n > 0) {
        day = day.plus_days(1);
        if (day.weekday() != Weekday::Saturday && day.weekday() != Weekday::Sunday)
            --n;
    }
    return day;
}

}  // namespace

TEST_CASE("the weekday helper used by these tests skips weekends") {
    CHECK(d("2026-11-20").weekday() == Weekday::Friday);
    CHECK(add_weekdays(d("2026-11-20"), 1) == d("2026-11-23"));
    CHECK(add_weekdays(d("2026-11-23"), 5) == d("2026-11-30"));
}

TEST_CASE("a hearing may be held no earlier than 7 working days after the first summons") {
    // Served Friday 20 Nov 2026: Mon 23 .. Fri 27 are 5, Mon 30 is 6, Tue 1 Dec is 7.
    auto due = next_step_due(CaseState::SUMMONED_1, d("2026-11-20"), add_weekdays);
    REQUIRE(due);
    CHECK(due->date == d("2026-12-01"));
    CHECK(due->rule.bound == DeadlineBound::NOT_BEFORE);
    CHECK(due->rule.bounds == "HEARING");
}

TEST_CASE("the second summons is due within 7 working days of the missed hearing") {
    // The first summons set the hearing for Wednesday 2 Dec 2026; the case is
    // still SUMMONED_1 the day after: Thu 3, Fri 4, Mon 7 .. Fri 11 -> Fri 11 Dec.
    const StepDates dates{d("2026-11-20"), d("2026-11-20"), d("2026-11-20"), d("2026-12-02")};
    const auto& deadlines = discipline_deadlines();
    auto due = deadlines.next_step_due(CaseState::SUMMONED_1, dates, d("2026-12-03"), add_weekdays);
    REQUIRE(due);
    CHECK(due->rule.bounds == "SECOND_SUMMONS");
    CHECK(due->date == d("2026-12-11"));
    CHECK(due->counted_from == d("2026-12-02"));
    CHECK(due->rule.bound == DeadlineBound::NOT_AFTER);
    // On the hearing day itself it has not been missed: the hearing's own limit holds.
    due = deadlines.next_step_due(CaseState::SUMMONED_1, dates, d("2026-12-02"), add_weekdays);
    REQUIRE(due);
    CHECK(due->rule.bounds == "HEARING");
    // Without a hearing date the second summons cannot be timed.
    const StepDates no_hearing{d("2026-11-20"), d("2026-11-20"), d("2026-11-20"), std::nullopt};
    due = deadlines.next_step_due(CaseState::SUMMONED_1, no_hearing, d("2026-12-20"), add_weekdays);
    REQUIRE(due);
    CHECK(due->rule.bounds == "HEARING");
}

TEST_CASE("the hearing's notice runs from the day the summons was served") {
    // Letter dated Mon 16 Nov, recorded Tue 17, served Fri 20: 7 working days -> Tue 1 Dec.
    const StepDates dates{d("2026-11-17"), d("2026-11-16"), d("2026-11-20"), d("2026-12-03")};
    auto due = discipline_deadlines().next_step_due(CaseState::SUMMONED_1, dates, d("2026-11-20"),
                                                    add_weekdays);
    REQUIRE(due);
    CHECK(due->date == d("2026-12-01"));
    CHECK(due->counted_from == d("2026-11-20"));
    CHECK_FALSE(due->estimated);
    // Not yet served: the letter's date, marked as an estimate.
    const StepDates unserved{d("2026-11-17"), d("2026-11-16"), std::nullopt, std::nullopt};
    due = discipline_deadlines().next_step_due(CaseState::SUMMONED_1, unserved, d("2026-11-20"),
                                               add_weekdays);
    REQUIRE(due);
    CHECK(due->counted_from == d("2026-11-16"));
    CHECK(due->estimated);
    // Neither: the day recorded.
    const StepDates bare{d("2026-11-17"), std::nullopt, std::nullopt, std::nullopt};
    due = discipline_deadlines().next_step_due(CaseState::SUMMONED_1, bare, d("2026-11-20"),
                                               add_weekdays);
    REQUIRE(due);
    CHECK(due->counted_from == d("2026-11-17"));
    CHECK(due->estimated);
}

TEST_CASE("the delivery limit runs from the decision's date, not the day it was recorded") {
    // Decree dated Mon 23 Nov, entered on the phone Mon 30 Nov: due Fri 11 Dec.
    const StepDates dates{d("2026-11-30"), d("2026-11-23"), std::nullopt, std::nullopt};
    auto due = discipline_deadlines().next_step_due(CaseState::DECIDED, dates, d("2026-11-30"),
                                                    add_weekdays);
    REQUIRE(due);
    CHECK(due->date == d("2026-12-11"));
    CHECK_FALSE(due->estimated);
}

TEST_CASE("a second summons' own notice runs from when it was served") {
    const StepDates dates{d("2026-12-07"), d("2026-12-07"), d("2026-12-08"), d("2026-12-18")};
    auto due = discipline_deadlines().next_step_due(CaseState::SUMMONED_2, dates, d("2026-12-08"),
                                                    add_weekdays);
    REQUIRE(due);
    CHECK(due->rule.bounds == "HEARING");
    CHECK(due->rule.bound == DeadlineBound::NOT_BEFORE);
    CHECK(due->date == d("2026-12-17"));
}

TEST_CASE(
    "a deadline entry of the old form runs from the day recorded and an unknown condition "
    "is refused") {
    const nlohmann::json old = {{"state", "DECIDED"},    {"bounds", "DELIVERY"},
                                {"working_days", 14},    {"bound", "NOT_AFTER"},
                                {"description_id", "x"}, {"description_en", "x"}};
    const auto deadlines = DisciplineDeadlines::from_file(
        {"discipline_deadlines", "2026.1", nlohmann::json::array({old})});
    CHECK(deadlines.rules().front().from == DeadlineFrom::ENTERED);
    auto odd = old;
    odd["when"] = "SOMETIMES";
    CHECK_THROWS_AS(
        DisciplineDeadlines::from_file({"discipline_deadlines", "x", nlohmann::json::array({odd})}),
        std::invalid_argument);
    auto bad_from = old;
    bad_from["from"] = "YESTERDAY";
    CHECK_THROWS_AS(DisciplineDeadlines::from_file(
                        {"discipline_deadlines", "x", nlohmann::json::array({bad_from})}),
                    std::invalid_argument);
}

TEST_CASE("a decision is delivered within 14 working days") {
    // Decided Monday 23 Nov 2026: 5 days to Mon 30, 10 to Mon 7 Dec, 14 to Fri 11 Dec.
    for (auto decided : {CaseState::DECIDED, CaseState::DECIDED_ON_EVIDENCE}) {
        INFO(to_string(decided));
        auto due = next_step_due(decided, d("2026-11-23"), add_weekdays);
        REQUIRE(due);
        CHECK(due->date == d("2026-12-11"));
        CHECK(due->rule.bound == DeadlineBound::NOT_AFTER);
        CHECK(due->rule.bounds == "DELIVERY");
    }
}

TEST_CASE("steps without a time limit have no due date") {
    for (auto s : {CaseState::REPORTED, CaseState::UNDER_REVIEW, CaseState::EXAMINED,
                   CaseState::FINDINGS, CaseState::DELIVERED, CaseState::COMPLETED}) {
        INFO(to_string(s));
        CHECK_FALSE(next_step_due(s, d("2026-11-23"), add_weekdays));
    }
}

TEST_CASE("the working-day calendar passed in decides the date") {
    // A calendar with Tuesday 24 Nov as a holiday pushes the limit one day further.
    auto with_holiday = [](Date from, int n) {
        Date day = from;
        while (n > 0) {
            day = day.plus_days(1);
            const bool weekend =
                day.weekday() == Weekday::Saturday || day.weekday() == Weekday::Sunday;
            if (!weekend && day != *Date::parse("2026-11-24"))
                --n;
        }
        return day;
    };
    auto due = next_step_due(CaseState::SUMMONED_1, d("2026-11-20"), with_holiday);
    REQUIRE(due);
    CHECK(due->date == d("2026-12-02"));
}

TEST_CASE("the limits can come from another version of the deadline catalogue") {
    const CatalogueFile file{"discipline_deadlines", "test",
                             nlohmann::json::array({{{"state", "DECIDED"},
                                                     {"bounds", "DELIVERY"},
                                                     {"working_days", 10},
                                                     {"bound", "NOT_AFTER"},
                                                     {"description_id", "x"},
                                                     {"description_en", "x"}}})};
    const auto deadlines = DisciplineDeadlines::from_file(file);
    auto due = deadlines.next_step_due(CaseState::DECIDED, d("2026-11-23"), add_weekdays);
    REQUIRE(due);
    CHECK(due->date == d("2026-12-07"));
    CHECK_FALSE(deadlines.next_step_due(CaseState::SUMMONED_1, d("2026-11-23"), add_weekdays));
}

TEST_CASE("a deadline catalogue with two rules for one state or an unknown state is refused") {
    const nlohmann::json rule = {{"state", "DECIDED"},    {"bounds", "DELIVERY"},
                                 {"working_days", 14},    {"bound", "NOT_AFTER"},
                                 {"description_id", "x"}, {"description_en", "x"}};
    CHECK_THROWS_AS(DisciplineDeadlines::from_file({"discipline_deadlines", "t", {rule, rule}}),
                    std::invalid_argument);
    nlohmann::json unknown = rule;
    unknown["state"] = "WAITING";
    CHECK_THROWS_AS(DisciplineDeadlines::from_file({"discipline_deadlines", "t", {unknown}}),
                    std::invalid_argument);
    nlohmann::json zero = rule;
    zero["working_days"] = 0;
    CHECK_THROWS_AS(DisciplineDeadlines::from_file({"discipline_deadlines", "t", {zero}}),
                    std::invalid_argument);
}
