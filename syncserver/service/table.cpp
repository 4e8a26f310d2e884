#include "service/table.h"

namespace pantau::server {

namespace {

using nlohmann::json;

// A cell a spreadsheet would run as a formula ("=HYPERLINK(...)") is kept as
// text by a leading apostrophe (the OWASP advice against CSV injection). A
// spreadsheet may split on any separator, not only the one this file uses
// (Excel in an Indonesian locale splits on ';'), so a cell holding any of
// them is quoted whole: "x;=HYPERLINK(...)" then stays one cell that starts
// with 'x', whichever separator the reader picks.
std::string csv_cell(const json& value, bool decimal_comma) {
    if (value.is_null())
        return {};
    if (value.is_number_float() && decimal_comma) {
        std::string text = value.dump();
        for (auto& ch : text)
            if (ch == '.')
                ch = ',';
        return text;
    }
    if (!value.is_string())
        return value.dump();
    std::string text = value.get<std::string>();
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        text.insert(text.begin(), '\'');
    if (text.find_first_of(",;\t\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted.push_back('"');
        quoted.push_back(c);
    }
    quoted.push_back('"');
    return quoted;
}

}  // namespace

std::optional<char> csv_separator_from_string(std::string_view text) {
    if (text == "," || text.empty())
        return ',';
    if (text == ";")
        return ';';
    if (text == "tab" || text == "\t")
        return '\t';
    return std::nullopt;
}

std::string csv_line(const std::vector<json>& cells, const CsvStyle& style) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.push_back(style.separator);
        out += csv_cell(cells[i], style.decimal_comma);
    }
    out += "\r\n";
    return out;
}

std::string render_csv(const Table& table, const CsvStyle& style) {
    std::string out = style.byte_order_mark ? "\xEF\xBB\xBF" : "";
    auto line = [&out, &style](const std::vector<json>& cells) { out += csv_line(cells, style); };
    line(std::vector<json>(table.columns.begin(), table.columns.end()));
    for (const auto& [key, cells] : table.rows)
        line(cells);
    return out;
}

std::string render_json(const Table& table, std::string_view type) {
    json rows = json::array();
    for (const auto& [key, cells] : table.rows) {
        json row = json::object();
        for (std::size_t i = 0; i < cells.size(); ++i)
            row[table.columns[i]] = cells[i];
        rows.push_back(std::move(row));
    }
    const json body = {{"type", type},
                       {"columns", table.columns},
                       {"count", table.rows.size()},
                       {"rows", std::move(rows)}};
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace pantau::server
