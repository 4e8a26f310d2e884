// Exports for central HR and payroll: the current records of one kind, or
// the conflict and rejection logs, as CSV or JSON, filtered by unit subtree
// and date range. Used by `pantau-server export` and GET /v1/export.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "core/date.h"
#include "core/result.h"
#include "http/message.h"
#include "report/report_render.h"
#include "store/server_store.h"

namespace pantau::server {

enum class ExportType { Attendance, Discipline, Evaluation, Survey, Conflicts, Rejected };
enum class ExportFormat { Csv, Json, Xlsx };

std::optional<ExportType> export_type_from_string(std::string_view text);
std::optional<ExportFormat> export_format_from_string(std::string_view text);

struct ExportQuery {
    ExportType type = ExportType::Attendance;
    ExportFormat format = ExportFormat::Csv;
    std::optional<std::string> unit;  // this unit and its sub-units
    std::optional<Date> from;         // inclusive
    std::optional<Date> to;           // inclusive
    char separator = ',';             // CSV only: ',' ';' or '\t' (service/table.h)
    // CSV headers in a language (column labels) instead of the column
    // names programs read; XLSX is always labelled (Indonesian by default).
    std::optional<Language> language;
};

struct ExportResult {
    std::string content_type;  // CSV, JSON or XLSX
    std::string body;
    std::size_t rows = 0;
};

// `visible` limits the units the caller may see (nullopt: all).
Result<ExportResult> export_records(ServerTransaction& tx, const ExportQuery& query,
                                    const std::optional<std::set<std::string>>& visible);

// Whether an export is sent in pieces: attendance as CSV with column names or JSON.
bool streams(const ExportQuery& query);

// The attendance export (CSV or JSON) as a body made a day at a time, byte
// for byte what export_records() gives, in bounded memory: each piece is
// read in a transaction of its own. The unit filter is checked first.
// `finished` is called with the number of rows once the last piece is made.
Result<std::shared_ptr<BodySource>> stream_attendance_export(
    ServerStore& store, const ExportQuery& query,
    const std::optional<std::set<std::string>>& visible,
    std::function<void(std::size_t rows)> finished = {});

}  // namespace pantau::server
