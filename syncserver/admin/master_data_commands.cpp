// `pantau-server unit add` and `employee import`: master data from the
// command line, written as server changes that devices pull.
#include <cctype>
#include <fstream>
#include <iterator>

#include "admin/command_handlers.h"
#include "admin/employee_import.h"
#include "org/timezone.h"
#include "org/unit.h"
#include "service/master_data.h"

namespace pantau::server {

namespace {

using nlohmann::json;

}  // namespace

int run_unit_add(Run& run) {
    Unit unit;
    unit.name = *run.args.value("name");
    unit.kind = *run.args.value("kind");
    for (char& c : unit.kind)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    unit.parent_id = run.args.value("parent");
    unit.timezone = run.args.value("timezone").value_or(std::string(kFallbackTimeZone));
    auto id = write<std::string>(run.store(), [&](ServerTransaction& tx) {
        auto added = add_unit(tx, unit, now_ms());
        if (added)
            audit(tx, "unit_add", {{"unit_id", *added}, {"name", unit.name}, {"kind", unit.kind}});
        return added;
    });
    if (!id)
        return run.fail(id.error());
    return run.done({{"id", *id},
                     {"name", unit.name},
                     {"kind", unit.kind},
                     {"parent_id", unit.parent_id ? json(*unit.parent_id) : json(nullptr)},
                     {"timezone", unit.timezone}},
                    "Unit added: " + *id + "  " + unit.name + " (" + unit.kind + ")\n");
}

int run_employee_import(Run& run) {
    const std::string& path = run.args.positional.front();
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return run.fail({"cannot_read_file", "cannot read " + path});
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};

    ImportReport report;
    auto written =
        write<std::size_t>(run.store(), [&](ServerTransaction& tx) -> Result<std::size_t> {
            report = import_employees(tx, text, now_ms());
            if (!report.ok())
                return Error{"import_failed", "nothing was imported"};
            audit(tx, "employee_import", {{"file", path}, {"rows", report.ids.size()}});
            return report.ids.size();
        });
    json errors = json::array();
    for (const auto& e : report.errors)
        errors.push_back({{"line", e.line}, {"message", e.message}});
    if (!written) {
        for (const auto& e : report.errors)
            run.err << path << (e.line > 0 ? ":" + std::to_string(e.line) : "") << ": " << e.message
                    << '\n';
        const std::size_t bad = report.errors.size();
        return run.fail(
            {"import_failed", path + ": " + std::to_string(bad) +
                                  (bad == 1 ? " problem" : " problems") + "; nothing was imported"},
            {{"imported", 0}, {"ids", json::array()}, {"errors", errors}});
    }
    return run.done({{"imported", report.ids.size()},
                     {"unchanged", report.unchanged},
                     {"ids", report.ids},
                     {"errors", errors}},
                    "Imported " + std::to_string(report.ids.size()) + " employee(s) from " + path +
                        " (" + std::to_string(report.unchanged) + " unchanged).\n");
}

}  // namespace pantau::server
