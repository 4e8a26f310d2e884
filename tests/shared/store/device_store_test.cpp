#include "store/device_store.h"

#include <catch2/catch.hpp>

#include "store/device_schema.h"

using nlohmann::json;
using pantau::store::DeviceStore;
using pantau::store::LocalEdit;
using namespace pantau::sync;

namespace {

const std::string kUnit = "11111111-1111-4111-8111-111111111111";
const std::string kRecord = "22222222-2222-4222-8222-222222222222";
const std::int64_t kNow = 1'795'400'000'000;

DeviceStore enrolled(const std::string& device = "device-a") {
    auto store = DeviceStore::open(":memory:");
    REQUIRE(store.ok());
    REQUIRE(store->set_device_id(device).ok());
    return std::move(store).value();
}

LocalEdit attendance(const std::string& status, const std::string& id = kRecord) {
    return {"attendance", id, kUnit,
            json{{"employee_id", "e1"}, {"date", "2026-11-23"}, {"status", status}}};
}

PushResponse answer(const OutgoingBatch& batch, ResultStatus status,
                    const std::string& reason = "") {
    PushResponse r;
    r.batch = batch.number;
    for (const auto& c : batch.changes)
        r.results.push_back({c.id, status, reason, ""});
    return r;
}

Change server_change(const std::string& version, const std::string& origin,
                     const std::string& status, bool deleted = false) {
    Change c;
    c.type = "attendance";
    c.id = kRecord;
    c.unit_id = kUnit;
    c.version = version;
    c.origin = origin;
    c.deleted = deleted;
    c.data = json{{"employee_id", "e1"}, {"date", "2026-11-23"}, {"status", status}};
    return c;
}

}  // namespace

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

TEST_CASE("a batch is numbered once and resent unchanged until answered") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    auto opened = store.open_next_batch({});
    REQUIRE(opened.ok());
    REQUIRE(opened->has_value());
    CHECK((*opened)->number == 1);
    auto again = store.in_flight_batch();
    REQUIRE(again.ok());
    REQUIRE(again->has_value());
    CHECK((*again)->number == 1);
    CHECK((*again)->changes == (*opened)->changes);

    // An edit made while batch 1 is in flight waits for batch 2, based on the in-flight version.
    auto later = store.record(attendance("IZIN"), kNow + 1000);
    REQUIRE(later.ok());
    CHECK(later->base == (*opened)->changes[0].version);
    CHECK((*store.in_flight_batch())->changes.size() == 1);

    REQUIRE(
        store.apply_push_response(**opened, answer(**opened, ResultStatus::Applied), kNow).ok());
    auto next = store.open_next_batch({});
    REQUIRE(next->has_value());
    CHECK((*next)->number == 2);
    CHECK((*next)->changes[0].version == later->version);
}

TEST_CASE("batches respect the change and byte limits") {
    auto store = enrolled();
    for (int i = 0; i < 5; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "22222222-2222-4222-8222-%012d", i);
        REQUIRE(store.record(attendance("HADIR", id), kNow).ok());
    }
    auto two = store.open_next_batch({2, 1 << 20});
    CHECK((*two)->changes.size() == 2);
    REQUIRE(store.release_batch((*two)->number).ok());
    auto tiny = store.open_next_batch({100, 1});
    CHECK((*tiny)->changes.size() == 1);  // always at least one, so progress is made
    CHECK((*tiny)->number == 1);          // a released number is reused
}

TEST_CASE("a rejected change stays listed with its reason and the record reverts") {
    auto store = enrolled();
    Change confirmed = server_change("0190000000000000", "device-b", "HADIR");
    REQUIRE(store.apply_pull_page({{confirmed}, "c1", false}, kNow).ok());
    REQUIRE(store.record(attendance("SAKIT"), kNow).ok());
    auto batch = store.open_next_batch({});
    REQUIRE(store
                .apply_push_response(
                    **batch, answer(**batch, ResultStatus::Rejected, "data.status: unknown"), kNow)
                .ok());
    CHECK(store.get("attendance", kRecord)->data["status"] == "HADIR");
    CHECK(store.get("attendance", kRecord)->version == "0190000000000000");
    REQUIRE(store.rejected().size() == 1);
    CHECK(store.rejected()[0].rejected_reason == "data.status: unknown");
    CHECK(store.waiting_count() == 0);
    CHECK_FALSE(store.in_flight_batch()->has_value());
    REQUIRE(store.dismiss_rejected(store.rejected()[0].seq).ok());
    CHECK(store.rejected().empty());
}

TEST_CASE("a rejected batch does not revert a later edit of the same record that still waits") {
    auto store = enrolled();
    Change confirmed = server_change("0190000000000000", "device-b", "HADIR");
    REQUIRE(store.apply_pull_page({{confirmed}, "c1", false}, kNow).ok());
    REQUIRE(store.record(attendance("NGOPI"), kNow).ok());  // the server will refuse it
    auto batch = store.open_next_batch({});
    REQUIRE(batch.ok());
    REQUIRE(*batch);
    // While the batch is in flight the supervisor corrects the record.
    auto later = store.record(attendance("SAKIT"), kNow + 1000);
    REQUIRE(later.ok());
    REQUIRE(store
                .apply_push_response(
                    **batch, answer(**batch, ResultStatus::Rejected, "data.status: unknown"), kNow)
                .ok());
    // The correction stays on the device, at its own version, and still goes to the server.
    const auto stored = store.get("attendance", kRecord);
    REQUIRE(stored);
    CHECK(stored->data["status"] == "SAKIT");
    CHECK(stored->version == later->version);
    CHECK(store.waiting_count() == 1);
    auto next = store.open_next_batch({});
    REQUIRE(next.ok());
    REQUIRE(*next);
    REQUIRE((*next)->changes.size() == 1);
    CHECK((*next)->changes[0].version == later->version);
    CHECK((*next)->changes[0].data["status"] == "SAKIT");
    REQUIRE(store.rejected().size() == 1);
    CHECK(store.rejected()[0].change.data["status"] == "NGOPI");
}

