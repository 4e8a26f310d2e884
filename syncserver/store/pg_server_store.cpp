#include "store/pg_server_store.h"

#include <libpq-fe.h>

#include <chrono>
#include <exception>
#include <pqxx/pqxx>

#include "store/pg_connection.h"
#include "store/pg_schema.h"
#include "store/store_rows.h"

namespace pantau::server {

namespace {

// Advisory lock keys: one for every write transaction, one for migrations.
constexpr std::int64_t kWriteLock = 0x70616e7461750001;    // "pantau" 1
constexpr std::int64_t kMigrateLock = 0x70616e7461750002;  // "pantau" 2

std::int64_t int64(const pqxx::field& f) {
    return f.is_null() ? 0 : f.as<std::int64_t>();
}

}  // namespace

std::string pg_conninfo(const std::string& url) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    if (!options) {
        std::string message = error ? error : "out of memory";
        PQfreemem(error);
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        throw StoreError("bad_store_url",
                         "The PostgreSQL store URL cannot be read: " + message + ".");
    }
    std::string out;
    bool has_timeout = false;
    bool has_name = false;
    const auto append = [&](const char* key, const char* value) {
        std::string quoted = "'";
        for (const char* p = value; *p; ++p) {
            if (*p == '\'' || *p == '\\')
                quoted += '\\';
            quoted += *p;
        }
        quoted += '\'';
        if (!out.empty())
            out += ' ';
        out += std::string(key) + '=' + quoted;
    };
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        has_timeout = has_timeout || std::string_view(o->keyword) == "connect_timeout";
        has_name = has_name || std::string_view(o->keyword) == "application_name";
        append(o->keyword, o->val);
    }
    PQconninfoFree(options);
    if (!has_timeout)
        append("connect_timeout", "5");
    if (!has_name)
        append("application_name", "pantau-server");
    return out;
}

std::string redact_store_url(const std::string& url) {
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return url;
    const auto authority = scheme + 3;
    const auto at = url.find('@', authority);
    const auto slash = url.find('/', authority);
    if (at == std::string::npos || (slash != std::string::npos && slash < at))
        return url;
    const auto colon = url.find(':', authority);
    if (colon == std::string::npos || colon > at)
        return url;
    return url.substr(0, colon + 1) + "***" + url.substr(at);
}

PgServerStore::PgServerStore(const std::string& url, PgStoreOptions options)
    : conninfo_(pg_conninfo(url)), options_(options), group_commit_(options.max_group) {
    if (options_.max_connections < 1)
        options_.max_connections = 1;
    migrate();
}

PgServerStore::~PgServerStore() = default;

// Each migration in its own transaction, all under a session advisory lock:
// a second process starting at the same time waits, then finds nothing to do.
void PgServerStore::migrate() {
    auto c = take();
    try {
        pqxx::nontransaction session(c->db);
        session.exec_params("SELECT pg_advisory_lock($1)", kMigrateLock);
        session.exec(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, "
            "applied_at bigint NOT NULL)");
        const auto migrations = pg_migrations();
        const std::int64_t latest = migrations.back().version;
        const std::int64_t current =
            int64(session.exec("SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0]);
        session.commit();
        const auto unlock = [&] {
            pqxx::nontransaction s(c->db);
            s.exec_params("SELECT pg_advisory_unlock($1)", kMigrateLock);
            s.commit();
        };
        if (current > latest) {
            unlock();
            give_back(std::move(c));
            throw StoreError("schema_too_new", "The database schema (version " +
                                                   std::to_string(current) +
                                                   ") is newer than this program (version " +
                                                   std::to_string(latest) + ").");
        }
        for (const auto& m : migrations) {
            if (m.version <= current)
                continue;
            pqxx::work step(c->db);
            step.exec(std::string(m.sql));
            step.exec_params("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                             std::int64_t{m.version}, rows::wall_ms());
            step.commit();
        }
        unlock();
    } catch (const StoreError&) {
        throw;
    } catch (const pqxx::failure& e) {
        throw pg_store_error(e);
    }
    give_back(std::move(c));
}

std::unique_ptr<PgConnection> PgServerStore::take() {
    {
        std::unique_lock lock(pool_mutex_);
        const bool free =
            pool_free_.wait_for(lock, std::chrono::milliseconds(options_.pool_wait_ms),
                                [&] { return !idle_.empty() || open_ < options_.max_connections; });
        if (!free)
            throw StoreError("storage_busy",
                             "Every database connection of this server is in use; retry shortly.");
        if (!idle_.empty()) {
            auto c = std::move(idle_.back());
            idle_.pop_back();
            return c;
        }
        ++open_;  // a place held for the connection made below
    }
    try {
        auto c = std::make_unique<PgConnection>(conninfo_);
        pqxx::nontransaction setup(c->db);
        setup.exec("SET lock_timeout = " + std::to_string(options_.lock_timeout_ms));
        setup.exec("SET idle_in_transaction_session_timeout = 60000");
        setup.commit();
        return c;
    } catch (const std::exception& e) {
        {
            std::lock_guard lock(pool_mutex_);
            --open_;
        }
        pool_free_.notify_one();
        throw pg_store_error(e);
    }
}

// A connection that broke is closed instead, making room for a new one.
void PgServerStore::give_back(std::unique_ptr<PgConnection> connection) {
    {
        std::lock_guard lock(pool_mutex_);
        if (connection && connection->db.is_open())
            idle_.push_back(std::move(connection));
        else
            --open_;
    }
    connection.reset();
    pool_free_.notify_one();
}

void PgServerStore::write(const std::function<void(ServerTransaction&)>& work) {
    group_commit_.submit(work,
                         [this](std::span<GroupCommit::Job* const> group) { run_group(group); });
}

void PgServerStore::run_group(std::span<GroupCommit::Job* const> group) {
    std::unique_ptr<PgConnection> c;
    try {
        c = take();
    } catch (const StoreError& e) {
        const auto failure = std::make_exception_ptr(e);
        for (GroupCommit::Job* job : group)
            job->error = failure;
        return;
    }
    try {
        pqxx::work transaction(c->db);
        transaction.exec_params("SELECT pg_advisory_xact_lock($1)", kWriteLock);
        for (GroupCommit::Job* job : group) {
            pqxx::subtransaction savepoint(transaction, "job");
            try {
                (*job->work)(*pg_transaction(*c, savepoint));
                savepoint.commit();
            } catch (const pqxx::broken_connection&) {
                throw;  // the whole group is lost
            } catch (const pqxx::failure& e) {
                job->error = std::make_exception_ptr(pg_store_error(e));
                savepoint.abort();
            } catch (...) {
                job->error = std::current_exception();
                savepoint.abort();
            }
        }
        transaction.commit();
    } catch (const std::exception& e) {
        // The transaction failed as a whole (or its commit did): none of
        // the group's work is kept, and every job hears why.
        const auto failure = std::make_exception_ptr(pg_store_error(e));
        for (GroupCommit::Job* job : group)
            job->error = failure;
    }
    give_back(std::move(c));
}

void PgServerStore::read(const std::function<void(ServerTransaction&)>& work) {
    auto c = take();
    try {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> transaction(c->db);
        work(*pg_transaction(*c, transaction));
        transaction.commit();
    } catch (const pqxx::failure& e) {
        give_back(std::move(c));
        throw pg_store_error(e);
    } catch (...) {
        give_back(std::move(c));
        throw;
    }
    give_back(std::move(c));
}

}  // namespace pantau::server
