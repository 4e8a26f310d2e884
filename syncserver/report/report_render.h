// A report written out for its reader: JSON for programs and the dashboard,
// CSV for any spreadsheet, XLSX for Excel with typed cells.
#pragma once

#include <string>
#include <string_view>

#include "report/report.h"

namespace pantau::server {

enum class ReportFormat { Json, Csv, Xlsx };
enum class Language { Id, En };

std::optional<ReportFormat> report_format_from_string(std::string_view text);  // json csv xlsx
std::optional<Language> language_from_string(std::string_view text);           // id en ("": id)

struct RenderOptions {
    ReportFormat format = ReportFormat::Json;
    char separator = ',';  // CSV: ',' ';' or '\t'; with ';' decimals take a comma, as Excel in
                           // an Indonesian locale reads them
    Language language = Language::Id;
};

std::string_view content_type(ReportFormat format);
// "rekap-kehadiran-2026-11.csv": a file name for a download.
std::string file_name(const Report& report, ReportFormat format, std::string_view stem);

// JSON: {"report", "title", "filters", "columns", "count", "rows", "totals"}.
// CSV: the header row (column labels in the language), the rows, then the
// totals, each with a byte-order mark and CRLF (service/table.h).
// XLSX: one sheet with the title and filters above a frozen bold header.
std::string render_report(const Report& report, const RenderOptions& options);

// The flat cell of `column` in `row` as CSV and XLSX show it: booleans as
// Ya/Tidak (Yes/No), nested values by their dotted key.
nlohmann::json flat_cell(const nlohmann::json& row, const ReportColumn& column, Language language);

namespace report_detail {
// xlsx.cpp: the workbook bytes; throws std::runtime_error when the library fails.
std::string render_xlsx(const Report& report, Language language);
}  // namespace report_detail

}  // namespace pantau::server
