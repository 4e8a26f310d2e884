#include "attendance/pp94_indication.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using pantau::AbsenceIndication;
using pantau::AttendanceDay;
using pantau::Date;
using pantau::indicate_absence;
using pantau::pp94_absence_thresholds;
using pantau::WorkCalendar;
using Days = std::vector<AttendanceDay>;

namespace {

Date d(const char* iso) {
    return *Date::parse(iso);
}

AttendanceDay tk(const char* iso) {
    return {d(iso), "TANPA_KETERANGAN", 0};
}

// Weekends only, so the tests can count working days by hand.
const WorkCalendar& plain_calendar() {
    static const WorkCalendar calendar(std::vector<Date>{});
    return calendar;
}

// `n` days of TK on Mondays and Wednesdays of 2026, never two in a row.
Days tk_spread(int n) {
    Days days;
    for (int i = 0; i < n; ++i)
        days.push_back(
            {d("2026-01-05").plus_days(7 * (i / 2) + 2 * (i % 2)), "TANPA_KETERANGAN", 0});
    return days;
}

// Thursday 14 May 2026 is a holiday here; the ten working days from Monday
// 11 May to Monday 25 May span it and two weekends.
const WorkCalendar& may_calendar() {
    static const WorkCalendar calendar(std::vector<Date>{d("2026-05-14")});
    return calendar;
}

const std::vector<const char*> kTenWorkingDays = {
    "2026-05-11", "2026-05-12", "2026-05-13", "2026-05-15", "2026-05-18",
    "2026-05-19", "2026-05-20", "2026-05-21", "2026-05-22", "2026-05-25"};

}  // namespace

TEST_CASE("each cumulative threshold of unexcused absence maps to its sanction") {
    const std::vector<std::pair<int, std::optional<std::string>>> cases = {
        {0, std::nullopt}, {2, std::nullopt}, {3, "R1"},  {4, "R2"},  {6, "R2"},
        {7, "R3"},         {10, "R3"},        {11, "S1"}, {13, "S1"}, {14, "S2"},
        {16, "S2"},        {17, "S3"},        {20, "S3"}, {21, "B1"}, {24, "B1"},
        {25, "B2"},        {27, "B2"},        {28, "B3"}, {60, "B3"}};
    for (const auto& [days, sanction] : cases) {
        DYNAMIC_SECTION(days << " days of TK in a year indicate " << sanction.value_or("nothing")) {
            CHECK(pp94_absence_thresholds().sanction_for_days(days) == sanction);
            const auto indication = indicate_absence(2026, tk_spread(days), plain_calendar());
            CHECK(indication.unexcused_days == days);
            CHECK(indication.total_days == days);
            CHECK(indication.sanction == sanction);
            CHECK_FALSE(indication.consecutive_trigger);
        }
    }
}

TEST_CASE("the embedded thresholds are those of PP 94/2021") {
    const auto& t = pp94_absence_thresholds();
    CHECK(t.cumulative().size() == 9);
    CHECK(t.consecutive_days() == 10);
    CHECK(t.consecutive_sanction() == "B3");
    CHECK(t.minutes_per_day() == 450);
    CHECK_FALSE(t.version().empty());
}

TEST_CASE("ten consecutive working days of TK across a weekend and a holiday trigger B3") {
    Days days;
    for (const auto* iso : kTenWorkingDays)
        days.push_back(tk(iso));
    const auto indication = indicate_absence(2026, days, may_calendar());
    CHECK(indication.longest_consecutive_run == 10);
    CHECK(indication.consecutive_trigger);
    CHECK(indication.consecutive_sanction == "B3");
    CHECK(indication.unexcused_days == 10);
    CHECK(indication.sanction == "R3");
}

TEST_CASE("nine consecutive working days of TK do not trigger") {
    Days days;
    for (std::size_t i = 0; i < 9; ++i)
        days.push_back(tk(kTenWorkingDays[i]));
    const auto indication = indicate_absence(2026, days, may_calendar());
    CHECK(indication.longest_consecutive_run == 9);
    CHECK_FALSE(indication.consecutive_trigger);
    CHECK_FALSE(indication.consecutive_sanction);
}

TEST_CASE("a run of TK is broken by a working day with another status or no record") {
    // Ten TK days around Tuesday 19 May, which breaks them into 5 and 5.
    Days days;
    for (const auto* iso : kTenWorkingDays)
        if (std::string(iso) != "2026-05-19")
            days.push_back(tk(iso));
    days.push_back(tk("2026-05-26"));
    SECTION("an unrecorded working day") {}
    SECTION("a HADIR day") {
        days.push_back({d("2026-05-19"), "HADIR", 0});
    }
    SECTION("a SAKIT day") {
        days.push_back({d("2026-05-19"), "SAKIT", 0});
    }
    const auto indication = indicate_absence(2026, days, may_calendar());
    CHECK(indication.unexcused_days == 10);
    CHECK(indication.longest_consecutive_run == 5);
    CHECK_FALSE(indication.consecutive_trigger);
}

