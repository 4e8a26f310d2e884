// Every export is a table: named columns, one JSON value per cell, and a sort
// key per row so that two exports of the same data are byte-equal. This file
// writes a table out as CSV or JSON.
#pragma once

#include <nlohmann/json.hpp>
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

// RFC 4180 with CRLF, the header row first, and cells guarded against
// spreadsheet formulas.
std::string render_csv(const Table& table);

// {"type", "columns", "count", "rows": [{column: value}]}.
std::string render_json(const Table& table, std::string_view type);

}  // namespace pantau::server
