// The server's disk fills up: the fault VFS (SQLite's default VFS in this
// program) fails every write under the store's folder with SQLITE_FULL, as
// ENOSPC does. Pushes are then refused with 503 storage_full and a
// Retry-After, nothing is acknowledged that is not stored, the store stays
// as it was and readable, the phone (the real device store and sync engine,
// through the router) keeps its outbox, and once space returns the same push
// applies exactly once.

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "fixture.h"
#include "store/sqlite.h"
#include "support/fault_vfs.h"
#include "syncserver/blackbox/test_device.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

struct Exchange {
    std::string method;
    std::string target;
    std::string body;
    HttpResult answer;
};

// A phone's transport straight into the router; every exchange is logged.
Transport router_transport(Fixture& f, std::vector<Exchange>& log) {
    return [&f, &log](const std::string& method, const std::string& target, const std::string& body,
                      const std::string& token) -> std::optional<HttpResult> {
        const auto response = f.router->handle(http_request(method, target, body, token));
        HttpResult result{response.status, response.body, {}};
        for (const auto& [name, value] : response.headers) {
            std::string lower = name;
            for (auto& c : lower)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            result.headers[lower] = value;
        }
        log.push_back({method, target, body, result});
        return result;
    };
}

// Every row of every table of the database, as text.
std::string snapshot(const std::filesystem::path& path) {
    sqlite::OpenOptions options;
    options.create = false;
    auto db = sqlite::Database::open(path.string(), options);
    std::vector<std::string> tables;
    auto list = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (list.step())
        tables.push_back(list.text(0));
    std::string out;
    for (const auto& table : tables) {
        out += "[" + table + "]\n";
        sqlite3_stmt* rows = nullptr;
        const std::string sql = "SELECT * FROM \"" + table + "\"";
        REQUIRE(sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &rows, nullptr) == SQLITE_OK);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(rows); ++i) {
                const auto* text = sqlite3_column_text(rows, i);
                out += text ? reinterpret_cast<const char*>(text) : "NULL";
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(rows);
    }
    return out;
}

std::int64_t count_rows(const std::filesystem::path& path, const std::string& sql) {
    sqlite::OpenOptions options;
    options.create = false;
    auto db = sqlite::Database::open(path.string(), options);
    return db.scalar_int(sql);
}

struct DiskFull {
    explicit DiskFull(const std::filesystem::path& folder, std::int64_t room = 0) {
        pantau::testing::set_disk_full(true, folder, room);
    }
    ~DiskFull() { pantau::testing::set_disk_full(false); }
};

// The phone's store, outside the server's folder (its disk has room).
}  // namespace

TEST_CASE("while the server's disk is full pushes are refused and nothing is lost", "[sqlite]") {
    pantau::testing::install_fault_vfs();  // before the store opens, so that it opens on it
    Fixture f;
    const auto db = f.dir / "central.db";
    std::vector<Exchange> log;
    const PhoneFile file{f.dir.string() + "-phone.db"};
    TestDevice phone(router_transport(f, log), f.code_for(f.supervisor_a), file.path);
    REQUIRE(phone.sync(f.now) == SyncOutcome::Finished);
    const std::string other_code = f.code_for(f.supervisor_a);
    const std::string reader = f.enroll(f.supervisor_a);

    const Date day = *Date::parse("2026-11-23");
    const Attendance a{f.employee_a, day,          "HADIR", std::nullopt,
                       std::nullopt, std::nullopt, f.now,   std::nullopt};
    const auto id = attendance_id(f.unit_a, f.employee_a, day);
    auto change = phone.store().record({"attendance", id, f.unit_a, a.to_json()}, f.now);
    REQUIRE(change);
    REQUIRE(phone.store().waiting_count() == 1);

    const std::string before = snapshot(db);
    const auto refusals = pantau::testing::disk_full_refusals();
    log.clear();
    {
        DiskFull full(f.dir);
        CHECK(phone.sync(f.now, 2) == SyncOutcome::GaveUp);
        CHECK(phone.sync(f.now, 2) == SyncOutcome::GaveUp);

        int pushes = 0;
        for (const auto& exchange : log) {
            if (exchange.target != "/v1/sync/push")
                continue;
            ++pushes;
            INFO(exchange.answer.body);
            CHECK(exchange.answer.status == 503);
            CHECK(json::parse(exchange.answer.body).at("error").at("code") == "storage_full");
            CHECK(exchange.answer.headers.count("retry-after") == 1);
            CHECK(exchange.answer.body.find("applied") == std::string::npos);
            CHECK(json::parse(exchange.body).at("changes").at(0).at("version") == change->version);
        }
        CHECK(pushes >= 2);
        CHECK(pantau::testing::disk_full_refusals() > refusals);

        // The phone keeps its edit to send; the server stays readable and unchanged.
        CHECK(phone.store().waiting_count() == 1);
        CHECK(phone.store().outbox().at(0).change.version == change->version);
        const auto pulled = f.pull_all(reader);
        CHECK(pulled.size() > 0);
        for (const auto& c : pulled)
            CHECK(c.at("type") != "attendance");
        const auto enrol = f.request("POST", "/v1/enroll",
                                     json{{"code", other_code}, {"device_name", "b"}}.dump());
        CHECK(enrol.status == 503);
        CHECK(snapshot(db) == before);
    }

    // Space returns: the same push, retried, applies once.
    log.clear();
    REQUIRE(phone.sync(f.now) == SyncOutcome::Finished);
    CHECK(phone.store().waiting_count() == 0);
    int applied = 0;
    for (const auto& exchange : log)
        if (exchange.target == "/v1/sync/push") {
            REQUIRE(exchange.answer.status == 200);
            const auto results = json::parse(exchange.answer.body).at("results");
            REQUIRE(results.size() == 1);
            CHECK(results.at(0).at("status") == "applied");
            ++applied;
        }
    CHECK(applied == 1);
    REQUIRE(phone.sync(f.now) == SyncOutcome::Finished);
    CHECK(count_rows(db, "SELECT count(*) FROM records WHERE type = 'attendance'") == 1);
    CHECK(count_rows(db, "SELECT count(*) FROM record_history WHERE type = 'attendance'") == 1);
    CHECK(count_rows(db, "SELECT count(*) FROM push_batches WHERE device_id = '" +
                             phone.device_id() + "'") == 1);
    int seen = 0;
    for (const auto& c : f.pull_all(reader))
        if (c.at("type") == "attendance") {
            CHECK(c.at("version") == change->version);
            ++seen;
        }
    CHECK(seen == 1);
    CHECK(f.request("POST", "/v1/enroll", json{{"code", other_code}, {"device_name", "b"}}.dump())
              .status == 201);
}

