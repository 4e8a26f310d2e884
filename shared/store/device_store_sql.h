// The device store's SQL, by name, and the small helpers its two source
// files share: device_store.cpp (records, outbox and conflicts as the app
// sees them) and device_journal.cpp (the SyncJournal the engine drives).
// Internal to shared/store/.
#pragma once

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "clock/hlc.h"
#include "store/device_store.h"
#include "store/sqlite.h"

namespace pantau::store::detail {

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
    "NULL AND resend = 0 "
    "ORDER BY seq DESC LIMIT 1";
constexpr std::string_view kCoalesceEntry =
    "UPDATE outbox SET unit_id = ?2, version = ?3, deleted = ?4, data = ?5, created_at = ?6, "
    "recorded_uptime = ?7, recorded_boot = ?8 WHERE seq = ?1";
constexpr std::string_view kInsertEntry =
    "INSERT INTO outbox (type, id, unit_id, version, base, deleted, data, created_at, "
    "recorded_uptime, recorded_boot) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
// A scope exit (sync/scope_exit.h): a record that left the unit keeps its
// last data under its new unit, if nothing newer came since. It is no longer
// the version the server confirmed for this device's view, so the same
// version arriving again (a pull from the start after a restore) puts it back.
constexpr std::string_view kMoveOutOfUnit =
    "UPDATE records SET unit_id = ?4, confirmed_version = NULL, confirmed_origin = NULL "
    "WHERE type = ?1 AND id = ?2 AND unit_id = ?3 AND version < ?5";
// A unit that left: its records go, except those with this device's own
// edits in the outbox (on their way, or rejected and shown to the user).
constexpr std::string_view kForgetUnitHistory =
    "DELETE FROM history WHERE EXISTS (SELECT 1 FROM records r WHERE r.unit_id = ?1 AND "
    "r.type = history.type AND r.id = history.id AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
    "o.type = r.type AND o.id = r.id))";
constexpr std::string_view kForgetUnitConflicts =
    "DELETE FROM conflicts WHERE EXISTS (SELECT 1 FROM records r WHERE r.unit_id = ?1 AND "
    "r.type = conflicts.type AND r.id = conflicts.record_id AND NOT EXISTS (SELECT 1 FROM outbox "
    "o WHERE o.type = r.type AND o.id = r.id))";
constexpr std::string_view kForgetUnitRecords =
    "DELETE FROM records WHERE unit_id = ?1 AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
    "o.type = records.type AND o.id = records.id)";
// After a restore of the server (schema v8): what others made (master data,
// other devices' records), with no edit of this device's waiting on it, is
// as the restored store says, once the pull from the start has said it.
constexpr std::string_view kMarkOthersStale =
    "UPDATE records SET stale = 1 WHERE origin <> ?1 AND NOT EXISTS (SELECT 1 FROM outbox o "
    "WHERE o.type = records.type AND o.id = records.id AND o.rejected_reason IS NULL)";
constexpr std::string_view kAnyStale = "SELECT EXISTS (SELECT 1 FROM records WHERE stale = 1)";
constexpr std::string_view kNotStale =
    "UPDATE records SET stale = 0 WHERE type = ?1 AND id = ?2 AND stale = 1";
constexpr std::string_view kDropStale =
    "DELETE FROM records WHERE stale = 1 AND NOT EXISTS (SELECT 1 FROM outbox o "
    "WHERE o.type = records.type AND o.id = records.id AND o.rejected_reason IS NULL)";
constexpr std::string_view kHasUnacknowledgedEdit =
    "SELECT 1 FROM outbox WHERE type = ?1 AND id = ?2 AND rejected_reason IS NULL AND resend = 0 "
    "LIMIT 1";
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
// The latest of this device's edits of a record that lost at the server.
constexpr std::string_view kKeepSuperseded =
    "INSERT OR REPLACE INTO superseded (type, id, version, data, at) VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr std::string_view kAnySuperseded = "SELECT EXISTS (SELECT 1 FROM superseded)";
constexpr std::string_view kGetSuperseded =
    "SELECT version, data FROM superseded WHERE type = ?1 AND id = ?2";
constexpr std::string_view kDropSuperseded = "DELETE FROM superseded WHERE type = ?1 AND id = ?2";
constexpr std::string_view kReject =
    "UPDATE outbox SET rejected_reason = ?5, rejected_at = ?6, rejected_code = ?7, "
    "rejected_reason_id = ?8 WHERE batch = ?1 AND type = ?2 AND id = ?3 AND version = ?4 AND "
    "rejected_reason IS NULL";
constexpr std::string_view kAdoptServerVersion =
    "UPDATE records SET version = ?4 WHERE type = ?1 AND id = ?2 AND version = ?3";
constexpr std::string_view kRebaseWaiting =
    "UPDATE outbox SET base = ?4 WHERE type = ?1 AND id = ?2 AND base = ?3";
constexpr std::string_view kInsertConflict =
    "INSERT INTO conflicts (type, record_id, local_version, local_origin, local_data, "
    "remote_version, "
    "remote_origin, remote_data, detected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
// Every record this device made (?1: its id) with no change of it on the way,
// queued again in version order, on the base its history shows it was made
// on, marked so that a later edit does not fold into it.
// Every version of this device's the server acknowledged: the record as the
// device sees it, or, when an edit of it waits unsent, the version the
// server confirmed before that edit (the edit may yet be refused).
constexpr std::string_view kQueueOwnRecords =
    "INSERT INTO outbox (type, id, unit_id, version, base, deleted, data, created_at, resend) "
    "SELECT * FROM ("
    "SELECT r.type, r.id, r.unit_id, r.version, "
    "(SELECT max(h.version) FROM history h WHERE h.type = r.type AND h.id = r.id "
    "AND h.version < r.version), r.deleted, r.data, ?2, 1 "
    "FROM records r WHERE r.origin = ?1 AND NOT EXISTS (SELECT 1 FROM outbox o "
    "WHERE o.type = r.type AND o.id = r.id AND o.rejected_reason IS NULL AND o.resend = 0) "
    "UNION ALL "
    "SELECT r.type, r.id, r.unit_id, r.confirmed_version, "
    "(SELECT max(h.version) FROM history h WHERE h.type = r.type AND h.id = r.id "
    "AND h.version < r.confirmed_version), r.confirmed_deleted, r.confirmed_data, ?2, 1 "
    "FROM records r WHERE r.confirmed_origin = ?1 AND r.confirmed_version IS NOT NULL "
    "AND r.confirmed_version <> r.version AND EXISTS (SELECT 1 FROM outbox o "
    "WHERE o.type = r.type AND o.id = r.id AND o.rejected_reason IS NULL AND o.resend = 0)) "
    "ORDER BY 4, 1, 2";
constexpr std::string_view kMaxOutboxSeq = "SELECT coalesce(max(seq), 0) FROM outbox";
// Resends of an earlier restore not sent yet: queued afresh from what the
// device holds now (a later acknowledged version may have come since).
constexpr std::string_view kDropUnsentResends =
    "DELETE FROM outbox WHERE resend = 1 AND batch IS NULL AND rejected_reason IS NULL";
// The unsent edits up to ?1 move behind what was queued after them.
constexpr std::string_view kRequeueWaiting =
    "INSERT INTO outbox (type, id, unit_id, version, base, deleted, data, created_at, resend, "
    "recorded_uptime, recorded_boot) "
    "SELECT type, id, unit_id, version, base, deleted, data, created_at, resend, "
    "recorded_uptime, recorded_boot FROM outbox "
    "WHERE seq <= ?1 AND batch IS NULL AND rejected_reason IS NULL ORDER BY seq";
constexpr std::string_view kDropRequeued =
    "DELETE FROM outbox WHERE seq <= ?1 AND batch IS NULL AND rejected_reason IS NULL";
constexpr std::string_view kCountWaiting =
    "SELECT count(*) FROM outbox WHERE rejected_reason IS NULL";
}  // namespace sql

