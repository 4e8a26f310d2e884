#include "store/sqlite.h"

#include <utility>

namespace pantau::sqlite {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view context) {
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw Error(db ? sqlite3_extended_errcode(db) : rc, message);
}

}  // namespace

pantau::Error to_error(const Error& e) {
    if (e.is_storage_full())
        return {"storage_full",
                "The storage is full; nothing was changed. Free some space and retry."};
    if (e.is_busy())
        return {"storage_busy", "The database is busy; retry shortly."};
    return {"storage_error", e.what()};
}

// ---- Statement ----

Statement::Statement(Database& db, std::string_view sql) : db_(db.handle()) {
    const int rc =
        sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        fail(db_, rc, "prepare");
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK)
        fail(db_, rc, "bind");
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    check(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    check(sqlite3_bind_null(stmt_, index));
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(db_);
    std::string message = std::string("step: ") + sqlite3_errmsg(db_);
    sqlite3_reset(stmt_);
    throw Error(code, message);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}
std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
             : std::string();
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
    if (is_null(column))
        return std::nullopt;
    return int64(column);
}

// ---- Database ----

Database Database::open(const std::string& path, const OpenOptions& options) {
    sqlite3* db = nullptr;
    int flags = options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.read_only)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message =
            "open " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        sqlite3_close_v2(db);
        throw Error(code, message);
    }
    sqlite3_extended_result_codes(db, 1);
    Database database(db, path);
    sqlite3_busy_timeout(db, options.busy_timeout_ms);
    database.exec("PRAGMA foreign_keys = ON");
    if (!options.read_only && path != ":memory:" && !path.empty()) {
        database.exec("PRAGMA journal_mode = WAL");
    }
    // FULL: an acknowledged change survives a power cut, not only a crash.
    database.exec(options.durability == Durability::Full ? "PRAGMA synchronous = FULL"
                                                         : "PRAGMA synchronous = NORMAL");
    return database;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

void Database::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = "exec: " + std::string(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        throw Error(sqlite3_extended_errcode(db_), what);
    }
}

std::int64_t Database::scalar_int(std::string_view sql) {
    Statement s(*this, sql);
    return s.step() ? s.int64(0) : 0;
}

std::int64_t Database::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    return sqlite3_changes(db_);
}
int Database::user_version() {
    return static_cast<int>(scalar_int("PRAGMA user_version"));
}

// ---- Transaction ----

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_)
        return;
    try {
        db_.exec("ROLLBACK");
    } catch (const Error&) {
        // The transaction may already be gone after an I/O error; nothing more to undo.
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

// ---- Migrations ----

Result<int> migrate(Database& db, std::span<const Migration> migrations, int up_to) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    const int target = up_to < 0 ? latest : up_to;
    int current = db.user_version();
    if (current > latest) {
        return pantau::Error{"schema_too_new", "The database schema (version " +
                                                   std::to_string(current) +
                                                   ") is newer than this program (version " +
                                                   std::to_string(latest) + ")."};
    }
    try {
        for (const auto& m : migrations) {
            if (m.version <= current || m.version > target)
                continue;
            Transaction tx(db);
            db.exec(m.sql);
            db.exec("PRAGMA user_version = " + std::to_string(m.version));
            tx.commit();
            current = m.version;
        }
    } catch (const Error& e) {
        return to_error(e);
    }
    return current;
}

}  // namespace pantau::sqlite
