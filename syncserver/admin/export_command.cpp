// `pantau-server export`: an export for HR and payroll printed on stdout,
// with a line in the audit trail.
#include "admin/command_handlers.h"
#include "core/date.h"
#include "service/export.h"
#include "service/table.h"

namespace pantau::server {

namespace {

using nlohmann::json;

}  // namespace

int run_export(Run& run) {
    const std::string type_text = *run.args.value("type");
    const std::string format_text = *run.args.value("format");
    // Export has no --json; a JSON export reports its failures as JSON instead.
    run.json_output = format_text == "json";
    ExportQuery query;
    const auto type = export_type_from_string(type_text);
    if (!type)
        return run.fail({"bad_export_query",
                         "--type must be attendance, discipline, evaluation, survey, conflicts or "
                         "rejected, not '" +
                             type_text + "'"});
    const auto format = export_format_from_string(format_text);
    if (!format)
        return run.fail(
            {"bad_export_query", "--format must be csv, json or xlsx, not '" + format_text + "'"});
    query.type = *type;
    query.format = *format;
    const auto sep_text = run.args.value("sep").value_or(",");
    const auto separator = csv_separator_from_string(sep_text);
    if (!separator)
        return run.fail(
            {"bad_export_query", "--sep must be ',', ';' or tab, not '" + sep_text + "'"});
    query.separator = *separator;
    query.unit = run.args.value("unit");
    for (auto [flag, target] : {std::pair{"from", &query.from}, std::pair{"to", &query.to}}) {
        if (auto text = run.args.value(flag)) {
            *target = Date::parse(*text);
            if (!*target)
                return run.fail(
                    {"bad_export_query",
                     std::string("--") + flag + " takes a date YYYY-MM-DD, not '" + *text + "'"});
        }
    }
    const auto audit_export = [&](std::size_t rows) {
        run.store().write([&](ServerTransaction& tx) {
            audit(tx, "export",
                  {{"type", type_text},
                   {"format", format_text},
                   {"unit", query.unit ? json(*query.unit) : json(nullptr)},
                   {"from", query.from ? json(query.from->iso()) : json(nullptr)},
                   {"to", query.to ? json(query.to->iso()) : json(nullptr)},
                   {"rows", rows}});
        });
    };
    if (const auto lang = run.args.value("lang")) {
        query.language = language_from_string(*lang);
        if (!query.language)
            return run.fail({"bad_export_query", "--lang must be id or en, not '" + *lang + "'"});
    }
    if (streams(query)) {
        // Written a day at a time: a year of a kabupaten never sits in memory.
        std::size_t rows = 0;
        auto stream = stream_attendance_export(run.store(), query, std::nullopt,
                                               [&](std::size_t n) { rows = n; });
        if (!stream)
            return run.fail(stream.error());
        while (auto piece = (*stream)->next())
            run.out << *piece;
        if (*format == ExportFormat::Json)
            run.out << '\n';
        audit_export(rows);
        return 0;
    }
    std::optional<Result<ExportResult>> exported;
    run.store().read(
        [&](ServerTransaction& tx) { exported.emplace(export_records(tx, query, std::nullopt)); });
    if (!*exported)
        return run.fail(exported->error());
    audit_export((*exported)->rows);
    run.out << (*exported)->body;
    if (*format == ExportFormat::Json)
        run.out << '\n';
    return 0;
}

}  // namespace pantau::server
