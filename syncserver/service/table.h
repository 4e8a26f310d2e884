// Every export is a table: named columns, one JSON value per cell, and a sort
// key per row so that two exports of the same data are byte-equal. This file
// writes a table out as CSV or JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pantau::server {

struct Table {
    std::vector<std::string> columns;
    std::vector<std::pair<std::vector<std::string>, std::vector<nlohmann::json>>> rows;

    void add(std::vector<std::string> key, std::vector<nlohmann::json> cells) {
        rows.emplace_back(std::move(key), std::move(cells));
    }
};

// How a CSV is written for the spreadsheet that opens it. Excel on a PC in an
// Indonesian locale splits on ';' and reads a file without a byte-order mark
// as the ANSI code page; with the mark and its separator it opens as columns
// with every name intact.
struct CsvStyle {
    char separator = ',';  // ',' ';' or '\t'
    bool byte_order_mark = true;
    // Fractions as "1,5": the decimal mark of the locale that splits on ';'.
    bool decimal_comma = false;
};

// The separator a `sep` option names (",", ";", "tab"), or nothing.
std::optional<char> csv_separator_from_string(std::string_view text);

// RFC 4180 with CRLF, the header row first, and cells guarded against
// spreadsheet formulas.
std::string render_csv(const Table& table, const CsvStyle& style = {});

// One row of cells as a CSV line (with its CRLF).
std::string csv_line(const std::vector<nlohmann::json>& cells, const CsvStyle& style);

// {"type", "columns", "count", "rows": [{column: value}]}.
std::string render_json(const Table& table, std::string_view type);

}  // namespace pantau::server