constexpr std::string_view kMetaDeviceId = "device_id";
constexpr std::string_view kMetaClock = "hlc";
constexpr std::string_view kMetaNextBatch = "next_batch";
constexpr std::string_view kMetaCursor = "pull_cursor";
constexpr std::string_view kMetaStoreId = "server_store_id";
constexpr std::string_view kMetaStoreGeneration = "server_store_generation";

inline std::optional<std::string> read_meta(sqlite::Database& db, std::string_view key) {
    auto s = db.prepare(sql::kGetMeta);
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

inline void write_meta(sqlite::Database& db, std::string_view key, std::string_view value) {
    db.prepare(sql::kSetMeta).bind_all(key, value).run();
}

inline HlcClock load_clock(sqlite::Database& db) {
    // Versions from the server are trusted: the server already re-stamps
    // far-ahead devices, so the device adopts any version it is given.
    HlcClock clock(Hlc{}, std::numeric_limits<std::int64_t>::max() / 4);
    if (auto text = read_meta(db, kMetaClock))
        if (auto last = Hlc::parse(*text))
            clock.restore(*last);
    return clock;
}

// The latest version the device takes from the server, 9999-12-31T23:59:59.999Z.
// load_clock's clock adopts any server version, so one near the end of the
// clock's 48-bit range would leave the next local edit no version to take
// (the clock throws). No real server clock gets there: a later one is refused.
constexpr std::uint64_t kLatestServerMillis = 253'402'300'799'999;

inline bool beyond_latest_server_time(std::string_view version) {
    const auto v = Hlc::parse(version);
    return v && v->millis() > kLatestServerMillis;
}

// Master data changes centrally and in bulk; its versions are not kept.
inline bool keeps_history(std::string_view type) {
    return type != "unit" && type != "employee";
}

inline StoredRecord record_from_row(const Statement& s) {
    return {s.text(0),
            s.text(1),
            s.text(2),
            s.text(3),
            s.text(4),
            s.int64(5) != 0,
            json::parse(s.text(6))};
}

inline sync::Change change_from_outbox_row(const Statement& s) {
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

}  // namespace pantau::store::detail
