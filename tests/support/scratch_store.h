// The store a server test runs on: a SQLite file in the test's folder, or,
// when the test runs in the suite's PostgreSQL pass (PANTAU_TEST_PG names
// the folder of the throwaway cluster that scripts/pg-cluster.sh started),
// a database of its own in that
// cluster, made here and dropped when the ScratchStore goes. One suite,
// both stores: a test asks for a store URL and does not care which it is.
#pragma once

#include <filesystem>
#include <string>

namespace pantau::testing {

enum class StoreKind { Sqlite, Postgresql };

// Which store this test run is on.
StoreKind test_store_kind();

class ScratchStore {
  public:
    // `folder` holds the SQLite file (as `file_name`); a PostgreSQL
    // database ignores it.
    explicit ScratchStore(const std::filesystem::path& folder,
                          const std::string& file_name = "central.db");
    ~ScratchStore();
    ScratchStore(const ScratchStore&) = delete;
    ScratchStore& operator=(const ScratchStore&) = delete;

    const std::string& url() const { return url_; }
    StoreKind kind() const { return kind_; }

  private:
    StoreKind kind_;
    std::string url_;
    std::string database_;  // PostgreSQL: the database to drop
};

// PostgreSQL pass: the URL of the cluster's database `name`, and running
// one statement on the cluster's "postgres" database (for tests that make
// or break databases themselves).
std::string test_pg_url(const std::string& database);
void test_pg_admin(const std::string& sql);
// The throwaway cluster's folder (for tests that restart it).
std::filesystem::path test_pg_folder();

}  // namespace pantau::testing
