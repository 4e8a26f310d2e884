// Black-box: `pantau-server migrate` moves a store from PostgreSQL to SQLite
// and back, with the counts and checksums of every table alike on both
// sides, and a phone enrolled before the first move keeps syncing with each
// new store without enrolling again. Needs the test cluster: [postgresql].
#include <catch2/catch.hpp>
#include <set>

#include "kabupaten.h"
#include "store/server_store.h"
#include "support/scratch_store.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

json migrate(const std::string& from, const std::string& to, int expect_exit) {
    const auto result = run_server_command({"migrate", "--from", from, "--to", to, "--json"});
    INFO("stderr: " << result.err << "\nstdout: " << result.out);
    REQUIRE(result.exit_code == expect_exit);
    return json::parse(result.out);
}

// Every table listed, each with the same rows and checksum on both sides.
void check_same(const json& moved) {
    CHECK(moved.at("same") == true);
    REQUIRE(moved.at("tables").size() == store_tables().size());
    for (const auto& t : moved.at("tables")) {
        INFO(t.dump());
        CHECK(t.at("from") == t.at("to"));
        CHECK(t.at("same") == true);
    }
}

std::uint64_t rows_of(const json& moved, const std::string& table) {
    for (const auto& t : moved.at("tables"))
        if (t.at("table") == table)
            return t.at("from").at("rows").get<std::uint64_t>();
    FAIL("no table " << table);
    return 0;
}

sync::StoreIdentity identity_of(const std::string& url) {
    sync::StoreIdentity identity;
    open_store(url)->read([&](ServerTransaction& tx) { identity = tx.identity(); });
    return identity;
}

}  // namespace

TEST_CASE(
    "a store moved to SQLite and back keeps every row, and a phone syncs on without enrolling "
    "again",
    "[postgresql]") {
    REQUIRE(pantau::testing::test_store_kind() == pantau::testing::StoreKind::Postgresql);
    Kabupaten k;  // on PostgreSQL in this pass
    ServerProcess* serving = &k.server;
    // The phone reaches whichever server is current, as one address would.
    const auto transport = [&serving](const std::string& method, const std::string& target,
                                      const std::string& body,
                                      const std::string& token) -> std::optional<HttpResult> {
        Balancer one({serving}, 1);
        return one.transport()(method, target, body, token);
    };
    const auto unit = k.unit("PUSKESMAS", 0);
    auto phone = std::make_unique<TestDevice>(transport, k.new_code(k.supervisor_of(unit)),
                                              (k.dir.path() / "phone.db").string());
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    const auto staff = phone->store().list("employee", unit);
    REQUIRE(staff.size() >= 3);
    mark(*phone, unit, staff[0].id, "HADIR", now_ms());
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    const auto before = identity_of(k.store_url);
    REQUIRE(k.server.stop() == 0);

    // PostgreSQL to SQLite.
    const std::string on_sqlite = "sqlite:" + (k.dir.path() / "moved.db").string();
    const json there = migrate(k.store_url, on_sqlite, 0);
    check_same(there);
    CHECK(rows_of(there, "devices") >= 1);
    CHECK(rows_of(there, "push_batches") >= 1);
    CHECK(rows_of(there, "record_history") >= rows_of(there, "records"));
    CHECK(identity_of(on_sqlite).id == before.id);
    CHECK(identity_of(on_sqlite).generation == before.generation);

    ServerProcess sqlite_server(on_sqlite, {}, k.dir.path() / "sqlite.log");
    sqlite_server.start();
    serving = &sqlite_server;
    mark(*phone, unit, staff[1].id, "SAKIT", now_ms());
    INFO("stopped: " << phone->last_stop());
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    CHECK(phone->store().waiting_count() == 0);
    CHECK(phone->store().rejected().empty());
    REQUIRE(sqlite_server.stop() == 0);

    // And back, into a new PostgreSQL database.
    pantau::testing::test_pg_admin("CREATE DATABASE pantau_moved_back");
    struct Drop {
        ~Drop() {
            try {
                pantau::testing::test_pg_admin(
                    "DROP DATABASE IF EXISTS pantau_moved_back WITH (FORCE)");
            } catch (const std::exception&) {
            }
        }
    } drop;
    const std::string back = pantau::testing::test_pg_url("pantau_moved_back");
    const json returned = migrate(on_sqlite, back, 0);
    check_same(returned);
    CHECK(rows_of(returned, "records") == rows_of(there, "records") + 1);
    CHECK(identity_of(back).id == before.id);

    ServerProcess pg_server(back, {}, k.dir.path() / "back.log");
    pg_server.start();
    serving = &pg_server;
    mark(*phone, unit, staff[2].id, "IZIN", now_ms());
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    CHECK(phone->store().waiting_count() == 0);
    CHECK(phone->store().rejected().empty());
    // What the phone recorded in each store's time is in the last one.
    const auto exported =
        run_server_command({"export", "--store", back, "--type", "attendance", "--format", "json"});
    REQUIRE(exported.exit_code == 0);
    const json table = json::parse(exported.out);
    std::set<std::string> employees;
    for (const auto& row : table.at("rows"))
        employees.insert(row.at("employee_id").get<std::string>());
    for (int i = 0; i < 3; ++i)
        CHECK(employees.count(staff[static_cast<std::size_t>(i)].id) == 1);
    REQUIRE(pg_server.stop() == 0);

    // A store that holds data already is not a target: nothing is changed.
    const json refused = migrate(on_sqlite, back, 1);
    CHECK(refused.at("error").at("code") == "target_not_empty");
}
