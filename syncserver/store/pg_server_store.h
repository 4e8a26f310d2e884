// The central store on PostgreSQL, for several pantau-server processes on
// one database (behind a load balancer) or one process that wants
// PostgreSQL's replication and backups.
//
// Every write transaction, in every process, first takes one advisory lock
// (pg_advisory_xact_lock) and holds it until it commits. Writes therefore
// commit one after another, as in the SQLite store, and everything that
// store promises follows from the same code: a record's commit position is
// max + 1 taken under the lock, so positions are given out in commit order
// and a pull cursor can never pass a position that a slower transaction
// fills in later; a merge reads the record it replaces under the lock, so
// two processes never both merge against the same old version. Each process
// groups the writes waiting for it into one transaction (group commit), so
// the lock and the commit's flush are paid once for many pushes. Reads take
// a REPEATABLE READ snapshot, never wait for the lock, and scale with the
// processes.
//
// Connections come from a bounded pool. When the database cannot be
// reached, a call throws StoreError (answered 503) and drops the
// connection; the next call connects again, so the server recovers by
// itself once the database is back.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/group_commit.h"
#include "store/server_store.h"

namespace pantau::server {

struct PgConnection;  // store/pg_connection.h

struct PgStoreOptions {
    std::size_t max_connections = 8;  // per process, the group commit's one among them
    std::size_t max_group = 64;
    int pool_wait_ms = 10'000;     // a request waits this long for a free connection, then 503
    int lock_timeout_ms = 10'000;  // a write waits this long for the write lock, then 503
};

class PgServerStore final : public ServerStore {
  public:
    // `url`: postgresql://user[:password]@host[:port]/database[?param=value...]
    // (postgres:// too; a Unix-socket directory as host=/path or %2F-encoded
    // in the host part). Migrates the schema, under an advisory lock so that
    // processes starting together migrate once. Throws StoreError.
    explicit PgServerStore(const std::string& url, PgStoreOptions options = {});
    ~PgServerStore() override;

    void write(const std::function<void(ServerTransaction&)>& work) override;
    void read(const std::function<void(ServerTransaction&)>& work) override;

    std::uint64_t write_transactions() const { return group_commit_.groups(); }

  private:
    void run_group(std::span<GroupCommit::Job* const> group);
    std::unique_ptr<PgConnection> take();
    void give_back(std::unique_ptr<PgConnection> connection);
    void migrate();

    std::string conninfo_;
    PgStoreOptions options_;
    GroupCommit group_commit_;

    std::mutex pool_mutex_;
    std::condition_variable pool_free_;
    std::vector<std::unique_ptr<PgConnection>> idle_;
    std::size_t open_ = 0;  // connections handed out or idle
};

// The libpq connection string of a store URL, with a connect timeout and
// the application name added unless given; StoreError bad_store_url when
// libpq cannot read it.
std::string pg_conninfo(const std::string& url);

// The URL with any password replaced by "***", for logs and messages.
std::string redact_store_url(const std::string& url);

}  // namespace pantau::server
