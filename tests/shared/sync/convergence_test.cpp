// The sync property test: 2-5 simulated devices in two units edit offline and
// sync through the server's protocol functions in a random order, with lost
// requests, lost answers, duplicated deliveries, device restarts and reboots,
// skewed clocks and users who set their clock, and the server's store
// restored from an earlier backup; meanwhile HR moves employees between the
// units and closes and reopens the month's attendance. After a fault-free
// final sync every device must hold exactly the server's records of its
// scope (an employee who left it kept only under the unit they went to); no
// acknowledged write may vanish unless a later write built on it or a
// conflict recorded it; nothing is duplicated; nothing is refused but for a
// closed period, and no change made after a lock, or arriving after its
// grace, is accepted into it.
//
// PANTAU_SYNC_SEEDS (default 500) and PANTAU_SYNC_SEED_START (default 1) pick the seeds;
// PANTAU_SYNC_TRACE=<record id prefix> prints what happens to those records.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

#include "clock/random.h"
#include "clock/uuid.h"
#include "records/period_lock.h"
#include "store/device_store.h"
#include "sync/central.h"
#include "sync/engine.h"
#include "sync/memory_central_store.h"
#include "sync/protocol.h"
#include "sync/scope_exit.h"

using nlohmann::json;
using pantau::LockKind;
using pantau::PeriodLock;
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
    std::string boot_id;
    std::int64_t booted_at = 0;  // true time
    int boots = 0;
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
        rule_ = [this](const Change& in, const std::optional<Change>& current,
                       const ChangeContext& context) -> pantau::Problems {
            if (auto refused =
                    pantau::closed_period_refusal(find_lock_, in, current, context, now_))
                return {*refused};
            return {};
        };
        find_lock_ = [this](const pantau::LockedPeriod& period) -> std::optional<PeriodLock> {
            return lock_now(period.kind, period.period);
        };
        // HR's staff: three in each unit.
        for (const auto& unit : kUnits)
            for (int i = 0; i < 3; ++i) {
                const std::string id = pantau::uuid_v5(
                    pantau::kPantauNamespace, "employee/" + unit + "/" + std::to_string(i));
                employees_.push_back(id);
                put_by_hr({"employee", id, unit, "", std::nullopt, "", false,
                           json{{"name", "Pegawai " + std::to_string(employees_.size())}}});
            }
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
            reboot(*device);
            device->store->set_boot_clock([this, d = device.get()](std::int64_t wall) {
                return DeviceTime{wall, now_ - d->booted_at, d->boot_id};
            });
            restart(*device);
            devices_.push_back(std::move(device));
        }
    }

    void run_random_steps(int steps) {
        for (int step = 0; step < steps; ++step) {
            now_ += static_cast<std::int64_t>(rng_() % 3000);
            Device& d = *devices_[rng_() % devices_.size()];
            const auto action = rng_() % 100;
            if (action < 34) {
                const int edits = 1 + static_cast<int>(rng_() % 3);
                for (int i = 0; i < edits; ++i)
                    edit(d);
            } else if (action < 54) {
                if (!d.pending)
                    d.pending = d.engine->handle(SyncRequested{now_});
            } else if (action < 90) {
                if (d.pending)
                    deliver(d, /*faults=*/true);
            } else if (action < 94) {
                if (rng_() % 3 == 0)
                    reboot(d);
                restart(d);
            } else if (action < 96) {
                now_ += 10 * 60'000;
            } else if (action < 97) {
                // The user sets the phone's clock, up to a day either way.
                d.clock_offset_ms = static_cast<std::int64_t>(rng_() % 172'800'001) - 86'400'000;
                ++clock_changes_;
            } else if (action < 98) {
                move_employee();
            } else if (action < 99) {
                close_or_reopen();
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

        // Convergence and scope: each device holds exactly the server's
        // records of its unit and the global scope; beyond them only
        // employees who left its unit, each under the unit they are in now.
        for (auto& d : devices_) {
            INFO(d->id << " of unit " << d->unit);
            CHECK(d->store->waiting_count() == 0);
            for (const auto& refused : d->store->rejected())
                CHECK(refused.rejected_code == "period_closed");
            std::map<std::pair<std::string, std::string>, Change> mine;
            auto rows = d->store->database().prepare(
                "SELECT type, id, unit_id, version, origin, deleted, data FROM records");
            while (rows.step()) {
                Change c{rows.text(0), rows.text(1), rows.text(2),       rows.text(3),
                         std::nullopt, rows.text(4), rows.int64(5) != 0, json::parse(rows.text(6))};
                if (c.unit_id != d->unit && c.unit_id != kGlobalScopeUnit) {
                    INFO("held outside its unit: " << c.to_json().dump());
                    CHECK(c.type == "employee");
                    const auto now_at = server_by_key.find({c.type, c.id});
                    REQUIRE(now_at != server_by_key.end());
                    CHECK(now_at->second.unit_id == c.unit_id);
                    continue;
                }
                mine[{c.type, c.id}] = c;
            }
            std::map<std::pair<std::string, std::string>, Change> expected;
            for (const auto& [key, c] : server_by_key) {
                if ((c.unit_id != d->unit && c.unit_id != kGlobalScopeUnit) ||
                    c.type == kScopeExitRecordType)
                    continue;
                Change copy = c;
                copy.base.reset();
                expected[key] = copy;
            }
            CHECK(mine.size() == expected.size());
            for (const auto& [key, c] : expected)
                if (const auto it = mine.find(key); it == mine.end() || !(it->second == c)) {
                    INFO("server " << c.to_json().dump());
                    INFO("device " << (it == mine.end() ? "none" : it->second.to_json().dump()));
                    CHECK(false);
                }
            CHECK(mine == expected);
        }

        // Nothing duplicated: one server record per survey and per natural
        // key that was ever stored, and none other. (An employee-day stored,
        // forgotten in a restore and then refused for a closed period when
        // sent again is accounted for below.)
        std::set<std::string> surveys, attendance;
        for (const auto& c : server_records) {
            if (c.type == "survey_response")
                surveys.insert(c.id);
            if (c.type == "attendance")
                attendance.insert(c.id);
        }
        std::set<std::string> stored_surveys, stored_attendance;
        for (const auto& c : applied_)
            (c.type == "survey_response" ? stored_surveys : stored_attendance).insert(c.id);
        CHECK(surveys == stored_surveys);
        CHECK(std::includes(stored_attendance.begin(), stored_attendance.end(), attendance.begin(),
                            attendance.end()));

        // No lost write.
        std::set<std::tuple<std::string, std::string, std::string>> losers;  // id, version, origin
        for (const auto& conflict : server_.conflicts())
            losers.insert({conflict.record_id, conflict.loser.version, conflict.loser.origin});
        for (const auto& conflict : forgotten_conflicts_)
            losers.insert({conflict.record_id, conflict.loser.version, conflict.loser.origin});
        // A phone that saw its own edit lose to a pulled version lists the
        // conflict for its supervisor; that edit is accounted for there.
        for (const auto& d : devices_)
            for (const auto& conflict : d->store->conflicts(false))
                losers.insert({conflict.record_id, conflict.local_version, conflict.local_origin});
        std::set<std::pair<std::string, std::string>> built_on;  // id, base version
        // A version built on is accounted for by the later one, which is
        // itself checked: applied, or superseded and recorded as the loser
        // (after a restore the store may never have held the version between).
        // The chain may pass through edits refused for a closed period: the
        // supervisor went on editing on them before the refusal came.
        std::map<std::pair<std::string, std::string>, std::string> base_of;  // id, version
        for (const auto* changes : {&applied_, &superseded_, &rejected_})
            for (const auto& c : *changes)
                if (c.base)
                    base_of[{c.id, c.version}] = *c.base;
        for (const auto* changes : {&applied_, &superseded_})
            for (const auto& c : *changes)
                for (auto base = c.base; base && built_on.insert({c.id, *base}).second;) {
                    const auto up = base_of.find({c.id, *base});
                    base = up == base_of.end() ? std::nullopt : std::optional(up->second);
                }
        // A version stored, forgotten in a restore and then refused for a
        // closed period when sent again is not lost: the phone shows it
        // refused, with the reason, and the store's timeline never had it.
        std::set<std::tuple<std::string, std::string, std::string>> refused_later;
        for (const auto& c : rejected_)
            refused_later.insert({c.id, c.version, c.origin});
        for (const auto& c : applied_) {
            INFO("applied " << c.to_json().dump());
            std::string sent = c.version;  // as the device sent it, before any re-stamp
            if (const auto it = restamped_.find({c.id, c.version}); it != restamped_.end())
                sent = it->second;
            // The store may hold no version at all: every one it had was
            // forgotten and the last sent again was refused.
            const auto held = server_by_key.find({c.type, c.id});
            const std::optional<Change> final_version =
                held == server_by_key.end() ? std::nullopt : std::optional(held->second);
            INFO("final " << (final_version ? final_version->to_json().dump() : "none"));
            // A restore forgets the answer to a batch whose answer was lost:
            // sent again, a far-ahead edit is re-stamped anew. Any stored
            // version of the same edit accounts for it.
            std::set<std::string> versions = {c.version};
            if (const auto it = restamped_.find({c.id, c.version}); it != restamped_.end())
                for (const auto& [stored, sent] : restamped_)
                    if (stored.first == c.id && sent == it->second)
                        versions.insert(stored.second);
            bool accounted = refused_later.contains({c.id, sent, c.origin});
            for (const auto& v : versions)
                accounted = accounted ||
                            (final_version && final_version->version == v &&
                             final_version->origin == c.origin) ||
                            built_on.contains({c.id, v}) || losers.contains({c.id, v, c.origin}) ||
                            refused_later.contains({c.id, v, c.origin});
            CHECK(accounted);
        }
        for (const auto& c : superseded_) {
            INFO("superseded " << c.to_json().dump());
            // A resend superseded by the device's own later edit on it is
            // accounted for by that edit.
            CHECK((losers.contains({c.id, c.version, c.origin}) ||
                   (c.resent && built_on.contains({c.id, c.version}))));
        }
        for (const auto& refused : server_.rejected()) {
            INFO("rejected " << refused.change.dump() << ": " << refused.reason);
            CHECK(refused.reason.find("was closed by") != std::string::npos);
        }
    }

    std::size_t applied_count() const { return applied_.size(); }
    std::size_t conflict_count() const { return server_.conflicts().size(); }
    int restore_count() const { return restores_; }
    int move_count() const { return moves_; }
    int lock_count() const { return lock_changes_; }
    int clock_change_count() const { return clock_changes_; }
    std::size_t refused_count() const { return refused_; }
    std::size_t in_grace_count() const { return in_grace_; }

  private:
    std::int64_t device_now(const Device& d) const { return now_ + d.clock_offset_ms; }

    void trace(const std::string& id, const std::string& what) const {
        static const char* prefix = std::getenv("PANTAU_SYNC_TRACE");
        if (prefix && (id.empty() || id.rfind(prefix, 0) == 0))
            std::fprintf(stderr, "%lld %s\n", static_cast<long long>(now_), what.c_str());
    }

    // The server's store is backed up, and the next time restored from that
    // backup: what was pushed in between is forgotten until the devices
    // send it again.
    void back_up_or_restore() {
        if (!backup_) {
            trace("", "backup");
            backup_ = server_;
            return;
        }
        for (const auto& conflict : server_.conflicts())
            forgotten_conflicts_.push_back(conflict);
        trace("", "restore");
        server_.restore(*backup_);
        backup_.reset();
        replies_.clear();  // batch numbers are given again
        ++restores_;
    }

    // A new boot: now, or for the first, some time in the last hour.
    void reboot(Device& d) {
        d.boot_id = d.id + "-boot-" + std::to_string(++d.boots);
        d.booted_at = d.boots == 1 ? now_ - static_cast<std::int64_t>(rng_() % 3'600'000) : now_;
    }

    // HR's changes are the server's own: master data, with exits (scope_exit.h).
    void put_by_hr(Change change) {
        change.origin = std::string(kServerOrigin);
        pantau::HlcClock hr(server_.clock());
        put_master_change(server_, hr, std::move(change), now_);
        server_.save_clock(hr.last());
    }

    void move_employee() {
        const auto current = server_.current("employee", employees_[rng_() % employees_.size()]);
        Change moved = *current;
        moved.unit_id = moved.unit_id == kUnits[0] ? kUnits[1] : kUnits[0];
        put_by_hr(std::move(moved));
        ++moves_;
    }

    std::optional<PeriodLock> lock_now(LockKind kind, const std::string& period) {
        const auto record = server_.current(std::string(pantau::kPeriodLockRecordType),
                                            PeriodLock::id_of(kind, period));
        return record ? pantau::lock_of_record(record->deleted, record->data) : std::nullopt;
    }

    // November's attendance (every edit's month) closes, with a grace of 0,
    // 5 or 10 minutes, or reopens.
    void close_or_reopen() {
        PeriodLock lock = lock_now(LockKind::Attendance, "2026-11").value_or(PeriodLock{});
        if (lock.closed && lock.closed_at > 0) {
            lock.closed = false;
        } else {
            lock.kind = LockKind::Attendance;
            lock.period = "2026-11";
            lock.closed = true;
            lock.closed_at = now_;
            lock.grace_ms = static_cast<std::int64_t>(rng_() % 3) * 5 * 60'000;
            lock.closed_by = "BKPSDM";
        }
        trace("", "lock " + lock.to_json().dump());
        put_by_hr({std::string(pantau::kPeriodLockRecordType), lock.id(),
                   std::string(kGlobalScopeUnit), "", std::nullopt, "", false, lock.to_json()});
        ++lock_changes_;
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
            return;
        }
        const std::string employee = "employee-" + std::to_string(rng_() % 4);
        const auto date =
            pantau::Date::parse("2026-11-23")->plus_days(static_cast<int>(rng_() % 3));
        const std::string id = pantau::attendance_id(d.unit, employee, date);
        pantau::store::LocalEdit e{"attendance", id, d.unit,
                                   json{{"employee_id", employee},
                                        {"date", date.iso()},
                                        {"status", kStatuses[rng_() % kStatuses.size()]},
                                        {"by", d.id}}};
        const auto current = d.store->get("attendance", id);
        if (current && !current->deleted && rng_() % 7 == 0)
            e.deleted = true;
        auto recorded = d.store->record(e, device_now(d));
        if (!recorded) {
            // The phone holds the lock and refuses before the edit is made.
            REQUIRE(recorded.error().code == "period_closed");
            ++refused_;
            return;
        }
        made_at_[{id, recorded->version, d.id}] = now_;
        trace(id, "edit " + d.id + " " + recorded->to_json().dump());
    }

    Reply push_to_server(Device& d, const json& request) {
        json body = request;
        with_device_time(body, {device_now(d), now_ - d.booted_at, d.boot_id});
        const auto lock = lock_now(LockKind::Attendance, "2026-11");
        std::vector<std::optional<Change>> before;
        for (const auto& raw : body["changes"])
            before.push_back(server_.current(raw.value("type", ""), raw.value("id", "")));
        // A batch the store answered before (a restore may have kept the
        // answer) gets that answer again, whatever the locks say now.
        const bool answered_before =
            server_.stored_response(d.id, body.value("batch", std::int64_t{0})).has_value();
        Reply reply = apply_push(server_, {d.id, {d.unit}, true}, body, now_, rule_);
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
            const std::string sent_version = c.version;
            const auto& result = reply.body["results"][i];
            if (result.contains("version")) {
                restamped_[{c.id, result["version"].get<std::string>()}] = c.version;
                c.version = result["version"];
            }
            if (result["status"] == "rejected" && !answered_before) {
                CHECK(result["code"] == "period_closed");
                CHECK((lock && lock->closed));
            }
            // Into a closed period only what was made before the lock and
            // arrives within the grace (or is a retry, or a resend after a
            // restore). A tombstone of a record the store does not hold
            // changes nothing in any period.
            const bool touches = !c.deleted || (before[i] && !before[i]->deleted);
            if (result["status"] == "applied" && !answered_before && c.type == "attendance" &&
                lock && lock->closed && !c.resent && touches &&
                !(before[i] && before[i]->version == sent_version &&
                  before[i]->origin == c.origin)) {
                const auto made = made_at_.find({c.id, sent_version, c.origin});
                REQUIRE(made != made_at_.end());
                INFO(c.to_json().dump()
                     << " sent by " << d.id << " in " << body.value("device_time", json()).dump());
                INFO("made at " << made->second << ", lock at " << lock->closed_at << " + "
                                << lock->grace_ms << ", now " << now_);
                CHECK(made->second < lock->closed_at);
                CHECK(now_ < lock->closed_at + lock->grace_ms);
                ++in_grace_;
            }
            trace(c.id, "push " + d.id + " batch " + body["batch"].dump() + " " +
                            c.to_json().dump() + " -> " + result.dump());
            if (result["status"] == "applied")
                applied_.push_back(c);
            if (result["status"] == "rejected")
                rejected_.push_back(c);
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
            if (reply.status == 200)
                for (const auto& c : reply.body["changes"])
                    trace(c.value("id", ""), "pull " + d.id + " " + c.dump());
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
    ChangeRule rule_;
    pantau::LockLookup find_lock_;
    std::vector<std::string> employees_;
    // id, version, origin -> the true time of the edit
    std::map<std::tuple<std::string, std::string, std::string>, std::int64_t> made_at_;
    int moves_ = 0, lock_changes_ = 0, clock_changes_ = 0;
    std::size_t refused_ = 0, in_grace_ = 0;
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
    std::vector<Change> rejected_;  // refused for a closed period
};

std::uint64_t env_or(const char* name, std::uint64_t fallback) {
    const char* value = std::getenv(name);
    return value ? std::strtoull(value, nullptr, 10) : fallback;
}

}  // namespace

