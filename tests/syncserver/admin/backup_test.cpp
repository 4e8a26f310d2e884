// `pantau-server backup` and `restore` on a scratch SQLite store.
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "admin_fixture.h"
#include "store/sqlite.h"
#include "store/store_backup.h"

using namespace pantau;
using namespace pantau::server;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

bool has_unit(const std::string& url, const std::string& id) {
    bool found = false;
    open_store(url)->read(
        [&](ServerTransaction& tx) { found = tx.current("unit", id).has_value(); });
    return found;
}

sync::StoreIdentity identity_of(const std::string& url) {
    sync::StoreIdentity identity;
    open_store(url)->read([&](ServerTransaction& tx) { identity = tx.identity(); });
    return identity;
}

std::vector<std::string> audit_actions(const std::string& url) {
    std::vector<std::string> actions;
    open_store(url)->read([&](ServerTransaction& tx) {
        for (const auto& entry : tx.audit_after(0, 1000))
            actions.push_back(entry.action);
    });
    return actions;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("a store has an id made once and generation 1") {
    AdminFixture f;
    const auto identity = identity_of(f.url());
    CHECK(identity.id.size() == 32);
    CHECK(identity.generation == 1);
    CHECK(identity_of(f.url()) == identity);
    AdminFixture other;
    CHECK(identity_of(other.url()).id != identity.id);
}

TEST_CASE("a backup taken while another connection holds a write open copies what was committed",
          "[sqlite]") {
    AdminFixture f;
    const std::string kept = f.add_unit("Kabupaten Sukamaju", "PEMDA");
    auto store = f.open();  // the server, serving
    auto writer = sqlite::Database::open((f.dir() / "x.db").string());
    writer.exec("BEGIN IMMEDIATE");
    writer.exec("UPDATE meta SET value = 'half-done' WHERE key = 'store_id'");
    writer.exec("DELETE FROM records");

    // The other writer gives up its transaction a moment later; the backup
    // copies at once, and its audit line waits for the write lock.
    std::thread other([&writer] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        writer.exec("ROLLBACK");
    });
    const std::string to = (f.dir() / "backup.db").string();
    const Outcome o = f.run({"backup", "--to", to, "--json"});
    other.join();
    INFO(o.err);
    REQUIRE(o.code == 0);
    CHECK(o.json().at("records") == 1);

    const auto copied = inspect_store_file(to);
    REQUIRE(copied);
    CHECK(copied->store == identity_of(f.url()));
    CHECK(copied->records == 1);
    CHECK(has_unit("sqlite:" + to, kept));
    CHECK_FALSE(std::filesystem::exists(to + "-wal"));  // one self-contained file
    CHECK_FALSE(std::filesystem::exists(to + ".partial"));
    CHECK(contains(audit_actions(f.url()), "backup"));

    // A backup never overwrites a file.
    const Outcome again = f.run({"backup", "--to", to});
    CHECK(again.code == 1);
    CHECK(again.err.find("already exists") != std::string::npos);
}

TEST_CASE("a restore puts the backup back under a generation no device has seen", "[sqlite]") {
    AdminFixture f;
    const std::string before = f.add_unit("Kabupaten Sukamaju", "PEMDA");
    const std::string to = (f.dir() / "backup.db").string();
    REQUIRE(f.run({"backup", "--to", to}).code == 0);
    const std::string after = f.add_unit("Kabupaten Cibeureum", "PEMDA");
    const auto original = identity_of(f.url());

    const Outcome o = f.run({"restore", "--from", to, "--json"});
    INFO(o.err);
    REQUIRE(o.code == 0);
    CHECK(o.json().at("store").at("generation") == 2);
    CHECK(has_unit(f.url(), before));
    CHECK_FALSE(has_unit(f.url(), after));
    CHECK(identity_of(f.url()) == sync::StoreIdentity{original.id, 2});
    CHECK(contains(audit_actions(f.url()), "restore"));
    CHECK_FALSE(std::filesystem::exists(f.dir() / "x.db.restoring"));

    // The same backup again: the generation still goes up.
    REQUIRE(f.run({"restore", "--from", to}).code == 0);
    CHECK(identity_of(f.url()).generation == 3);
}

TEST_CASE("a restore from a file that is not a Pantau store is refused and changes nothing",
          "[sqlite]") {
    AdminFixture f;
    const std::string unit = f.add_unit("Kabupaten Sukamaju", "PEMDA");
    const auto identity = identity_of(f.url());
    const std::string foreign = (f.dir() / "foreign.db").string();
    sqlite::Database::open(foreign).exec("CREATE TABLE notes (text TEXT)");
    for (const std::string& from :
         {f.write_file("junk.db", "this is not a database at all"), f.write_file("empty.db", ""),
          foreign, (f.dir() / "missing.db").string()}) {
        INFO(from);
        const Outcome o = f.run({"restore", "--from", from, "--json"});
        CHECK(o.code == 1);
        CHECK(o.json().at("error").at("code") == "not_a_store");
        CHECK(o.err.find("is not a Pantau server store") != std::string::npos);
        CHECK(identity_of(f.url()) == identity);
        CHECK(has_unit(f.url(), unit));
    }
    CHECK_FALSE(contains(audit_actions(f.url()), "restore"));
}
