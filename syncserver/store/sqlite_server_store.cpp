#include "store/sqlite_server_store.h"

#include <chrono>
#include <exception>
#include <map>

#include "store/server_schema.h"
#include "store/sqlite_connection.h"

namespace pantau::server {

namespace {

std::unique_ptr<SqliteConnection> open_connection(const std::string& path, bool writer) {
    sqlite::OpenOptions options;
    options.durability = sqlite::Durability::Full;
    options.busy_timeout_ms = 10'000;
    auto c = std::make_unique<SqliteConnection>(
        SqliteConnection{sqlite::Database::open(path, options), {}});
    if (!writer)
        c->db.exec("PRAGMA query_only = ON");
    return c;
}

// Ends a transaction that already failed; a second failure adds nothing to report.
void roll_back(SqliteConnection& c) {
    c.reset_all();
    try {
        c.db.exec("ROLLBACK");
    } catch (const sqlite::Error&) {
    }
}

StoreError store_error(const sqlite::Error& e) {
    const auto error = sqlite::to_error(e);
    return StoreError(error.code, error.message);
}

}  // namespace

SqliteServerStore::SqliteServerStore(const std::string& path, std::size_t max_group)
    : path_(path), group_commit_(max_group) {
    try {
        writer_ = open_connection(path, true);
        auto migrated = sqlite::migrate(writer_->db, server_migrations());
        if (!migrated)
            throw StoreError(migrated.error().code, migrated.error().message);
    } catch (const sqlite::Error& e) {
        throw store_error(e);
    }
}

SqliteServerStore::~SqliteServerStore() = default;

std::uint64_t SqliteServerStore::write_transactions() const {
    return group_commit_.groups();
}

void SqliteServerStore::write(const std::function<void(ServerTransaction&)>& work) {
    group_commit_.submit(work,
                         [this](std::span<GroupCommit::Job* const> group) { run_group(group); });
}

// One transaction for the group, a savepoint for each job.
void SqliteServerStore::run_group(std::span<GroupCommit::Job* const> group) {
    auto& db = writer_->db;
    try {
        sqlite::Transaction transaction(db);
        for (GroupCommit::Job* job : group) {
            db.exec("SAVEPOINT job");
            try {
                (*job->work)(*sqlite_transaction(*writer_));
                writer_->reset_all();
                db.exec("RELEASE job");
            } catch (const sqlite::Error& e) {
                job->error = std::make_exception_ptr(store_error(e));
                writer_->reset_all();
                db.exec("ROLLBACK TO job");
                db.exec("RELEASE job");
            } catch (...) {
                job->error = std::current_exception();
                writer_->reset_all();
                db.exec("ROLLBACK TO job");
                db.exec("RELEASE job");
            }
        }
        writer_->reset_all();
        transaction.commit();
    } catch (const sqlite::Error& e) {
        writer_->reset_all();
        // The commit (or the transaction around the jobs) failed: none of
        // their work is kept, and every one of them hears why.
        const auto failure = std::make_exception_ptr(store_error(e));
        for (GroupCommit::Job* job : group)
            job->error = failure;
    }
}

std::unique_ptr<SqliteConnection> SqliteServerStore::take_reader() {
    {
        std::lock_guard lock(read_mutex_);
        if (!readers_.empty()) {
            auto reader = std::move(readers_.back());
            readers_.pop_back();
            return reader;
        }
    }
    return open_connection(path_, false);
}

void SqliteServerStore::give_back(std::unique_ptr<SqliteConnection> reader) {
    std::lock_guard lock(read_mutex_);
    readers_.push_back(std::move(reader));
}

void SqliteServerStore::read(const std::function<void(ServerTransaction&)>& work) {
    std::unique_ptr<SqliteConnection> reader;
    try {
        reader = take_reader();
        reader->db.exec("BEGIN");
    } catch (const sqlite::Error& e) {
        throw store_error(e);
    }
    try {
        work(*sqlite_transaction(*reader));
        reader->reset_all();
        reader->db.exec("COMMIT");
    } catch (const sqlite::Error& e) {
        roll_back(*reader);
        give_back(std::move(reader));
        throw store_error(e);
    } catch (...) {
        roll_back(*reader);
        give_back(std::move(reader));
        throw;
    }
    give_back(std::move(reader));
}

}  // namespace pantau::server
