#include "report/report_render.h"

#include "service/table.h"

namespace pantau::server {

namespace {

using nlohmann::json;

const std::string& label(const ReportColumn& c, Language language) {
    return language == Language::En ? c.label_en : c.label_id;
}

const std::string& title(const Report& r, Language language) {
    return language == Language::En ? r.title_en : r.title_id;
}

}  // namespace

std::optional<ReportFormat> report_format_from_string(std::string_view text) {
    if (text == "json")
        return ReportFormat::Json;
    if (text == "csv")
        return ReportFormat::Csv;
    if (text == "xlsx")
        return ReportFormat::Xlsx;
    return std::nullopt;
}

std::optional<Language> language_from_string(std::string_view text) {
    if (text.empty() || text == "id")
        return Language::Id;
    if (text == "en")
        return Language::En;
    return std::nullopt;
}

std::string_view content_type(ReportFormat format) {
    switch (format) {
        case ReportFormat::Json:
            return "application/json";
        case ReportFormat::Csv:
            return "text/csv; charset=utf-8";
        case ReportFormat::Xlsx:
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return "application/octet-stream";
}

std::string file_name(const Report& report, ReportFormat format, std::string_view stem) {
    std::string name = "pantau-" + std::string(to_string(report.kind));
    if (!stem.empty())
        name += "-" + std::string(stem);
    for (auto& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-')
            ch = '-';
    switch (format) {
        case ReportFormat::Json:
            return name + ".json";
        case ReportFormat::Csv:
            return name + ".csv";
        case ReportFormat::Xlsx:
            return name + ".xlsx";
    }
    return name;
}

json flat_cell(const json& row, const ReportColumn& column, Language language) {
    const json& value = report_cell(row, column.key);
    if (value.is_boolean())
        return language == Language::En ? (value.get<bool>() ? "Yes" : "No")
                                        : (value.get<bool>() ? "Ya" : "Tidak");
    if (value.is_object() || value.is_array())
        return value.dump();
    return value;
}

std::string render_report(const Report& report, const RenderOptions& options) {
    if (options.format == ReportFormat::Xlsx)
        return report_detail::render_xlsx(report, options.language);
    if (options.format == ReportFormat::Csv) {
        Table table;
        for (const auto& c : report.columns)
            table.columns.push_back(label(c, options.language));
        const auto add = [&](const json& row, bool total) {
            std::vector<json> cells;
            for (const auto& c : report.columns)
                cells.push_back(flat_cell(row, c, options.language));
            // A total says so in its first empty text cell.
            if (total)
                for (std::size_t i = 0; i < cells.size(); ++i)
                    if (report.columns[i].type == CellType::Text && cells[i].is_null()) {
                        cells[i] = options.language == Language::En ? "Total" : "Jumlah";
                        break;
                    }
            table.add({}, std::move(cells));
        };
        for (const auto& row : report.rows)
            add(row, false);
        for (const auto& row : report.totals)
            add(row, true);
        return render_csv(table, {options.separator, true, options.separator == ';'});
    }
    json filters = json::array();
    for (const auto& f : report.filters)
        filters.push_back(
            {{"label", options.language == Language::En ? f.label_en : f.label_id},
             {"value",
              options.language == Language::En && !f.value_en.empty() ? f.value_en : f.value}});
    json columns = json::array();
    for (const auto& c : report.columns)
        columns.push_back({{"key", c.key}, {"label", label(c, options.language)}});
    const json body = {
        {"report", to_string(report.kind)}, {"title", title(report, options.language)},
        {"filters", std::move(filters)},    {"columns", std::move(columns)},
        {"count", report.rows.size()},      {"rows", report.rows},
        {"totals", report.totals}};
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace pantau::server
