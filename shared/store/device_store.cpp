#include "store/device_store.h"

#include "clock/boot.h"
#include "records/period_lock.h"
#include "store/device_schema.h"
#include "store/device_store_sql.h"

namespace pantau::store {

using namespace detail;

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
        nlohmann::json before;
        if (exists) {
            if (current.text(2) != edit.unit_id)
                return Error{"unit_changed", "A record cannot move to another unit."};
            base = current.text(3);
            if (auto seen = Hlc::parse(*base))
                (void)clock.receive(*seen, now_ms);
            if (current.int64(5) == 0)
                before = json::parse(current.text(6), nullptr, false);
        }
        current.reset();
        // A closed period takes no edit, in the record's old period or its new one.
        if (const auto closed =
                closed_period_refusal(edit.type, before, edit.deleted ? json() : edit.data, now_ms))
            return Error{"period_closed", closed->message_en};
        const sync::DeviceTime boot =
            boot_clock_ ? boot_clock_(now_ms) : sync::DeviceTime{now_ms, uptime_ms(), boot_id()};

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
                          data_text, now_ms, boot.uptime_ms, boot.boot_id)
                .run();
        } else {
            db_.prepare(sql::kInsertEntry)
                .bind_all(change.type, change.id, change.unit_id, change.version, change.base,
                          std::int64_t{change.deleted}, data_text, now_ms, boot.uptime_ms,
                          boot.boot_id)
                .run();
        }
        write_meta(db_, kMetaClock, change.version);
        tx.commit();
        change.recorded = sync::DeviceTime{now_ms, boot.uptime_ms, boot.boot_id};  // as it will go
        return change;
    });
}

std::optional<Problem> DeviceStore::closed_period_refusal(const std::string& type,
                                                          const nlohmann::json& before,
                                                          const nlohmann::json& after,
                                                          std::int64_t now_ms) {
    // Here and now: an edit made now is made after any lock, whatever its grace.
    return pantau::closed_period_refusal(
        [this](const LockedPeriod& period) -> std::optional<PeriodLock> {
            const auto record = get(std::string(kPeriodLockRecordType),
                                    PeriodLock::id_of(period.kind, period.period));
            return record ? lock_of_record(record->deleted, record->data) : std::nullopt;
        },
        type, before, after, now_ms, now_ms);
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
        "created_at, rejected_code, rejected_reason_id, recorded_uptime, recorded_boot, resend "
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
        e.rejected_code = s.optional_text(11);
        e.rejected_reason_id = s.optional_text(12);
        if (!s.is_null(13) && !s.is_null(14))
            e.change.recorded = sync::DeviceTime{e.created_at, s.int64(13), s.text(14)};
        e.change.resent = s.int64(15) != 0;
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

}  // namespace pantau::store
