// The device store as the app uses it: local edits, reads, history,
// migrations and a full disk.
#include "store/device_store.h"

#include <catch2/catch.hpp>

#include "device_store_fixture.h"
#include "store/device_schema.h"

using pantau::store::DeviceStore;
using pantau::store::LocalEdit;
using namespace pantau::sync;
using namespace pantau::store::testing;

TEST_CASE("a local edit is stored with its outbox entry and a fresh version") {
    auto store = enrolled();
    auto change = store.record(attendance("HADIR"), kNow);
    REQUIRE(change.ok());
    CHECK(change->origin == "device-a");
    CHECK_FALSE(change->base);
    auto stored = store.get("attendance", kRecord);
    REQUIRE(stored);
    CHECK(stored->version == change->version);
    CHECK(stored->data["status"] == "HADIR");
    REQUIRE(store.outbox().size() == 1);
    CHECK(store.outbox()[0].change == *change);
    CHECK(store.waiting_count() == 1);
}

TEST_CASE("a device without identity cannot record") {
    auto store = DeviceStore::open(":memory:");
    REQUIRE(store.ok());
    auto change = store->record(attendance("HADIR"), kNow);
    REQUIRE_FALSE(change.ok());
    CHECK(change.error().code == "not_enrolled");
    CHECK(store->outbox().empty());
}

TEST_CASE("edits not yet sent fold into one outbox entry on the original base") {
    auto store = enrolled();
    auto first = store.record(attendance("HADIR"), kNow);
    auto second =
        store.record(attendance("TERLAMBAT"), kNow);  // same millisecond: the counter moves
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(second->version > first->version);
    CHECK(second->base == first->version);
    const auto outbox = store.outbox();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox[0].change.version == second->version);
    CHECK_FALSE(outbox[0].change.base);
    CHECK(outbox[0].change.data["status"] == "TERLAMBAT");
}

TEST_CASE("versions stay monotonic when the device clock goes backwards") {
    auto store = enrolled();
    auto a = store.record(attendance("HADIR"), kNow);
    auto b = store.record(attendance("IZIN"), kNow - 86'400'000);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(b->version > a->version);
}

TEST_CASE("a validator keeps invalid data out of the outbox") {
    auto store = enrolled();
    store.set_validator([](const std::string&, const json& data) {
        pantau::Problems p;
        if (data.value("status", "") == "BOGUS")
            p.push_back({"data.status", "unknown_value", "x", "unknown status"});
        return p;
    });
    auto bad = store.record(attendance("BOGUS"), kNow);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == "invalid_record");
    CHECK(store.outbox().empty());
    CHECK_FALSE(store.get("attendance", kRecord));
}

TEST_CASE("a local delete is a versioned tombstone in the outbox") {
    auto store = enrolled();
    auto created = store.record(attendance("HADIR"), kNow);
    LocalEdit removal = attendance("HADIR");
    removal.deleted = true;
    auto deleted = store.record(removal, kNow + 1);
    REQUIRE(deleted.ok());
    CHECK(deleted->deleted);
    CHECK(store.count("attendance") == 0);
    REQUIRE(store.outbox().size() == 1);
    CHECK(store.outbox()[0].change.deleted);
}

TEST_CASE("the unit's day lists its attendance through the index") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    CHECK(store.attendance_of_day(kUnit, *pantau::Date::parse("2026-11-23")).size() == 1);
    CHECK(store.attendance_of_day(kUnit, *pantau::Date::parse("2026-11-24")).empty());
    auto plan = store.database().prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM records WHERE type = 'attendance' AND unit_id = ?1 "
        "AND json_extract(data, '$.date') = ?2");
    plan.bind_all(kUnit, "2026-11-23");
    std::string detail;
    while (plan.step())
        detail += plan.text(3);
    CHECK(detail.find("attendance_by_day") != std::string::npos);
}

TEST_CASE("a full disk refuses the edit with storage_full and loses nothing already stored") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    const auto pages = store.database().scalar_int("PRAGMA page_count");
    store.database().exec("PRAGMA max_page_count = " + std::to_string(pages));
    pantau::Result<Change> last = Change{};
    for (int i = 0; i < 200 && last.ok(); ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "33333333-2222-4222-8222-%012d", i);
        LocalEdit big = attendance("HADIR", id);
        big.data["note"] = std::string(2000, 'n');
        last = store.record(big, kNow);
    }
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == "storage_full");
    CHECK(store.get("attendance", kRecord)->data["status"] == "HADIR");
    // Every stored record still has its outbox entry: the failed edit left no half.
    CHECK(store.waiting_count() == store.count("attendance"));
}