TEST_CASE("devices editing offline converge through lost answers, replays and restarts") {
    const std::uint64_t seeds = env_or("PANTAU_SYNC_SEEDS", 500);
    const std::uint64_t start = env_or("PANTAU_SYNC_SEED_START", 1);
    std::size_t applied = 0, conflicts = 0, refused = 0, in_grace = 0;
    int restores = 0, moves = 0, locks = 0, clock_changes = 0;
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
        moves += sim.move_count();
        locks += sim.lock_count();
        clock_changes += sim.clock_change_count();
        refused += sim.refused_count();
        in_grace += sim.in_grace_count();
    }
    // The runs must exercise the interesting paths, or they prove little.
    CHECK(applied > seeds * 20);
    CHECK(conflicts > seeds);
    CHECK(restores > static_cast<int>(seeds / 10));
    CHECK(moves > static_cast<int>(seeds / 2));
    CHECK(locks > static_cast<int>(seeds / 2));
    CHECK(clock_changes > static_cast<int>(seeds / 2));
    CHECK(refused > seeds / 10);
    CHECK(in_grace > 0);
    WARN(seeds << " seeds: " << applied << " changes applied, " << conflicts
               << " conflicts recorded, " << restores << " restores from a backup, " << moves
               << " employees moved, " << locks << " periods closed or reopened, " << clock_changes
               << " clocks set by hand, " << refused << " edits refused on the phone, " << in_grace
               << " accepted in a grace window");
}
