// `pantau-server migrate --from URL --to URL`: the whole store moved to
// another kind of store (store/store_move.h), then a line per table with
// its row count and checksum on both sides; exit 1 when any differ. The
// target gets an audit line naming the move once the counts agree.
#include <cstdio>

#include "admin/command_handlers.h"
#include "store/pg_server_store.h"
#include "store/store_move.h"

namespace pantau::server {

int run_migrate(Run& run) {
    const std::string from_url = *run.args.value("from");
    const std::string to_url = *run.args.value("to");
    if (from_url == to_url)
        return run.fail({"same_store", "--from and --to name the same store."});
    const auto from = open_store(from_url);
    const auto to = open_store(to_url);
    const auto moved = move_store(*from, *to);
    if (!moved)
        return run.fail(moved.error());

    nlohmann::json tables = nlohmann::json::array();
    std::string text;
    char line[256];
    std::snprintf(line, sizeof line, "%-18s %10s %10s  %-16s %-16s\n", "table", "from", "to",
                  "checksum (from)", "checksum (to)");
    text += line;
    for (const auto& t : moved->tables) {
        tables.push_back({{"table", t.table},
                          {"from", {{"rows", t.from.rows}, {"checksum", t.from.checksum}}},
                          {"to", {{"rows", t.to.rows}, {"checksum", t.to.checksum}}},
                          {"same", t.same()}});
        std::snprintf(line, sizeof line, "%-18s %10llu %10llu  %.16s %.16s%s\n", t.table.c_str(),
                      static_cast<unsigned long long>(t.from.rows),
                      static_cast<unsigned long long>(t.to.rows), t.from.checksum.c_str(),
                      t.to.checksum.c_str(), t.same() ? "" : "  DIFFERS");
        text += line;
    }
    const nlohmann::json result = {{"from", redact_store_url(from_url)},
                                   {"to", redact_store_url(to_url)},
                                   {"rows", moved->rows()},
                                   {"same", moved->same()},
                                   {"tables", tables}};
    if (!moved->same()) {
        if (!run.json_output)
            run.err << text;
        return run.fail({"move_differs",
                         "The target's tables differ from what was read from the source; "
                         "do not use the target. Each table's counts are in the output."},
                        {{"tables", tables}});
    }
    to->write([&](ServerTransaction& tx) {
        audit(tx, "migrate", {{"from", redact_store_url(from_url)}, {"rows", moved->rows()}});
    });
    return run.done(result, text + "moved " + std::to_string(moved->rows()) +
                                " rows; every table has the same count and checksum on both "
                                "sides\n");
}

}  // namespace pantau::server