TEST_CASE("the store migrates from every earlier schema version and keeps its data") {
    const auto migrations = pantau::store::device_migrations();
    REQUIRE(migrations.back().version == pantau::store::kDeviceSchemaVersion);
    for (int from = 0; from < pantau::store::kDeviceSchemaVersion; ++from) {
        INFO("from version " << from);
        auto db = pantau::sqlite::Database::open(":memory:");
        REQUIRE(pantau::sqlite::migrate(db, migrations, from).ok());
        if (from >= 1) {
            db.exec("INSERT INTO meta VALUES ('device_id', 'old-device')");
            db.prepare(
                  "INSERT INTO records (type, id, unit_id, version, origin, deleted, data) "
                  "VALUES ('attendance', ?1, ?2, '0190000000000000', 'old-device', 0, ?3)")
                .bind_all(kRecord, kUnit,
                          R"({"employee_id":"e1","date":"2026-11-23","status":"HADIR"})")
                .run();
            db.prepare(
                  "INSERT INTO outbox (type, id, unit_id, version, base, deleted, data, "
                  "created_at, batch) "
                  "VALUES ('attendance', ?1, ?2, '0190000000000000', NULL, 0, ?3, 5, NULL)")
                .bind_all(kRecord, kUnit,
                          R"({"employee_id":"e1","date":"2026-11-23","status":"HADIR"})")
                .run();
        }
        auto store = DeviceStore::attach(std::move(db));
        REQUIRE(store.ok());
        CHECK(store->database().user_version() == pantau::store::kDeviceSchemaVersion);
        if (from >= 1) {
            CHECK(store->device_id() == "old-device");
            CHECK(store->get("attendance", kRecord)->data["status"] == "HADIR");
            CHECK(store->waiting_count() == 1);
            CHECK(store->attendance_of_day(kUnit, *pantau::Date::parse("2026-11-23")).size() == 1);
        } else {
            REQUIRE(store->set_device_id("new-device").ok());
        }
        // The migrated store works end to end: edit, batch, answer.
        auto edit = store->record(attendance("IZIN"), kNow);
        REQUIRE(edit.ok());
        auto batch = store->open_next_batch({});
        REQUIRE(batch->has_value());
        REQUIRE(
            store->apply_push_response(**batch, answer(**batch, ResultStatus::Applied), kNow).ok());
        CHECK(store->waiting_count() == 0);
    }
}

TEST_CASE("a record's history keeps every local correction and every server version once") {
    DeviceStore store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    REQUIRE(store.record(attendance("TERLAMBAT"), kNow + 1000).ok());
    const Change remote = server_change("7fffffffffff0000", "device-b", "SAKIT");
    REQUIRE(store.apply_pull_page({{remote}, "c1", false}, kNow).ok());
    REQUIRE(store.apply_pull_page({{remote}, "c1", false}, kNow).ok());

    const auto versions = store.history("attendance", kRecord);
    REQUIRE(versions.size() == 3);
    CHECK(versions[0].data["status"] == "HADIR");
    CHECK(versions[1].data["status"] == "TERLAMBAT");
    CHECK(versions[2].data["status"] == "SAKIT");
    CHECK(versions[2].origin == "device-b");
    CHECK(versions[0].version < versions[1].version);
}

TEST_CASE("master data keeps no history") {
    DeviceStore store = enrolled();
    Change employee;
    employee.type = "employee";
    employee.id = "e1";
    employee.unit_id = kUnit;
    employee.version = "0000000000010000";
    employee.origin = "server";
    employee.data = json{{"name", "Siti"}};
    REQUIRE(store.apply_pull_page({{employee}, "c1", false}, kNow).ok());
    CHECK(store.get("employee", "e1").has_value());
    CHECK(store.history("employee", "e1").empty());
}

TEST_CASE("a unit's attendance between two dates includes both ends and nothing else") {
    DeviceStore store = enrolled();
    for (const char* day : {"2026-01-31", "2026-02-01", "2026-02-15", "2026-02-28", "2026-03-01"}) {
        const std::string id = "rec-" + std::string(day);
        REQUIRE(store
                    .record({"attendance", id, kUnit,
                             json{{"employee_id", "e1"}, {"date", day}, {"status", "HADIR"}}},
                            kNow)
                    .ok());
    }
    REQUIRE(store
                .record({"attendance", "other-unit", "33333333-3333-4333-8333-333333333333",
                         json{{"employee_id", "e2"}, {"date", "2026-02-10"}, {"status", "HADIR"}}},
                        kNow)
                .ok());
    const auto february = store.attendance_between(kUnit, *pantau::Date::parse("2026-02-01"),
                                                   *pantau::Date::parse("2026-02-28"));
    REQUIRE(february.size() == 3);
    for (const auto& r : february)
        CHECK(r.data["date"].get<std::string>().substr(0, 7) == "2026-02");
}
