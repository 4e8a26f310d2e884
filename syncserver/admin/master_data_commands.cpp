// `pantau-server unit add|move` and `employee import|move|deactivate`:
// master data from the command line, written as server changes that devices
// pull. Each change is audited; doing again what is done already writes nothing.
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

int run_unit_move(Run& run) {
    const std::string unit_id = *run.args.value("unit");
    const std::string parent_id = *run.args.value("parent");
    auto moved = write<UnitMove>(run.store(), [&](ServerTransaction& tx) {
        auto move = move_unit(tx, unit_id, parent_id, now_ms());
        if (move && move->changed)
            audit(tx, "unit_move",
                  {{"unit_id", unit_id},
                   {"from_parent", move->from_parent},
                   {"to_parent", move->to_parent},
                   {"units", move->units.size()}});
        return move;
    });
    if (!moved)
        return run.fail(moved.error());
    const std::string text =
        moved->changed
            ? "Unit " + unit_id + " moved under " + parent_id + " (" +
                  std::to_string(moved->units.size()) + " unit(s) with it).\n"
            : "Unit " + unit_id + " is under " + parent_id + " already; nothing changed.\n";
    return run.done({{"unit_id", unit_id},
                     {"from_parent", moved->from_parent},
                     {"to_parent", moved->to_parent},
                     {"units", moved->units},
                     {"changed", moved->changed}},
                    text);
}

int run_unit_pattern(Run& run) {
    const std::string unit_id = *run.args.value("unit");
    const auto from = Date::parse(*run.args.value("from"));
    if (!from)
        return run.fail({"invalid_date", "--from must be a date YYYY-MM-DD."});
    Problems problems;
    json days = json::array();
    std::string text = *run.args.value("days");
    for (std::size_t start = 0; start <= text.size();) {
        const auto comma = std::min(text.find(',', start), text.size());
        std::string code = text.substr(start, comma - start);
        for (char& c : code)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        days.push_back(code);
        start = comma + 1;
    }
    const auto weeks =
        read_work_weeks(json::array({{{"from", from->iso()}, {"days", days}}}), problems, "--days");
    if (!problems.empty() || weeks.size() != 1)
        return run.fail({"invalid_days",
                         "--days lists days of the week such as "
                         "MON,TUE,WED,THU,FRI,SAT, each once."});
    auto changed = write<WorkWeekChange>(run.store(), [&](ServerTransaction& tx) {
        auto change = set_work_week(tx, unit_id, weeks.front(), now_ms());
        if (change && change->changed)
            audit(
                tx, "unit_pattern",
                {{"unit_id", unit_id}, {"from", from->iso()}, {"days", weeks.front().days_text()}});
        return change;
    });
    if (!changed)
        return run.fail(changed.error());
    std::string out = changed->changed ? "Working pattern of unit " + unit_id + " set:\n"
                                       : "Unit " + unit_id + " has that pattern already:\n";
    for (const auto& w : changed->weeks)
        out += "  from " + w.from.iso() + ": " + w.days_text() + "\n";
    return run.done({{"unit_id", unit_id},
                     {"work_weeks", work_weeks_json(changed->weeks)},
                     {"changed", changed->changed}},
                    out);
}

namespace {

int finish_employee_change(Run& run, const std::string& nip, const Result<EmployeeChange>& change,
                           const std::string& done_text, const std::string& unchanged_text) {
    if (!change)
        return run.fail(change.error());
    return run.done({{"id", change->id},
                     {"nip", nip},
                     {"from_unit", change->from_unit},
                     {"to_unit", change->to_unit},
                     {"changed", change->changed}},
                    (change->changed ? done_text : unchanged_text) + "\n");
}

}  // namespace

int run_employee_move(Run& run) {
    const std::string nip = *run.args.value("nip");
    const std::string unit_id = *run.args.value("unit");
    auto moved = write<EmployeeChange>(run.store(), [&](ServerTransaction& tx) {
        auto change = move_employee(tx, nip, unit_id, now_ms());
        if (change && change->changed)
            audit(tx, "employee_move",
                  {{"nip", nip}, {"from_unit", change->from_unit}, {"to_unit", change->to_unit}});
        return change;
    });
    return finish_employee_change(
        run, nip, moved,
        "Employee " + nip + " moved to unit " + unit_id +
            "; what was recorded stays in the old unit.",
        "Employee " + nip + " is in unit " + unit_id + " already; nothing changed.");
}

int run_employee_deactivate(Run& run) {
    const std::string nip = *run.args.value("nip");
    auto done = write<EmployeeChange>(run.store(), [&](ServerTransaction& tx) {
        auto change = deactivate_employee(tx, nip, now_ms());
        if (change && change->changed)
            audit(tx, "employee_deactivate", {{"nip", nip}, {"unit_id", change->from_unit}});
        return change;
    });
    return finish_employee_change(
        run, nip, done, "Employee " + nip + " is inactive: off the roll call, their records kept.",
        "Employee " + nip + " is inactive already; nothing changed.");
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
