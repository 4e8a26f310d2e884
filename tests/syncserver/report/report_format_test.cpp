// Reports as files people open (CSV with a byte-order mark, XLSX with typed
// cells) and as the HTTP endpoint answers them, role by role.
#include <catch2/catch.hpp>

#include "report/report_render.h"
#include "report_seed.h"
#include "zip_reader.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;
using pantau::testing::number_format;
using pantau::testing::read_zip;
using pantau::testing::sheet_cells;
using pantau::testing::SheetCell;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        lines.push_back(text.substr(start, end - start));
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
    return lines;
}

std::vector<std::string> split(const std::string& line, char separator) {
    std::vector<std::string> cells(1);
    for (char c : line) {
        if (c == separator)
            cells.emplace_back();
        else
            cells.back().push_back(c);
    }
    return cells;
}

Report august_recap(ReportSeed& s) {
    ReportFilterText t;
    t.month = "2026-08";
    t.unit = s.f.unit_a;
    return must_report(s.run(ReportKind::AttendanceRecap, t));
}

}  // namespace

TEST_CASE(
    "a CSV report begins with the byte-order mark, has Indonesian headers and opens as "
    "columns with semicolons") {
    ReportSeed s;
    const Report r = august_recap(s);
    const std::string csv = render_report(r, {ReportFormat::Csv, ';', Language::Id});
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto lines = lines_of(csv.substr(3));
    REQUIRE(lines.size() == 1 + 3 + 1);  // header, three staff, the unit's total
    const auto header = split(lines[0], ';');
    REQUIRE(header.size() == r.columns.size());
    CHECK(header[0] == "NIP");
    CHECK(header[1] == "Nama");
    CHECK(std::find(header.begin(), header.end(), "Hari kerja") != header.end());
    const auto siti = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
        return l.rfind("198503122010012003;", 0) == 0;
    });
    REQUIRE(siti != lines.end());
    const auto cells = split(*siti, ';');
    REQUIRE(cells.size() == header.size());
    CHECK(cells[1] == "Siti Rahmawati");
    CHECK(cells.back() == "13,0");  // a decimal comma, as the ';' locale reads numbers
    CHECK(split(lines.back(), ';')[0] == "Jumlah");

    const std::string english = render_report(r, {ReportFormat::Csv, ',', Language::En});
    const auto en_header = split(lines_of(english.substr(3))[0], ',');
    CHECK(en_header[1] == "Name");
    CHECK(std::find(en_header.begin(), en_header.end(), "Working days") != en_header.end());
    CHECK(english.find("13.0") != std::string::npos);
}

TEST_CASE("an XLSX report has typed cells, a frozen bold header and the filters above it") {
    ReportSeed s;
    const Report r = august_recap(s);
    const auto files = read_zip(render_report(r, {ReportFormat::Xlsx, ',', Language::Id}));
    REQUIRE(files.contains("xl/worksheets/sheet1.xml"));
    const std::string& sheet = files.at("xl/worksheets/sheet1.xml");
    const std::string& styles = files.at("xl/styles.xml");
    CHECK(files.at("xl/workbook.xml").find("name=\"Rekap kehadiran\"") != std::string::npos);
    CHECK(sheet.find("state=\"frozen\"") != std::string::npos);
    const auto cells = sheet_cells(sheet);
    CHECK(cells.at("A1").value == "Rekap kehadiran bulanan");
    // The filters, then a blank row, then the header.
    const std::size_t header_row = 1 + r.filters.size() + 2;
    const std::string h = std::to_string(header_row);
    CHECK(cells.at("A" + h).value == "NIP");
    CHECK(cells.at("E" + h).value == "Hari kerja");
    CHECK(styles.find("<b/>") != std::string::npos);
    // The first staff row: Dewi, by name. Numbers are numbers, not text.
    const std::string row = std::to_string(header_row + 1);
    CHECK(cells.at("B" + row).value == "Dewi Lestari");
    CHECK(cells.at("E" + row).type.empty());
    CHECK(cells.at("E" + row).value == "19");
    CHECK(cells.at("A" + row).type == "inlineStr");  // an NIP stays text: no lost digits

    // A date is a date: a serial number with a date format.
    ReportFilterText none;
    const Report cases = must_report(s.run(ReportKind::Discipline, none));
    const auto case_cells =
        sheet_cells(read_zip(render_report(cases, {ReportFormat::Xlsx, ',', Language::En}))
                        .at("xl/worksheets/sheet1.xml"));
    const std::string first = std::to_string(1 + cases.filters.size() + 3);
    const SheetCell& opened = case_cells.at("B" + first);  // "opened_date"
    CHECK(opened.type.empty());
    CHECK(opened.value == "46281");  // 16 September 2026 as an Excel serial
    const auto case_files = read_zip(render_report(cases, {ReportFormat::Xlsx, ',', Language::En}));
    CHECK(number_format(case_files.at("xl/styles.xml"), opened.style) == "yyyy-mm-dd");
}

