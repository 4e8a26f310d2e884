// DeviceStore: the phone's durable state on SQLite. It holds the records as
// the device sees them, the outbox of local changes the server has not yet
// acknowledged, the pull cursor, the hybrid clock and the conflicts to review.
// A local edit and its outbox entry commit in one transaction; a pull page and
// its cursor likewise. It is also the SyncJournal the sync engine drives.
//
// Writes return Result (a full disk is an expected failure: nothing is lost,
// the caller says so). Reads throw sqlite::Error only on I/O failure.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/problem.h"
#include "store/sqlite.h"
#include "sync/device_time.h"
#include "sync/journal.h"

namespace pantau::store {

struct StoredRecord {
    std::string type;
    std::string id;
    std::string unit_id;
    std::string version;
    std::string origin;
    bool deleted = false;
    nlohmann::json data;
};

struct OutboxEntry {
    std::int64_t seq = 0;
    sync::Change change;
    std::optional<std::int64_t> batch;
    std::optional<std::string> rejected_reason;  // the server's reason, in English
    // From servers that send them: the reason's code and its Indonesian text.
    std::optional<std::string> rejected_code;
    std::optional<std::string> rejected_reason_id;
    std::int64_t created_at = 0;
};

struct ConflictEntry {
    std::int64_t seq = 0;
    std::string type;
    std::string record_id;
    std::string local_version;
    std::string local_origin;
    nlohmann::json local_data;
    std::string remote_version;
    std::string remote_origin;
    nlohmann::json remote_data;
    std::int64_t detected_at = 0;
    bool resolved = false;
};

// A change the user makes on this device: the full new state of one record.
struct LocalEdit {
    std::string type;
    std::string id;
    std::string unit_id;
    nlohmann::json data = nlohmann::json::object();
    bool deleted = false;
};

// Checks a record's data before it enters the outbox (wired to the record types).
using RecordValidator =
    std::function<Problems(const std::string& type, const nlohmann::json& data)>;

class DeviceStore final : public sync::SyncJournal {
  public:
    // Opens (creating and migrating) the store at `path` (":memory:" for tests).
    static Result<DeviceStore> open(const std::string& path,
                                    sqlite::Durability durability = sqlite::Durability::Full);
    // Wraps an open database, migrating it.
    static Result<DeviceStore> attach(sqlite::Database db);

    void set_validator(RecordValidator validator) { validator_ = std::move(validator); }

    // Identity, set at enrolment. Empty before.
    std::string device_id();
    Result<void> set_device_id(const std::string& device_id);
    std::optional<std::string> meta(const std::string& key);
    Result<void> set_meta(const std::string& key, const std::string& value);

    // Records a local edit (create, update or delete) with a new version.
    Result<sync::Change> record(const LocalEdit& edit, std::int64_t now_ms);

    // Why an edit made now of a record of `type` that holds `before` and
    // would hold `after` (null: none) falls in a period central HR has closed
    // (records/period_lock.h), as the pulled locks say; nothing when it does
    // not. record() refuses such an edit with the code "period_closed"; a
    // screen asks first, to say so before the supervisor starts.
    std::optional<Problem> closed_period_refusal(const std::string& type,
                                                 const nlohmann::json& before,
                                                 const nlohmann::json& after, std::int64_t now_ms);

    // The device's clocks at an edit (wall, time since boot, boot id), kept
    // with the outbox entry; by default the real ones. Tests set a phone
    // whose user changes the clock, or that reboots.
    using BootClock = std::function<sync::DeviceTime(std::int64_t now_ms)>;
    void set_boot_clock(BootClock clock) { boot_clock_ = std::move(clock); }

    std::optional<StoredRecord> get(const std::string& type, const std::string& id);
    std::vector<StoredRecord> list(const std::string& type,
                                   const std::optional<std::string>& unit_id = std::nullopt);
    std::vector<StoredRecord> attendance_of_day(const std::string& unit_id, const Date& date);
    // A unit's attendance from `from` to `to`, both included.
    std::vector<StoredRecord> attendance_between(const std::string& unit_id, const Date& from,
                                                 const Date& to);
    std::int64_t count(const std::string& type);
    // Every version of a record this device made or received, oldest first
    // (unit_id left empty); master data keeps no history.
    std::vector<StoredRecord> history(const std::string& type, const std::string& id);

    std::int64_t waiting_count();  // local changes not yet acknowledged
    std::vector<OutboxEntry> outbox();
    std::vector<OutboxEntry> rejected();
    Result<void> dismiss_rejected(std::int64_t seq);
    std::vector<ConflictEntry> conflicts(bool unresolved_only = true);
    Result<void> resolve_conflict(std::int64_t seq);

    // sync::SyncJournal
    Result<std::optional<sync::OutgoingBatch>> in_flight_batch() override;
    Result<std::optional<sync::OutgoingBatch>> open_next_batch(
        const sync::BatchLimits& limits) override;
    Result<void> renumber_batch(std::int64_t from, std::int64_t to) override;
    Result<void> release_batch(std::int64_t number) override;
    Result<sync::PushSummary> apply_push_response(const sync::OutgoingBatch& batch,
                                                  const sync::PushResponse& response,
                                                  std::int64_t now_ms) override;
    Result<sync::PullSummary> apply_pull_page(const sync::PullPage& page,
                                              std::int64_t now_ms) override;
    Result<std::string> pull_cursor() override;
    Result<bool> observe_store(const std::optional<sync::StoreIdentity>& store, bool cursor_unknown,
                               std::int64_t now_ms) override;

    sqlite::Database& database() { return db_; }

  private:
    explicit DeviceStore(sqlite::Database db) : db_(std::move(db)) {}
    std::vector<OutboxEntry> read_outbox(std::string_view where_clause,
                                         std::optional<std::int64_t> batch);
    sync::OutgoingBatch load_batch(std::int64_t number);
    bool has_unacknowledged(const std::string& type, const std::string& id);
    bool has_unacknowledged_edit(const std::string& type, const std::string& id);  // not a resend
    void revert_to_confirmed(const std::string& type, const std::string& id);
    void queue_own_records(std::int64_t now_ms);

    sqlite::Database db_;
    RecordValidator validator_;
    BootClock boot_clock_;
};

}  // namespace pantau::store