TEST_CASE("TK recorded on a weekend or holiday does not count") {
    Days days = {tk("2026-05-14"), tk("2026-05-16"), tk("2026-05-17"), tk("2026-05-13")};
    const auto indication = indicate_absence(2026, days, may_calendar());
    CHECK(indication.unexcused_days == 1);
    CHECK(indication.longest_consecutive_run == 1);
}

TEST_CASE("a run across New Year counts for both years it touches") {
    // Holidays 25-26 Dec and 1 Jan; working days 22-24, 29-31 Dec, 2, 5-7 Jan.
    const WorkCalendar calendar(
        std::vector<Date>{d("2025-12-25"), d("2025-12-26"), d("2026-01-01")});
    Days days;
    for (const auto* iso : {"2025-12-22", "2025-12-23", "2025-12-24", "2025-12-29", "2025-12-30",
                            "2025-12-31", "2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07"})
        days.push_back(tk(iso));
    const auto in_2026 = indicate_absence(2026, days, calendar);
    CHECK(in_2026.longest_consecutive_run == 10);
    CHECK(in_2026.consecutive_trigger);
    CHECK(in_2026.unexcused_days == 4);
    CHECK(in_2026.sanction == "R2");
    const auto in_2025 = indicate_absence(2025, days, calendar);
    CHECK(in_2025.longest_consecutive_run == 10);
    CHECK(in_2025.unexcused_days == 6);
}

TEST_CASE("a run that ends before the year does not count for it") {
    Days days;
    for (Date day = d("2025-12-01"); day <= d("2025-12-12"); day = day.plus_days(1))
        days.push_back({day, "TANPA_KETERANGAN", 0});
    const auto indication = indicate_absence(2026, days, plain_calendar());
    CHECK(indication.longest_consecutive_run == 0);
    CHECK(indication.unexcused_days == 0);
    CHECK_FALSE(indication.consecutive_trigger);
    CHECK(indicate_absence(2025, days, plain_calendar()).consecutive_trigger);
}

TEST_CASE("a run that starts after the year does not count for it") {
    // TK on the last working day of 2025, HADIR on 1 Jan, then ten TK days in January.
    Days days = {tk("2025-12-31"), {d("2026-01-01"), "HADIR", 0}};
    for (Date day = d("2026-01-02"); day <= d("2026-01-15"); day = day.plus_days(1))
        days.push_back({day, "TANPA_KETERANGAN", 0});
    const auto indication = indicate_absence(2025, days, plain_calendar());
    CHECK(indication.longest_consecutive_run == 1);
    CHECK(indication.unexcused_days == 1);
    CHECK_FALSE(indication.consecutive_trigger);
    CHECK(indicate_absence(2026, days, plain_calendar()).longest_consecutive_run == 10);
}

TEST_CASE("accumulated lateness converts to days at 450 minutes a day, rounded down") {
    const auto lateness = [](int late, int early) {
        return indicate_absence(
            2026, {{d("2026-11-23"), "TERLAMBAT", late}, {d("2026-11-24"), "PULANG_CEPAT", early}},
            plain_calendar());
    };
    SECTION("449 minutes are no day") {
        const auto indication = lateness(300, 149);
        CHECK(indication.lateness_minutes == 449);
        CHECK(indication.lateness_days == 0);
    }
    SECTION("450 minutes are one day") {
        const auto indication = lateness(300, 150);
        CHECK(indication.lateness_minutes == 450);
        CHECK(indication.lateness_days == 1);
        CHECK(indication.total_days == 1);
        CHECK_FALSE(indication.sanction);
    }
    SECTION("900 minutes are two days") {
        CHECK(lateness(450, 450).lateness_days == 2);
        CHECK(lateness(449, 450).lateness_days == 1);
    }
}

TEST_CASE("two days of TK and 450 minutes of lateness make three days and R1") {
    const Days days = {tk("2026-03-02"),
                       tk("2026-03-04"),
                       {d("2026-03-05"), "TERLAMBAT", 200},
                       {d("2026-03-06"), "PULANG_CEPAT", 250}};
    const auto indication = indicate_absence(2026, days, plain_calendar());
    CHECK(indication.unexcused_days == 2);
    CHECK(indication.lateness_minutes == 450);
    CHECK(indication.lateness_days == 1);
    CHECK(indication.total_days == 3);
    CHECK(indication.sanction == "R1");
}

