// A child process works on a store file (local edits, batches, answers, pull
// pages) and is killed with SIGKILL in the middle of it: at the N-th write or
// sync that reaches the file system, N drawn from a seed, so a failure can be
// replayed exactly. Whatever the moment, the store the parent reopens is
// intact and its parts agree.
//   PANTAU_CRASH_SEED (default 1) and PANTAU_CRASH_ROUNDS (default 8).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "store/device_store.h"
#include "support/fault_vfs.h"

using nlohmann::json;
using pantau::store::DeviceStore;
using pantau::store::LocalEdit;
using namespace pantau::sync;

namespace {

const std::string kUnit = "11111111-1111-4111-8111-111111111111";
constexpr int kPageSize = 5;

std::string id_of(const char* prefix, int n) {
    char id[40];
    std::snprintf(id, sizeof id, "%s-2222-4222-8222-%012d", prefix, n);
    return id;
}

// Runs until the fault VFS kills it at its `kill_at`-th write or sync.
[[noreturn]] void work(const std::string& path, std::int64_t kill_at, unsigned seed) {
    pantau::testing::kill_at_write(kill_at);
    auto store = DeviceStore::open(path);
    if (!store.ok())
        _exit(2);
    (void)store->set_device_id("crash-device");
    std::mt19937 rng(seed);
    std::int64_t now = 1'795'400'000'000;
    int page = std::stoi(
        store->pull_cursor().value().empty() ? "0" : store->pull_cursor().value().substr(1));
    for (int step = 0; step < 1'000'000; ++step) {
        now += 1000;
        const int action = static_cast<int>(rng() % 10);
        if (action < 6) {
            LocalEdit edit{"attendance", id_of("aaaaaaaa", static_cast<int>(rng() % 40)), kUnit,
                           json{{"status", "HADIR"}, {"step", step}}};
            if (!store->record(edit, now).ok())
                _exit(3);
        } else if (action < 8) {
            auto batch = store->in_flight_batch();
            if (!batch.ok())
                _exit(4);
            if (!batch->has_value())
                batch = store->open_next_batch({});
            if (batch.ok() && batch->has_value()) {
                PushResponse r;
                r.batch = (*batch)->number;
                for (const auto& c : (*batch)->changes)
                    r.results.push_back(ChangeResult::applied(c.id));
                if (!store->apply_push_response(**batch, r, now).ok())
                    _exit(5);
            }
        } else {
            ++page;
            PullPage p;
            p.cursor = "c" + std::to_string(page);
            for (int i = 0; i < kPageSize; ++i) {
                Change c;
                c.type = "employee";
                c.id = id_of("bbbbbbbb", page * kPageSize + i);
                c.unit_id = kUnit;
                c.version = "0190000000000000";
                c.origin = "server";
                c.data = json{{"page", page}};
                p.changes.push_back(c);
            }
            if (!store->apply_pull_page(p, now).ok())
                _exit(6);
        }
    }
    _exit(0);
}

void check_consistent(const std::string& path) {
    auto store = DeviceStore::open(path);
    REQUIRE(store.ok());
    auto& db = store->database();
    {
        auto s = db.prepare("PRAGMA integrity_check");
        REQUIRE(s.step());
        CHECK(s.text(0) == "ok");
    }
    // Every local version not confirmed by the server is waiting in the outbox, at that version.
    CHECK(db.scalar_int(
              "SELECT count(*) FROM records r WHERE r.origin = 'crash-device' "
              "AND r.version IS NOT r.confirmed_version AND NOT EXISTS (SELECT 1 FROM outbox o "
              "WHERE o.type = r.type AND o.id = r.id AND o.version = r.version)") == 0);
    // Every outbox entry belongs to a record that holds its version or a later local one.
    CHECK(db.scalar_int("SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM records r "
                        "WHERE r.type = o.type AND r.id = o.id AND r.version >= o.version)") == 0);
    // At most one entry per record waits unnumbered.
    CHECK(db.scalar_int("SELECT count(*) FROM (SELECT type, id FROM outbox WHERE batch IS NULL "
                        "GROUP BY type, id HAVING count(*) > 1)") == 0);
    // The cursor names exactly the pages applied.
    const std::string cursor = store->pull_cursor().value();
    const int pages = cursor.empty() ? 0 : std::stoi(cursor.substr(1));
    CHECK(store->count("employee") == std::int64_t{pages} * kPageSize);
    CHECK(db.scalar_int("SELECT count(*) FROM records WHERE type = 'employee' AND "
                        "json_extract(data, '$.page') > " +
                        std::to_string(pages)) == 0);
    // And the store goes on working.
    CHECK(store->record({"attendance", id_of("cccccccc", 1), kUnit, json{{"status", "HADIR"}}}, 1)
              .ok());
}

std::uint64_t env_or(const char* name, std::uint64_t fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::stoull(value) : fallback;
}

}  // namespace

TEST_CASE("a store killed with SIGKILL at random moments stays consistent") {
    const auto seed = static_cast<unsigned>(env_or("PANTAU_CRASH_SEED", 1));
    const auto rounds = static_cast<int>(env_or("PANTAU_CRASH_ROUNDS", 8));
    INFO("seed " << seed << " (rerun: PANTAU_CRASH_SEED=" << seed << ")");
    std::mt19937 rng(seed);
    const auto dir =
        std::filesystem::temp_directory_path() / ("pantau-crash-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "device.db").string();

    std::string kills;
    for (int round = 0; round < rounds; ++round) {
        // Up to a few thousand writes: inside transactions, at commits and at checkpoints.
        const std::int64_t kill_at = 1 + static_cast<std::int64_t>(rng() % 6000);
        INFO("round " << round << ", killed at write or sync " << kill_at);
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0)
            work(path, kill_at, seed + static_cast<unsigned>(round));
        int status = 0;
        REQUIRE(waitpid(child, &status, 0) == child);
        REQUIRE(WIFSIGNALED(status));
        CHECK(WTERMSIG(status) == SIGKILL);
        check_consistent(path);
        kills += " " + std::to_string(kill_at);
    }
    std::printf("crash run, seed %u: %d kills, at writes%s\n", seed, rounds, kills.c_str());
    std::filesystem::remove_all(dir);
}
