// Working patterns per unit (Perpres 21/2023 Pasal 7) and duty rosters per
// person: which days count, and what that does to the PP 94 counts.
#include "attendance/work_schedule.h"

#include <catch2/catch.hpp>

#include "attendance/pp94_indication.h"
#include "clock/uuid.h"
#include "org/unit.h"

using namespace pantau;
using nlohmann::json;

namespace {

Date d(const char* iso) {
    return *Date::parse(iso);
}

const std::string kUnit = "0b6c2a3e-8f1d-4e5a-9c7b-1a2b3c4d5e6f";
const std::string kNurse = "1c7d3b4f-9a2e-4f6b-8d8c-2b3c4d5e6f70";

json six_day_unit(const char* from = "2026-01-01") {
    return {
        {"name", "UPT Puskesmas Sukamaju"},
        {"kind", "PUSKESMAS"},
        {"timezone", "Asia/Jakarta"},
        {"work_weeks", {{{"from", from}, {"days", {"MON", "TUE", "WED", "THU", "FRI", "SAT"}}}}}};
}

json roster(const char* month, json days) {
    return {{"employee_id", kNurse},
            {"month", month},
            {"days", std::move(days)},
            {"recorded_at", "2026-10-30T08:00:00Z"}};
}

std::vector<AttendanceDay> tk(std::initializer_list<const char*> dates) {
    std::vector<AttendanceDay> days;
    for (const char* date : dates)
        days.push_back({d(date), "TANPA_KETERANGAN", 0});
    return days;
}

const WorkCalendar kNational(std::vector<Date>{d("2026-11-10")});  // a holiday, for the tests

}  // namespace

TEST_CASE("a six-day unit works Saturdays from the day its pattern starts") {
    WorkSchedules schedules;
    schedules.add_unit(kUnit, six_day_unit("2026-11-02"));
    const WorkCalendar unit = schedules.unit_calendar(kNational, kUnit);
    CHECK_FALSE(unit.is_working_day(d("2026-10-31")));  // a Saturday before the pattern
    CHECK(unit.is_working_day(d("2026-11-07")));        // the first Saturday under it
    CHECK_FALSE(unit.is_working_day(d("2026-11-08")));  // Sunday stays off
    CHECK_FALSE(unit.is_working_day(d("2026-11-10")));  // holidays stay off
    CHECK(unit.working_days_between(d("2026-11-02"), d("2026-11-08")) == 6);
    // Another unit keeps the national week.
    CHECK_FALSE(schedules.unit_calendar(kNational, "other").is_working_day(d("2026-11-07")));
}

TEST_CASE("a later pattern replaces an earlier one from its own date") {
    Problems problems;
    const auto weeks = read_work_weeks(
        json::array({{{"from", "2026-01-01"}, {"days", {"MON", "TUE", "WED", "THU", "FRI", "SAT"}}},
                     {{"from", "2026-11-09"}, {"days", {"MON", "TUE", "WED", "THU", "FRI"}}}}),
        problems, "work_weeks");
    REQUIRE(problems.empty());
    const WorkCalendar c = kNational.with_schedule(weeks, {});
    CHECK(c.is_working_day(d("2026-11-07")));
    CHECK_FALSE(c.is_working_day(d("2026-11-14")));
}