TEST_CASE("a rejected new record disappears from the device") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    auto batch = store.open_next_batch({});
    REQUIRE(store
                .apply_push_response(**batch,
                                     answer(**batch, ResultStatus::Rejected, "outside scope"), kNow)
                .ok());
    CHECK_FALSE(store.get("attendance", kRecord));
}

TEST_CASE("a push answer that does not match the batch changes nothing") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    auto batch = store.open_next_batch({});
    PushResponse wrong = answer(**batch, ResultStatus::Applied);
    wrong.results[0].id = "someone-else";
    auto result = store.apply_push_response(**batch, wrong, kNow);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "protocol_error");
    CHECK(store.waiting_count() == 1);
}

TEST_CASE("a pulled page and its cursor are saved together and a replay changes nothing") {
    auto store = enrolled();
    PullPage page{{server_change("0190000000000000", "device-b", "HADIR")}, "c7", false};
    REQUIRE(store.apply_pull_page(page, kNow).ok());
    CHECK(store.pull_cursor().value() == "c7");
    CHECK(store.get("attendance", kRecord)->data["status"] == "HADIR");
    auto replay = store.apply_pull_page(page, kNow);
    REQUIRE(replay.ok());
    CHECK(replay->conflicts == 0);
    CHECK(store.count("attendance") == 1);
    CHECK(store.waiting_count() == 0);
}

TEST_CASE(
    "a server version that beats a waiting local edit is taken and the local edit kept as a "
    "conflict") {
    auto store = enrolled();
    auto mine =
        store.record(attendance("HADIR"), 1'000);  // an old clock: the server version is higher
    REQUIRE(mine.ok());
    auto result = store.apply_pull_page(
        {{server_change("0190000000000000", "device-b", "SAKIT")}, "c1", false}, 1'000);
    REQUIRE(result.ok());
    CHECK(result->conflicts == 1);
    CHECK(store.get("attendance", kRecord)->data["status"] == "SAKIT");
    const auto conflicts = store.conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].local_version == mine->version);
    CHECK(conflicts[0].local_data["status"] == "HADIR");
    CHECK(conflicts[0].remote_origin == "device-b");
    // The local edit still goes to the server, which records the conflict for HR too.
    CHECK(store.waiting_count() == 1);
    // And the device's clock moved past the server version: its next edit wins.
    auto next = store.record(attendance("IZIN"), 1'000);
    CHECK(next->version > "0190000000000000");
    REQUIRE(store.resolve_conflict(conflicts[0].seq).ok());
    CHECK(store.conflicts().empty());
    CHECK(store.conflicts(false).size() == 1);
}

TEST_CASE("a lower server version does not overwrite a waiting local edit") {
    auto store = enrolled();
    auto mine = store.record(attendance("HADIR"), kNow);
    REQUIRE(store
                .apply_pull_page(
                    {{server_change("0000000000010000", "device-b", "SAKIT")}, "c1", false}, kNow)
                .ok());
    CHECK(store.get("attendance", kRecord)->version == mine->version);
    CHECK(store.conflicts().empty());
}

TEST_CASE("a tombstone from the server deletes the record and an older change cannot revive it") {
    auto store = enrolled();
    REQUIRE(store
                .apply_pull_page(
                    {{server_change("0190000000000000", "device-b", "HADIR")}, "c1", false}, kNow)
                .ok());
    REQUIRE(
        store
            .apply_pull_page(
                {{server_change("0190000000010000", "device-b", "HADIR", true)}, "c2", false}, kNow)
            .ok());
    CHECK(store.count("attendance") == 0);
    REQUIRE(store
                .apply_pull_page(
                    {{server_change("0190000000000000", "device-b", "HADIR")}, "c2", false}, kNow)
                .ok());
    CHECK(store.count("attendance") == 0);
    CHECK(store.get("attendance", kRecord)->deleted);
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

TEST_CASE(
    "a version re-stamped by the server replaces the device's own, so later server versions "
    "apply") {
    auto store = enrolled();
    const std::int64_t a_day_ahead = kNow + 86'400'000;
    auto mine = store.record(attendance("HADIR"), a_day_ahead);
    auto batch = store.open_next_batch({});
    PushResponse r = answer(**batch, ResultStatus::Applied);
    r.results[0].version = "0190000000000000";
    REQUIRE(store.apply_push_response(**batch, r, kNow).ok());
    CHECK(store.get("attendance", kRecord)->version == "0190000000000000");
    // Another device's later edit, below the far-ahead version, still reaches this device.
    REQUIRE(store
                .apply_pull_page(
                    {{server_change("0190000000050000", "device-b", "SAKIT")}, "c2", false}, kNow)
                .ok());
    CHECK(store.get("attendance", kRecord)->data["status"] == "SAKIT");
    CHECK(store.conflicts().empty());
    CHECK(mine->version > "0190000000050000");
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
