// A SQLite connection of the central store with its prepared statements.
// Shared by the store (store/sqlite_server_store.cpp: the writer, the pool
// of readers, group commit) and the queries (store/sqlite_transaction.cpp).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "store/server_store.h"
#include "store/sqlite.h"

namespace pantau::server {

// A connection with its prepared statements, each compiled once.
struct SqliteConnection {
    sqlite::Database db;
    std::map<std::string, sqlite::Statement, std::less<>> statements;

    sqlite::Statement& sql(std::string_view text) {
        auto it = statements.find(text);
        if (it == statements.end())
            it = statements.emplace(std::string(text), db.prepare(text)).first;
        it->second.reset();
        return it->second;
    }

    // A statement left mid-rows would hold its read snapshot past the end of
    // the transaction; every transaction ends with all of them reset.
    void reset_all() {
        for (auto& [text, statement] : statements)
            statement.reset();
    }
};

// The store's queries on `c`, inside the transaction its caller opened.
std::unique_ptr<ServerTransaction> sqlite_transaction(SqliteConnection& c);

}  // namespace pantau::server
