// `pantau-server report KIND`: a report for central HR printed on stdout or
// written to a file, with a line in the audit trail.
#include <fstream>

#include "admin/command_handlers.h"
#include "report/report.h"
#include "report/report_render.h"
#include "service/table.h"

namespace pantau::server {

int run_report_command(Run& run) {
    const std::string kind_text = run.args.positional.at(0);
    const std::string format_text = run.args.value("format").value_or("json");
    run.json_output = format_text == "json";
    const auto kind = report_kind_from_string(kind_text);
    if (!kind)
        return run.fail({"bad_report_query",
                         "KIND must be attendance-recap, pp94, discipline, predikat, ikm, "
                         "completeness or training, not '" +
                             kind_text + "'"});
    const auto format = report_format_from_string(format_text);
    if (!format)
        return run.fail(
            {"bad_report_query", "--format must be json, csv or xlsx, not '" + format_text + "'"});
    const auto sep_text = run.args.value("sep").value_or(",");
    const auto separator = csv_separator_from_string(sep_text);
    if (!separator)
        return run.fail(
            {"bad_report_query", "--sep must be ',', ';' or tab, not '" + sep_text + "'"});
    const auto lang_text = run.args.value("lang").value_or("id");
    const auto language = language_from_string(lang_text);
    if (!language)
        return run.fail({"bad_report_query", "--lang must be id or en, not '" + lang_text + "'"});
    const auto out_path = run.args.value("out");
    if (*format == ReportFormat::Xlsx && !out_path)
        return run.fail({"bad_report_query", "An XLSX report needs --out FILE.xlsx"});

    ReportFilterText filters;
    filters.unit = run.args.value("unit").value_or("");
    filters.month = run.args.value("month").value_or("");
    filters.year = run.args.value("year").value_or("");
    filters.period = run.args.value("period").value_or("");
    filters.date = run.args.value("date").value_or("");
    filters.org_rating = run.args.value("org-rating").value_or("");
    auto query = report_query(*kind, filters, now_ms());
    if (!query)
        return run.fail(query.error());

    std::optional<Result<Report>> report;
    run.store().read(
        [&](ServerTransaction& tx) { report.emplace(run_report(tx, *query, std::nullopt)); });
    if (!*report)
        return run.fail(report->error());
    const std::string body = render_report(**report, {*format, *separator, *language});
    run.store().write([&](ServerTransaction& tx) {
        audit(tx, "report",
              {{"kind", kind_text},
               {"format", format_text},
               {"unit", query->unit ? nlohmann::json(*query->unit) : nlohmann::json()},
               {"rows", (*report)->rows.size()}});
    });
    if (out_path) {
        std::ofstream file(*out_path, std::ios::binary | std::ios::trunc);
        file << body;
        file.close();
        if (!file)
            return run.fail({"write_failed", "Could not write " + *out_path});
        if (run.json_output)
            run.out << print({{"written", *out_path}, {"rows", (*report)->rows.size()}}) << '\n';
        else
            run.err << "Wrote " << (*report)->rows.size() << " rows to " << *out_path << '\n';
        return 0;
    }
    run.out << body;
    if (*format == ReportFormat::Json)
        run.out << '\n';
    return 0;
}

}  // namespace pantau::server
