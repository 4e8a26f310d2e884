#include "service/export.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>

#include "admin/csv_reader.h"
#include "admin_fixture.h"
#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "org/unit.h"
#include "service/master_data.h"
#include "survey/survey_response.h"

using namespace pantau;
using namespace pantau::server;
using nlohmann::json;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

constexpr std::int64_t kNow = 1'772'400'000'000;  // 2026-03-01T21:20:00Z

std::int64_t at(const char* rfc3339) {
    return *parse_timestamp(rfc3339);
}

// A kabupaten with a Dinkes holding two puskesmas, and a kecamatan beside it.
struct Kabupaten {
    std::string pemda, dinkes, cibeureum, margahayu, kecamatan;
    std::string siti, budi, ahmad;  // employee ids: Cibeureum, Margahayu, Kecamatan
    std::string case_id;
    int next_version = 1;

    std::string version() {
        char buffer[20];
        std::snprintf(buffer, sizeof buffer, "%016llx",
                      static_cast<unsigned long long>((kNow << 16) | next_version++));
        return buffer;
    }

    void put(ServerTransaction& tx, std::string type, std::string id, const std::string& unit,
             json data, bool deleted = false) {
        sync::Change change{std::move(type), std::move(id), unit,    version(),
                            std::nullopt,    "device-1",    deleted, std::move(data)};
        tx.put(change, std::nullopt);
    }

    void attendance(ServerTransaction& tx, const std::string& unit, const std::string& employee,
                    const char* date, const char* status, std::optional<int> minutes = {},
                    std::optional<std::string> leave_kind = {},
                    std::optional<std::string> note = {}, bool deleted = false) {
        const Date d = *Date::parse(date);
        const Attendance a{employee,
                           d,
                           status,
                           minutes,
                           leave_kind,
                           note,
                           at((std::string(date) + "T00:45:00Z").c_str()),
                           std::nullopt};
        put(tx, "attendance", attendance_id(unit, employee, d), unit, a.to_json(), deleted);
    }
};

std::string unit(ServerTransaction& tx, const std::string& name, const std::string& kind,
                 const std::optional<std::string>& parent) {
    return *add_unit(tx, Unit{name, kind, parent, "Asia/Jakarta"}, kNow);
}

std::string employee(ServerTransaction& tx, const char* nip, const char* name, const char* golongan,
                     const std::string& unit_id) {
    return *put_employee(
        tx,
        Employee{nip, name, EmployeeKind::PNS, golongan, "Perawat", std::nullopt, unit_id, true},
        kNow);
}

DisciplineEvent event(const std::string& case_id, CaseState step, std::int64_t when) {
    DisciplineEvent e;
    e.case_id = case_id;
    e.step = step;
    e.at = when;
    e.actor = "Kepala Puskesmas";
    return e;
}

Evaluation evaluation(const std::string& employee_id, const std::string& period) {
    Evaluation e;
    e.employee_id = employee_id;
    e.period = period;
    return e;
}

ExportQuery query(ExportType type, ExportFormat format, std::optional<std::string> unit = {},
                  std::optional<Date> from = {}, std::optional<Date> to = {}) {
    ExportQuery q;
    q.type = type;
    q.format = format;
    q.unit = std::move(unit);
    q.from = from;
    q.to = to;
    return q;
}

