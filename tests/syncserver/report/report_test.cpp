// Central HR's reports over a store filled by real phones through the
// protocol, against numbers worked out by hand (report_seed.cpp).
#include <catch2/catch.hpp>

#include "report_seed.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

ReportFilterText month(const char* m, std::string unit = {}) {
    ReportFilterText t;
    t.month = m;
    t.unit = std::move(unit);
    return t;
}

}  // namespace

TEST_CASE(
    "the attendance recap counts working days across holidays, each status, the bands and "
    "the deduction") {
    ReportSeed s;
    const Report r = must_report(s.run(ReportKind::AttendanceRecap, month("2026-08", s.f.unit_a)));
    REQUIRE(r.rows.size() == 3);  // unit A only: Dewi, Rina, Siti (by name)
    const json& siti = row_where(r, "employee_id", s.f.employee_a);
    CHECK(siti["nip"] == "198503122010012003");
    CHECK(siti["working_days"] == 19);
    CHECK(siti["recorded_days"] == 12);
    CHECK(siti["unrecorded_days"] == 7);
    CHECK(siti["days"]["HADIR"] == 5);
    CHECK(siti["days"]["TERLAMBAT"] == 2);
    CHECK(siti["days"]["PULANG_CEPAT"] == 1);
    CHECK(siti["days"]["SAKIT"] == 1);
    CHECK(siti["days"]["CUTI"] == 1);
    CHECK(siti["days"]["TANPA_KETERANGAN"] == 2);
    CHECK(siti["days"]["IZIN"] == 0);
    CHECK(siti["lateness_minutes"]["TL"] == 65);
    CHECK(siti["lateness_minutes"]["PSW"] == 95);
    CHECK(siti["band_days"]["TL1"] == 1);
    CHECK(siti["band_days"]["TL2"] == 1);
    CHECK(siti["band_days"]["TL3"] == 0);
    CHECK(siti["band_days"]["PSW4"] == 1);
    CHECK(siti["unexcused_days"] == 2);
    CHECK(siti["deduction_percent"] == Approx(13.0));

    const json& dewi = row_where(r, "employee_id", s.f.employee_a2);
    CHECK(dewi["recorded_days"] == 1);
    CHECK(dewi["unrecorded_days"] == 18);  // visible, never counted as present
    CHECK(dewi["days"]["HADIR"] == 1);
    CHECK(dewi["deduction_percent"] == Approx(0.0));

    REQUIRE(r.totals.size() == 1);  // one unit: its total, no grand total
    CHECK(r.totals[0]["unit_id"] == s.f.unit_a);
    CHECK(r.totals[0]["employees"] == 3);
    CHECK(r.totals[0]["working_days"] == 57);
    CHECK(r.totals[0]["recorded_days"] == 14);
    CHECK(r.totals[0]["unrecorded_days"] == 43);
    CHECK(r.totals[0]["days"]["HADIR"] == 7);
    CHECK(r.totals[0]["deduction_percent"].is_null());
}

TEST_CASE("the attendance recap does not count days still to come as unrecorded") {
    ReportSeed s;
    // On 5 October the month has had 2 working days before today (1 and 2 October).
    const Report r = must_report(s.run(ReportKind::AttendanceRecap, month("2026-10", s.f.unit_a)));
    CHECK(row_where(r, "employee_id", s.f.employee_a)["working_days"] == 2);
    CHECK(row_where(r, "employee_id", s.f.employee_a)["unrecorded_days"] == 2);
    const Report later =
        must_report(s.run(ReportKind::AttendanceRecap, month("2026-12", s.f.unit_a)));
    CHECK(row_where(later, "employee_id", s.f.employee_a)["working_days"] == 0);
}

TEST_CASE("a unit filter covers its sub-units and the whole kabupaten has a grand total") {
    ReportSeed s;
    const Report dinas =
        must_report(s.run(ReportKind::AttendanceRecap, month("2026-08", s.f.dinas)));
    CHECK(dinas.rows.size() == 4);
    REQUIRE(dinas.totals.size() == 3);  // unit A, unit B, everyone
    CHECK(dinas.totals[2]["unit_id"].is_null());
    CHECK(dinas.totals[2]["employees"] == 4);
    CHECK(dinas.totals[2]["recorded_days"] == 14);
    const Report b = must_report(s.run(ReportKind::AttendanceRecap, month("2026-08", s.f.unit_b)));
    REQUIRE(b.rows.size() == 1);
    CHECK(b.rows[0]["employee_id"] == s.f.employee_b);

    CHECK(s.run(ReportKind::AttendanceRecap, month("2026-08", "no-such-unit")).error().code ==
          "unknown_unit");
    ReportFilterText wrong;
    wrong.year = "2026";
    CHECK(s.run(ReportKind::AttendanceRecap, wrong).error().code == "bad_report_query");
    CHECK_FALSE(report_query(ReportKind::AttendanceRecap, month("2026-13"), s.f.now));
}

