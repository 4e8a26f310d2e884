#include "admin/commands.h"

#include <algorithm>
#include <functional>
#include <iostream>
#include <span>
#include <string_view>

#include "admin/arguments.h"
#include "admin/command_handlers.h"
#include "admin/command_run.h"
#include "store/server_store.h"

namespace pantau::server {

namespace {

using nlohmann::json;

struct Command {
    std::vector<std::string_view> words;
    std::string_view synopsis;
    std::vector<FlagSpec> flags;
    std::vector<std::string_view> required;
    std::size_t min_positional = 0;
    std::size_t max_positional = 0;
    std::function<int(Run&)> run;
};

const std::vector<Command>& commands() {
    static const FlagSpec kStore{"store"};
    static const FlagSpec kJson{"json", false};
    static const std::vector<Command> table = {
        {{"demo-data"},
         "demo-data [--store URL] [--no-history] [--json]   (--no-history: the kabupaten, its "
         "staff and users only)",
         {kStore, kJson, {"no-history", false}},
         {},
         0,
         0,
         run_demo_data},
        {{"unit", "add"},
         "unit add [--store URL] --name N --kind K [--parent ID] [--timezone Asia/Jakarta] "
         "[--json]",
         {kStore, kJson, {"name"}, {"kind"}, {"parent"}, {"timezone"}},
         {"name", "kind"},
         0,
         0,
         run_unit_add},
        {{"unit", "pattern"},
         "unit pattern [--store URL] --unit ID --from YYYY-MM-DD --days MON,TUE,...,SAT [--json]   "
         "(the days of the week the unit works from that date; Perpres 21/2023 Pasal 7 ayat (1))",
         {kStore, kJson, {"unit"}, {"from"}, {"days"}},
         {"unit", "from", "days"},
         0,
         0,
         run_unit_pattern},
        {{"unit", "move"},
         "unit move [--store URL] --unit ID --parent ID [--json]   (with every unit under it)",
         {kStore, kJson, {"unit"}, {"parent"}},
         {"unit", "parent"},
         0,
         0,
         run_unit_move},
        {{"employee", "move"},
         "employee move [--store URL] --nip NIP --unit ID [--json]",
         {kStore, kJson, {"nip"}, {"unit"}},
         {"nip", "unit"},
         0,
         0,
         run_employee_move},
        {{"employee", "deactivate"},
         "employee deactivate [--store URL] --nip NIP [--json]",
         {kStore, kJson, {"nip"}},
         {"nip"},
         0,
         0,
         run_employee_deactivate},
        {{"employee", "import"},
         "employee import [--store URL] FILE.csv [--json]   (columns: "
         "nip,name,kind,golongan,jabatan,unit_id)",
         {kStore, kJson},
         {},
         1,
         1,
         run_employee_import},
        {{"user", "add"},
         "user add [--store URL] --name N --role supervisor|hr|oversight [--unit ID ...] "
         "[--login LOGIN] [--json]",
         {kStore, kJson, {"name"}, {"role"}, {"unit", true, true}, {"login"}},
         {"name", "role"},
         0,
         0,
         run_user_add},
        {{"user", "passwd"},
         "user passwd [--store URL] --login LOGIN [--json]   (the new password is read from "
         "standard input)",
         {kStore, kJson, {"login"}},
         {"login"},
         0,
         0,
         run_user_passwd},
        {{"enroll-code"},
         "enroll-code [--store URL] --user ID [--ttl 72h] [--tls-cert FILE] [--json]",
         {kStore, kJson, {"user"}, {"ttl"}, {"tls-cert"}},
         {"user"},
         0,
         0,
         run_enroll_code},
        {{"device", "list"},
         "device list [--store URL] [ID] [--json]",
         {kStore, kJson},
         {},
         0,
         1,
         run_device_list},
        {{"device", "revoke"},
         "device revoke [--store URL] ID [--json]",
         {kStore, kJson},
         {},
         1,
         1,
         run_device_revoke},
        {{"export"},
         "export [--store URL] --type attendance|discipline|evaluation|survey|conflicts|rejected "
         "--format csv|json|xlsx [--sep ';'] [--lang id|en] [--unit ID] [--from DATE --to DATE]"
         "   (xlsx: redirect to a file)",
         {kStore, {"type"}, {"format"}, {"unit"}, {"from"}, {"to"}, {"sep"}, {"lang"}},
         {"type", "format"},
         0,
         0,
         run_export},
        {{"report"},
         "report KIND [--store URL] [--unit ID] [--month YYYY-MM | --year YYYY | --period P | "
         "--date YYYY-MM-DD] [--org-rating BAIK] [--format json|csv|xlsx] [--sep ';'] "
         "[--lang id|en] [--out FILE]   (KIND: attendance-recap, pp94, discipline, predikat, ikm, "
         "completeness, training)",
         {kStore,
          {"unit"},
          {"month"},
          {"year"},
          {"period"},
          {"date"},
          {"org-rating"},
          {"format"},
          {"sep"},
          {"lang"},
          {"out"}},
         {},
         1,
         1,
         run_report_command},
        {{"catalogue", "import"},
         "catalogue import [--store URL] FILE.json [--json]   (holidays, discipline_deadlines, "
         "pp94_absence_thresholds)",
         {kStore, kJson},
         {},
         1,
         1,
         run_catalogue_import},
        {{"catalogue", "list"},
         "catalogue list [--store URL] [--json]",
         {kStore, kJson},
         {},
         0,
         0,
         run_catalogue_list},
        {{"period", "close"},
         "period close [--store URL] --kind attendance|evaluation --month YYYY-MM|--period P "
         "[--grace 72h] [--by NAME] [--json]",
         {kStore, kJson, {"kind"}, {"month"}, {"period"}, {"grace"}, {"by"}},
         {"kind"},
         0,
         0,
         run_period_close},
        {{"period", "reopen"},
         "period reopen [--store URL] --kind attendance|evaluation --month YYYY-MM|--period P "
         "[--json]",
         {kStore, kJson, {"kind"}, {"month"}, {"period"}},
         {"kind"},
         0,
         0,
         run_period_reopen},
        {{"period", "list"},
         "period list [--store URL] [--json]",
         {kStore, kJson},
         {},
         0,
         0,
         run_period_list},
        {{"backup"},
         "backup [--store URL] --to FILE [--json]   (while the server runs, too)",
         {kStore, kJson, {"to"}},
         {"to"},
         0,
         0,
         run_backup},
        {{"restore"},
         "restore [--store URL] --from FILE [--json]   (with the server stopped)",
         {kStore, kJson, {"from"}},
         {"from"},
         0,
         0,
         run_restore},
        {{"migrate"},
         "migrate --from URL --to URL [--json]   (with the servers stopped; the target new "
         "and empty)",
         {kJson, {"from"}, {"to"}},
         {"from", "to"},
         0,
         0,
         run_migrate},
    };
    return table;
}

std::string synopses(std::string_view first_word = {}) {
    std::string text = "usage:\n";
    for (const auto& c : commands())
        if (first_word.empty() || c.words.front() == first_word)
            text += "  pantau-server " + std::string(c.synopsis) + '\n';
    return text;
}

int usage_error(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                const std::string& message, const std::string& usage) {
    err << "pantau-server: " << message << '\n' << usage;
    if (std::find(args.begin(), args.end(), "--json") != args.end())
        out << print({{"error", {{"code", "usage"}, {"message", message}}}}) << '\n';
    return 2;
}

}  // namespace

bool is_admin_command(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    for (const auto& c : commands())
        if (c.words.front() == args.front())
            return true;
    return false;
}

int run_admin_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    return run_admin_command(args, out, err, std::cin);
}