Kabupaten seed(const AdminFixture& f) {
    Kabupaten k;
    f.open()->write([&](ServerTransaction& tx) {
        k.pemda = unit(tx, "Pemerintah Kabupaten Sukamaju", "PEMDA", std::nullopt);
        k.dinkes = unit(tx, "Dinas Kesehatan", "OPD", k.pemda);
        k.cibeureum = unit(tx, "UPT Puskesmas Cibeureum", "PUSKESMAS", k.dinkes);
        k.margahayu = unit(tx, "UPT Puskesmas Margahayu", "PUSKESMAS", k.dinkes);
        k.kecamatan = unit(tx, "Kecamatan Sukamaju", "KECAMATAN", k.pemda);
        k.siti = employee(tx, "198503122010012003", "Siti Rahmawati, S.Kep.", "III/c", k.cibeureum);
        k.budi = employee(tx, "199203182019031005", "=Budi Santoso", "II/b", k.margahayu);
        k.ahmad = employee(tx, "198811232014021001", "Ahmad Fauzi", "III/b", k.kecamatan);

        // Corrected later: only the second version counts.
        k.attendance(tx, k.cibeureum, k.siti, "2026-03-02", "SAKIT");
        k.attendance(tx, k.cibeureum, k.siti, "2026-03-02", "HADIR");
        k.attendance(tx, k.cibeureum, k.siti, "2026-03-03", "TERLAMBAT", 25, {},
                     "=HYPERLINK(\"http://evil.example\")");
        k.attendance(tx, k.margahayu, k.budi, "2026-03-02", "SAKIT", {}, {}, "Demam, \"tinggi\"");
        k.attendance(tx, k.kecamatan, k.ahmad, "2026-03-04", "CUTI", {}, "CUTI_TAHUNAN");
        k.attendance(tx, k.margahayu, k.budi, "2026-03-05", "HADIR", {}, {}, {}, true);

        // Opened in the evening UTC: already 4 March in WIB.
        k.case_id = uuid_v5(kPantauNamespace, "test/case/1");
        k.put(tx, "discipline_case", k.case_id, k.cibeureum,
              DisciplineCase{k.siti, at("2026-03-03T20:00:00Z"), "4f", "RINGAN",
                             "Terlambat berulang", "INCIDENT"}
                  .to_json());
        const DisciplineEvent reported =
            event(k.case_id, CaseState::REPORTED, at("2026-03-03T20:00:00Z"));
        const DisciplineEvent review =
            event(k.case_id, CaseState::UNDER_REVIEW, at("2026-03-04T02:00:00Z"));
        // Stored in the opposite order: the export orders events by their time.
        k.put(tx, "discipline_event", uuid_v5(kPantauNamespace, "test/event/2"), k.cibeureum,
              review.to_json());
        k.put(tx, "discipline_event", uuid_v5(kPantauNamespace, "test/event/1"), k.cibeureum,
              reported.to_json());

        Evaluation q1 = evaluation(k.siti, "2026-Q1");
        q1.hasil_kerja = Rating::DI_ATAS_EKSPEKTASI;
        q1.state = EvaluationState::FINAL;
        k.put(tx, "evaluation", evaluation_id(k.siti, "2026-Q1"), k.cibeureum,
              q1.with_derived_predikat().to_json());
        const Evaluation april = evaluation(k.budi, "2026-04");
        k.put(tx, "evaluation", evaluation_id(k.budi, "2026-04"), k.margahayu, april.to_json());

        SurveyResponse response;
        response.unit_id = k.cibeureum;
        response.collected_at = at("2026-03-02T03:00:00Z");
        response.scores = {4, 3, std::nullopt, 4, 4, 3, 4, 2, 4};
        k.put(tx, "survey_response", uuid_v5(kPantauNamespace, "test/survey/1"), k.cibeureum,
              response.to_json());

        const sync::Change winner{"attendance", "r1",       k.cibeureum, k.version(),
                                  std::nullopt, "device-2", false,       json::object()};
        const sync::Change loser{"attendance", "r1",       k.cibeureum, k.version(),
                                 std::nullopt, "device-1", false,       json::object()};
        tx.add_conflict(
            {"attendance", "r1", k.cibeureum, winner, loser, at("2026-03-02T04:00:00Z")});
        tx.add_rejected({"device-9", 3,
                         json{{"id", "x1"}, {"type", "attendance"}, {"unit_id", k.margahayu}},
                         "data.status: unknown", at("2026-03-03T05:00:00Z")});
    });
    return k;
}

ExportResult run_export(const AdminFixture& f, const ExportQuery& q,
                        const std::optional<std::set<std::string>>& visible = std::nullopt) {
    std::optional<Result<ExportResult>> result;
    f.open()->read([&](ServerTransaction& tx) { result.emplace(export_records(tx, q, visible)); });
    REQUIRE(*result);
    return (*result).value();
}

