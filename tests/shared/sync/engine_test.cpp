#include "sync/engine.h"

#include <catch2/catch.hpp>
#include <set>

#include "clock/hlc.h"
#include "store/device_store.h"

using nlohmann::json;
using pantau::store::DeviceStore;
using namespace pantau::sync;

namespace {

const std::string kUnit = "11111111-1111-4111-8111-111111111111";
const std::int64_t kNow = 1'795'400'000'000;

std::string rid(int n) {
    char id[40];
    std::snprintf(id, sizeof id, "22222222-2222-4222-8222-%012d", n);
    return id;
}

DeviceStore enrolled_store() {
    auto s = DeviceStore::open(":memory:");
    REQUIRE(s.ok());
    REQUIRE(s->set_device_id("dev").ok());
    return std::move(s).value();
}

struct Fixture {
    DeviceStore store = enrolled_store();

    void edit(int n, const std::string& status = "HADIR") {
        REQUIRE(store.record({"attendance", rid(n), kUnit, json{{"status", status}}}, kNow).ok());
    }
};

json applied_answer(const SendPush& push) {
    json results = json::array();
    for (const auto& c : push.body["changes"])
        results.push_back({{"id", c["id"]}, {"status", "applied"}});
    return {{"batch", push.batch}, {"results", results}};
}

RequestFailed failure(int status, json body = {}) {
    return RequestFailed{kNow, status, std::move(body), std::nullopt, 0.5};
}

json empty_page(const std::string& cursor = "c1", bool more = false) {
    return {{"changes", json::array()}, {"cursor", cursor}, {"more", more}};
}

}  // namespace

TEST_CASE("with nothing to send the engine pulls from the saved cursor and finishes") {
    Fixture f;
    SyncEngine engine(f.store);
    auto cmd = engine.handle(SyncRequested{kNow});
    REQUIRE(std::holds_alternative<SendPull>(cmd));
    CHECK(std::get<SendPull>(cmd).cursor.empty());
    CHECK(std::get<SendPull>(cmd).limit == EngineConfig{}.pull_limit);
    cmd = engine.handle(PullAnswered{kNow, empty_page("c9")});
    CHECK(std::holds_alternative<Finished>(cmd));
    CHECK(engine.phase() == Phase::Idle);
    CHECK(f.store.pull_cursor().value() == "c9");
    CHECK(std::get<SendPull>(engine.handle(SyncRequested{kNow})).cursor == "c9");
}

TEST_CASE("local changes are pushed first, then the engine pulls") {
    Fixture f;
    f.edit(1);
    f.edit(2);
    SyncEngine engine(f.store);
    auto cmd = engine.handle(SyncRequested{kNow});
    REQUIRE(std::holds_alternative<SendPush>(cmd));
    const auto& push = std::get<SendPush>(cmd);
    CHECK(push.batch == 1);
    CHECK(push.body["batch"] == 1);
    CHECK(push.body["changes"].size() == 2);
    cmd = engine.handle(PushAnswered{kNow, applied_answer(push)});
    REQUIRE(std::holds_alternative<SendPull>(cmd));
    CHECK(f.store.waiting_count() == 0);
    cmd = engine.handle(PullAnswered{kNow, empty_page()});
    REQUIRE(std::holds_alternative<Finished>(cmd));
    CHECK(std::get<Finished>(cmd).report.pushed.applied == 2);
    CHECK(std::get<Finished>(cmd).report.batches == 1);
}

TEST_CASE("a large outbox goes in several batches numbered in order") {
    Fixture f;
    for (int i = 0; i < 5; ++i)
        f.edit(i);
    EngineConfig config;
    config.batch.max_changes = 2;
    SyncEngine engine(f.store, config);
    auto cmd = engine.handle(SyncRequested{kNow});
    std::vector<std::int64_t> numbers;
    while (std::holds_alternative<SendPush>(cmd)) {
        numbers.push_back(std::get<SendPush>(cmd).batch);
        cmd = engine.handle(PushAnswered{kNow, applied_answer(std::get<SendPush>(cmd))});
    }
    CHECK(numbers == std::vector<std::int64_t>{1, 2, 3});
    CHECK(std::holds_alternative<SendPull>(cmd));
}

