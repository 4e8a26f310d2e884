// The competency development report: trainings recorded on the seed's
// phones, synced through the protocol, counted per employee for a year by
// the shared rule (training/training_hours.h), in JSON, CSV and over HTTP.
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "org/employee.h"
#include "report/report_render.h"
#include "report_seed.h"
#include "service/master_data.h"
#include "training/training.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

// The seed's kabupaten with trainings in 2026 (the reports run on 5 October):
//   Siti (A, PNS): 12 JP + 8 JP = exactly 20, not short
//   Dewi (A, PNS): 12 JP + 7.5 JP = 19.5, short by 0.5; a deleted 10 JP does not count
//   Rina (A, PNS): a course of 30 JP from 28 December 2025 to 2 January 2026 counts in 2026:
//                  30, not short; and 2025 sees none of it
//   Ahmad (B, PNS): nothing, short by 20
//   Yusuf (B, PPPK): 6 JP, short by 14
struct TrainingSeed : ReportSeed {
    std::string yusuf;

    TrainingSeed() {
        f.store->write([&](ServerTransaction& tx) {
            yusuf = must(
                put_employee(tx,
                             Employee{"199107152021211001", "Yusuf Maulana", EmployeeKind::PPPK,
                                      "IX", "Perawat Ahli Pertama", std::nullopt, f.unit_b, true},
                             f.now));
        });
        REQUIRE(phone_b->sync(f.now) == SyncOutcome::Finished);  // Yusuf reaches the phone
        record(*phone_a, f.unit_a, f.employee_a, "2026-03-02", "2026-03-03", 12);
        record(*phone_a, f.unit_a, f.employee_a, "2026-08-10", "2026-08-10", 8);
        record(*phone_a, f.unit_a, f.employee_a2, "2026-03-02", "2026-03-03", 12);
        record(*phone_a, f.unit_a, f.employee_a2, "2026-06-01", "2026-06-01", 7.5);
        const std::string deleted =
            record(*phone_a, f.unit_a, f.employee_a2, "2026-07-01", "2026-07-02", 10);
        const auto kept = phone_a->store().get("training", deleted);
        REQUIRE(kept);
        REQUIRE(phone_a->store().record({"training", deleted, f.unit_a, kept->data, true}, f.now));
        record(*phone_a, f.unit_a, rina, "2025-12-28", "2026-01-02", 30);
        record(*phone_b, f.unit_b, yusuf, "2026-04-06", "2026-04-06", 6);
        REQUIRE(phone_a->sync(f.now) == SyncOutcome::Finished);
        REQUIRE(phone_b->sync(f.now) == SyncOutcome::Finished);
        REQUIRE(phone_a->store().rejected().empty());
        REQUIRE(phone_b->store().rejected().empty());
    }

    std::string record(TestDevice& phone, const std::string& unit, const std::string& employee,
                       const char* start, const char* end, double jp) {
        static int serial = 0;
        Training t;
        t.employee_id = employee;
        t.title = "Pelatihan " + std::to_string(++serial);
        t.kind = "KLASIKAL";
        t.organiser = "BPSDM Provinsi";
        t.start_date = *Date::parse(start);
        t.end_date = *Date::parse(end);
        t.jp = jp;
        t.competency = "TEKNIS";
        const std::string id =
            uuid_v5(kPantauNamespace, "training-report/" + std::to_string(serial));
        INFO(employee << " " << start);
        REQUIRE(phone.store().record({"training", id, unit, t.to_json()}, f.now));
        return id;
    }
};

ReportFilterText year(const char* y, std::string unit = {}) {
    ReportFilterText t;
    t.year = y;
    t.unit = std::move(unit);
    return t;
}

}  // namespace