TEST_CASE("only late and early-leave minutes on working days of the year accumulate") {
    const Days days = {{d("2026-11-28"), "TERLAMBAT", 450},  // Saturday
                       {d("2025-12-31"), "TERLAMBAT", 450},  // last year
                       {d("2026-11-23"), "HADIR", 450},      // minutes of a status without them
                       {d("2026-11-24"), "TERLAMBAT", 30}};
    const auto indication = indicate_absence(2026, days, plain_calendar());
    CHECK(indication.lateness_minutes == 30);
    CHECK(indication.lateness_days == 0);
}

TEST_CASE("a date listed twice counts once, the later entry winning") {
    const Days corrected = {tk("2026-03-02"), {d("2026-03-02"), "SAKIT", 0}};
    CHECK(indicate_absence(2026, corrected, plain_calendar()).unexcused_days == 0);
    const Days repeated = {tk("2026-03-02"), tk("2026-03-02"), tk("2026-03-02")};
    CHECK(indicate_absence(2026, repeated, plain_calendar()).unexcused_days == 1);
}

TEST_CASE("a status the catalogue does not know is not counted as TK") {
    const Days days = {{d("2026-03-02"), "ALPA", 0}};
    CHECK(indicate_absence(2026, days, plain_calendar()).unexcused_days == 0);
}

TEST_CASE("an indication names the year and the thresholds version") {
    const auto indication = indicate_absence(2026, {}, plain_calendar());
    CHECK(indication == AbsenceIndication{2026,
                                          0,
                                          0,
                                          0,
                                          0,
                                          std::nullopt,
                                          0,
                                          false,
                                          std::nullopt,
                                          pp94_absence_thresholds().version(),
                                          {},
                                          std::nullopt});
}

TEST_CASE("an attendance record becomes a day of the indication") {
    pantau::Attendance a;
    a.date = d("2026-03-02");
    a.status = "TERLAMBAT";
    a.minutes = 40;
    CHECK(pantau::attendance_day(a) == AttendanceDay{d("2026-03-02"), "TERLAMBAT", 40});
    a.minutes.reset();
    CHECK(pantau::attendance_day(a).minutes == 0);
}

TEST_CASE("thresholds from another table change the indication") {
    const auto thresholds = pantau::Pp94AbsenceThresholds::from_file(
        {"pp94_absence_thresholds", "test",
         json::array({{{"rule", "CUMULATIVE_DAYS"},
                       {"from_days", 2},
                       {"to_days", nullptr},
                       {"sanction", "R1"}},
                      {{"rule", "CONSECUTIVE_DAYS"}, {"from_days", 5}, {"sanction", "B3"}},
                      {{"rule", "LATENESS_CONVERSION"}, {"minutes_per_day", 480}}})});
    const Days days = {tk("2026-03-02"), tk("2026-03-03"), {d("2026-03-04"), "TERLAMBAT", 450}};
    const auto indication = indicate_absence(2026, days, plain_calendar(), thresholds,
                                             pantau::attendance_status_catalogue());
    CHECK(indication.lateness_days == 0);
    CHECK(indication.sanction == "R1");
    CHECK(indication.thresholds_version == "test");
    CHECK_FALSE(indication.consecutive_trigger);
}

TEST_CASE("a threshold table with overlapping or missing rules is refused") {
    const json consecutive = {{"rule", "CONSECUTIVE_DAYS"}, {"from_days", 10}, {"sanction", "B3"}};
    const json conversion = {{"rule", "LATENESS_CONVERSION"}, {"minutes_per_day", 450}};
    const auto band = [](int from, json to, const char* sanction) {
        return json{{"rule", "CUMULATIVE_DAYS"},
                    {"from_days", from},
                    {"to_days", to},
                    {"sanction", sanction}};
    };
    const auto load = [](json entries) {
        return pantau::Pp94AbsenceThresholds::from_file(
            {"pp94_absence_thresholds", "bad", std::move(entries)});
    };
    CHECK_NOTHROW(
        load(json::array({band(3, 3, "R1"), band(4, nullptr, "R2"), consecutive, conversion})));
    CHECK_THROWS_AS(
        load(json::array({band(3, 4, "R1"), band(4, nullptr, "R2"), consecutive, conversion})),
        std::invalid_argument);
    CHECK_THROWS_AS(
        load(json::array({band(3, nullptr, "R1"), band(4, 6, "R2"), consecutive, conversion})),
        std::invalid_argument);
    CHECK_THROWS_AS(load(json::array({band(3, 3, "R1"), conversion})), std::invalid_argument);
    CHECK_THROWS_AS(load(json::array({band(3, 3, "R1"), consecutive})), std::invalid_argument);
    CHECK_THROWS_AS(
        load(json::array({band(3, 3, "R1"), consecutive, conversion, {{"rule", "MONTHLY"}}})),
        std::invalid_argument);
}