TEST_CASE("the PP 94 report shows indications with their case, the unacted ones first") {
    ReportSeed s;
    ReportFilterText year;
    year.year = "2026";
    const Report r = must_report(s.run(ReportKind::Pp94, year));
    REQUIRE(r.rows.size() == 2);
    // Known but not acted on comes first.
    const json& siti = r.rows[0];
    CHECK(siti["employee_id"] == s.f.employee_a);
    CHECK(siti["unexcused_days"] == 3);  // 10 and 11 August, 1 September; not the Saturday
    CHECK(siti["lateness_minutes"] == 160);
    CHECK(siti["lateness_days"] == 0);
    CHECK(siti["total_days"] == 3);
    CHECK(siti["longest_run"] == 2);
    CHECK(siti["consecutive"] == false);
    CHECK(siti["sanction"] == "R1");
    CHECK(siti["level"] == "RINGAN");
    CHECK(siti["acted_on"] == false);  // her incident case is not one opened for the indication
    CHECK(siti["case_id"].is_null());

    const json& dewi = r.rows[1];
    CHECK(dewi["employee_id"] == s.f.employee_a2);
    CHECK(dewi["unexcused_days"] == 10);
    CHECK(dewi["longest_run"] == 10);
    CHECK(dewi["consecutive"] == true);
    CHECK(dewi["sanction"] == "B3");  // the run outweighs R3 of the count
    CHECK(dewi["level"] == "BERAT");
    CHECK(dewi["acted_on"] == true);
    CHECK(dewi["case_id"] == s.dewi_case);
    CHECK(dewi["case_state"] == "SUMMONED_1");

    year.year = "2025";
    CHECK(must_report(s.run(ReportKind::Pp94, year)).rows.empty());
}

TEST_CASE(
    "the case register gives each case's next limit and how many working days it is "
    "overdue") {
    ReportSeed s;
    // A week after the report date the second summons, due 7 October
    // (7 working days after the hearing of 28 September that Dewi
    // missed), is 3 working days overdue (8, 9 and 12 October).
    const Report r = must_report(s.run(ReportKind::Discipline, {}, at_utc("2026-10-12T02:00:00Z")));
    REQUIRE(r.rows.size() == 2);
    const json& dewi = r.rows[0];  // the overdue one first
    CHECK(dewi["case_id"] == s.dewi_case);
    CHECK(dewi["state"] == "SUMMONED_1");
    CHECK(dewi["last_step"] == "SUMMONED_1");
    CHECK(dewi["last_step_date"] == "2026-09-17");
    CHECK(dewi["next_limit"] == "SECOND_SUMMONS");
    CHECK(dewi["limit_date"] == "2026-10-07");
    CHECK(dewi["overdue"] == true);
    CHECK(dewi["overdue_working_days"] == 3);
    CHECK(dewi["working_days_left"] == 0);

    const json& siti = r.rows[1];
    CHECK(siti["case_id"] == s.siti_case);
    CHECK(siti["state"] == "REPORTED");
    CHECK(siti["opened_date"] == "2026-09-28");
    CHECK(siti["overdue"] == false);

    // On the report date the limit was 2 working days away (6, 7 October).
    const Report before = must_report(s.run(ReportKind::Discipline, {}));
    const json& early = row_where(before, "case_id", s.dewi_case);
    CHECK(early["overdue"] == false);
    CHECK(early["working_days_left"] == 2);
    // Before the hearing date the hearing's notice limit shows, never overdue.
    const Report summoned =
        must_report(s.run(ReportKind::Discipline, {}, at_utc("2026-09-25T02:00:00Z")));
    const json& waiting = row_where(summoned, "case_id", s.dewi_case);
    CHECK(waiting["next_limit"] == "HEARING");
    CHECK(waiting["limit_date"] == "2026-09-28");
    CHECK(waiting["overdue"] == false);
}

