// `pantau-server backup --to FILE` and `pantau-server restore --from FILE`
// (store/store_backup.h says how each stays whole), each with a line in the
// audit trail: the backup's in the store it copied, the restore's in the
// restored store, written with it.
#include "admin/command_handlers.h"
#include "store/store_backup.h"

namespace pantau::server {

namespace {

using nlohmann::json;

std::optional<std::string> store_path(Run& run) {
    return sqlite_path_of(run.args.value("store").value_or(std::string(kDefaultStore)));
}

const Error kNotSqlite{"bad_store_url", "backup and restore work on a sqlite:PATH store."};

}  // namespace

int run_backup(Run& run) {
    const auto path = store_path(run);
    if (!path)
        return run.fail(kNotSqlite);
    const std::string to = *run.args.value("to");
    (void)run.store();  // opens and migrates the store, so the backup holds its identity
    auto copied = backup_store(*path, to);
    if (!copied)
        return run.fail(copied.error());
    const json result = {{"to", to},
                         {"store", copied->store.to_json()},
                         {"schema", copied->schema},
                         {"records", copied->records}};
    run.store().write([&](ServerTransaction& tx) { audit(tx, "backup", result); });
    return run.done(result, "backed up " + std::to_string(copied->records) + " records to " + to +
                                " (store " + copied->store.id + ", generation " +
                                std::to_string(copied->store.generation) + ")\n");
}

int run_restore(Run& run) {
    const auto path = store_path(run);
    if (!path)
        return run.fail(kNotSqlite);
    const std::string from = *run.args.value("from");
    const auto detail = [&](const RestoreInfo& info) {
        return json{{"from", from},
                    {"store", info.restored.store.to_json()},
                    {"replaced", info.replaced ? info.replaced->to_json() : json(nullptr)},
                    {"records", info.restored.records}};
    };
    auto restored = restore_store(*path, from, [&](ServerTransaction& tx, const RestoreInfo& info) {
        audit(tx, "restore", detail(info));
    });
    if (!restored)
        return run.fail(restored.error());
    return run.done(detail(*restored),
                    "restored " + std::to_string(restored->restored.records) + " records from " +
                        from + "; the store is now generation " +
                        std::to_string(restored->restored.store.generation) +
                        ", and every device sends again what it holds of its own\n");
}

}  // namespace pantau::server