std::vector<CsvRecord> csv_rows(const ExportResult& result) {
    auto rows = read_csv(result.body);
    REQUIRE(rows);
    return *rows;
}

std::vector<std::string> column(const std::vector<CsvRecord>& rows, std::size_t index) {
    std::vector<std::string> values;
    for (std::size_t i = 1; i < rows.size(); ++i)
        values.push_back(rows[i].fields.at(index));
    return values;
}

}  // namespace

TEST_CASE("an attendance export has a header and the current records sorted by date, unit, NIP") {
    AdminFixture f;
    seed(f);
    const ExportResult result = run_export(f, query(ExportType::Attendance, ExportFormat::Csv));
    CHECK(result.content_type == "text/csv; charset=utf-8");
    CHECK(result.rows == 4);
    CHECK(result.body.starts_with(
        "\xEF\xBB\xBF"
        "id,unit_id,unit_name,employee_id,nip,employee_name,date,status,minutes,early_minutes,"
        "leave_kind,note,"
        "recorded_at,version,origin\r\n"));
    const auto rows = csv_rows(result);
    REQUIRE(rows.size() == 5);
    CHECK(column(rows, 6) ==
          std::vector<std::string>{"2026-03-02", "2026-03-02", "2026-03-03", "2026-03-04"});
    CHECK(column(rows, 2) ==
          std::vector<std::string>{"UPT Puskesmas Cibeureum", "UPT Puskesmas Margahayu",
                                   "UPT Puskesmas Cibeureum", "Kecamatan Sukamaju"});
    CHECK(column(rows, 7) == std::vector<std::string>{"HADIR", "SAKIT", "TERLAMBAT", "CUTI"});
    CHECK(rows[1].fields[4] == "198503122010012003");
    CHECK(rows[3].fields[8] == "25");
    CHECK(rows[4].fields[10] == "CUTI_TAHUNAN");
    CHECK(rows[1].fields[12] == "2026-03-02T00:45:00Z");
    CHECK(rows[2].fields[11] == "Demam, \"tinggi\"");
}

TEST_CASE("cells a spreadsheet would run as formulas start with an apostrophe in CSV") {
    AdminFixture f;
    seed(f);
    const ExportResult result = run_export(f, query(ExportType::Attendance, ExportFormat::Csv));
    CHECK(result.body.find("\"'=HYPERLINK(\"\"http://evil.example\"\")\"") != std::string::npos);
    const auto rows = csv_rows(result);
    CHECK(rows[2].fields[5] == "'=Budi Santoso");
    CHECK(rows[3].fields[11] == "'=HYPERLINK(\"http://evil.example\")");

    const ExportResult as_json = run_export(f, query(ExportType::Attendance, ExportFormat::Json));
    CHECK(json::parse(as_json.body).at("rows")[2].at("note") ==
          "=HYPERLINK(\"http://evil.example\")");
}

TEST_CASE("a unit filter takes the unit with its sub-units, and dates are inclusive") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    ExportQuery q = query(ExportType::Attendance, ExportFormat::Csv, k.dinkes);
    CHECK(column(csv_rows(run_export(f, q)), 1) ==
          std::vector<std::string>{k.cibeureum, k.margahayu, k.cibeureum});
    q.unit = k.kecamatan;
    CHECK(column(csv_rows(run_export(f, q)), 1) == std::vector<std::string>{k.kecamatan});

    ExportQuery dates = query(ExportType::Attendance, ExportFormat::Csv, std::nullopt,
                              Date::parse("2026-03-03"), Date::parse("2026-03-04"));
    CHECK(column(csv_rows(run_export(f, dates)), 6) ==
          std::vector<std::string>{"2026-03-03", "2026-03-04"});
    dates.from = Date::parse("2026-03-04");
    dates.to.reset();
    CHECK(run_export(f, dates).rows == 1);
}