TEST_CASE("the training report lists each employee's JP of the year and who is short of 20") {
    TrainingSeed s;
    const Report r = must_report(s.run(ReportKind::Training, year("2026")));
    REQUIRE(r.rows.size() == 5);

    const json& siti = row_where(r, "employee_id", s.f.employee_a);
    CHECK(siti["name"] == "Siti Rahmawati");
    CHECK(siti["nip"] == "198503122010012003");
    CHECK(siti["unit_name"] == "UPT Puskesmas Sukamaju");
    CHECK(siti["jp"] == 20.0);
    CHECK(siti["trainings"] == 2);
    CHECK(siti["minimum_jp"] == 20.0);
    CHECK(siti["short_by"] == 0.0);
    CHECK(siti["short"] == false);

    const json& dewi = row_where(r, "employee_id", s.f.employee_a2);
    CHECK(dewi["jp"] == 19.5);
    CHECK(dewi["trainings"] == 2);  // the deleted one is not counted
    CHECK(dewi["short_by"] == 0.5);
    CHECK(dewi["short"] == true);

    const json& rina = row_where(r, "employee_id", s.rina);
    CHECK(rina["jp"] == 30.0);
    CHECK(rina["short"] == false);

    const json& ahmad = row_where(r, "employee_id", s.f.employee_b);
    CHECK(ahmad["jp"] == 0.0);
    CHECK(ahmad["trainings"] == 0);
    CHECK(ahmad["short_by"] == 20.0);

    const json& yusuf = row_where(r, "employee_id", s.yusuf);
    CHECK(yusuf["employee_kind"] == "PPPK");
    CHECK(yusuf["jp"] == 6.0);
    CHECK(yusuf["minimum_jp"] == 20.0);
    CHECK(yusuf["short_by"] == 14.0);

    REQUIRE(r.totals.size() == 1);
    CHECK(r.totals[0]["jp"] == 75.5);
    CHECK(r.totals[0]["trainings"] == 6);
    CHECK(r.totals[0]["short_by"] == 34.5);
    bool counted = false;
    for (const auto& filter : r.filters)
        counted = counted || filter.value == "3 dari 5 pegawai";
    CHECK(counted);
}

TEST_CASE("the training report counts a course across New Year only in the year it ends") {
    TrainingSeed s;
    const Report before = must_report(s.run(ReportKind::Training, year("2025", s.f.unit_a)));
    REQUIRE(before.rows.size() == 3);
    CHECK(row_where(before, "employee_id", s.rina)["jp"] == 0.0);
    CHECK(row_where(before, "employee_id", s.rina)["short"] == true);
}

TEST_CASE("the training report takes a unit and a year, and defaults to the current year") {
    TrainingSeed s;
    const Report b = must_report(s.run(ReportKind::Training, year("", s.f.unit_b)));
    REQUIRE(b.rows.size() == 2);
    for (const auto& row : b.rows)
        CHECK(row["unit_id"] == s.f.unit_b);
    bool this_year = false;
    for (const auto& filter : b.filters)
        this_year = this_year || (filter.label_en == "Year" && filter.value == "2026");
    CHECK(this_year);

    ReportFilterText month;
    month.month = "2026-10";
    const auto refused = s.run(ReportKind::Training, month);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "bad_report_query");
}

TEST_CASE("the training report's CSV has a row per employee with the JP in its columns") {
    TrainingSeed s;
    const Report r = must_report(s.run(ReportKind::Training, year("2026", s.f.unit_a)));
    const std::string csv = render_report(r, {ReportFormat::Csv, ';', Language::Id});
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv.find("ID unit;Unit;NIP;Nama;Jenis pegawai;JP;Jumlah kegiatan;JP minimum;Kurang JP;"
                   "Belum memenuhi") != std::string::npos);
    // Dewi: 19,5 JP with a decimal comma, as Excel in an Indonesian locale reads it.
    CHECK(csv.find("199001072015032002;Dewi Lestari;PNS;19,5;2;20;0,5;") != std::string::npos);
    CHECK(csv.find("198503122010012003;Siti Rahmawati;PNS;20;2;20;0;") != std::string::npos);
    const std::string en = render_report(r, {ReportFormat::Csv, ',', Language::En});
    CHECK(en.find("Employee kind,JP,Trainings,Minimum JP,JP short") != std::string::npos);
}

TEST_CASE("GET /v1/reports/training is scoped like the other reports") {
    TrainingSeed s;
    const std::string hr = s.f.enroll(s.f.hr);
    const auto all = s.f.request("GET", "/v1/reports/training?year=2026", "", hr);
    REQUIRE(all.status == 200);
    CHECK(body_of(all)["count"] == 5);
    CHECK(body_of(all)["report"] == "training");

    const std::string& head_a = s.phone_a->token();
    const auto own = s.f.request("GET", "/v1/reports/training?year=2026", "", head_a);
    REQUIRE(own.status == 200);
    const json own_body = body_of(own);  // kept: the rows are read from it
    CHECK(own_body["count"] == 3);
    for (const auto& row : own_body["rows"])
        CHECK(row["unit_id"] == s.f.unit_a);
    const auto other = s.f.request("GET", "/v1/reports/training?unit=" + s.f.unit_b, "", head_a);
    CHECK(other.status == 403);
    CHECK(body_of(other)["error"]["code"] == "outside_scope");

    const auto csv = s.f.request("GET", "/v1/reports/training?year=2026&format=csv", "", hr);
    REQUIRE(csv.status == 200);
    CHECK(csv.content_type == "text/csv; charset=utf-8");
    CHECK(s.f.request("GET", "/v1/reports/training?year=26", "", hr).status == 400);
    CHECK(s.f.request("GET", "/v1/reports/training").status == 401);
}