TEST_CASE("the predikat report counts FINAL evaluations per unit beside the curve") {
    ReportSeed s;
    ReportFilterText q;
    q.period = "2026-Q3";
    const Report r = must_report(s.run(ReportKind::Predikat, q));
    REQUIRE(r.rows.size() == 2);
    const json& a = row_where(r, "unit_id", s.f.unit_a);
    CHECK(a["staff"] == 3);
    CHECK(a["final"] == 2);
    CHECK(a["without_final"] == 1);  // Rina
    CHECK(a["count"]["BAIK"] == 1);
    CHECK(a["count"]["BUTUH_PERBAIKAN"] == 1);
    CHECK(a["percent"]["BAIK"] == Approx(50.0));
    CHECK(a["max_percent"]["BAIK"] == Approx(70.0));
    CHECK(a["above_curve"] == false);
    const json& b = row_where(r, "unit_id", s.f.unit_b);
    CHECK(b["count"]["SANGAT_BAIK"] == 1);
    CHECK(b["above_curve"] == true);  // 100 % Sangat Baik under a cap of 10 %
    REQUIRE(r.totals.size() == 1);
    CHECK(r.totals[0]["final"] == 3);
    CHECK(r.totals[0]["percent"]["SANGAT_BAIK"] == Approx(100.0 / 3));

    q.org_rating = "ISTIMEWA";
    CHECK(must_report(s.run(ReportKind::Predikat, q)).rows.size() == 2);
    q.period = "2026-Q2";
    q.org_rating.clear();
    const Report q2 = must_report(s.run(ReportKind::Predikat, q));
    CHECK(row_where(q2, "unit_id", s.f.unit_a)["without_final"] == 3);
    q.org_rating = "LUAR_BIASA";
    CHECK(s.run(ReportKind::Predikat, q).error().code == "bad_report_query");
}

TEST_CASE("the IKM report computes each unit's index from the period's responses") {
    ReportSeed s;
    ReportFilterText q;
    q.period = "2026-Q3";
    const Report r = must_report(s.run(ReportKind::Ikm, q));
    REQUIRE(r.rows.size() == 1);  // unit B has no responses
    const json& a = r.rows[0];
    CHECK(a["unit_id"] == s.f.unit_a);
    CHECK(a["respondents"] == 2);  // the October response is outside the quarter
    CHECK(a["nrr"]["U1"] == Approx(3.5));
    CHECK(a["nrr"]["U9"] == Approx(3.5));
    CHECK(a["ikm"] == Approx(3.5));
    CHECK(a["converted"] == Approx(87.5));
    CHECK(a["quality"] == "B");
    CHECK(a["provisional"] == true);  // 2 respondents, below the minimum sample
    q.period.clear();
    q.month = "2026-10";
    CHECK(must_report(s.run(ReportKind::Ikm, q)).rows[0]["quality"] == "D");
}

TEST_CASE(
    "the completeness report shows full roll calls, silent devices and units with nothing "
    "recorded") {
    ReportSeed s;
    ReportFilterText d;
    d.date = "2026-08-03";
    const Report r = must_report(s.run(ReportKind::Completeness, d));
    REQUIRE(r.rows.size() == 2);  // the dinas has no staff and no devices
    const json& a = row_where(r, "unit_id", s.f.unit_a);
    CHECK(a["staff"] == 3);
    CHECK(a["working_days"] == 1);
    CHECK(a["full_days"] == 1);
    CHECK(a["records"] == 3);
    CHECK(a["nothing_recorded"] == false);
    CHECK(a["device_count"] == 1);
    CHECK(a["silent_devices"] == 0);
    const json& b = row_where(r, "unit_id", s.f.unit_b);
    CHECK(b["nothing_recorded"] == true);

    d.date = "2026-08-04";
    CHECK(row_where(must_report(s.run(ReportKind::Completeness, d)), "unit_id",
                    s.f.unit_a)["full_days"] == 0);
    // Four days later without a sync, both phones are silent.
    const Report later =
        must_report(s.run(ReportKind::Completeness, d, report_now() + 4LL * 24 * 3600 * 1000));
    CHECK(row_where(later, "unit_id", s.f.unit_a)["silent_devices"] == 1);

    const Report august =
        must_report(s.run(ReportKind::Completeness, month("2026-08", s.f.unit_a)));
    REQUIRE(august.rows.size() == 1);
    CHECK(august.rows[0]["working_days"] == 19);
    CHECK(august.rows[0]["full_days"] == 1);
    CHECK(august.rows[0]["days_without_records"] == 7);
    CHECK(august.rows[0]["records"] == 16);
}
