// Working patterns and duty rosters on the server: a unit that works
// Saturdays (Perpres 21/2023 Pasal 7), a nurse's roster from the phone, and
// what they do to the recap, the PP 94 count and the completeness report.
#include <catch2/catch.hpp>

#include "attendance/duty_roster.h"
#include "clock/uuid.h"
#include "report_seed.h"
#include "service/master_data.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

ReportFilterText filter_month(const char* m, std::string unit) {
    ReportFilterText f;
    f.month = m;
    f.unit = std::move(unit);
    return f;
}

WorkWeek six_days_from(const char* from) {
    return {*Date::parse(from), {true, true, true, true, true, true, false}};
}

Result<WorkWeekChange> try_pattern(ReportSeed& s, const WorkWeek& week) {
    Result<WorkWeekChange> out = Error{"not_run", "the transaction did not run"};
    s.f.store->write(
        [&](ServerTransaction& tx) { out = set_work_week(tx, s.f.unit_a, week, s.f.now); });
    return out;
}

WorkWeekChange set_pattern(ReportSeed& s, const WorkWeek& week) {
    return must(try_pattern(s, week));
}

sync::Change roster_change(const std::string& unit, const std::string& employee, int year,
                           int month, json days) {
    DutyRoster r;
    r.year = year;
    r.month = month;
    json data = {{"employee_id", employee},
                 {"month", r.month_text()},
                 {"days", std::move(days)},
                 {"recorded_at", "2026-10-05T01:00:00Z"}};
    return record("duty_roster", duty_roster_id(unit, employee, year, month), unit,
                  version_at(kNow), std::move(data));
}

std::string reason(const json& result) {
    return result.value("reason", std::string());
}

}  // namespace

TEST_CASE("a six-day unit's Saturdays are working days in the recap and an unexcused one counts") {
    ReportSeed s;
    auto before =
        must_report(s.run(ReportKind::AttendanceRecap, filter_month("2026-08", s.f.unit_a)));
    CHECK(row_where(before, "employee_id", s.f.employee_a)["working_days"] == 19);
    CHECK(row_where(before, "employee_id", s.f.employee_a)["unexcused_days"] == 2);

    const auto change = set_pattern(s, six_days_from("2026-08-01"));
    CHECK(change.changed);
    // Saturdays 1, 8, 15, 22 and 29 August join the 19 working days; the
    // absence on Saturday the 22nd is now a working day missed.
    const auto after =
        must_report(s.run(ReportKind::AttendanceRecap, filter_month("2026-08", s.f.unit_a)));
    const json& siti = row_where(after, "employee_id", s.f.employee_a);
    CHECK(siti["working_days"] == 24);
    CHECK(siti["unexcused_days"] == 3);
    CHECK(siti["days"]["TANPA_KETERANGAN"] == 3);
    // Unit B keeps the national week.
    const auto b =
        must_report(s.run(ReportKind::AttendanceRecap, filter_month("2026-08", s.f.unit_b)));
    CHECK(b.rows.at(0)["working_days"] == 19);

    // Setting the same pattern again changes nothing.
    CHECK_FALSE(set_pattern(s, six_days_from("2026-08-01")).changed);
}

TEST_CASE("the unit's pattern reaches its phones in the unit record") {
    ReportSeed s;
    set_pattern(s, six_days_from("2026-11-01"));
    REQUIRE(s.phone_a->sync(s.f.now) == SyncOutcome::Finished);
    const auto unit = s.phone_a->store().get("unit", s.f.unit_a);
    REQUIRE(unit);
    REQUIRE(unit->data.contains("work_weeks"));
    CHECK(unit->data["work_weeks"][0]["days"].size() == 6);
}

