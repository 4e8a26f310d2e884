// The embedded SQLite central store. WAL with synchronous=FULL, so a write
// is on disk when write() returns. Concurrent writers share transactions
// (group commit): the first waiting caller becomes the leader, runs every
// queued callback in one transaction, each in its own savepoint, and pays for
// one fsync for all of them. Readers use a pool of their own connections and
// never wait for writers.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/group_commit.h"
#include "store/server_store.h"
#include "store/sqlite.h"

namespace pantau::server {

struct SqliteConnection;  // store/sqlite_connection.h

class SqliteServerStore final : public ServerStore {
  public:
    // Creates and migrates the database file on first use.
    explicit SqliteServerStore(const std::string& path, std::size_t max_group = 64);
    ~SqliteServerStore() override;

    void write(const std::function<void(ServerTransaction&)>& work) override;
    void read(const std::function<void(ServerTransaction&)>& work) override;

    // How many transactions the writes so far took (group commit shares them).
    std::uint64_t write_transactions() const;

  private:
    void run_group(std::span<GroupCommit::Job* const> group);
    std::unique_ptr<SqliteConnection> take_reader();
    void give_back(std::unique_ptr<SqliteConnection> reader);

    std::string path_;
    std::unique_ptr<SqliteConnection> writer_;
    GroupCommit group_commit_;

    std::mutex read_mutex_;
    std::vector<std::unique_ptr<SqliteConnection>> readers_;
};

}  // namespace pantau::server
