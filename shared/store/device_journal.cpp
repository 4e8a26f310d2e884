// The device store as the SyncJournal the sync engine drives: numbered
// batches of the outbox, the server's answers to them, and pull pages.
#include "store/device_store.h"
#include "store/device_store_sql.h"
#include "sync/merge.h"
#include "sync/scope_exit.h"

namespace pantau::store {

using namespace detail;

namespace {

std::optional<std::string> unless_empty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// Whether this device already holds a server version of the record newer
// than `c`: then the winner has come already, and a pull made any conflict.
bool holds_newer_confirmed(sqlite::Database& db, const sync::Change& c) {
    auto s = db.prepare(sql::kGetRecord);
    s.bind_all(c.type, c.id);
    return s.step() && !s.is_null(7) && sync::VersionKey{s.text(7), s.text(8)} > sync::key_of(c);
}

}  // namespace

sync::OutgoingBatch DeviceStore::load_batch(std::int64_t number) {
    sync::OutgoingBatch batch;
    batch.number = number;
    for (auto& entry : read_outbox("batch = ?1 AND rejected_reason IS NULL", number))
        batch.changes.push_back(std::move(entry.change));
    return batch;
}

Result<std::optional<sync::OutgoingBatch>> DeviceStore::in_flight_batch() {
    return guarded([&]() -> Result<std::optional<sync::OutgoingBatch>> {
        auto s = db_.prepare(sql::kInFlightBatch);
        if (!s.step() || s.is_null(0))
            return std::optional<sync::OutgoingBatch>();
        return std::optional<sync::OutgoingBatch>(load_batch(s.int64(0)));
    });
}

Result<std::optional<sync::OutgoingBatch>> DeviceStore::open_next_batch(
    const sync::BatchLimits& limits) {
    return guarded([&]() -> Result<std::optional<sync::OutgoingBatch>> {
        Transaction tx(db_);
        std::vector<std::int64_t> chosen;
        std::size_t bytes = 0;
        auto waiting = db_.prepare(sql::kWaitingEntries);
        while (waiting.step() && chosen.size() < limits.max_changes) {
            const auto size = static_cast<std::size_t>(waiting.int64(1));
            if (!chosen.empty() && bytes + size > limits.max_bytes)
                break;
            chosen.push_back(waiting.int64(0));
            bytes += size;
        }
        if (chosen.empty())
            return std::optional<sync::OutgoingBatch>();
        const std::int64_t number = std::stoll(read_meta(db_, kMetaNextBatch).value_or("1"));
        auto assign = db_.prepare(sql::kAssignBatch);
        for (auto seq : chosen) {
            assign.bind_all(seq, number);
            assign.run();
        }
        write_meta(db_, kMetaNextBatch, std::to_string(number + 1));
        auto batch = load_batch(number);
        tx.commit();
        return std::optional<sync::OutgoingBatch>(std::move(batch));
    });
}

Result<void> DeviceStore::renumber_batch(std::int64_t from, std::int64_t to) {
    return guarded([&]() -> Result<void> {
        Transaction tx(db_);
        db_.prepare(sql::kRenumberBatch).bind_all(from, to).run();
        write_meta(db_, kMetaNextBatch, std::to_string(to + 1));
        tx.commit();
        return success();
    });
}

Result<void> DeviceStore::release_batch(std::int64_t number) {
    return guarded([&]() -> Result<void> {
        Transaction tx(db_);
        db_.prepare(sql::kReleaseBatch).bind(1, number).run();
        // The number was never used by the server: the next batch takes it.
        write_meta(db_, kMetaNextBatch, std::to_string(number));
        tx.commit();
        return success();
    });
}

bool DeviceStore::has_unacknowledged(const std::string& type, const std::string& id) {
    auto s = db_.prepare(sql::kHasUnacknowledged);
    s.bind_all(type, id);
    return s.step();
}

bool DeviceStore::has_unacknowledged_edit(const std::string& type, const std::string& id) {
    auto s = db_.prepare(sql::kHasUnacknowledgedEdit);
    s.bind_all(type, id);
    return s.step();
}

void DeviceStore::revert_to_confirmed(const std::string& type, const std::string& id) {
    db_.prepare(sql::kRevertToConfirmed).bind_all(type, id).run();
    db_.prepare(sql::kDeleteUnconfirmed).bind_all(type, id).run();
}

Result<sync::PushSummary> DeviceStore::apply_push_response(const sync::OutgoingBatch& batch,
                                                           const sync::PushResponse& response,
                                                           std::int64_t now_ms) {
    if (response.results.size() != batch.changes.size())
        return Error{"protocol_error", "The push answer has a different number of results."};
    for (std::size_t i = 0; i < batch.changes.size(); ++i) {
        if (response.results[i].id != batch.changes[i].id)
            return Error{"protocol_error",
                         "The push answer's results are not in the batch's order."};
        if (beyond_latest_server_time(response.results[i].version))
            return Error{"protocol_error", "The push answer holds a version beyond the year 9999."};
    }
    return guarded([&]() -> Result<sync::PushSummary> {
        Transaction tx(db_);
        sync::PushSummary summary;
        for (std::size_t i = 0; i < batch.changes.size(); ++i) {
            const auto& c = batch.changes[i];
            const auto& result = response.results[i];
            switch (result.status) {
                case sync::ResultStatus::Applied: {
                    db_.prepare(sql::kAcknowledge)
                        .bind_all(batch.number, c.type, c.id, c.version)
                        .run();
                    // The server may have re-stamped a change from a clock that runs
                    // ahead: its version is the one every replica must hold.
                    const std::string& stored = result.version.empty() ? c.version : result.version;
                    if (stored != c.version) {
                        db_.prepare(sql::kAdoptServerVersion)
                            .bind_all(c.type, c.id, c.version, stored)
                            .run();
                        db_.prepare(sql::kRebaseWaiting)
                            .bind_all(c.type, c.id, c.version, stored)
                            .run();
                    }
                    db_.prepare(sql::kSetConfirmed)
                        .bind_all(c.type, c.id, stored, c.origin, std::int64_t{c.deleted},
                                  c.data.dump())
                        .run();
                    ++summary.applied;
                    break;
                }
                case sync::ResultStatus::Superseded:
                    // The winning version arrives with the next pull, and the
                    // two become a conflict then (apply_pull_page).
                    db_.prepare(sql::kAcknowledge)
                        .bind_all(batch.number, c.type, c.id, c.version)
                        .run();
                    if (!holds_newer_confirmed(db_, c))
                        db_.prepare(sql::kKeepSuperseded)
                            .bind_all(c.type, c.id, c.version,
                                      c.deleted ? std::string("{}") : c.data.dump(), now_ms)
                            .run();
                    ++summary.superseded;
                    break;
                case sync::ResultStatus::Rejected:
                    db_.prepare(sql::kReject)
                        .bind_all(batch.number, c.type, c.id, c.version,
                                  result.reason.empty() ? std::string("rejected") : result.reason,
                                  now_ms, unless_empty(result.code), unless_empty(result.reason_id))
                        .run();
                    // Back to what the server holds, unless a later edit waits;
                    // a resend of an older version waiting is what it holds.
                    if (!has_unacknowledged_edit(c.type, c.id))
                        revert_to_confirmed(c.type, c.id);
                    ++summary.rejected;
                    break;
            }
        }
        tx.commit();
        return summary;
    });
}

Result<sync::PullSummary> DeviceStore::apply_pull_page(const sync::PullPage& page,
                                                       std::int64_t now_ms) {
    for (const auto& c : page.changes)
        if (beyond_latest_server_time(c.version))
            return Error{"protocol_error", "The pull page holds a version beyond the year 9999."};
    return guarded([&]() -> Result<sync::PullSummary> {
        Transaction tx(db_);
        sync::PullSummary summary;
        HlcClock clock = load_clock(db_);
        // A first pull brings thousands of records: each statement is prepared once per page.
        auto current = db_.prepare(sql::kGetRecord);
        auto waiting = db_.prepare(sql::kHasUnacknowledged);
        auto upsert_confirmed = db_.prepare(sql::kUpsertConfirmed);
        auto set_confirmed = db_.prepare(sql::kSetConfirmed);
        auto insert_conflict = db_.prepare(sql::kInsertConflict);
        auto upsert_local = db_.prepare(sql::kUpsertLocal);
        auto add_history = db_.prepare(sql::kAddHistory);
        // Edits of this device that lost at the server wait for their winner.
        const bool any_superseded = db_.scalar_int(sql::kAnySuperseded) != 0;
        auto get_superseded = db_.prepare(sql::kGetSuperseded);
        auto drop_superseded = db_.prepare(sql::kDropSuperseded);
        const std::string self = device_id();
        // After a restore: what the server sends again is current, and once
        // the pull is complete, the master data it did not send is gone.
        const bool any_stale = db_.scalar_int(sql::kAnyStale) != 0;
        auto not_stale = db_.prepare(sql::kNotStale);
        const auto meet_winner = [&](const sync::Change& c, const std::string& data_text) {
            get_superseded.bind_all(c.type, c.id);
            if (!get_superseded.step()) {
                get_superseded.reset();
                return;
            }
            const std::string lost_version = get_superseded.text(0);
            const std::string lost_data = get_superseded.text(1);
            get_superseded.reset();
            if (c.version <= lost_version)
                return;  // not yet the version it lost to
            // A version of another device beat this device's edit: both are
            // kept for the supervisor, as any conflict.
            if (c.origin != self) {
                insert_conflict.bind_all(c.type, c.id, lost_version, self, lost_data, c.version,
                                         c.origin, data_text, now_ms);
                insert_conflict.run();
                ++summary.conflicts;
            }
            drop_superseded.bind_all(c.type, c.id);
            drop_superseded.run();
        };
        const auto remember = [&](const sync::Change& c, const std::string& data_text) {
            if (!keeps_history(c.type))
                return;
            add_history.bind_all(c.type, c.id, c.version, c.origin, std::int64_t{c.deleted},
                                 data_text, now_ms);
            add_history.run();
        };
        const auto leave = [&](const sync::ScopeExit& exit, const std::string& version) {
            if (exit.record_type == "unit") {
                for (const auto query :
                     {sql::kForgetUnitHistory, sql::kForgetUnitConflicts, sql::kForgetUnitRecords})
                    db_.prepare(query).bind_all(exit.record_id).run();
                return;
            }
            db_.prepare(sql::kMoveOutOfUnit)
                .bind_all(exit.record_type, exit.record_id, exit.from_unit, exit.to_unit, version)
                .run();
        };
        for (const auto& c : page.changes) {
            ++summary.received;
            if (auto v = Hlc::parse(c.version))
                (void)clock.receive(*v, now_ms);
            // What others made that the restored store sends again is what
            // it holds, even when this device had seen a later version the
            // store forgot, unless this device has since edited it.
            bool was_stale = false;
            if (any_stale) {
                not_stale.bind_all(c.type, c.id);
                not_stale.run();
                if (db_.changes() > 0) {
                    waiting.bind_all(c.type, c.id);
                    was_stale = !waiting.step();
                    waiting.reset();
                }
            }
            if (c.type == sync::kScopeExitRecordType) {
                // Not a record to keep: it says one left this device's view.
                if (const auto exit = sync::ScopeExit::of(c))
                    leave(*exit, c.version);
                continue;
            }
            const std::string data_text = c.data.dump();
            const auto deleted = std::int64_t{c.deleted};

            current.bind_all(c.type, c.id);
            if (!current.step() || was_stale) {
                current.reset();
                remember(c, data_text);
                upsert_confirmed.bind_all(c.type, c.id, c.unit_id, c.version, c.origin, deleted,
                                          data_text);
                upsert_confirmed.run();
                continue;
            }
            const sync::VersionKey incoming = sync::key_of(c);
            const sync::VersionKey view{current.text(3), current.text(4)};
            const std::string view_data = current.text(6);
            const std::optional<sync::VersionKey> confirmed =
                current.is_null(7)
                    ? std::nullopt
                    : std::optional(sync::VersionKey{current.text(7), current.text(8)});
            current.reset();
            if (confirmed && incoming <= *confirmed)
                continue;  // already known: a replayed page
            remember(c, data_text);
            if (any_superseded)
                meet_winner(c, data_text);

            waiting.bind_all(c.type, c.id);
            const bool local_change_waiting = waiting.step();
            waiting.reset();
            if (!local_change_waiting) {
                upsert_confirmed.bind_all(c.type, c.id, c.unit_id, c.version, c.origin, deleted,
                                          data_text);
                upsert_confirmed.run();
                continue;
            }
            // A local change is still on its way: the server's state is noted,
            // and the merge rule every replica applies (sync::decide) says
            // whether it replaces the local view and whether the local edit,
            // unseen by its writer, is kept for review.
            set_confirmed.bind_all(c.type, c.id, c.version, c.origin, deleted, data_text);
            set_confirmed.run();
            const auto decision =
                sync::decide(c, sync::CurrentVersion{view.version, view.origin, false});
            if (decision.outcome == sync::MergeOutcome::Applied) {
                if (decision.conflict) {
                    insert_conflict.bind_all(c.type, c.id, view.version, view.origin, view_data,
                                             c.version, c.origin, data_text, now_ms);
                    insert_conflict.run();
                    ++summary.conflicts;
                }
                upsert_local.bind_all(c.type, c.id, c.unit_id, c.version, c.origin, deleted,
                                      data_text);
                upsert_local.run();
            }
        }
        if (any_stale && !page.more)
            db_.prepare(sql::kDropStale).run();
        write_meta(db_, kMetaClock, clock.last().to_string());
        write_meta(db_, kMetaCursor, page.cursor);
        tx.commit();
        return summary;
    });
}

Result<std::string> DeviceStore::pull_cursor() {
    return guarded(
        [&]() -> Result<std::string> { return read_meta(db_, kMetaCursor).value_or(""); });
}

void DeviceStore::queue_own_records(std::int64_t now_ms) {
    db_.prepare(sql::kDropUnsentResends).run();
    const std::int64_t last_before = db_.scalar_int(sql::kMaxOutboxSeq);
    db_.prepare(sql::kQueueOwnRecords).bind_all(device_id(), now_ms).run();
    // What the user edited but has not sent yet goes after what the server
    // held before: a step of a case must not arrive before its case.
    db_.prepare(sql::kRequeueWaiting).bind(1, last_before).run();
    db_.prepare(sql::kDropRequeued).bind(1, last_before).run();
}

Result<bool> DeviceStore::observe_store(const std::optional<sync::StoreIdentity>& store,
                                        bool cursor_unknown, std::int64_t now_ms) {
    if (!store && !cursor_unknown)
        return false;
    return guarded([&]() -> Result<bool> {
        Transaction tx(db_);
        bool lost = cursor_unknown;
        if (store) {
            const auto known_id = read_meta(db_, kMetaStoreId);
            const auto known_generation = read_meta(db_, kMetaStoreGeneration);
            const std::string generation = std::to_string(store->generation);
            if (known_id == store->id && known_generation == generation && !lost)
                return false;
            // The first store seen is only remembered: nothing says it forgot anything.
            lost = lost || known_id.has_value();
            write_meta(db_, kMetaStoreId, store->id);
            write_meta(db_, kMetaStoreGeneration, generation);
        }
        if (lost) {
            queue_own_records(now_ms);
            db_.prepare(sql::kMarkOthersStale).bind(1, device_id()).run();
            write_meta(db_, kMetaCursor, "");
        }
        tx.commit();
        return lost;
    });
}

}  // namespace pantau::store
