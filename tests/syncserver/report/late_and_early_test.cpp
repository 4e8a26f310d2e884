// A day late and left early (Attendance::early_minutes) pushed by a phone:
// the server stores it through the shared check, its attendance facts keep
// both minutes, the recap bands them in TL and PSW, the PP 94 report
// converts both at 450 minutes a day, and the export has a column for them.
#include <algorithm>
#include <catch2/catch.hpp>

#include "../service/fixture.h"
#include "admin/csv_reader.h"
#include "report/report.h"
#include "service/export.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

struct LateAndEarly {
    Fixture f;
    Phone a{f, f.supervisor_a};
    std::uint16_t serial = 0;

    json push_day(const char* date, const char* status, std::optional<int> minutes,
                  std::optional<json> early) {
        auto change =
            attendance(f.unit_a, f.employee_a, date, status, version_at(f.now, ++serial), "");
        if (minutes)
            change.data["minutes"] = *minutes;
        if (early)
            change.data["early_minutes"] = *early;
        return a.push(change);
    }

    Report run(ReportKind kind, ReportFilterText filters) {
        const auto query = must(report_query(kind, filters, f.now));
        std::optional<Result<Report>> report;
        f.store->read(
            [&](ServerTransaction& tx) { report.emplace(run_report(tx, query, std::nullopt)); });
        return must(std::move(*report));
    }

    std::string exported(ExportFormat format) {
        ExportQuery query;
        query.type = ExportType::Attendance;
        query.format = format;
        std::string body;
        f.store->read([&](ServerTransaction& tx) {
            const auto result = export_records(tx, query, std::nullopt);
            REQUIRE(result);
            body = result->body;
        });
        return body;
    }
};

const json& row_of(const Report& r, const std::string& employee) {
    for (const auto& row : r.rows)
        if (row.at("employee_id") == employee)
            return row;
    FAIL("no row for " << employee);
    static const json none;
    return none;
}

}  // namespace

TEST_CASE("a pushed day late and left early is stored, counted in both bands and exported") {
    LateAndEarly t;
    // Friday 20 November 2026 (the recap counts up to the day before the report): 300 minutes late
    // and 150 early, one 450-minute day.
    const json result = t.push_day("2026-11-20", "TERLAMBAT", 300, 150);
    INFO(result.dump());
    REQUIRE(result.at("status") == "applied");
    std::vector<AttendanceFact> facts;
    t.f.store->read([&](ServerTransaction& tx) {
        facts = tx.attendance_between(*Date::parse("2026-11-20"), *Date::parse("2026-11-20"));
    });
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].minutes == 300);
    CHECK(facts[0].early_minutes == 150);

    ReportFilterText november;
    november.month = "2026-11";
    november.unit = t.f.unit_a;
    const Report recap_report = t.run(ReportKind::AttendanceRecap, november);
    const json& recap = row_of(recap_report, t.f.employee_a);
    CHECK(recap["days"]["TERLAMBAT"] == 1);
    CHECK(recap["lateness_minutes"]["TL"] == 300);
    CHECK(recap["lateness_minutes"]["PSW"] == 150);
    CHECK(recap["band_days"]["TL4"] == 1);
    CHECK(recap["band_days"]["PSW4"] == 1);
    CHECK(recap["deduction_percent"] == Approx(3.0));  // 1.5 % for each band

    // Two days of TK and the late-and-early day: three days, R1. Without the
    // early minutes the day would be 300 minutes, no day, and no indication.
    REQUIRE(t.push_day("2026-11-18", "TANPA_KETERANGAN", std::nullopt, std::nullopt).at("status") ==
            "applied");
    REQUIRE(t.push_day("2026-11-19", "TANPA_KETERANGAN", std::nullopt, std::nullopt).at("status") ==
            "applied");
    ReportFilterText year;
    year.year = "2026";
    const Report pp94_report = t.run(ReportKind::Pp94, year);
    const json& pp94 = row_of(pp94_report, t.f.employee_a);
    CHECK(pp94["unexcused_days"] == 2);
    CHECK(pp94["lateness_minutes"] == 450);
    CHECK(pp94["lateness_days"] == 1);
    CHECK(pp94["total_days"] == 3);
    CHECK(pp94["sanction"] == "R1");

    const json rows = json::parse(t.exported(ExportFormat::Json)).at("rows");
    bool seen = false;
    for (const auto& row : rows)
        if (row.at("date") == "2026-11-20") {
            seen = true;
            CHECK(row.at("minutes") == 300);
            CHECK(row.at("early_minutes") == 150);
        } else {
            CHECK(row.at("early_minutes").is_null());
        }
    CHECK(seen);
    const auto csv = read_csv(t.exported(ExportFormat::Csv));
    REQUIRE(csv);
    REQUIRE(csv->size() >= 2);
    const auto& header = (*csv)[0].fields;
    const auto column = std::find(header.begin(), header.end(), "early_minutes");
    REQUIRE(column != header.end());
    CHECK(*(column - 1) == "minutes");
}

TEST_CASE("a malformed day late and left early is refused with the field and a reason") {
    LateAndEarly t;
    const auto refused = [&](std::optional<int> minutes, json early, const char* status) {
        const json result = t.push_day("2026-11-20", status, minutes, early);
        INFO(result.dump());
        CHECK(result.at("status") == "rejected");
        CHECK(result.at("reason").get<std::string>().find("early_minutes") != std::string::npos);
    };
    SECTION("on a status other than the late one") {
        refused(30, 30, "PULANG_CEPAT");
        refused(std::nullopt, 30, "HADIR");
    }
    SECTION("zero or negative") {
        refused(30, 0, "TERLAMBAT");
        refused(30, -10, "TERLAMBAT");
    }
    SECTION("beyond the day together with the late minutes") {
        refused(300, 421, "TERLAMBAT");
    }
    SECTION("not a number") {
        refused(30, "30", "TERLAMBAT");
    }
    // The day's whole 720 minutes are accepted.
    CHECK(t.push_day("2026-11-23", "TERLAMBAT", 300, 420).at("status") == "applied");
}