TEST_CASE("when the disk fills in the middle of a commit only what was stored is acknowledged",
          "[sqlite]") {
    pantau::testing::install_fault_vfs();
    Fixture f;
    const auto db = f.dir / "central.db";
    std::vector<Exchange> log;
    const PhoneFile file{f.dir.string() + "-phone.db"};
    TestDevice phone(router_transport(f, log), f.code_for(f.supervisor_a), file.path);
    REQUIRE(phone.sync(f.now) == SyncOutcome::Finished);

    // Round n leaves room for n more writes: the disk fills before the
    // commit, in the middle of its WAL frames, or after it.
    int acknowledged = 0, refused = 0;
    for (int room = 0; room < 40; ++room) {
        INFO("room for " << room << " writes");
        const Date day = Date::parse("2026-10-01")->plus_days(room);
        const Attendance a{f.employee_a, day,          "HADIR", std::nullopt,
                           std::nullopt, std::nullopt, f.now,   std::nullopt};
        const auto id = attendance_id(f.unit_a, f.employee_a, day);
        const auto change = phone.store().record({"attendance", id, f.unit_a, a.to_json()}, f.now);
        REQUIRE(change);
        const std::string stored_sql = "SELECT count(*) FROM records WHERE id = '" + id +
                                       "' AND version = '" + change->version + "'";
        log.clear();
        {
            DiskFull full(f.dir, room);
            phone.sync(f.now, 1);
        }
        bool applied = false, failed = false;
        for (const auto& exchange : log) {
            if (exchange.target != "/v1/sync/push")
                continue;
            INFO(exchange.answer.body);
            if (exchange.answer.status == 200) {
                const json answer = json::parse(exchange.answer.body);
                for (const auto& result : answer.at("results"))
                    applied = applied || result.at("status") == "applied";
            } else {
                CHECK(exchange.answer.status == 503);
                CHECK(json::parse(exchange.answer.body).at("error").at("code") == "storage_full");
                failed = true;
            }
        }
        REQUIRE((applied || failed));
        // What was acknowledged is stored; a refusal kept nothing of the push.
        CHECK(count_rows(db, stored_sql) == (applied ? 1 : 0));
        CHECK(phone.store().waiting_count() == (applied ? 0 : 1));
        acknowledged += applied;
        refused += !applied;

        // With room again, it applies, once.
        REQUIRE(phone.sync(f.now) == SyncOutcome::Finished);
        CHECK(phone.store().waiting_count() == 0);
        CHECK(count_rows(db, stored_sql) == 1);
        CHECK(count_rows(db, "SELECT count(*) FROM record_history WHERE id = '" + id + "'") == 1);
    }
    CHECK(count_rows(db, "SELECT count(*) FROM records WHERE type = 'attendance'") == 40);
    // The sweep crossed the commit: some rounds refused, later ones stored.
    CHECK(refused > 0);
    CHECK(acknowledged > 0);
    std::printf("disk full after n writes, n = 0..39: %d pushes refused, %d acknowledged\n",
                refused, acknowledged);
}
