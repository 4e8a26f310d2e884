// A PostgreSQL connection of the central store with the statements it has
// prepared, and what a database failure means to a caller. Shared by the
// store (store/pg_server_store.cpp: pool, migrations, transactions) and the
// queries (store/pg_transaction.cpp).
#pragma once

#include <exception>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/server_store.h"

namespace pantau::server {

// A connection with the statements it has prepared, each once.
struct PgConnection {
    explicit PgConnection(const std::string& conninfo) : db(conninfo) {}

    pqxx::connection db;
    std::unordered_map<std::string, std::string> names;  // SQL text -> statement name

    const std::string& prepared(std::string_view sql) {
        const std::string key(sql);
        auto it = names.find(key);
        if (it == names.end()) {
            std::string name = "s" + std::to_string(names.size());
            db.prepare(name, key);
            it = names.emplace(key, std::move(name)).first;
        }
        return it->second;
    }
};

// What a failure of the database means to the caller: 503 storage_unavailable,
// storage_busy or storage_full, or storage_error.
StoreError pg_store_error(const std::exception& e);

// The store's queries inside one open transaction on `c`.
std::unique_ptr<ServerTransaction> pg_transaction(PgConnection& c, pqxx::transaction_base& t);

}  // namespace pantau::server
