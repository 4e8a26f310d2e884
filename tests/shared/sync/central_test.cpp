#include "sync/central.h"

#include <catch2/catch.hpp>

#include "clock/hlc.h"
#include "sync/memory_central_store.h"

using nlohmann::json;
using namespace pantau::sync;

namespace {

const std::string kUnitA = "aaaaaaaa-0000-4000-8000-000000000001";
const std::string kUnitB = "bbbbbbbb-0000-4000-8000-000000000002";
const std::int64_t kNow = 1'795'400'000'000;

std::string version_at(std::int64_t ms, std::uint16_t counter = 0) {
    return pantau::Hlc(static_cast<std::uint64_t>(ms), counter).to_string();
}

json change(const std::string& id, const std::string& unit, const std::string& version,
            std::optional<std::string> base = std::nullopt, const std::string& status = "HADIR") {
    return Change{"attendance", id, unit, version, base, "dev-a", false, json{{"status", status}}}
        .to_json();
}

std::string rid(int n) {
    char id[40];
    std::snprintf(id, sizeof id, "cccccccc-0000-4000-8000-%012d", n);
    return id;
}

CallerScope device_a() {
    return {"dev-a", {kUnitA}, true};
}

json push(std::int64_t batch, std::vector<json> changes) {
    return json{{"batch", batch}, {"changes", changes}};
}

}  // namespace

TEST_CASE("a replayed batch returns the stored response and changes nothing") {
    MemoryCentralStore store;
    const auto body = push(1, {change(rid(1), kUnitA, version_at(kNow))});
    auto first = apply_push(store, device_a(), body, kNow, nullptr);
    REQUIRE(first.status == 200);
    const auto records = store.records();
    auto again = apply_push(store, device_a(), body, kNow + 5000, nullptr);
    CHECK(again.status == 200);
    CHECK(again.body == first.body);
    CHECK(store.records() == records);
    CHECK(store.changes_after(0, {kUnitA}, 10).size() == 1);
}

TEST_CASE("a batch number that skips ahead is refused with the next expected number") {
    MemoryCentralStore store;
    auto reply = apply_push(store, device_a(), push(3, {change(rid(1), kUnitA, version_at(kNow))}),
                            kNow, nullptr);
    CHECK(reply.status == 409);
    CHECK(expected_batch(reply.body) == 1);
    CHECK(store.records().empty());
}

TEST_CASE("one invalid change is rejected and logged while the rest of the batch applies") {
    MemoryCentralStore store;
    json bad = change(rid(2), kUnitA, "not-a-version");
    auto reply = apply_push(store, device_a(),
                            push(1, {change(rid(1), kUnitA, version_at(kNow)), bad,
                                     change(rid(3), kUnitA, version_at(kNow, 1))}),
                            kNow, nullptr);
    REQUIRE(reply.status == 200);
    const auto results = reply.body["results"];
    REQUIRE(results.size() == 3);
    CHECK(results[0]["status"] == "applied");
    CHECK(results[1]["status"] == "rejected");
    CHECK(results[1]["reason"].get<std::string>().find("version") != std::string::npos);
    CHECK(results[2]["status"] == "applied");
    REQUIRE(store.rejected().size() == 1);
    CHECK(store.rejected()[0].change == bad);
    CHECK(store.records().size() == 2);
}

TEST_CASE("a change for a unit outside the device's scope is rejected") {
    MemoryCentralStore store;
    auto reply = apply_push(store, device_a(), push(1, {change(rid(1), kUnitB, version_at(kNow))}),
                            kNow, nullptr);
    CHECK(reply.body["results"][0]["status"] == "rejected");
    CHECK(store.records().empty());
    CHECK(store.rejected().size() == 1);
}

TEST_CASE("a read-only caller cannot write field records") {
    MemoryCentralStore store;
    CallerScope hr{"dev-hr", {kUnitA, kUnitB}, false};
    json c = change(rid(1), kUnitA, version_at(kNow));
    c["origin"] = "dev-hr";
    auto reply = apply_push(store, hr, push(1, {c}), kNow, nullptr);
    CHECK(reply.body["results"][0]["status"] == "rejected");
}

