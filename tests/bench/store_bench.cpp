// pantau-bench-store: how fast the device store takes a first pull (a unit's
// master data and history arriving in pages) and local edits, against a
// baseline of plain SQLite doing the same writes with no sync bookkeeping,
// measured in the same run on the same kind of file (WAL, synchronous=FULL).
// Prints medians of several runs and the store/baseline ratio.
//
//   pantau-bench-store [--runs N] [--changes N] [--edits N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "clock/hlc.h"
#include "clock/random.h"
#include "clock/uuid.h"
#include "store/device_store.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

const std::string kUnit = "aaaaaaaa-0000-4000-8000-000000000001";
constexpr std::size_t kPageSize = 500;

struct Fixture {
    std::vector<pantau::sync::Change> changes;
};

Fixture make_changes(int count) {
    Fixture f;
    pantau::SplitMix64 rng(42);
    pantau::HlcClock clock;
    for (int i = 0; i < count; ++i) {
        f.changes.push_back({"attendance", pantau::uuid_v4(rng.uuid_bytes()), kUnit,
                             clock.send(1'795'400'000'000 + i).to_string(), std::nullopt, "server",
                             false,
                             json{{"employee_id", pantau::uuid_v4(rng.uuid_bytes())},
                                  {"date", "2026-11-23"},
                                  {"status", "HADIR"},
                                  {"recorded_at", "2026-11-23T00:45:00Z"}}});
    }
    return f;
}

std::string fresh_path(const std::string& name) {
    const auto path = fs::temp_directory_path() / ("pantau-bench-" + name + ".db");
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(path.string() + suffix);
    return path.string();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double time_ms(const std::function<void()>& body) {
    const auto start = Clock::now();
    body();
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The same rows in a table of the same shape, prepared once, one transaction per page.
void baseline_pull(const Fixture& f) {
    auto db = pantau::sqlite::Database::open(fresh_path("baseline-pull"));
    db.exec(
        "CREATE TABLE records (type TEXT, id TEXT, unit_id TEXT, version TEXT, origin TEXT, "
        "deleted "
        "INTEGER, data TEXT, PRIMARY KEY (type, id)) WITHOUT ROWID");
    auto insert = db.prepare("INSERT OR REPLACE INTO records VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t at = 0; at < f.changes.size(); at += kPageSize) {
        pantau::sqlite::Transaction tx(db);
        for (std::size_t i = at; i < std::min(at + kPageSize, f.changes.size()); ++i) {
            const auto& c = f.changes[i];
            insert.bind_all(c.type, c.id, c.unit_id, c.version, c.origin, std::int64_t{c.deleted},
                            c.data.dump());
            insert.run();
        }
        tx.commit();
    }
}

void store_pull(const Fixture& f) {
    auto store = pantau::store::DeviceStore::open(fresh_path("store-pull"));
    for (std::size_t at = 0; at < f.changes.size(); at += kPageSize) {
        pantau::sync::PullPage page;
        page.changes.assign(f.changes.begin() + static_cast<std::ptrdiff_t>(at),
                            f.changes.begin() + static_cast<std::ptrdiff_t>(
                                                    std::min(at + kPageSize, f.changes.size())));
        page.cursor = "c" + std::to_string(at);
        if (!store->apply_pull_page(page, 1'795'400'000'000).ok())
            std::abort();
    }
}

// One durable transaction per edit, as a supervisor taps through a roll call.
void baseline_edits(const Fixture& f, int edits) {
    auto db = pantau::sqlite::Database::open(fresh_path("baseline-edits"));
    db.exec(
        "CREATE TABLE records (type TEXT, id TEXT, data TEXT, PRIMARY KEY (type, id)) WITHOUT "
        "ROWID");
    auto insert = db.prepare("INSERT OR REPLACE INTO records VALUES (?1, ?2, ?3)");
    for (int i = 0; i < edits; ++i) {
        const auto& c = f.changes[static_cast<std::size_t>(i)];
        pantau::sqlite::Transaction tx(db);
        insert.bind_all(c.type, c.id, c.data.dump());
        insert.run();
        tx.commit();
    }
}

void store_edits(const Fixture& f, int edits) {
    auto store = pantau::store::DeviceStore::open(fresh_path("store-edits"));
    if (!store->set_device_id("bench-device").ok())
        std::abort();
    for (int i = 0; i < edits; ++i) {
        const auto& c = f.changes[static_cast<std::size_t>(i)];
        if (!store->record({c.type, c.id, c.unit_id, c.data}, 1'795'400'000'000 + i).ok())
            std::abort();
    }
}

void report(const char* what, int count, const std::vector<double>& store_ms,
            const std::vector<double>& baseline_ms) {
    const double s = median(store_ms), b = median(baseline_ms);
    std::printf("%-26s %7d  store %9.1f ms (%9.0f/s)  baseline %9.1f ms (%9.0f/s)  ratio %.2f\n",
                what, count, s, count / s * 1000, b, count / b * 1000, s / b);
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5, changes = 20'000, edits = 1'000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (flag == "--runs")
            runs = value;
        else if (flag == "--changes")
            changes = value;
        else if (flag == "--edits")
            edits = value;
    }
    const Fixture f = make_changes(std::max(changes, edits));
    std::vector<double> pull_store, pull_base, edit_store, edit_base;
    for (int r = 0; r < runs; ++r) {
        // Interleaved, so both sides see the same machine load.
        pull_base.push_back(time_ms([&] { baseline_pull(f); }));
        pull_store.push_back(time_ms([&] { store_pull(f); }));
        edit_base.push_back(time_ms([&] { baseline_edits(f, edits); }));
        edit_store.push_back(time_ms([&] { store_edits(f, edits); }));
    }
    std::printf("median of %d runs; files in %s, WAL, synchronous=FULL\n", runs,
                fs::temp_directory_path().c_str());
    report("pull (pages of 500)", changes, pull_store, pull_base);
    report("local edits (1 tx each)", edits, edit_store, edit_base);
    return 0;
}