TEST_CASE("the caller's visible units limit every export") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    const std::set<std::string> visible = {k.cibeureum};
    const ExportResult result =
        run_export(f, query(ExportType::Attendance, ExportFormat::Csv), visible);
    CHECK(column(csv_rows(result), 1) == std::vector<std::string>{k.cibeureum, k.cibeureum});
    CHECK(run_export(f, query(ExportType::Rejected, ExportFormat::Csv), visible).rows == 0);

    f.open()->read([&](ServerTransaction& tx) {
        auto outside = export_records(
            tx, query(ExportType::Attendance, ExportFormat::Csv, k.margahayu), visible);
        REQUIRE_FALSE(outside);
        CHECK(outside.error().code == "outside_scope");
        auto unknown = export_records(
            tx, query(ExportType::Attendance, ExportFormat::Csv, "no-such-unit"), std::nullopt);
        REQUIRE_FALSE(unknown);
        CHECK(unknown.error().code == "unknown_unit");
        auto backwards = export_records(tx,
                                        query(ExportType::Survey, ExportFormat::Csv, std::nullopt,
                                              Date::parse("2026-03-05"), Date::parse("2026-03-01")),
                                        std::nullopt);
        REQUIRE_FALSE(backwards);
        CHECK(backwards.error().code == "bad_export_query");
    });
}

TEST_CASE("a JSON export has the type and one object per row, with ids as strings") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    const ExportResult result = run_export(f, query(ExportType::Attendance, ExportFormat::Json));
    CHECK(result.content_type == "application/json");
    const json body = json::parse(result.body);
    CHECK(body.at("type") == "attendance");
    REQUIRE(body.at("rows").size() == 4);
    const json& late = body.at("rows")[2];
    CHECK(late.at("id").is_string());
    CHECK(late.at("employee_id") == k.siti);
    CHECK(late.at("employee_name") == "Siti Rahmawati, S.Kep.");
    CHECK(late.at("minutes") == 25);
    CHECK(late.at("leave_kind").is_null());
    CHECK(late.at("origin") == "device-1");
}

TEST_CASE("a discipline export shows each case's state folded from its events") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    const json body =
        json::parse(run_export(f, query(ExportType::Discipline, ExportFormat::Json)).body);
    REQUIRE(body.at("rows").size() == 1);
    const json& row = body.at("rows")[0];
    CHECK(row.at("id") == k.case_id);
    CHECK(row.at("nip") == "198503122010012003");
    CHECK(row.at("state") == "UNDER_REVIEW");
    CHECK(row.at("events") == 2);
    CHECK(row.at("last_step") == "UNDER_REVIEW");
    CHECK(row.at("opened_date") == "2026-03-04");
    CHECK(row.at("article") == "4f");

    ExportQuery before = query(ExportType::Discipline, ExportFormat::Json, std::nullopt,
                               std::nullopt, Date::parse("2026-03-03"));
    CHECK(run_export(f, before).rows == 0);
}

TEST_CASE("an evaluation export keeps the periods that overlap the date range") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    CHECK(run_export(f, query(ExportType::Evaluation, ExportFormat::Csv)).rows == 2);
    ExportQuery march = query(ExportType::Evaluation, ExportFormat::Json, std::nullopt,
                              Date::parse("2026-03-01"), Date::parse("2026-03-31"));
    const json body = json::parse(run_export(f, march).body);
    REQUIRE(body.at("rows").size() == 1);
    const json& row = body.at("rows")[0];
    CHECK(row.at("employee_id") == k.siti);
    CHECK(row.at("period") == "2026-Q1");
    CHECK(row.at("hasil_kerja") == "DI_ATAS_EKSPEKTASI");
    CHECK(row.at("predikat") == "BAIK");
    CHECK(row.at("state") == "FINAL");
}