TEST_CASE("a change claiming another device's origin is rejected") {
    MemoryCentralStore store;
    json c = change(rid(1), kUnitA, version_at(kNow));
    c["origin"] = "dev-b";
    auto reply = apply_push(store, device_a(), push(1, {c}), kNow, nullptr);
    CHECK(reply.body["results"][0]["status"] == "rejected");
}

TEST_CASE("a domain rule can reject a change against the stored record") {
    MemoryCentralStore store;
    ChangeRule immutable = [](const Change&, const std::optional<Change>& current,
                              const ChangeContext&) {
        return current ? pantau::Problems{{"", "immutable", "Catatan ini tidak dapat diubah.",
                                           "immutable record"}}
                       : pantau::Problems{};
    };
    REQUIRE(apply_push(store, device_a(), push(1, {change(rid(1), kUnitA, version_at(kNow))}), kNow,
                       immutable)
                .status == 200);
    auto reply =
        apply_push(store, device_a(), push(2, {change(rid(1), kUnitA, version_at(kNow + 1))}), kNow,
                   immutable);
    CHECK(reply.body["results"][0]["status"] == "rejected");
    CHECK(reply.body["results"][0]["reason"] == "immutable record");
    // The extensions: the code and the message in both languages.
    CHECK(reply.body["results"][0]["code"] == "immutable");
    CHECK(reply.body["results"][0]["reason_id"] == "Catatan ini tidak dapat diubah.");
    CHECK(reply.body["results"][0]["reason_en"] == "immutable record");
}

TEST_CASE("too many changes in one batch is refused whole") {
    MemoryCentralStore store;
    std::vector<json> changes;
    for (int i = 0; i < 11; ++i)
        changes.push_back(change(rid(i), kUnitA, version_at(kNow, static_cast<std::uint16_t>(i))));
    CentralConfig config;
    config.max_changes_per_batch = 10;
    auto reply = apply_push(store, device_a(), push(1, changes), kNow, nullptr, config);
    CHECK(reply.status == 413);
    CHECK(store.records().empty());
    CHECK(store.last_batch("dev-a") == 0);
}

TEST_CASE("a malformed push is a 400 with the protocol's error body") {
    MemoryCentralStore store;
    for (const json& body : {json::array(), json{{"batch", "1"}, {"changes", json::array()}},
                             json{{"batch", 1}}, json{{"batch", 0}, {"changes", json::array()}},
                             json{{"batch", 1}, {"changes", json::array()}, {"extra", true}}}) {
        auto reply = apply_push(store, device_a(), body, kNow, nullptr);
        CHECK(reply.status == 400);
        CHECK(reply.body["error"]["code"] == "malformed_request");
        CHECK(reply.body["error"]["message"].is_string());
    }
}

