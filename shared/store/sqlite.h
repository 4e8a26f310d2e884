// A small RAII layer over the sqlite3 C API, shared by the device store and
// the server's embedded store: a connection, prepared statements with
// parameter binding (the only way values reach SQL), a transaction scope and
// forward schema migrations. Failures throw sqlite::Error; stores catch it at
// their public boundary and turn it into a Result.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/result.h"

namespace pantau::sqlite {

class Error : public std::runtime_error {
  public:
    Error(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
    int code() const { return code_; }
    // The disk is full or the file cannot be written: the caller keeps its data and says so.
    bool is_storage_full() const { return (code_ & 0xff) == SQLITE_FULL; }
    bool is_busy() const {
        return (code_ & 0xff) == SQLITE_BUSY || (code_ & 0xff) == SQLITE_LOCKED;
    }

  private:
    int code_;
};

// Maps an exception from this layer to a protocol-style error.
pantau::Error to_error(const Error& e);

enum class Durability { Normal, Full };

struct OpenOptions {
    bool create = true;
    bool read_only = false;
    Durability durability = Durability::Full;
    int busy_timeout_ms = 5000;
};

class Database;

class Statement {
  public:
    Statement() = default;
    Statement(Database& db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQL "?1".
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, std::nullopt_t);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    template <typename... Args>
    Statement& bind_all(const Args&... args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // True while a row is available; false when done.
    bool step();
    // Runs to completion (for statements that return no rows).
    void run();
    void reset();

    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optional_text(int column) const;
    std::optional<std::int64_t> optional_int64(int column) const;

  private:
    void check(int rc) const;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
  public:
    static Database open(const std::string& path, const OpenOptions& options = {});
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    // Convenience for a single value ("SELECT count(*) ...").
    std::int64_t scalar_int(std::string_view sql);

    std::int64_t last_insert_rowid() const;
    int changes() const;
    int user_version();
    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }

  private:
    Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_ = nullptr;
    std::string path_;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless committed.
class Transaction {
  public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

// A forward migration: applying `sql` takes the schema from version - 1 to version.
struct Migration {
    int version;
    std::string_view sql;
};

// Applies, each in its own transaction, every migration above the database's
// user_version. Refuses a database newer than the code (downgrade).
Result<int> migrate(Database& db, std::span<const Migration> migrations, int up_to = -1);

}  // namespace pantau::sqlite
