// The device store as the sync engine's journal: batches, the server's
// answers to them, and pull pages.
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

#include "device_store_fixture.h"
#include "store/device_store.h"

using pantau::store::DeviceStore;
using pantau::store::LocalEdit;
using namespace pantau::sync;
using namespace pantau::store::testing;

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

TEST_CASE("a rejection keeps the server's code and its Indonesian reason") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("SAKIT"), kNow).ok());
    auto batch = store.open_next_batch({});
    PushResponse response = answer(**batch, ResultStatus::Rejected, "date: too far ahead");
    response.results[0].code = "too_far_ahead";
    response.results[0].reason_id = "date: terlalu jauh ke depan";
    response.results[0].reason_en = "date: too far ahead";
    REQUIRE(store.apply_push_response(**batch, response, kNow).ok());
    REQUIRE(store.rejected().size() == 1);
    CHECK(store.rejected()[0].rejected_reason == "date: too far ahead");
    CHECK(store.rejected()[0].rejected_code == "too_far_ahead");
    CHECK(store.rejected()[0].rejected_reason_id == "date: terlalu jauh ke depan");

    // An older server sends the English reason alone.
    REQUIRE(store.record(attendance("IZIN"), kNow).ok());
    auto second = store.open_next_batch({});
    REQUIRE(
        store.apply_push_response(**second, answer(**second, ResultStatus::Rejected, "no"), kNow)
            .ok());
    REQUIRE(store.rejected().size() == 2);
    CHECK_FALSE(store.rejected()[1].rejected_code);
    CHECK_FALSE(store.rejected()[1].rejected_reason_id);
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

TEST_CASE("a server edit made on top of the device's unanswered push is taken without a conflict") {
    // The push reached the server but its answer was lost; another phone
    // pulled it and edited on top of it. Nothing of this phone's was lost
    // unseen, so sync::decide() finds no conflict, and neither does the device.
    auto store = enrolled();
    auto mine = store.record(attendance("HADIR"), 1'000);
    REQUIRE(mine.ok());
    REQUIRE(store.open_next_batch({})->has_value());
    auto on_top = server_change("0190000000000000", "device-b", "SAKIT");
    on_top.base = mine->version;
    auto result = store.apply_pull_page({{on_top}, "c1", false}, 1'000);
    REQUIRE(result.ok());
    CHECK(result->conflicts == 0);
    CHECK(store.conflicts().empty());
    CHECK(store.get("attendance", kRecord)->data["status"] == "SAKIT");
    CHECK(store.waiting_count() == 1);  // its batch is still resent until answered
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

TEST_CASE("the device's own waiting edit pulled back from the server is no conflict") {
    auto store = enrolled();
    auto mine = store.record(attendance("SAKIT"), kNow);
    REQUIRE(mine.ok());
    // The server already holds it (its answer was lost) and a pull brings it back.
    Change echoed = server_change(mine->version, "device-a", "SAKIT");
    auto result = store.apply_pull_page({{echoed}, "c1", false}, kNow);
    REQUIRE(result.ok());
    CHECK(result->conflicts == 0);
    CHECK(store.conflicts().empty());
    CHECK(store.get("attendance", kRecord)->version == mine->version);
}

// Found by the pull fuzz target: the device adopts any server version (its own
// clock may be years behind), so a version at the end of the clock's 48-bit
// range either threw out of apply_pull_page or left the next edit no version.
TEST_CASE("a pull page with a version beyond the year 9999 is refused and the phone still edits") {
    for (const std::string version : {"ffffffffffffffff", "fffffffffffffffe", "e6a5a0000000ffff"}) {
        INFO(version);
        auto store = enrolled();
        REQUIRE(
            store
                .apply_pull_page(
                    {{server_change("0190000000000000", "device-b", "HADIR")}, "c1", false}, kNow)
                .ok());
        const auto refused =
            store.apply_pull_page({{server_change(version, "server", "IZIN")}, "c2", false}, kNow);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == "protocol_error");
        CHECK(store.pull_cursor().value() == "c1");
        CHECK(store.get("attendance", kRecord)->data["status"] == "HADIR");
        const auto edit = store.record(attendance("SAKIT"), kNow);
        REQUIRE(edit.ok());
        CHECK(edit->version < "0200000000000000");
    }
}

TEST_CASE("a push answer that re-stamps a change beyond the year 9999 changes nothing") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("HADIR"), kNow).ok());
    auto batch = store.open_next_batch({});
    PushResponse restamped = answer(**batch, ResultStatus::Applied);
    restamped.results[0].version = "ffffffffffffffff";
    const auto result = store.apply_push_response(**batch, restamped, kNow);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "protocol_error");
    CHECK(store.waiting_count() == 1);
    const auto edit = store.record(attendance("SAKIT"), kNow + 1000);
    REQUIRE(edit.ok());
    CHECK(edit->version < "0200000000000000");
}