TEST_CASE("a working pattern cannot start in or before a closed attendance month") {
    ReportSeed s;
    s.f.store->write([&](ServerTransaction& tx) {
        must(close_period(tx, LockKind::Attendance, "2026-08", kDefaultLockGraceMs, "HR", s.f.now));
    });
    const auto refused = try_pattern(s, six_days_from("2026-08-31"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "period_closed");
    // From the month after it, it may.
    CHECK(set_pattern(s, six_days_from("2026-09-01")).changed);
}

TEST_CASE("a roster from the phone moves who was due at work, for PP 94 and the roll calls") {
    ReportSeed s;
    // Dewi's run of 10 unexcused working days, 2-15 September, holds a
    // Wednesday the roster gives her off: the run is 9 and triggers nothing.
    Phone phone(s.f, s.f.supervisor_a);
    const auto applied =
        phone.push(roster_change(s.f.unit_a, s.f.employee_a2, 2026, 9, {{"2026-09-09", "LIBUR"}}));
    INFO(applied.dump());
    REQUIRE(applied.at("status") == "applied");
    ReportFilterText year;
    year.year = "2026";
    year.unit = s.f.unit_a;
    const auto pp94 = must_report(s.run(ReportKind::Pp94, year));
    const json& dewi = row_where(pp94, "employee_id", s.f.employee_a2);
    CHECK(dewi["unexcused_days"] == 9);
    CHECK(dewi["longest_run"] == 9);
    CHECK(dewi["consecutive"] == false);
    CHECK(dewi["sanction"] == "R3");
}

TEST_CASE(
    "the server refuses a roster for another unit's staff, under another id or too far ahead") {
    ReportSeed s;
    Phone phone(s.f, s.f.supervisor_a);
    auto result =
        phone.push(roster_change(s.f.unit_a, s.f.employee_b, 2026, 11, {{"2026-11-02", "PAGI"}}));
    CHECK(result.at("status") == "rejected");
    INFO(result.dump());
    CHECK(reason(result).find("employee_id") != std::string::npos);

    auto moved = roster_change(s.f.unit_a, s.f.employee_a, 2026, 11, {{"2026-11-02", "PAGI"}});
    moved.id = duty_roster_id(s.f.unit_a, s.f.employee_a, 2026, 12);
    result = phone.push(moved);
    CHECK(result.at("status") == "rejected");
    CHECK(reason(result).find("unit, employee and month") != std::string::npos);

    result =
        phone.push(roster_change(s.f.unit_a, s.f.employee_a, 2028, 3, {{"2028-03-01", "PAGI"}}));
    CHECK(result.at("status") == "rejected");
    CHECK(reason(result).find("months ahead") != std::string::npos);

    result =
        phone.push(roster_change(s.f.unit_a, s.f.employee_a, 2026, 11, {{"2026-11-02", "SORE"}}));
    CHECK(result.at("status") == "rejected");

    result =
        phone.push(roster_change(s.f.unit_a, s.f.employee_a, 2027, 10, {{"2027-10-01", "PAGI"}}));
    CHECK(result.at("status") == "applied");
}

TEST_CASE("completeness expects a record only of those due that day") {
    ReportSeed s;
    ReportFilterText day;
    day.date = "2026-08-03";
    day.unit = s.f.unit_a;
    // On 3 August all three were recorded: a full roll call.
    auto r = must_report(s.run(ReportKind::Completeness, day));
    CHECK(r.rows.at(0)["full_days"] == 1);
    day.date = "2026-08-04";  // only Siti recorded
    r = must_report(s.run(ReportKind::Completeness, day));
    CHECK(r.rows.at(0)["full_days"] == 0);
    // With Dewi and Rina rostered off on the 4th, Siti's record is the full roll call.
    Phone phone(s.f, s.f.supervisor_a);
    REQUIRE(
        phone.push(roster_change(s.f.unit_a, s.f.employee_a2, 2026, 8, {{"2026-08-04", "LIBUR"}}))
            .at("status") == "applied");
    REQUIRE(phone.push(roster_change(s.f.unit_a, s.rina, 2026, 8, {{"2026-08-04", "LIBUR"}}))
                .at("status") == "applied");
    r = must_report(s.run(ReportKind::Completeness, day));
    CHECK(r.rows.at(0)["full_days"] == 1);
}