int run_admin_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err,
                      std::istream& in) {
    if (!is_admin_command(args))
        return usage_error(args, out, err,
                           args.empty() ? "no command given" : "unknown command " + args.front(),
                           synopses());
    const Command* command = nullptr;
    for (const auto& c : commands()) {
        if (c.words.size() > args.size())
            continue;
        if (std::equal(c.words.begin(), c.words.end(), args.begin()))
            command = &c;
    }
    if (!command) {
        const std::string what = args.size() > 1 ? "unknown command " + args[0] + " " + args[1]
                                                 : args[0] + " needs a subcommand";
        return usage_error(args, out, err, what, synopses(args.front()));
    }
    const std::string usage = "usage: pantau-server " + std::string(command->synopsis) + '\n';
    const std::span<const std::string> rest(args.begin() + command->words.size(), args.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
        std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
        out << usage;
        return 0;
    }

    auto parsed = parse_arguments(rest, command->flags);
    if (!parsed)
        return usage_error(args, out, err, parsed.error().message, usage);
    for (auto flag : command->required)
        if (!parsed->has(flag))
            return usage_error(args, out, err, "--" + std::string(flag) + " is required", usage);
    const std::size_t positional = parsed->positional.size();
    if (positional < command->min_positional)
        return usage_error(args, out, err, "an argument is missing", usage);
    if (positional > command->max_positional)
        return usage_error(args, out, err, "unexpected argument " + parsed->positional.back(),
                           usage);

    Run run(std::move(*parsed), out, err, in);
    try {
        return command->run(run);
    } catch (const StoreError& e) {
        return run.fail({e.code(), e.what()});
    } catch (const std::exception& e) {
        return run.fail({"store_error", std::string("the store failed: ") + e.what()});
    }
}

std::string admin_synopses() {
    return synopses().substr(std::string_view("usage:\n").size());
}

}  // namespace pantau::server