TEST_CASE("a survey export has the nine scores as columns") {
    AdminFixture f;
    seed(f);
    const auto rows = csv_rows(run_export(f, query(ExportType::Survey, ExportFormat::Csv)));
    REQUIRE(rows.size() == 2);
    const auto& header = rows[0].fields;
    const auto u1 = std::find(header.begin(), header.end(), "U1") - header.begin();
    REQUIRE(u1 + 9 <= static_cast<long>(header.size()));
    CHECK(header[u1 + 8] == "U9");
    CHECK(std::vector<std::string>(rows[1].fields.begin() + u1, rows[1].fields.begin() + u1 + 9) ==
          std::vector<std::string>{"4", "3", "", "4", "4", "3", "4", "2", "4"});
}

TEST_CASE("conflict and rejection exports list the logs with their ids as strings") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    const json conflicts =
        json::parse(run_export(f, query(ExportType::Conflicts, ExportFormat::Json)).body);
    REQUIRE(conflicts.at("rows").size() == 1);
    CHECK(conflicts.at("rows")[0].at("id") == "1");
    CHECK(conflicts.at("rows")[0].at("winner_origin") == "device-2");
    CHECK(conflicts.at("rows")[0].at("loser_origin") == "device-1");
    CHECK(conflicts.at("rows")[0].at("unit_id") == k.cibeureum);

    const json rejected =
        json::parse(run_export(f, query(ExportType::Rejected, ExportFormat::Json)).body);
    REQUIRE(rejected.at("rows").size() == 1);
    CHECK(rejected.at("rows")[0].at("id") == "1");
    CHECK(rejected.at("rows")[0].at("device_id") == "device-9");
    CHECK(rejected.at("rows")[0].at("batch") == 3);
    CHECK(rejected.at("rows")[0].at("change_id") == "x1");
    CHECK(rejected.at("rows")[0].at("reason") == "data.status: unknown");

    CHECK(run_export(f, query(ExportType::Rejected, ExportFormat::Csv, k.cibeureum)).rows == 0);
    CHECK(run_export(f, query(ExportType::Conflicts, ExportFormat::Csv, std::nullopt,
                              Date::parse("2026-03-03")))
              .rows == 0);
}

TEST_CASE("pantau-server export prints the export and records it in the audit trail") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    const Outcome o = f.run({"export", "--format", "csv", "--unit", k.margahayu, "--type",
                             "attendance", "--from", "2026-03-01", "--to", "2026-03-31"});
    REQUIRE(o.code == 0);
    auto rows = read_csv(o.out);
    REQUIRE(rows);
    CHECK(rows->size() == 2);
    f.open()->read([&](ServerTransaction& tx) {
        const auto audit = tx.audit_after(0, 100);
        REQUIRE_FALSE(audit.empty());
        CHECK(audit.back().action == "export");
        CHECK(audit.back().detail.at("rows") == 1);
    });

    const Outcome as_json = f.run({"export", "--type", "survey", "--format", "json"});
    REQUIRE(as_json.code == 0);
    CHECK(as_json.json().at("rows").size() == 1);

    // For Excel on an Indonesian-locale PC: the mark, and ';' between the cells.
    const Outcome excel =
        f.run({"export", "--format", "csv", "--sep", ";", "--unit", k.margahayu, "--type",
               "attendance", "--from", "2026-03-01", "--to", "2026-03-31"});
    REQUIRE(excel.code == 0);
    REQUIRE(excel.out.rfind("\xEF\xBB\xBF", 0) == 0);
    const std::string header = excel.out.substr(3, excel.out.find("\r\n") - 3);
    CHECK(header.find(';') != std::string::npos);
    CHECK(header.find(',') == std::string::npos);
    const Outcome bad = f.run({"export", "--format", "csv", "--sep", "|", "--type", "attendance"});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("--sep") != std::string::npos);
}

