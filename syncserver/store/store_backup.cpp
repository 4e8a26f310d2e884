#include "store/store_backup.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "store/server_schema.h"
#include "store/sqlite_server_store.h"

namespace pantau::server {

namespace {

namespace fs = std::filesystem;

Error not_a_store(const std::string& path, const std::string& why) {
    return Error{"not_a_store", path + " is not a Pantau server store: " + why};
}

// Copies all of `from` into `to` in one step: one read transaction on the
// source (a consistent moment, writers elsewhere carry on) and one write
// transaction on the destination (all of it or nothing).
void copy_database(sqlite::Database& from, sqlite::Database& to) {
    sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        throw sqlite::Error(sqlite3_extended_errcode(to.handle()),
                            std::string("backup: ") + sqlite3_errmsg(to.handle()));
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE)
        throw sqlite::Error(step, std::string("backup: ") + sqlite3_errstr(step));
    if (finish != SQLITE_OK)
        throw sqlite::Error(finish, std::string("backup: ") + sqlite3_errstr(finish));
}

void remove_database_files(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path + suffix, ignored);
}

// Removes a scratch database when it goes out of scope, whatever happened.
struct ScratchFile {
    std::string path;
    explicit ScratchFile(std::string p) : path(std::move(p)) { remove_database_files(path); }
    ~ScratchFile() { remove_database_files(path); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
};

bool has_table(sqlite::Database& db, std::string_view name) {
    auto s = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    s.bind(1, name);
    return s.step();
}

std::optional<std::string> meta_value(sqlite::Database& db, std::string_view key) {
    auto s = db.prepare("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

// The checks of inspect_store_file on an open database.
Result<StoreFileInfo> inspect(sqlite::Database& db, const std::string& path) {
    StoreFileInfo info;
    try {
        auto check = db.prepare("PRAGMA quick_check");
        if (!check.step() || check.text(0) != "ok")
            return not_a_store(path, "SQLite finds it damaged");
        info.schema = db.user_version();
    } catch (const sqlite::Error& e) {
        return not_a_store(path,
                           std::string("it is not a readable SQLite database (") + e.what() + ")");
    }
    for (const char* table :
         {"records", "record_history", "push_batches", "meta", "users", "devices", "audit"})
        if (!has_table(db, table))
            return not_a_store(path, std::string("it has no table ") + table);
    if (info.schema < 1)
        return not_a_store(path, "it has no schema version");
    if (info.schema > server_schema_version())
        return not_a_store(path, "its schema (version " + std::to_string(info.schema) +
                                     ") is newer than this program's (version " +
                                     std::to_string(server_schema_version()) + ")");
    info.store.id = meta_value(db, "store_id").value_or("");
    const auto generation = meta_value(db, "store_generation").value_or("1");
    info.store.generation = std::max<std::int64_t>(1, std::atoll(generation.c_str()));
    info.records = db.scalar_int("SELECT count(*) FROM records");
    return info;
}

sqlite::Database open_existing(const std::string& path, bool read_only) {
    sqlite::OpenOptions options;
    options.create = false;
    options.read_only = read_only;
    options.busy_timeout_ms = 10'000;
    return sqlite::Database::open(path, options);
}

// The live store is opened for writing (a WAL database is read best so); a
// backup file only for reading.
Result<StoreFileInfo> inspect_file(const std::string& path, bool read_only) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        return not_a_store(path, "there is no such file");
    try {
        auto db = open_existing(path, read_only);
        return inspect(db, path);
    } catch (const sqlite::Error& e) {
        return not_a_store(path, std::string("it cannot be opened (") + e.what() + ")");
    }
}

}  // namespace

std::optional<std::string> sqlite_path_of(const std::string& store_url) {
    constexpr std::string_view kSqlite = "sqlite:";
    if (store_url.starts_with(kSqlite) && store_url.size() > kSqlite.size())
        return store_url.substr(kSqlite.size());
    return std::nullopt;
}

Result<StoreFileInfo> inspect_store_file(const std::string& path) {
    return inspect_file(path, true);
}

Result<StoreFileInfo> backup_store(const std::string& store_path, const std::string& to) {
    std::error_code error;
    if (fs::exists(to, error))
        return Error{"backup_exists", to + " already exists; a backup never overwrites a file."};
    auto live = inspect_file(store_path, false);
    if (!live)
        return live.error();
    const ScratchFile partial(to + ".partial");
    try {
        {
            auto source = open_existing(store_path, false);
            sqlite::OpenOptions options;
            options.busy_timeout_ms = 10'000;
            auto target = sqlite::Database::open(partial.path, options);
            copy_database(source, target);
            // One self-contained file: no -wal beside it to lose when copied.
            target.exec("PRAGMA journal_mode = DELETE");
        }
        auto copied = inspect_store_file(partial.path);
        if (!copied)
            return copied.error();
        fs::rename(partial.path, to, error);
        if (error)
            return Error{"backup_failed", "cannot name the backup " + to + ": " + error.message()};
        return copied;
    } catch (const sqlite::Error& e) {
        const auto failure = sqlite::to_error(e);
        return Error{failure.code, "the backup failed: " + failure.message};
    }
}

Result<RestoreInfo> restore_store(
    const std::string& store_path, const std::string& from,
    const std::function<void(ServerTransaction&, const RestoreInfo&)>& in_same_change) {
    auto backup = inspect_store_file(from);
    if (!backup)
        return backup.error();
    RestoreInfo info;
    std::error_code error;
    if (fs::exists(store_path, error)) {
        auto replaced = inspect_file(store_path, false);
        if (!replaced)
            return Error{"not_a_store", "the store to restore over is not one: " +
                                            replaced.error().message + "; move it away first."};
        info.replaced = replaced->store;
    }
    const ScratchFile staged(store_path + ".restoring");
    try {
        {
            auto source = open_existing(from, true);
            auto target = sqlite::Database::open(staged.path);
            copy_database(source, target);
            auto migrated = sqlite::migrate(target, server_migrations());
            if (!migrated)
                return migrated.error();
            auto restored = inspect(target, from);
            if (!restored)
                return restored.error();
            const std::int64_t generation =
                std::max(restored->store.generation,
                         info.replaced ? info.replaced->generation : std::int64_t{0}) +
                1;
            target.prepare("UPDATE meta SET value = ?1 WHERE key = 'store_generation'")
                .bind(1, std::to_string(generation))
                .run();
            restored->store.generation = generation;
            info.restored = *restored;
        }
        if (in_same_change) {
            SqliteServerStore store(staged.path);
            store.write([&](ServerTransaction& tx) { in_same_change(tx, info); });
        }
        auto source = open_existing(staged.path, false);
        sqlite::OpenOptions options;
        options.busy_timeout_ms = 10'000;
        auto live = sqlite::Database::open(store_path, options);
        copy_database(source, live);
        return info;
    } catch (const sqlite::Error& e) {
        const auto failure = sqlite::to_error(e);
        return Error{failure.code,
                     "the restore failed, the store is unchanged: " + failure.message};
    }
}

}  // namespace pantau::server