TEST_CASE(
    "GET /v1/reports answers hr and oversight for every unit and a supervisor for their "
    "own units only") {
    ReportSeed s;
    const std::string hr = s.f.enroll(s.f.hr);
    const std::string oversight = s.f.enroll(s.f.oversight);
    const std::string& head_a = s.phone_a->token();

    for (const std::string* token : {&hr, &oversight}) {
        const auto all =
            s.f.request("GET", "/v1/reports/attendance-recap?month=2026-08", "", *token);
        REQUIRE(all.status == 200);
        CHECK(body_of(all)["count"] == 4);
    }
    const auto own = s.f.request("GET", "/v1/reports/attendance-recap?month=2026-08", "", head_a);
    REQUIRE(own.status == 200);
    const json own_body = body_of(own);
    CHECK(own_body["count"] == 3);
    for (const auto& row : own_body["rows"])
        CHECK(row["unit_id"] == s.f.unit_a);

    // Editing the address to another unit does not show it.
    for (const char* kind :
         {"attendance-recap", "pp94", "discipline", "predikat", "ikm", "completeness"}) {
        INFO(kind);
        const auto other = s.f.request(
            "GET", std::string("/v1/reports/") + kind + "?unit=" + s.f.unit_b, "", head_a);
        CHECK(other.status == 403);
        CHECK(body_of(other)["error"]["code"] == "outside_scope");
        const auto mine = s.f.request(
            "GET", std::string("/v1/reports/") + kind + "?unit=" + s.f.unit_a, "", head_a);
        CHECK(mine.status == 200);
        const auto hr_view =
            s.f.request("GET", std::string("/v1/reports/") + kind + "?unit=" + s.f.unit_b, "", hr);
        CHECK(hr_view.status == 200);
        CHECK(s.f.request("GET", std::string("/v1/reports/") + kind).status == 401);
    }
    // Without a unit filter a supervisor gets only their own units.
    const auto pp94 = s.f.request("GET", "/v1/reports/pp94?year=2026", "", s.phone_b->token());
    REQUIRE(pp94.status == 200);
    CHECK(body_of(pp94)["count"] == 0);

    CHECK(s.f.request("GET", "/v1/reports/gaji", "", hr).status == 404);
    CHECK(s.f.request("GET", "/v1/reports/attendance-recap?month=2026-8", "", hr).status == 400);
    CHECK(s.f.request("GET", "/v1/reports/attendance-recap?unit=x", "", hr).status == 404);
    CHECK(s.f.request("GET", "/v1/reports/ikm?format=pdf", "", hr).status == 400);
}

TEST_CASE("a report download is named, typed and audited") {
    ReportSeed s;
    const std::string hr = s.f.enroll(s.f.hr);
    const auto csv = s.f.request(
        "GET", "/v1/reports/attendance-recap?month=2026-08&format=csv&sep=%3B&lang=en", "", hr);
    REQUIRE(csv.status == 200);
    CHECK(csv.content_type == "text/csv; charset=utf-8");
    CHECK(csv.body.rfind("\xEF\xBB\xBFNIP;Name;", 0) == 0);
    bool named = false;
    for (const auto& [name, value] : csv.headers)
        named = named || (name == "Content-Disposition" &&
                          value == "attachment; filename=\"pantau-attendance-recap-2026-08.csv\"");
    CHECK(named);
    const auto xlsx = s.f.request("GET", "/v1/reports/predikat?period=2026-Q3&format=xlsx", "", hr);
    REQUIRE(xlsx.status == 200);
    CHECK(xlsx.content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(read_zip(xlsx.body).contains("xl/worksheets/sheet1.xml"));

    std::vector<AuditEntry> audit;
    s.f.store->read([&](ServerTransaction& tx) { audit = tx.audit_after(0, 1000); });
    int reports = 0;
    for (const auto& e : audit)
        if (e.action == "report")
            ++reports;
    CHECK(reports == 2);
}