TEST_CASE("pantau-server export refuses an unknown type or format and a bad date") {
    AdminFixture f;
    seed(f);
    const Outcome type = f.run({"export", "--type", "salaries", "--format", "csv"});
    CHECK(type.code == 1);
    CHECK(type.err.find("--type must be") != std::string::npos);
    const Outcome format = f.run({"export", "--type", "attendance", "--format", "pdf"});
    CHECK(format.code == 1);
    const Outcome json_error = f.run({"export", "--type", "salaries", "--format", "json"});
    CHECK(json_error.json().at("error").at("code") == "bad_export_query");
    const Outcome date =
        f.run({"export", "--type", "attendance", "--format", "csv", "--from", "2026-02-30"});
    CHECK(date.code == 1);
    const Outcome backwards = f.run({"export", "--type", "attendance", "--format", "json", "--from",
                                     "2026-03-05", "--to", "2026-03-01"});
    CHECK(backwards.code == 1);
    CHECK(backwards.json().at("error").at("code") == "bad_export_query");
}

TEST_CASE("a streamed attendance export is byte for byte the whole one, made a day at a time") {
    AdminFixture f;
    const Kabupaten k = seed(f);
    auto store = f.open();
    for (const auto& [format, separator] :
         {std::pair{ExportFormat::Csv, ';'}, std::pair{ExportFormat::Csv, ','},
          std::pair{ExportFormat::Json, ','}}) {
        for (const auto& [unit, from, to] :
             {std::tuple{std::optional<std::string>{}, std::optional<Date>{},
                         std::optional<Date>{}},
              std::tuple{std::optional<std::string>{k.dinkes}, Date::parse("2026-03-02"),
                         Date::parse("2026-03-03")}}) {
            ExportQuery q = query(ExportType::Attendance, format, unit, from, to);
            q.separator = separator;
            const ExportResult whole = run_export(f, q);
            std::size_t rows = 0;
            auto stream =
                stream_attendance_export(*store, q, std::nullopt, [&](std::size_t n) { rows = n; });
            REQUIRE(stream);
            std::string streamed;
            int pieces = 0;
            while (auto piece = (*stream)->next()) {
                streamed += *piece;
                ++pieces;
            }
            CHECK(rows == whole.rows);
            CHECK(pieces >= 1);
            if (format == ExportFormat::Csv)
                CHECK(streamed == whole.body);
            else
                CHECK(json::parse(streamed) == json::parse(whole.body));
        }
    }
    // The unit filter is checked before anything is sent.
    CHECK(stream_attendance_export(
              *store, query(ExportType::Attendance, ExportFormat::Csv, std::string("x")),
              std::nullopt)
              .error()
              .code == "unknown_unit");
}

TEST_CASE("an export comes as XLSX and with headers in Indonesian or English when asked") {
    AdminFixture f;
    seed(f);
    ExportQuery xlsx = query(ExportType::Discipline, ExportFormat::Xlsx);
    const ExportResult book = run_export(f, xlsx);
    CHECK(book.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(book.body.rfind("PK", 0) == 0);
    CHECK(book.rows == 1);

    ExportQuery indonesian = query(ExportType::Attendance, ExportFormat::Csv);
    indonesian.separator = ';';
    indonesian.language = Language::Id;
    CHECK_FALSE(streams(indonesian));  // labelled CSV is made whole
    const ExportResult id = run_export(f, indonesian);
    CHECK(id.body.rfind(
              "\xEF\xBB\xBFID;ID unit;Unit;ID pegawai;NIP;Nama pegawai;Tanggal;Status;Menit;", 0) ==
          0);
    ExportQuery english = indonesian;
    english.language = Language::En;
    CHECK(run_export(f, english)
              .body.rfind("\xEF\xBB\xBFId;Unit id;Unit;Employee id;NIP;Employee;Date;", 0) == 0);
    // Without a language the header keeps the column names programs read.
    CHECK(run_export(f, query(ExportType::Attendance, ExportFormat::Csv))
              .body.rfind("\xEF\xBB\xBFid,unit_id,", 0) == 0);

    const Outcome cli = f.run({"export", "--type", "survey", "--format", "xlsx"});
    CHECK(cli.code == 0);
    CHECK(cli.out.rfind("PK", 0) == 0);
    CHECK(f.run({"export", "--type", "survey", "--format", "csv", "--lang", "jv"}).code == 1);
}
