// The sync property test: 2-5 simulated devices in two units edit offline and
// sync through the server's protocol functions in a random order, with lost
// requests, lost answers, duplicated deliveries, device restarts and skewed
// clocks, and the server's store restored from an earlier backup. After a
// fault-free final sync every device must hold exactly the
// server's records of its scope; no acknowledged write may vanish unless a
// later write built on it or a conflict recorded it; nothing is duplicated.
//
// PANTAU_SYNC_SEEDS (default 500) and PANTAU_SYNC_SEED_START (default 1) pick the seeds.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "clock/random.h"
#include "clock/uuid.h"
#include "store/device_store.h"
#include "sync/central.h"
#include "sync/engine.h"
#include "sync/memory_central_store.h"

using nlohmann::json;
using pantau::SplitMix64;
using pantau::store::DeviceStore;
using namespace pantau::sync;

namespace {

const std::vector<std::string> kUnits = {"aaaaaaaa-0000-4000-8000-000000000001",
                                         "bbbbbbbb-0000-4000-8000-000000000002"};
const std::vector<std::string> kStatuses = {"HADIR", "TERLAMBAT", "IZIN", "SAKIT",
                                            "TANPA_KETERANGAN"};

struct Device {
    std::string id;
    std::string unit;
    std::int64_t clock_offset_ms = 0;
    std::unique_ptr<DeviceStore> store;
    std::unique_ptr<SyncEngine> engine;
    std::optional<Command> pending;
    EngineConfig config;
};

struct SeenChange {
    Change change;  // as the server stored it
};

class Simulation {
  public:
    explicit Simulation(std::uint64_t seed) : rng_(seed) {
        const int count = 2 + static_cast<int>(rng_() % 4);
        for (int i = 0; i < count; ++i) {
            auto device = std::make_unique<Device>();
            device->id = "device-" + std::to_string(i);
            device->unit = kUnits[rng_() % kUnits.size()];
            device->clock_offset_ms = static_cast<std::int64_t>(rng_() % 240'001) - 120'000;
            if (rng_() % 10 == 0)
                device->clock_offset_ms = 86'400'000;  // a phone a day ahead
            auto store = DeviceStore::open(":memory:", pantau::sqlite::Durability::Normal);
            REQUIRE(store.ok());
            REQUIRE(store->set_device_id(device->id).ok());
            device->store = std::make_unique<DeviceStore>(std::move(store).value());
            device->config.batch.max_changes = 1 + rng_() % 4;
            device->config.pull_limit = 1 + static_cast<int>(rng_() % 5);
            restart(*device);
            devices_.push_back(std::move(device));
        }
    }

    void run_random_steps(int steps) {
        for (int step = 0; step < steps; ++step) {
            now_ += static_cast<std::int64_t>(rng_() % 3000);
            Device& d = *devices_[rng_() % devices_.size()];
            const auto action = rng_() % 100;
            if (action < 35) {
                const int edits = 1 + static_cast<int>(rng_() % 3);
                for (int i = 0; i < edits; ++i)
                    edit(d);
            } else if (action < 55) {
                if (!d.pending)
                    d.pending = d.engine->handle(SyncRequested{now_});
            } else if (action < 92) {
                if (d.pending)
                    deliver(d, /*faults=*/true);
            } else if (action < 97) {
                restart(d);
            } else if (action < 99) {
                now_ += 10 * 60'000;
            } else {
                back_up_or_restore();
            }
        }
    }

    // Fault-free rounds until every device has sent everything and seen everything.
    void settle() {
        for (int round = 0; round < 2; ++round) {
            for (auto& d : devices_) {
                finish_round(*d);
                d->pending = d->engine->handle(SyncRequested{now_});
                finish_round(*d);
            }
        }
    }

    void check_properties() {
        const auto server_records = server_.records();
        std::map<std::pair<std::string, std::string>, Change> server_by_key;
        for (const auto& c : server_records)
            server_by_key[{c.type, c.id}] = c;

        // Convergence and scope: each device holds exactly the server's records of its unit.
        for (auto& d : devices_) {
            INFO(d->id << " of unit " << d->unit);
            CHECK(d->store->waiting_count() == 0);
            CHECK(d->store->rejected().empty());
            std::map<std::pair<std::string, std::string>, Change> mine;
            auto rows = d->store->database().prepare(
                "SELECT type, id, unit_id, version, origin, deleted, data FROM records");
            while (rows.step()) {
                Change c{rows.text(0), rows.text(1), rows.text(2),       rows.text(3),
                         std::nullopt, rows.text(4), rows.int64(5) != 0, json::parse(rows.text(6))};
                CHECK(c.unit_id == d->unit);
                mine[{c.type, c.id}] = c;
            }
            std::map<std::pair<std::string, std::string>, Change> expected;
            for (const auto& [key, c] : server_by_key) {
                if (c.unit_id != d->unit)
                    continue;
                Change copy = c;
                copy.base.reset();
                expected[key] = copy;
            }
            CHECK(mine.size() == expected.size());
            CHECK(mine == expected);
        }

        // Nothing duplicated: one server record per created survey and per natural key.
        std::size_t surveys = 0, attendance = 0;
        for (const auto& c : server_records)
            (c.type == "survey_response" ? surveys : attendance)++;
        CHECK(surveys == surveys_created_.size());
        CHECK(attendance == attendance_keys_.size());

        // No lost write.
        std::set<std::tuple<std::string, std::string, std::string>> losers;  // id, version, origin
        for (const auto& conflict : server_.conflicts())
            losers.insert({conflict.record_id, conflict.loser.version, conflict.loser.origin});
        for (const auto& conflict : forgotten_conflicts_)
            losers.insert({conflict.record_id, conflict.loser.version, conflict.loser.origin});
        std::set<std::pair<std::string, std::string>> built_on;  // id, base version
        // A version built on is accounted for by the later one, which is
        // itself checked: applied, or superseded and recorded as the loser
        // (after a restore the store may never have held the version between).
        for (const auto* changes : {&applied_, &superseded_})
            for (const auto& c : *changes)
                if (c.base)
                    built_on.insert({c.id, *c.base});
        for (const auto& c : applied_) {
            INFO("applied " << c.to_json().dump());
            const auto& final_version = server_by_key.at({c.type, c.id});
            INFO("final " << final_version.to_json().dump());
            // A restore forgets the answer to a batch whose answer was lost:
            // sent again, a far-ahead edit is re-stamped anew. Any stored
            // version of the same edit accounts for it.
            std::set<std::string> versions = {c.version};
            if (const auto it = restamped_.find({c.id, c.version}); it != restamped_.end())
                for (const auto& [stored, sent] : restamped_)
                    if (stored.first == c.id && sent == it->second)
                        versions.insert(stored.second);
            bool accounted = false;
            for (const auto& v : versions)
                accounted = accounted ||
                            (final_version.version == v && final_version.origin == c.origin) ||
                            built_on.contains({c.id, v}) || losers.contains({c.id, v, c.origin});
            CHECK(accounted);
        }
        for (const auto& c : superseded_) {
            INFO("superseded " << c.to_json().dump());
            CHECK(losers.contains({c.id, c.version, c.origin}));
        }
        CHECK(server_.rejected().empty());
    }

    std::size_t applied_count() const { return applied_.size(); }
    std::size_t conflict_count() const { return server_.conflicts().size(); }
    int restore_count() const { return restores_; }

  private:
    std::int64_t device_now(const Device& d) const { return now_ + d.clock_offset_ms; }

    // The server's store is backed up, and the next time restored from that
    // backup: what was pushed in between is forgotten until the devices
    // send it again.
    void back_up_or_restore() {
        if (!backup_) {
            backup_ = server_;
            return;
        }
        for (const auto& conflict : server_.conflicts())
            forgotten_conflicts_.push_back(conflict);
        server_.restore(*backup_);
        backup_.reset();
        replies_.clear();  // batch numbers are given again
        ++restores_;
    }

    void restart(Device& d) {
        // A killed app keeps only what its store committed.
        d.engine = std::make_unique<SyncEngine>(*d.store, d.config);
        d.pending.reset();
    }

    void edit(Device& d) {
        if (rng_() % 6 == 0) {
            const std::string id = pantau::uuid_v4(rng_.uuid_bytes());
            REQUIRE(d.store
                        ->record({"survey_response", id, d.unit,
                                  json{{"scores", {rng_() % 4 + 1, 3, 4}}}},
                                 device_now(d))
                        .ok());
            surveys_created_.insert(id);
            return;
        }
        const std::string employee = "employee-" + std::to_string(rng_() % 4);
        const auto date =
            pantau::Date::parse("2026-11-23")->plus_days(static_cast<int>(rng_() % 3));
        const std::string id = pantau::attendance_id(d.unit, employee, date);
        attendance_keys_.insert(id);
        pantau::store::LocalEdit e{"attendance", id, d.unit,
                                   json{{"employee_id", employee},
                                        {"date", date.iso()},
                                        {"status", kStatuses[rng_() % kStatuses.size()]},
                                        {"by", d.id}}};
        const auto current = d.store->get("attendance", id);
        if (current && !current->deleted && rng_() % 7 == 0)
            e.deleted = true;
        auto recorded = d.store->record(e, device_now(d));
        REQUIRE(recorded.ok());
    }

    Reply push_to_server(Device& d, const json& body) {
        Reply reply = apply_push(server_, {d.id, {d.unit}, true}, body, now_, nullptr);
        if (reply.status != 200)
            return reply;
        const std::string key = d.id + "/" + std::to_string(body["batch"].get<std::int64_t>());
        if (auto first = replies_.find(key); first != replies_.end()) {
            CHECK(reply.body == first->second);  // a replay returns the stored answer
            return reply;
        }
        replies_[key] = reply.body;
        for (std::size_t i = 0; i < body["changes"].size(); ++i) {
            pantau::Problems problems;
            Change c = Change::from_json(body["changes"][i], problems);
            const auto& result = reply.body["results"][i];
            if (result.contains("version")) {
                restamped_[{c.id, result["version"].get<std::string>()}] = c.version;
                c.version = result["version"];
            }
            if (result["status"] == "applied")
                applied_.push_back(c);
            if (result["status"] == "superseded")
                superseded_.push_back(c);
        }
        return reply;
    }

    Event answer_to(const Reply& reply, bool pull) {
        if (reply.status != 200)
            return RequestFailed{now_, reply.status, reply.body, std::nullopt, 0.5};
        if (pull)
            return PullAnswered{now_, reply.body};
        return PushAnswered{now_, reply.body};
    }

    void deliver(Device& d, bool faults) {
        const Command cmd = *d.pending;
        d.pending.reset();
        const auto fault = faults ? rng_() % 100 : 100;
        const double jitter = static_cast<double>(rng_() % 1000) / 1000.0;
        if (const auto* push = std::get_if<SendPush>(&cmd)) {
            if (fault < 8) {  // the request never arrives
                d.pending = d.engine->handle(RequestFailed{now_, 0, {}, std::nullopt, jitter});
                return;
            }
            Reply reply = push_to_server(d, push->body);
            if (fault < 16) {  // the server committed, the answer is lost
                d.pending = d.engine->handle(RequestFailed{now_, 0, {}, std::nullopt, jitter});
                return;
            }
            if (fault < 22)
                reply = push_to_server(d, push->body);  // delivered twice
            d.pending = d.engine->handle(answer_to(reply, false));
        } else if (const auto* pull = std::get_if<SendPull>(&cmd)) {
            if (fault < 10) {
                d.pending = d.engine->handle(RequestFailed{now_, 0, {}, std::nullopt, jitter});
                return;
            }
            const Reply reply =
                read_pull(server_, {d.id, {d.unit}, true}, pull->cursor, pull->limit);
            d.pending = d.engine->handle(answer_to(reply, true));
        } else if (std::holds_alternative<ScheduleRetry>(cmd)) {
            d.pending = d.engine->handle(TimerFired{now_});
        } else if (const auto* stopped = std::get_if<Stopped>(&cmd)) {
            FAIL("sync stopped: " << stopped->code << ": " << stopped->message);
        }
        if (d.pending && (std::holds_alternative<Finished>(*d.pending) ||
                          std::holds_alternative<Wait>(*d.pending)))
            d.pending.reset();
    }

    void finish_round(Device& d) {
        for (int guard = 0; d.pending && guard < 100'000; ++guard)
            deliver(d, false);
        REQUIRE_FALSE(d.pending);
    }

    SplitMix64 rng_;
    MemoryCentralStore server_;
    std::optional<MemoryCentralStore> backup_;
    std::vector<ConflictRecord> forgotten_conflicts_;  // recorded by the store before a restore
    // (id, version stored) -> the version the device sent, for re-stamped changes
    std::map<std::pair<std::string, std::string>, std::string> restamped_;
    int restores_ = 0;
    std::vector<std::unique_ptr<Device>> devices_;
    std::int64_t now_ = 1'795'400'000'000;
    std::map<std::string, json> replies_;
    std::vector<Change> applied_;
    std::vector<Change> superseded_;
    std::set<std::string> surveys_created_;
    std::set<std::string> attendance_keys_;
};

std::uint64_t env_or(const char* name, std::uint64_t fallback) {
    const char* value = std::getenv(name);
    return value ? std::strtoull(value, nullptr, 10) : fallback;
}

}  // namespace

TEST_CASE("devices editing offline converge through lost answers, replays and restarts") {
    const std::uint64_t seeds = env_or("PANTAU_SYNC_SEEDS", 500);
    const std::uint64_t start = env_or("PANTAU_SYNC_SEED_START", 1);
    std::size_t applied = 0, conflicts = 0;
    int restores = 0;
    for (std::uint64_t seed = start; seed < start + seeds; ++seed) {
        INFO("seed " << seed << " (rerun: PANTAU_SYNC_SEED_START=" << seed
                     << " PANTAU_SYNC_SEEDS=1)");
        Simulation sim(seed);
        sim.run_random_steps(150);
        sim.settle();
        sim.check_properties();
        applied += sim.applied_count();
        conflicts += sim.conflict_count();
        restores += sim.restore_count();
    }
    // The runs must exercise the interesting paths, or they prove little.
    CHECK(applied > seeds * 20);
    CHECK(conflicts > seeds);
    CHECK(restores > static_cast<int>(seeds / 10));
    WARN(seeds << " seeds: " << applied << " changes applied, " << conflicts
               << " conflicts recorded, " << restores << " restores from a backup");
}