namespace {

const std::string kOther = "33333333-3333-4333-8333-333333333333";
const std::string kLater = "44444444-4444-4444-8444-444444444444";

}  // namespace

TEST_CASE("another store queues the device's own records again ahead of its unsent edit, once") {
    std::random_device random;
    const auto path =
        std::filesystem::temp_directory_path() /
        ("pantau-observe-" + std::to_string(random()) + std::to_string(random()) + ".db");
    const StoreIdentity first{"s1", 1};
    {
        auto opened = DeviceStore::open(path.string());
        REQUIRE(opened.ok());
        auto& store = *opened;
        REQUIRE(store.set_device_id("device-a").ok());
        REQUIRE(store.record(attendance("HADIR"), kNow).ok());
        auto batch = store.open_next_batch({});
        REQUIRE(
            store.apply_push_response(**batch, answer(**batch, ResultStatus::Applied), kNow).ok());
        PullPage page;
        page.changes.push_back(server_change("0000000000010000", "device-b", "SAKIT"));
        page.changes.back().id = kOther;
        page.cursor = "c2";
        REQUIRE(store.apply_pull_page(page, kNow).ok());
        CHECK(store.observe_store(first, false, kNow).value() == false);  // only remembered
        CHECK(store.observe_store(first, false, kNow).value() == false);
        CHECK(store.waiting_count() == 0);
        REQUIRE(store.record(attendance("IZIN", kLater), kNow + 5).ok());  // not sent yet

        CHECK(store.observe_store(StoreIdentity{"s1", 2}, false, kNow + 10).value() == true);
        CHECK(store.pull_cursor().value().empty());
    }
    // What the restore asks for is durable: a reopened store still sends it,
    // and hearing of the same store again adds nothing.
    auto reopened = DeviceStore::open(path.string());
    REQUIRE(reopened.ok());
    auto& store = *reopened;
    CHECK(store.observe_store(StoreIdentity{"s1", 2}, false, kNow + 20).value() == false);
    const auto outbox = store.outbox();
    REQUIRE(outbox.size() == 2);
    CHECK(outbox[0].change.id == kRecord);  // what the server held comes first
    CHECK(outbox[0].change.version == store.get("attendance", kRecord)->version);
    CHECK(outbox[1].change.id == kLater);  // the unsent edit after it
    CHECK(store.pull_cursor().value().empty());
    // An edit of a record being sent again does not fold into it: the server
    // stores the acknowledged version again, then the edit made on it.
    auto edited = store.record(attendance("SAKIT"), kNow + 30);
    REQUIRE(edited.ok());
    CHECK(edited->base == outbox[0].change.version);
    REQUIRE(store.outbox().size() == 3);
    CHECK(store.outbox()[0].change.version == outbox[0].change.version);
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
}

TEST_CASE("an edit the server answers superseded becomes a conflict when its winner arrives") {
    auto store = enrolled();
    REQUIRE(store.record(attendance("SAKIT"), kNow).ok());
    auto batch = store.open_next_batch({});
    const std::string mine = (*batch)->changes[0].version;
    REQUIRE(
        store.apply_push_response(**batch, answer(**batch, ResultStatus::Superseded), kNow).ok());
    CHECK(store.conflicts().empty());  // the winner is not known yet

    SECTION("a winner of another device: both versions are listed") {
        const Change winner = server_change("01b0000000000000", "device-b", "HADIR");
        REQUIRE(winner.version > mine);
        auto pulled = store.apply_pull_page({{winner}, "c2", false}, kNow + 1000);
        REQUIRE(pulled.ok());
        CHECK(pulled->conflicts == 1);
        const auto conflicts = store.conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts[0].local_version == mine);
        CHECK(conflicts[0].local_origin == "device-a");
        CHECK(conflicts[0].local_data.at("status") == "SAKIT");
        CHECK(conflicts[0].remote_version == winner.version);
        CHECK(conflicts[0].remote_origin == "device-b");
        CHECK(conflicts[0].remote_data.at("status") == "HADIR");
        CHECK(store.get("attendance", kRecord)->data.at("status") == "HADIR");
        // Once: the same page again, or a later version, adds none.
        REQUIRE(store.apply_pull_page({{winner}, "c2", false}, kNow + 2000).ok());
        const PullPage later{{server_change("01c0000000000000", "device-c", "IZIN")}, "c3", false};
        REQUIRE(store.apply_pull_page(later, kNow + 3000).ok());
        CHECK(store.conflicts().size() == 1);
    }
    SECTION("a later version of this device's own is no conflict") {
        const PullPage own{{server_change("01b0000000000000", "device-a", "HADIR")}, "c2", false};
        REQUIRE(store.apply_pull_page(own, kNow + 1000).ok());
        CHECK(store.conflicts().empty());
    }
}