TEST_CASE("a device clock a day ahead does not win over a later edit from a correct device") {
    MemoryCentralStore store;
    const std::string id = rid(1);
    auto ahead =
        apply_push(store, device_a(), push(1, {change(id, kUnitA, version_at(kNow + 86'400'000))}),
                   kNow, nullptr);
    REQUIRE(ahead.body["results"][0]["status"] == "applied");
    const std::string restamped = ahead.body["results"][0]["version"];
    CHECK(restamped < version_at(kNow + 400'000));
    CHECK(store.restamped().at(id) == version_at(kNow + 86'400'000));

    CallerScope b{"dev-b", {kUnitA}, true};
    json later = change(id, kUnitA, version_at(kNow + 60'000), restamped, "SAKIT");
    later["origin"] = "dev-b";
    auto reply = apply_push(store, b, push(1, {later}), kNow + 60'000, nullptr);
    CHECK(reply.body["results"][0]["status"] == "applied");
    CHECK(store.current("attendance", id)->data["status"] == "SAKIT");
}

TEST_CASE("concurrent writes of the same record are kept as a conflict") {
    MemoryCentralStore store;
    CallerScope b{"dev-b", {kUnitA}, true};
    const std::string id = rid(1);
    REQUIRE(apply_push(store, device_a(), push(1, {change(id, kUnitA, version_at(kNow))}), kNow,
                       nullptr)
                .status == 200);
    json theirs = change(id, kUnitA, version_at(kNow + 10), std::nullopt, "IZIN");
    theirs["origin"] = "dev-b";
    REQUIRE(apply_push(store, b, push(1, {theirs}), kNow, nullptr).status == 200);
    REQUIRE(store.conflicts().size() == 1);
    CHECK(store.conflicts()[0].winner.origin == "dev-b");
    CHECK(store.conflicts()[0].loser.origin == "dev-a");
}

TEST_CASE("pull pages follow commit order within scope and never skip") {
    MemoryCentralStore store;
    CallerScope both{"dev-a", {kUnitA, kUnitB}, true};
    std::vector<json> changes;
    for (int i = 0; i < 7; ++i)
        changes.push_back(change(rid(i), i % 2 ? kUnitB : kUnitA,
                                 version_at(kNow, static_cast<std::uint16_t>(i))));
    REQUIRE(apply_push(store, both, push(1, changes), kNow, nullptr).status == 200);

    std::vector<std::string> seen;
    std::string cursor;
    for (int guard = 0; guard < 10; ++guard) {
        auto reply = read_pull(store, device_a(), cursor, 2);
        REQUIRE(reply.status == 200);
        for (const auto& c : reply.body["changes"]) {
            CHECK(c["unit_id"] == kUnitA);
            seen.push_back(c["id"]);
        }
        cursor = reply.body["cursor"];
        if (!reply.body["more"].get<bool>())
            break;
    }
    CHECK(seen == std::vector<std::string>{rid(0), rid(2), rid(4), rid(6)});
    // A record changed again moves to the end of the order and comes again.
    REQUIRE(apply_push(store, both,
                       push(2, {change(rid(0), kUnitA, version_at(kNow, 100), version_at(kNow))}),
                       kNow, nullptr)
                .status == 200);
    auto next = read_pull(store, device_a(), cursor, 10);
    REQUIRE(next.body["changes"].size() == 1);
    CHECK(next.body["changes"][0]["id"] == rid(0));
    // A replayed pull returns the same page.
    CHECK(read_pull(store, device_a(), cursor, 10).body == next.body);
}

TEST_CASE("a pull page stops at its byte bound, never empty, and the next page goes on") {
    MemoryCentralStore store;
    const std::string note(1000, 'x');
    std::vector<json> changes;
    for (int i = 0; i < 10; ++i)
        changes.push_back(Change{"attendance", rid(i), kUnitA,
                                 version_at(kNow, static_cast<std::uint16_t>(i)), std::nullopt,
                                 "dev-a", false, json{{"status", "HADIR"}, {"note", note}}}
                              .to_json());
    REQUIRE(apply_push(store, device_a(), push(1, changes), kNow, nullptr).status == 200);

    CentralConfig config;
    config.max_pull_bytes = 2500;  // two and a half records
    std::vector<std::string> seen;
    std::vector<std::size_t> sizes;
    std::string cursor;
    for (int guard = 0; guard < 20; ++guard) {
        auto reply = read_pull(store, device_a(), cursor, 0, config);
        REQUIRE(reply.status == 200);
        sizes.push_back(reply.body["changes"].size());
        for (const auto& c : reply.body["changes"])
            seen.push_back(c["id"]);
        cursor = reply.body["cursor"];
        if (!reply.body["more"].get<bool>())
            break;
    }
    CHECK(sizes == std::vector<std::size_t>{3, 3, 3, 1});
    REQUIRE(seen.size() == 10);
    for (int i = 0; i < 10; ++i)
        CHECK(seen[static_cast<std::size_t>(i)] == rid(i));

    config.max_pull_bytes = 1;  // a record larger than the bound still comes, one a page
    auto one = read_pull(store, device_a(), "", 0, config);
    CHECK(one.body["changes"].size() == 1);
    CHECK(one.body["more"] == true);
}

TEST_CASE("a forged cursor is a 400") {
    MemoryCentralStore store;
    for (const std::string bad : {"x", "c", "c-1", "c0", "c12a", "c999999999999999999999"}) {
        INFO(bad);
        CHECK(read_pull(store, device_a(), bad, 10).status == 400);
    }
}

TEST_CASE("the server clock persists across batches, so re-stamped versions keep increasing") {
    MemoryCentralStore store;
    const std::string ahead = version_at(kNow + 86'400'000);
    auto first =
        apply_push(store, device_a(), push(1, {change(rid(1), kUnitA, ahead)}), kNow, nullptr);
    auto second =
        apply_push(store, device_a(), push(2, {change(rid(2), kUnitA, ahead)}), kNow, nullptr);
    const std::string v1 = first.body["results"][0]["version"];
    const std::string v2 = second.body["results"][0]["version"];
    CHECK(v2 > v1);
    CHECK(store.clock().to_string() == v2);
}

TEST_CASE("every push and pull answer names the store and a restore raises its generation") {
    MemoryCentralStore store("store-1");
    const auto body = push(1, {change(rid(1), kUnitA, version_at(kNow))});
    const auto first = apply_push(store, device_a(), body, kNow, nullptr);
    REQUIRE(first.status == 200);
    CHECK(store_identity(first.body) == StoreIdentity{"store-1", 1});
    CHECK(store_identity(read_pull(store, device_a(), "", 10).body) == StoreIdentity{"store-1", 1});

    const MemoryCentralStore snapshot = store;
    REQUIRE(apply_push(store, device_a(), push(2, {change(rid(2), kUnitA, version_at(kNow, 1))}),
                       kNow, nullptr)
                .status == 200);
    store.restore(snapshot);
    CHECK(store.records().size() == 1);
    const StoreIdentity restored{"store-1", 2};
    CHECK(store.identity() == restored);
    // A replay answers with the stored results and today's identity.
    const auto replay = apply_push(store, device_a(), body, kNow, nullptr);
    CHECK(replay.body["results"] == first.body["results"]);
    CHECK(store_identity(replay.body) == restored);
    // The device's batch 3 is ahead of the restored store: the 409 names the store too.
    const auto ahead = apply_push(
        store, device_a(), push(3, {change(rid(3), kUnitA, version_at(kNow, 2))}), kNow, nullptr);
    CHECK(ahead.status == 409);
    CHECK(expected_batch(ahead.body) == 2);
    CHECK(store_identity(ahead.body) == restored);
    // Restoring the same snapshot again still gives a generation never seen before.
    store.restore(snapshot);
    CHECK(store.identity().generation == 3);
}

TEST_CASE("a pull cursor beyond the store's end is refused as unknown, never answered empty") {
    MemoryCentralStore store;
    std::vector<json> changes;
    for (int i = 0; i < 3; ++i)
        changes.push_back(change(rid(i), kUnitA, version_at(kNow, static_cast<std::uint16_t>(i))));
    REQUIRE(apply_push(store, device_a(), push(1, changes), kNow, nullptr).status == 200);
    CHECK(read_pull(store, device_a(), "c3", 10).status == 200);
    const auto beyond = read_pull(store, device_a(), "c4", 10);
    CHECK(beyond.status == 409);
    CHECK(error_code(beyond.body) == kCursorUnknown);
    CHECK(store_identity(beyond.body) == store.identity());
    MemoryCentralStore empty;
    CHECK(read_pull(empty, device_a(), "c1", 10).status == 409);
    CHECK(read_pull(empty, device_a(), "", 10).status == 200);
}