TEST_CASE("a lost answer is retried with growing backoff and the same batch is resent") {
    Fixture f;
    f.edit(1);
    SyncEngine engine(f.store);
    const auto first = std::get<SendPush>(engine.handle(SyncRequested{kNow}));
    std::vector<std::int64_t> waits;
    for (int i = 0; i < 10; ++i) {
        auto cmd = engine.handle(RequestFailed{kNow, 0, {}, std::nullopt, 1.0});
        REQUIRE(std::holds_alternative<ScheduleRetry>(cmd));
        waits.push_back(std::get<ScheduleRetry>(cmd).after_ms);
        auto again = engine.handle(TimerFired{kNow});
        REQUIRE(std::holds_alternative<SendPush>(again));
        CHECK(std::get<SendPush>(again).body == first.body);
    }
    CHECK(waits[0] == 2'000);
    CHECK(waits[1] == 4'000);
    CHECK(waits[2] == 8'000);
    CHECK(waits[9] == 300'000);
    CHECK(engine.consecutive_failures() == 10);
}

TEST_CASE("jitter spreads the retries of devices that failed together") {
    // Devices that failed at the same moment, each with its own random draw.
    std::vector<std::int64_t> waits;
    for (const double jitter : {0.0, 0.25, 0.5, 0.99}) {
        Fixture f;
        SyncEngine engine(f.store);
        (void)engine.handle(SyncRequested{kNow});
        waits.push_back(std::get<ScheduleRetry>(
                            engine.handle(RequestFailed{kNow, 503, {}, std::nullopt, jitter}))
                            .after_ms);
    }
    // Half the first wait is fixed, half is spread by the jitter.
    CHECK(waits == std::vector<std::int64_t>{1'000, 1'250, 1'500, 1'990});
}

TEST_CASE("the backoff starts again from the first wait after a successful push") {
    Fixture f;
    f.edit(1);
    SyncEngine engine(f.store);
    auto push = std::get<SendPush>(engine.handle(SyncRequested{kNow}));
    const auto wait_after_failure = [&] {
        auto cmd = engine.handle(RequestFailed{kNow, 503, {}, std::nullopt, 1.0});
        REQUIRE(std::holds_alternative<ScheduleRetry>(cmd));
        return std::get<ScheduleRetry>(cmd).after_ms;
    };
    CHECK(wait_after_failure() == 2'000);
    push = std::get<SendPush>(engine.handle(TimerFired{kNow}));
    CHECK(wait_after_failure() == 4'000);
    push = std::get<SendPush>(engine.handle(TimerFired{kNow}));
    CHECK(wait_after_failure() == 8'000);
    push = std::get<SendPush>(engine.handle(TimerFired{kNow}));
    CHECK(engine.consecutive_failures() == 3);

    REQUIRE(
        std::holds_alternative<SendPull>(engine.handle(PushAnswered{kNow, applied_answer(push)})));
    CHECK(engine.consecutive_failures() == 0);
    // The pull that follows fails: its wait is the first one again, not 16 s.
    CHECK(wait_after_failure() == 2'000);
}

TEST_CASE("the backoff starts again from the first wait after a successful pull page") {
    Fixture f;
    SyncEngine engine(f.store);
    REQUIRE(std::holds_alternative<SendPull>(engine.handle(SyncRequested{kNow})));
    for (const std::int64_t expected : {2'000, 4'000}) {
        auto cmd = engine.handle(RequestFailed{kNow, 0, {}, std::nullopt, 1.0});
        CHECK(std::get<ScheduleRetry>(cmd).after_ms == expected);
        REQUIRE(std::holds_alternative<SendPull>(engine.handle(TimerFired{kNow})));
    }
    REQUIRE(std::holds_alternative<SendPull>(
        engine.handle(PullAnswered{kNow, empty_page("c1", true)})));
    auto cmd = engine.handle(RequestFailed{kNow, 0, {}, std::nullopt, 1.0});
    CHECK(std::get<ScheduleRetry>(cmd).after_ms == 2'000);
}

TEST_CASE("a 429 waits exactly as long as the server asked") {
    Fixture f;
    SyncEngine engine(f.store);
    (void)engine.handle(SyncRequested{kNow});
    auto cmd = engine.handle(RequestFailed{kNow, 429, {}, std::int64_t{30'000}, 0.5});
    CHECK(std::get<ScheduleRetry>(cmd).after_ms == 30'000);
}

TEST_CASE("a 409 renumbers the unanswered batch to the number the server expects") {
    Fixture f;
    f.edit(1);
    SyncEngine engine(f.store);
    (void)engine.handle(SyncRequested{kNow});
    auto cmd = engine.handle(failure(
        409, json{{"error",
                   {{"code", "batch_out_of_order"}, {"message", "m"}, {"expected_batch", 7}}}}));
    REQUIRE(std::holds_alternative<SendPush>(cmd));
    CHECK(std::get<SendPush>(cmd).batch == 7);
    cmd = engine.handle(PushAnswered{kNow, applied_answer(std::get<SendPush>(cmd))});
    CHECK(std::holds_alternative<SendPull>(cmd));
    f.edit(2);
    (void)engine.handle(PullAnswered{kNow, empty_page()});
    CHECK(std::get<SendPush>(engine.handle(SyncRequested{kNow})).batch == 8);
}

TEST_CASE("a 413 splits the batch into smaller ones") {
    Fixture f;
    for (int i = 0; i < 4; ++i)
        f.edit(i);
    SyncEngine engine(f.store);
    auto cmd = engine.handle(SyncRequested{kNow});
    REQUIRE(std::get<SendPush>(cmd).body["changes"].size() == 4);
    cmd = engine.handle(failure(413));
    REQUIRE(std::holds_alternative<SendPush>(cmd));
    CHECK(std::get<SendPush>(cmd).batch == 1);
    CHECK(std::get<SendPush>(cmd).body["changes"].size() == 2);
}

TEST_CASE("a 401 stops syncing and asks for enrolment, keeping the outbox") {
    Fixture f;
    f.edit(1);
    SyncEngine engine(f.store);
    (void)engine.handle(SyncRequested{kNow});
    auto cmd = engine.handle(failure(401));
    REQUIRE(std::holds_alternative<Stopped>(cmd));
    CHECK(std::get<Stopped>(cmd).code == "unauthorized");
    CHECK(engine.phase() == Phase::Stopped);
    CHECK(f.store.waiting_count() == 1);
}

TEST_CASE("a push answer for another batch stops with a protocol error and changes nothing") {
    Fixture f;
    f.edit(1);
    SyncEngine engine(f.store);
    auto push = std::get<SendPush>(engine.handle(SyncRequested{kNow}));
    json wrong = applied_answer(push);
    wrong["batch"] = 99;
    auto cmd = engine.handle(PushAnswered{kNow, wrong});
    REQUIRE(std::holds_alternative<Stopped>(cmd));
    CHECK(std::get<Stopped>(cmd).code == "protocol_error");
    CHECK(f.store.waiting_count() == 1);
}

TEST_CASE("pages are pulled while the server says there is more") {
    Fixture f;
    SyncEngine engine(f.store);
    (void)engine.handle(SyncRequested{kNow});
    auto cmd = engine.handle(PullAnswered{kNow, empty_page("c5", true)});
    REQUIRE(std::holds_alternative<SendPull>(cmd));
    CHECK(std::get<SendPull>(cmd).cursor == "c5");
    CHECK(std::holds_alternative<Finished>(
        engine.handle(PullAnswered{kNow, empty_page("c6", false)})));
}

TEST_CASE("a sync asked for during a round makes the round go once more") {
    Fixture f;
    SyncEngine engine(f.store);
    (void)engine.handle(SyncRequested{kNow});
    f.edit(1);
    CHECK(std::holds_alternative<Wait>(engine.handle(SyncRequested{kNow})));
    auto cmd = engine.handle(PullAnswered{kNow, empty_page()});
    REQUIRE(std::holds_alternative<SendPush>(cmd));
}

TEST_CASE("answers that arrive when nothing is asked are ignored") {
    Fixture f;
    SyncEngine engine(f.store);
    CHECK(std::holds_alternative<Wait>(engine.handle(PullAnswered{kNow, empty_page()})));
    CHECK(std::holds_alternative<Wait>(engine.handle(TimerFired{kNow})));
    CHECK(f.store.pull_cursor().value().empty());
}

namespace {

json store_of(const std::string& id, std::int64_t generation) {
    return {{"id", id}, {"generation", generation}};
}

std::string version_at(std::int64_t ms, std::uint16_t counter = 0) {
    return pantau::Hlc(static_cast<std::uint64_t>(ms), counter).to_string();
}

// A device that synced with store "s1": its own records 1 (kept) and 2
// (deleted since), record 3 made by another device, and its record 4 that
// another device overwrote; its pull cursor is c4.
struct SyncedDevice : Fixture {
    SyncEngine engine{store};

    SyncedDevice() {
        edit(1);
        edit(2);
        edit(4);
        REQUIRE(store.record({"attendance", rid(2), kUnit, json::object(), true}, kNow).ok());
        auto cmd = engine.handle(SyncRequested{kNow});
        auto push = std::get<SendPush>(cmd);
        json answer = applied_answer(push);
        answer["store"] = store_of("s1", 1);
        cmd = engine.handle(PushAnswered{kNow, answer});
        REQUIRE(std::get<SendPull>(cmd).cursor.empty());
        const auto mine = store.get("attendance", rid(4));
        json page = {{"changes",
                      {Change{"attendance", rid(3), kUnit, version_at(kNow + 10), std::nullopt,
                              "other", false, json{{"status", "SAKIT"}}}
                           .to_json(),
                       Change{"attendance", rid(4), kUnit, version_at(kNow + 20), mine->version,
                              "other", false, json{{"status", "IZIN"}}}
                           .to_json()}},
                     {"cursor", "c4"},
                     {"more", false},
                     {"store", store_of("s1", 1)}};
        REQUIRE(std::holds_alternative<Finished>(engine.handle(PullAnswered{kNow, page})));
        REQUIRE(store.waiting_count() == 0);
        REQUIRE(store.pull_cursor().value() == "c4");
    }

    std::set<std::string> ids(const SendPush& push) {
        std::set<std::string> out;
        for (const auto& c : push.body["changes"])
            out.insert(c["id"].get<std::string>());
        return out;
    }
};

}  // namespace

TEST_CASE("the first store a device hears of is remembered and nothing is sent again") {
    Fixture f;
    SyncEngine engine(f.store);
    (void)engine.handle(SyncRequested{kNow});
    auto page = empty_page("c9");
    page["store"] = store_of("s1", 1);
    CHECK(std::holds_alternative<Finished>(engine.handle(PullAnswered{kNow, page})));
    CHECK(f.store.pull_cursor().value() == "c9");
    CHECK(f.store.waiting_count() == 0);
}

TEST_CASE(
    "a restored store's 409 makes the device resend its own records then pull from the start") {
    SyncedDevice d;
    d.edit(5, "SAKIT");
    auto cmd = d.engine.handle(SyncRequested{kNow});
    REQUIRE(std::get<SendPush>(cmd).batch == 2);
    // The store was restored from a backup taken before batch 1.
    cmd = d.engine.handle(failure(409, json{{"error",
                                             {{"code", "batch_out_of_order"},
                                              {"message", "m"},
                                              {"expected_batch", 1},
                                              {"store", store_of("s1", 2)}}}}));
    const auto renumbered = std::get<SendPush>(cmd);
    CHECK(renumbered.batch == 1);
    CHECK(d.ids(renumbered) == std::set<std::string>{rid(5)});
    cmd = d.engine.handle(PushAnswered{kNow, applied_answer(renumbered)});
    // Then everything it made that it still holds as its own, the tombstone
    // too, and not the records of others nor its record another device overwrote.
    const auto resent = std::get<SendPush>(cmd);
    CHECK(resent.batch == 2);
    CHECK(d.ids(resent) == std::set<std::string>{rid(1), rid(2)});
    for (const auto& c : resent.body["changes"]) {
        const auto held = d.store.get("attendance", c["id"]);
        CHECK(c["version"] == held->version);
        CHECK(c["deleted"] == held->deleted);
    }
    auto answer = applied_answer(resent);
    answer["store"] = store_of("s1", 2);
    cmd = d.engine.handle(PushAnswered{kNow, answer});
    CHECK(std::get<SendPull>(cmd).cursor.empty());
    CHECK(d.store.waiting_count() == 0);
}

TEST_CASE(
    "a pull page from a restored store is dropped, the device resends and pulls from the start") {
    SyncedDevice d;
    auto cmd = d.engine.handle(SyncRequested{kNow});
    REQUIRE(std::get<SendPull>(cmd).cursor == "c4");
    json page = {{"changes",
                  {Change{"attendance", rid(6), kUnit, version_at(kNow + 30), std::nullopt, "other",
                          false, json{{"status", "HADIR"}}}
                       .to_json()}},
                 {"cursor", "c5"},
                 {"more", false},
                 {"store", store_of("s1", 2)}};
    cmd = d.engine.handle(PullAnswered{kNow, page});
    const auto resent = std::get<SendPush>(cmd);
    CHECK(d.ids(resent) == std::set<std::string>{rid(1), rid(2)});
    CHECK_FALSE(d.store.get("attendance", rid(6)));  // the page continued a cursor never given
    cmd = d.engine.handle(PushAnswered{kNow, applied_answer(resent)});
    CHECK(std::get<SendPull>(cmd).cursor.empty());
}

TEST_CASE(
    "a pull cursor the server does not know makes the device resend and pull from the start") {
    SyncedDevice d;
    (void)d.engine.handle(SyncRequested{kNow});
    // A server without store identities still says the cursor is beyond its end.
    auto cmd = d.engine.handle(
        failure(409, json{{"error", {{"code", "cursor_unknown"}, {"message", "m"}}}}));
    const auto resent = std::get<SendPush>(cmd);
    CHECK(d.ids(resent) == std::set<std::string>{rid(1), rid(2)});
    cmd = d.engine.handle(PushAnswered{kNow, applied_answer(resent)});
    CHECK(std::get<SendPull>(cmd).cursor.empty());
    CHECK(d.engine.consecutive_failures() == 0);
}