TEST_CASE("ten days in a row stop the salary from the first of the next month") {
    Days days;
    for (const char* iso : kTenWorkingDays)
        days.push_back(tk(iso));
    const auto ten = indicate_absence(2026, days, may_calendar());
    REQUIRE(ten.consecutive_runs.size() == 1);
    CHECK(ten.consecutive_runs[0] == std::pair{d("2026-05-11"), d("2026-05-25")});
    CHECK(ten.salary_stop_from == d("2026-06-01"));
    days.pop_back();
    CHECK_FALSE(indicate_absence(2026, days, may_calendar()).salary_stop_from);
    // Completed on the last working day of December: from January.
    Days december;
    for (Date day = d("2026-12-14"); day <= d("2026-12-31"); day = day.plus_days(1))
        december.push_back({day, "TANPA_KETERANGAN", 0});
    const auto year_end = indicate_absence(2026, december, plain_calendar());
    CHECK(year_end.salary_stop_from == d("2027-01-01"));
}

TEST_CASE("a run completed in December still counts for the new year it runs into") {
    Days days;
    for (Date day = d("2026-12-14"); day <= d("2027-01-05"); day = day.plus_days(1))
        days.push_back({day, "TANPA_KETERANGAN", 0});
    const auto next = indicate_absence(2027, days, plain_calendar());
    REQUIRE(next.consecutive_runs.size() == 1);
    CHECK(next.consecutive_runs[0].first == d("2026-12-14"));
    CHECK(next.consecutive_runs[0].second == d("2026-12-25"));
    CHECK(next.salary_stop_from == d("2027-01-01"));
}

TEST_CASE("an indication is news only for a heavier band or a new run") {
    const auto& thresholds = pp94_absence_thresholds();
    const auto seen = indicate_absence(2026, tk_spread(3), plain_calendar());  // R1
    REQUIRE(seen.sanction == "R1");
    CHECK_FALSE(indication_is_news(seen, seen, thresholds));
    // Two more days, still in no heavier band than R2: news once, not again.
    const auto five = indicate_absence(2026, tk_spread(5), plain_calendar());
    CHECK(indication_is_news(five, seen, thresholds));
    CHECK_FALSE(indication_is_news(five, five, thresholds));
    const auto six = indicate_absence(2026, tk_spread(6), plain_calendar());
    CHECK_FALSE(indication_is_news(six, five, thresholds));  // R2 as before

    // A new run of ten after the case that saw the first.
    Days days;
    for (const char* iso : kTenWorkingDays)
        days.push_back(tk(iso));
    const auto first_run = indicate_absence(2026, days, may_calendar());
    for (Date day = d("2026-09-07"); day <= d("2026-09-18"); day = day.plus_days(1))
        days.push_back({day, "TANPA_KETERANGAN", 0});
    const auto second_run = indicate_absence(2026, days, may_calendar());
    REQUIRE(second_run.consecutive_runs.size() == 2);
    CHECK(indication_is_news(second_run, first_run, thresholds));
    CHECK_FALSE(indication_is_news(first_run, first_run, thresholds));
}

TEST_CASE("a day late 300 minutes and left early 150 is exactly one 450-minute day") {
    const Days one_day = {{d("2026-11-23"), "TERLAMBAT", 300, 150}};
    const auto indication = indicate_absence(2026, one_day, plain_calendar());
    CHECK(indication.lateness_minutes == 450);
    CHECK(indication.lateness_days == 1);
    CHECK(indication.total_days == 1);
    // One early minute fewer and the day's minutes stay below a day.
    const Days short_of = {{d("2026-11-23"), "TERLAMBAT", 300, 149}};
    CHECK(indicate_absence(2026, short_of, plain_calendar()).lateness_minutes == 449);
    CHECK(indicate_absence(2026, short_of, plain_calendar()).lateness_days == 0);
}

TEST_CASE("a day's late and early-leave minutes are summed in one place") {
    CHECK(AttendanceDay{d("2026-11-23"), "TERLAMBAT", 300, 150}.lateness_minutes() == 450);
    CHECK(AttendanceDay{d("2026-11-23"), "TERLAMBAT", 300}.lateness_minutes() == 300);
    CHECK(AttendanceDay{d("2026-11-23"), "TERLAMBAT", -5, 10}.lateness_minutes() == 10);

    pantau::Attendance a;
    a.date = d("2026-11-23");
    a.status = "TERLAMBAT";
    a.minutes = 300;
    a.early_minutes = 150;
    CHECK(pantau::attendance_day(a) == AttendanceDay{d("2026-11-23"), "TERLAMBAT", 300, 150});
}