TEST_CASE("a malformed working pattern is refused with the reason") {
    const auto problems_of = [](json weeks) {
        Problems problems;
        read_work_weeks(weeks, problems, "data.work_weeks");
        return problems;
    };
    CHECK(has_code(problems_of(json::array({{{"from", "2026-01-01"}, {"days", json::array()}}})),
                   "invalid_days"));
    CHECK(has_code(problems_of(json::array({{{"from", "2026-01-01"}, {"days", {"MON", "MON"}}}})),
                   "invalid_days"));
    CHECK(has_code(problems_of(json::array({{{"from", "2026-01-01"}, {"days", {"SABTU"}}}})),
                   "invalid_days"));
    CHECK(has_code(problems_of(json::array({{{"from", "2026-06-01"}, {"days", {"MON"}}},
                                            {{"from", "2026-01-01"}, {"days", {"MON"}}}})),
                   "not_ordered"));
    CHECK(has_code(problems_of(json::object()), "wrong_type"));
    json many = json::array();
    for (int i = 0; i <= static_cast<int>(WorkWeek::kMaxWeeks); ++i)
        many.push_back({{"from", d("2020-01-01").plus_days(i).iso()}, {"days", {"MON"}}});
    CHECK(has_code(problems_of(many), "too_many"));

    Problems unit_problems;
    json unit = six_day_unit();
    unit["work_weeks"][0]["days"] = {"FRI", "SUN", "FRI"};
    Unit::from_json(unit, unit_problems);
    CHECK(has_problem(unit_problems, "data.work_weeks[0].days"));
}

TEST_CASE("a unit's pattern travels in its record and back") {
    Problems problems;
    const Unit unit = Unit::from_json(six_day_unit(), problems);
    REQUIRE(problems.empty());
    REQUIRE(unit.work_weeks.size() == 1);
    CHECK(unit.work_weeks[0].days_text() == "MON,TUE,WED,THU,FRI,SAT");
    CHECK(unit.to_json() == six_day_unit());
    Unit plain = unit;
    plain.work_weeks.clear();
    CHECK_FALSE(plain.to_json().contains("work_weeks"));
}

TEST_CASE("a rostered day off is not a working day and holiday duty is one") {
    WorkSchedules schedules;
    schedules.add_unit(kUnit, six_day_unit());
    schedules.add_roster(roster("2026-11", {{"2026-11-04", "LIBUR"},     // a Wednesday off
                                            {"2026-11-08", "MALAM"},     // a Sunday night shift
                                            {"2026-11-10", "PIKET"}}));  // holiday duty
    const WorkCalendar nurse = schedules.person_calendar(kNational, kUnit, kNurse);
    CHECK_FALSE(nurse.is_working_day(d("2026-11-04")));
    CHECK(nurse.is_working_day(d("2026-11-08")));
    CHECK(nurse.is_working_day(d("2026-11-10")));
    CHECK(nurse.is_working_day(d("2026-11-05")));  // not in the roster: the unit's pattern
    CHECK(nurse.is_working_day(d("2026-11-07")));
    // The colleague without a roster keeps the unit's days.
    const WorkCalendar colleague = schedules.person_calendar(kNational, kUnit, "someone");
    CHECK(colleague.is_working_day(d("2026-11-04")));
    CHECK_FALSE(colleague.is_working_day(d("2026-11-10")));
}

TEST_CASE("an unexcused Saturday counts in a six-day unit and not in a five-day one") {
    WorkSchedules schedules;
    schedules.add_unit(kUnit, six_day_unit());
    const auto saturdays = tk({"2026-11-07", "2026-11-14", "2026-11-21"});
    const auto six = indicate_absence(2026, saturdays, schedules.unit_calendar(kNational, kUnit));
    CHECK(six.unexcused_days == 3);
    CHECK(six.sanction == "R1");
    const auto five = indicate_absence(2026, saturdays, kNational);
    CHECK(five.unexcused_days == 0);
    CHECK_FALSE(five.sanction);
}

