#include "support/scratch_store.h"

#include <cstdlib>
#include <fstream>
#include <pqxx/pqxx>
#include <random>
#include <stdexcept>

namespace pantau::testing {

namespace {

std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::string socket_dir() {
    std::ifstream in(test_pg_folder() / "socket-dir");
    std::string dir;
    std::getline(in, dir);
    if (dir.empty())
        throw std::runtime_error("The test cluster in " + test_pg_folder().string() +
                                 " has not been started (scripts/pg-cluster.sh start).");
    return dir;
}

std::string percent_encoded(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string random_name() {
    std::random_device random;
    std::uniform_int_distribution<int> digit(0, 15);
    std::string name = "pantau_test_";
    for (int i = 0; i < 16; ++i)
        name += "0123456789abcdef"[digit(random)];
    return name;
}

}  // namespace

StoreKind test_store_kind() {
    return env("PANTAU_TEST_PG").empty() ? StoreKind::Sqlite : StoreKind::Postgresql;
}

std::filesystem::path test_pg_folder() {
    const std::string folder = env("PANTAU_TEST_PG");
    if (folder.empty())
        throw std::runtime_error("PANTAU_TEST_PG names no test cluster folder.");
    return folder;
}

std::string test_pg_url(const std::string& database) {
    return "postgresql://pantau@/" + database + "?host=" + percent_encoded(socket_dir());
}

void test_pg_admin(const std::string& sql) {
    pqxx::connection c("dbname=postgres user=pantau host='" + socket_dir() + "'");
    pqxx::nontransaction t(c);
    t.exec(sql);
    t.commit();
}

ScratchStore::ScratchStore(const std::filesystem::path& folder, const std::string& file_name)
    : kind_(test_store_kind()) {
    if (kind_ == StoreKind::Sqlite) {
        url_ = "sqlite:" + (folder / file_name).string();
        return;
    }
    database_ = random_name();
    test_pg_admin("CREATE DATABASE " + database_);
    url_ = test_pg_url(database_);
}

ScratchStore::~ScratchStore() {
    if (database_.empty())
        return;
    try {
        test_pg_admin("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster is gone already; it is thrown away as a whole.
    }
}

}  // namespace pantau::testing
