#include "store/device_store.h"

#include <limits>

#include "clock/hlc.h"
#include "store/device_schema.h"

namespace pantau::store {

namespace {

using nlohmann::json;
using sqlite::Statement;
using sqlite::Transaction;

// All of the device store's SQL, by name.
namespace sql {
constexpr std::string_view kGetMeta = "SELECT value FROM meta WHERE key = ?1";
constexpr std::string_view kSetMeta =
    "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = "
    "excluded.value";
constexpr std::string_view kRecordColumns = "type, id, unit_id, version, origin, deleted, data";
constexpr std::string_view kGetRecord =
    "SELECT type, id, unit_id, version, origin, deleted, data, confirmed_version, confirmed_origin "
    "FROM records WHERE type = ?1 AND id = ?2";
constexpr std::string_view kUpsertLocal =
    "INSERT INTO records (type, id, unit_id, version, origin, deleted, data) VALUES (?1, ?2, ?3, "
    "?4, ?5, ?6, ?7) "
    "ON CONFLICT (type, id) DO UPDATE SET unit_id = excluded.unit_id, version = excluded.version, "
    "origin = excluded.origin, deleted = excluded.deleted, data = excluded.data";
constexpr std::string_view kUpsertConfirmed =
    "INSERT INTO records (type, id, unit_id, version, origin, deleted, data, confirmed_version, "
    "confirmed_origin, confirmed_deleted, confirmed_data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?4, "
    "?5, ?6, ?7) "
    "ON CONFLICT (type, id) DO UPDATE SET unit_id = excluded.unit_id, version = excluded.version, "
    "origin = excluded.origin, deleted = excluded.deleted, data = excluded.data, "
    "confirmed_version = excluded.version, confirmed_origin = excluded.origin, "
    "confirmed_deleted = excluded.deleted, confirmed_data = excluded.data";
constexpr std::string_view kSetConfirmed =
    "UPDATE records SET confirmed_version = ?3, confirmed_origin = ?4, confirmed_deleted = ?5, "
    "confirmed_data = ?6 WHERE type = ?1 AND id = ?2";
constexpr std::string_view kRevertToConfirmed =
    "UPDATE records SET version = confirmed_version, origin = confirmed_origin, "
    "deleted = confirmed_deleted, data = confirmed_data "
    "WHERE type = ?1 AND id = ?2 AND confirmed_version IS NOT NULL";
constexpr std::string_view kDeleteUnconfirmed =
    "DELETE FROM records WHERE type = ?1 AND id = ?2 AND confirmed_version IS NULL";
constexpr std::string_view kAddHistory =
    "INSERT OR IGNORE INTO history (type, id, version, origin, deleted, data, seen_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr std::string_view kHistory =
    "SELECT type, id, '', version, origin, deleted, data FROM history WHERE type = ?1 AND id = ?2 "
    "ORDER BY version, origin";
constexpr std::string_view kLatestWaitingEntry =
    "SELECT seq FROM outbox WHERE type = ?1 AND id = ?2 AND batch IS NULL AND rejected_reason IS "
    "NULL "
    "ORDER BY seq DESC LIMIT 1";
constexpr std::string_view kCoalesceEntry =
    "UPDATE outbox SET unit_id = ?2, version = ?3, deleted = ?4, data = ?5, created_at = ?6 WHERE "
    "seq = ?1";
constexpr std::string_view kInsertEntry =
    "INSERT INTO outbox (type, id, unit_id, version, base, deleted, data, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr std::string_view kHasUnacknowledged =
    "SELECT 1 FROM outbox WHERE type = ?1 AND id = ?2 AND rejected_reason IS NULL LIMIT 1";
constexpr std::string_view kWaitingEntries =
    "SELECT seq, length(data) FROM outbox WHERE batch IS NULL AND rejected_reason IS NULL ORDER BY "
    "seq";
constexpr std::string_view kAssignBatch = "UPDATE outbox SET batch = ?2 WHERE seq = ?1";
constexpr std::string_view kInFlightBatch =
    "SELECT min(batch) FROM outbox WHERE batch IS NOT NULL AND rejected_reason IS NULL";
constexpr std::string_view kRenumberBatch =
    "UPDATE outbox SET batch = ?2 WHERE batch = ?1 AND rejected_reason IS NULL";
constexpr std::string_view kReleaseBatch =
    "UPDATE outbox SET batch = NULL WHERE batch = ?1 AND rejected_reason IS NULL";
constexpr std::string_view kAcknowledge =
    "DELETE FROM outbox WHERE batch = ?1 AND type = ?2 AND id = ?3 AND version = ?4 "
    "AND rejected_reason IS NULL";
constexpr std::string_view kReject =
    "UPDATE outbox SET rejected_reason = ?5, rejected_at = ?6 WHERE batch = ?1 AND type = ?2 AND "
    "id = ?3 "
    "AND version = ?4 AND rejected_reason IS NULL";
constexpr std::string_view kAdoptServerVersion =
    "UPDATE records SET version = ?4 WHERE type = ?1 AND id = ?2 AND version = ?3";
constexpr std::string_view kRebaseWaiting =
    "UPDATE outbox SET base = ?4 WHERE type = ?1 AND id = ?2 AND base = ?3";
constexpr std::string_view kInsertConflict =
    "INSERT INTO conflicts (type, record_id, local_version, local_origin, local_data, "
    "remote_version, "
    "remote_origin, remote_data, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr std::string_view kCountWaiting =
    "SELECT count(*) FROM outbox WHERE rejected_reason IS NULL";
}  // namespace sql

constexpr std::string_view kMetaDeviceId = "device_id";
constexpr std::string_view kMetaClock = "hlc";
constexpr std::string_view kMetaNextBatch = "next_batch";
constexpr std::string_view kMetaCursor = "pull_cursor";

std::optional<std::string> read_meta(sqlite::Database& db, std::string_view key) {
    auto s = db.prepare(sql::kGetMeta);
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

void write_meta(sqlite::Database& db, std::string_view key, std::string_view value) {
    db.prepare(sql::kSetMeta).bind_all(key, value).run();
}

HlcClock load_clock(sqlite::Database& db) {
    // Versions from the server are trusted: the server already re-stamps
    // far-ahead devices, so the device adopts any version it is given.
    HlcClock clock(Hlc{}, std::numeric_limits<std::int64_t>::max() / 4);
    if (auto text = read_meta(db, kMetaClock))
        if (auto last = Hlc::parse(*text))
            clock.restore(*last);
    return clock;
}

// Master data changes centrally and in bulk; its versions are not kept.
bool keeps_history(std::string_view type) {
    return type != "unit" && type != "employee";
}

StoredRecord record_from_row(const Statement& s) {
    return {s.text(0),
            s.text(1),
            s.text(2),
            s.text(3),
            s.text(4),
            s.int64(5) != 0,
            json::parse(s.text(6))};
}

sync::Change change_from_outbox_row(const Statement& s) {
    // Columns: seq, type, id, unit_id, version, base, deleted, data, ...
    sync::Change c;
    c.type = s.text(1);
    c.id = s.text(2);
    c.unit_id = s.text(3);
    c.version = s.text(4);
    c.base = s.optional_text(5);
    c.deleted = s.int64(6) != 0;
    c.data = json::parse(s.text(7));
    return c;
}

template <typename F>
auto guarded(F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const sqlite::Error& e) {
        return sqlite::to_error(e);
    }
}

}  // namespace

Result<DeviceStore> DeviceStore::open(const std::string& path, sqlite::Durability durability) {
    try {
        sqlite::OpenOptions options;
        options.durability = durability;
        return attach(sqlite::Database::open(path, options));
    } catch (const sqlite::Error& e) {
        return sqlite::to_error(e);
    }
}

Result<DeviceStore> DeviceStore::attach(sqlite::Database db) {
    auto migrated = sqlite::migrate(db, device_migrations());
    if (!migrated)
        return migrated.error();
    return DeviceStore(std::move(db));
}

std::string DeviceStore::device_id() {
    return read_meta(db_, kMetaDeviceId).value_or("");
}

Result<void> DeviceStore::set_device_id(const std::string& device_id) {
    return set_meta(std::string(kMetaDeviceId), device_id);
}

std::optional<std::string> DeviceStore::meta(const std::string& key) {
    return read_meta(db_, key);
}

Result<void> DeviceStore::set_meta(const std::string& key, const std::string& value) {
    return guarded([&]() -> Result<void> {
        write_meta(db_, key, value);
        return success();
    });
}

Result<sync::Change> DeviceStore::record(const LocalEdit& edit, std::int64_t now_ms) {
    if (!edit.deleted && validator_) {
        if (auto problems = validator_(edit.type, edit.data); !problems.empty())
            return Error{"invalid_record", summarize(problems)};
    }
    return guarded([&]() -> Result<sync::Change> {
        Transaction tx(db_);
        const std::string origin = device_id();
        if (origin.empty())
            return Error{"not_enrolled", "This device has no identity yet; enrol it first."};

        auto current = db_.prepare(sql::kGetRecord);
        current.bind_all(edit.type, edit.id);
        const bool exists = current.step();
        if (!exists && edit.deleted)
            return Error{"not_found", "There is no such record to delete."};
        std::optional<std::string> base;
        HlcClock clock = load_clock(db_);
        if (exists) {
            if (current.text(2) != edit.unit_id)
                return Error{"unit_changed", "A record cannot move to another unit."};
            base = current.text(3);
            if (auto seen = Hlc::parse(*base))
                (void)clock.receive(*seen, now_ms);
        }

        sync::Change change;
        change.type = edit.type;
        change.id = edit.id;
        change.unit_id = edit.unit_id;
        change.version = clock.send(now_ms).to_string();
        change.base = base;
        change.origin = origin;
        change.deleted = edit.deleted;
        change.data = edit.deleted ? json::object() : edit.data;  // a tombstone carries no data
        const std::string data_text = change.data.dump();

        db_.prepare(sql::kUpsertLocal)
            .bind_all(change.type, change.id, change.unit_id, change.version, change.origin,
                      std::int64_t{change.deleted}, data_text)
            .run();

        db_.prepare(sql::kAddHistory)
            .bind_all(change.type, change.id, change.version, change.origin,
                      std::int64_t{change.deleted}, data_text, now_ms)
            .run();

        // Edits not yet sent fold into one entry: the server only needs the
        // latest state, made on the base it last confirmed.
        auto waiting = db_.prepare(sql::kLatestWaitingEntry);
        waiting.bind_all(change.type, change.id);
        if (waiting.step()) {
            const std::int64_t seq = waiting.int64(0);
            db_.prepare(sql::kCoalesceEntry)
                .bind_all(seq, change.unit_id, change.version, std::int64_t{change.deleted},
                          data_text, now_ms)
                .run();
        } else {
            db_.prepare(sql::kInsertEntry)
                .bind_all(change.type, change.id, change.unit_id, change.version, change.base,
                          std::int64_t{change.deleted}, data_text, now_ms)
                .run();
        }
        write_meta(db_, kMetaClock, change.version);
        tx.commit();
        return change;
    });
}

std::optional<StoredRecord> DeviceStore::get(const std::string& type, const std::string& id) {
    auto s = db_.prepare(sql::kGetRecord);
    s.bind_all(type, id);
    if (!s.step())
        return std::nullopt;
    return record_from_row(s);
}

std::vector<StoredRecord> DeviceStore::history(const std::string& type, const std::string& id) {
    auto s = db_.prepare(sql::kHistory);
    s.bind_all(type, id);
    std::vector<StoredRecord> out;
    while (s.step())
        out.push_back(record_from_row(s));
    return out;
}

std::vector<StoredRecord> DeviceStore::list(const std::string& type,
                                            const std::optional<std::string>& unit_id) {
    std::string query = "SELECT " + std::string(sql::kRecordColumns) +
                        " FROM records WHERE type = ?1 AND deleted = 0";
    if (unit_id)
        query += " AND unit_id = ?2";
    query += " ORDER BY id";
    auto s = db_.prepare(query);
    s.bind(1, type);
    if (unit_id)
        s.bind(2, *unit_id);
    std::vector<StoredRecord> out;
    while (s.step())
        out.push_back(record_from_row(s));
    return out;
}

std::vector<StoredRecord> DeviceStore::attendance_of_day(const std::string& unit_id,
                                                         const Date& date) {
    return attendance_between(unit_id, date, date);
}

std::vector<StoredRecord> DeviceStore::attendance_between(const std::string& unit_id,
                                                          const Date& from, const Date& to) {
    // The attendance_by_day index answers this as one range scan.
    auto s = db_.prepare("SELECT " + std::string(sql::kRecordColumns) +
                         " FROM records WHERE type = 'attendance' AND unit_id = ?1 "
                         "AND json_extract(data, '$.date') BETWEEN ?2 AND ?3 AND deleted = 0 "
                         "ORDER BY id");
    s.bind_all(unit_id, from.iso(), to.iso());
    std::vector<StoredRecord> out;
    while (s.step())
        out.push_back(record_from_row(s));
    return out;
}

std::int64_t DeviceStore::count(const std::string& type) {
    auto s = db_.prepare("SELECT count(*) FROM records WHERE type = ?1 AND deleted = 0");
    s.bind(1, type);
    return s.step() ? s.int64(0) : 0;
}

std::int64_t DeviceStore::waiting_count() {
    return db_.scalar_int(sql::kCountWaiting);
}

std::vector<OutboxEntry> DeviceStore::read_outbox(std::string_view where_clause,
                                                  std::optional<std::int64_t> batch) {
    auto s = db_.prepare(
        "SELECT seq, type, id, unit_id, version, base, deleted, data, batch, rejected_reason, "
        "created_at "
        "FROM outbox WHERE " +
        std::string(where_clause) + " ORDER BY seq");
    if (batch)
        s.bind(1, *batch);
    const std::string origin = device_id();
    std::vector<OutboxEntry> out;
    while (s.step()) {
        OutboxEntry e;
        e.seq = s.int64(0);
        e.change = change_from_outbox_row(s);
        e.change.origin = origin;
        e.batch = s.optional_int64(8);
        e.rejected_reason = s.optional_text(9);
        e.created_at = s.int64(10);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<OutboxEntry> DeviceStore::outbox() {
    return read_outbox("1 = 1", std::nullopt);
}

std::vector<OutboxEntry> DeviceStore::rejected() {
    return read_outbox("rejected_reason IS NOT NULL", std::nullopt);
}

Result<void> DeviceStore::dismiss_rejected(std::int64_t seq) {
    return guarded([&]() -> Result<void> {
        db_.prepare("DELETE FROM outbox WHERE seq = ?1 AND rejected_reason IS NOT NULL")
            .bind(1, seq)
            .run();
        return success();
    });
}

std::vector<ConflictEntry> DeviceStore::conflicts(bool unresolved_only) {
    auto s = db_.prepare(
        std::string("SELECT seq, type, record_id, local_version, local_origin, local_data, "
                    "remote_version, remote_origin, remote_data, detected_at, resolved "
                    "FROM conflicts") +
        (unresolved_only ? " WHERE resolved = 0" : "") + " ORDER BY seq");
    std::vector<ConflictEntry> out;
    while (s.step()) {
        out.push_back({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4),
                       json::parse(s.text(5)), s.text(6), s.text(7), json::parse(s.text(8)),
                       s.int64(9), s.int64(10) != 0});
    }
    return out;
}

Result<void> DeviceStore::resolve_conflict(std::int64_t seq) {
    return guarded([&]() -> Result<void> {
        db_.prepare("UPDATE conflicts SET resolved = 1 WHERE seq = ?1").bind(1, seq).run();
        return success();
    });
}

// ---- SyncJournal ----

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
                    // The winning version arrives with the next pull.
                    db_.prepare(sql::kAcknowledge)
                        .bind_all(batch.number, c.type, c.id, c.version)
                        .run();
                    ++summary.superseded;
                    break;
                case sync::ResultStatus::Rejected:
                    db_.prepare(sql::kReject)
                        .bind_all(batch.number, c.type, c.id, c.version,
                                  result.reason.empty() ? std::string("rejected") : result.reason,
                                  now_ms)
                        .run();
                    if (!has_unacknowledged(c.type, c.id))
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
        const auto remember = [&](const sync::Change& c, const std::string& data_text) {
            if (!keeps_history(c.type))
                return;
            add_history.bind_all(c.type, c.id, c.version, c.origin, std::int64_t{c.deleted},
                                 data_text, now_ms);
            add_history.run();
        };
        for (const auto& c : page.changes) {
            ++summary.received;
            if (auto v = Hlc::parse(c.version))
                (void)clock.receive(*v, now_ms);
            const std::string data_text = c.data.dump();
            const auto deleted = std::int64_t{c.deleted};

            current.bind_all(c.type, c.id);
            if (!current.step()) {
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
            // and if it beats the local one, the local edit is kept for review.
            set_confirmed.bind_all(c.type, c.id, c.version, c.origin, deleted, data_text);
            set_confirmed.run();
            if (incoming > view) {
                insert_conflict.bind_all(c.type, c.id, view.version, view.origin, view_data,
                                         c.version, c.origin, data_text, now_ms);
                insert_conflict.run();
                upsert_local.bind_all(c.type, c.id, c.unit_id, c.version, c.origin, deleted,
                                      data_text);
                upsert_local.run();
                ++summary.conflicts;
            }
        }
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

}  // namespace pantau::store
