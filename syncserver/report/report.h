// Central HR's and oversight's reports over the central store: the month's
// attendance recap for payroll, PP 94 indications, the discipline case
// register, the predikat distribution, the IKM per unit, and how complete the
// roll calls are, and each employee's JP of competency development. One module, used by
// `pantau-server report`, GET /v1/reports/KIND and the dashboard, so the three never disagree.
// Every number comes from a rule in shared/ (attendance_recap.h, pp94_indication.h,
// case_progress.h, predikat_distribution.h, ikm.h, training_hours.h) with the catalogues in
// force; the store answers index ranges (ServerTransaction::attendance_between)
// instead of handing over every record.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

enum class ReportKind { AttendanceRecap, Pp94, Discipline, Predikat, Ikm, Completeness, Training };

std::span<const ReportKind> all_report_kinds();
std::string_view to_string(ReportKind kind);  // "attendance-recap", ...
std::optional<ReportKind> report_kind_from_string(std::string_view text);

// The filters as a user types them (a command's flags, a query string);
// empty means not given.
struct ReportFilterText {
    std::string unit;
    std::string month;       // YYYY-MM
    std::string year;        // YYYY
    std::string period;      // an evaluation period: YYYY, YYYY-Qn, YYYY-MM
    std::string date;        // YYYY-MM-DD
    std::string org_rating;  // predikat: the organisation's rating (predikat_curve)
};

// A report's filters, checked. Each kind reads the range it needs and
// defaults it from `now` when not given (the current month, year or day;
// for predikat and IKM the last whole quarter).
struct ReportQuery {
    ReportKind kind = ReportKind::AttendanceRecap;
    std::optional<std::string> unit;  // this unit and its sub-units
    std::optional<std::string> month;
    std::optional<int> year;
    std::optional<std::string> period;
    std::optional<Date> date;
    std::string org_rating = "BAIK";
    std::int64_t now = 0;  // Unix ms: "today" at each unit, and the time printed
};

// "bad_report_query" naming the filter that is malformed or not for this kind.
Result<ReportQuery> report_query(ReportKind kind, const ReportFilterText& text, std::int64_t now);

enum class CellType { Text, Integer, Number, Date, Timestamp, Flag };

struct ReportColumn {
    std::string key;  // a row's field; "days.HADIR" is the HADIR field of the row's "days"
    std::string label_id;
    std::string label_en;
    CellType type = CellType::Text;
};

// What a report states about itself, printed above its table.
struct ReportFilter {
    std::string label_id;
    std::string label_en;
    std::string value;     // in Indonesian where it is words
    std::string value_en;  // empty: the same as `value`
};

struct Report {
    ReportKind kind = ReportKind::AttendanceRecap;
    std::string title_id;
    std::string title_en;
    std::vector<ReportFilter> filters;
    std::vector<ReportColumn> columns;
    std::vector<nlohmann::json> rows;    // objects
    std::vector<nlohmann::json> totals;  // objects under the same columns, after the rows
    // Series for charts beside the table (the recap's daily trend per unit);
    // in the JSON form, not in CSV or XLSX.
    nlohmann::json series = nlohmann::json::object();
};

// `visible` is the units the caller may see (nullopt: every unit); a unit
// filter outside it is refused ("outside_scope"), an unknown one
// "unknown_unit".
Result<Report> run_report(ServerTransaction& tx, const ReportQuery& query,
                          const std::optional<std::set<std::string>>& visible);

// The value of `key` in `row`, following dots into nested objects; null when absent.
const nlohmann::json& report_cell(const nlohmann::json& row, std::string_view key);

}  // namespace pantau::server