TEST_CASE("a Saturday the unit works breaks a run the national week sees whole") {
    // Absent every weekday of two weeks, but present on the Saturday between.
    auto days = tk({"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06",
                    "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"});
    const WorkCalendar weekdays(std::vector<Date>{});
    days.push_back({d("2026-11-14"), "HADIR", 0});
    // Fill the week between with absences so the national week sees one run of 15.
    for (const char* date : {"2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13"})
        days.push_back({d(date), "TANPA_KETERANGAN", 0});
    const auto national = indicate_absence(2026, days, weekdays);
    CHECK(national.longest_consecutive_run == 15);
    CHECK(national.consecutive_trigger);

    WorkSchedules schedules;
    schedules.add_unit(kUnit, six_day_unit());
    const auto six_day = indicate_absence(2026, days, schedules.unit_calendar(weekdays, kUnit));
    // Saturday the 7th (no record) breaks the first run; the 14th, worked, the second.
    CHECK(six_day.longest_consecutive_run == 5);
    CHECK_FALSE(six_day.consecutive_trigger);
    CHECK(six_day.unexcused_days == 15);
}

TEST_CASE("a roster day off neither counts nor breaks a run of absences") {
    WorkSchedules schedules;
    schedules.add_roster(roster("2026-11", {{"2026-11-11", "LIBUR"}}));
    const WorkCalendar weekdays(std::vector<Date>{});
    const auto nurse = schedules.person_calendar(weekdays, kUnit, kNurse);
    // Ten weekdays absent around a rostered Wednesday off, which is also recorded TK by mistake.
    const auto days = tk({"2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10",
                          "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-16", "2026-11-17"});
    const auto indication = indicate_absence(2026, days, nurse);
    CHECK(indication.unexcused_days == 9);
    CHECK(indication.longest_consecutive_run == 9);
    CHECK_FALSE(indication.consecutive_trigger);
    CHECK(indicate_absence(2026, days, weekdays).consecutive_trigger);
}

TEST_CASE("a duty roster is checked at its edges") {
    const auto problems_of = [](json data) {
        Problems problems;
        const DutyRoster r = DutyRoster::from_json(data, problems);
        if (problems.empty())
            problems = r.validate();
        return problems;
    };
    CHECK(
        problems_of(roster("2026-11", {{"2026-11-01", "PAGI"}, {"2026-11-30", "LIBUR"}})).empty());
    CHECK(has_code(problems_of(roster("2026-11", {{"2026-12-01", "PAGI"}})), "outside_month"));
    CHECK(has_code(problems_of(roster("2026-11", {{"2026-11-02", "SORE"}})), "unknown_value"));
    CHECK(has_code(problems_of(roster("2026-13", json::object())), "invalid_month"));
    CHECK(has_code(problems_of(roster("2026-11", {{"2026-11-31", "PAGI"}})), "invalid_day"));
    CHECK(has_code(problems_of(roster("2026-11", {{"2026-11-02", 7}})), "invalid_day"));
    json big = json::object();
    for (int i = 0; i < 32; ++i)
        big[d("2026-11-01").plus_days(i).iso()] = "PAGI";
    CHECK(has_code(problems_of(roster("2026-11", big)), "too_many"));
    auto with_note = roster("2026-11", json::object());
    with_note["note"] = std::string(DutyRoster::kMaxNoteLength + 1, 'x');
    CHECK(has_code(problems_of(with_note), "too_long"));
    auto extra = roster("2026-11", json::object());
    extra["shift"] = "PAGI";
    CHECK(has_code(problems_of(extra), "unknown_field"));
}

TEST_CASE("a roster's id is that of its unit, employee and month") {
    CHECK(duty_roster_id(kUnit, kNurse, 2026, 11) == duty_roster_id(kUnit, kNurse, 2026, 11));
    CHECK(duty_roster_id(kUnit, kNurse, 2026, 11) != duty_roster_id(kUnit, kNurse, 2026, 12));
    CHECK(duty_roster_id(kUnit, kNurse, 2026, 11) != duty_roster_id("other", kNurse, 2026, 11));
    Problems problems;
    const auto r = DutyRoster::from_json(roster("2026-11", {{"2026-11-03", "PAGI"}}), problems);
    REQUIRE(problems.empty());
    CHECK(r.month_text() == "2026-11");
    CHECK(r.to_json() == roster("2026-11", {{"2026-11-03", "PAGI"}}));
}
