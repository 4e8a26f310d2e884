// The central store behind the sync server: the one narrow interface that
// the embedded SQLite store and the PostgreSQL store implement.
//
// All work happens inside a transaction handed to a callback. A write
// callback's effects are durable (synced to disk) when write() returns; the
// SQLite store may run several write callbacks in one transaction (group
// commit), each inside its own savepoint. A callback that throws has its own
// effects undone and the exception rethrown to its caller.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/date.h"
#include "store/store_tables.h"
#include "sync/central.h"

namespace pantau::server {

enum class Role { Supervisor, Hr, Oversight };
std::string_view to_string(Role role);
std::optional<Role> role_from_string(std::string_view text);

struct User {
    std::string id;
    std::string name;
    Role role = Role::Supervisor;
    std::vector<std::string> units;  // the units assigned; their sub-units are in scope too
    std::int64_t created_at = 0;
    std::optional<std::string> login;  // the dashboard sign-in name, when given one
};

// A signed-in dashboard session. The cookie carries a random token; the store
// keeps its hash, so a copy of the database signs nobody in.
struct WebSession {
    std::string token_hash;
    std::string user_id;
    std::string csrf;  // every state-changing form carries it
    std::int64_t created_at = 0;
    std::int64_t expires_at = 0;
    std::int64_t last_seen_at = 0;
    std::string address;
};

struct Device {
    std::string id;
    std::string user_id;
    std::string name;
    std::int64_t enrolled_at = 0;
    std::optional<std::int64_t> revoked_at;
    std::optional<std::int64_t> last_seen_at;
    std::string last_address;
    // How far its clock ran ahead of the server's (negative: behind) at its
    // last push that carried the device's time, and when that was.
    std::optional<std::int64_t> clock_skew_ms;
    std::optional<std::int64_t> clock_checked_at;
};

// One line of the audit trail: who (user, device) did what, when, from where.
struct AuditEntry {
    std::int64_t id = 0;  // assigned by the store, increasing
    std::int64_t at = 0;  // Unix ms
    std::string user_id;
    std::string device_id;
    std::string address;
    std::string action;  // "enroll", "push", "export", "device_revoke", ...
    nlohmann::json detail = nlohmann::json::object();
};

// What reports count of one current attendance record.
struct AttendanceFact {
    std::string unit_id;
    std::string employee_id;
    Date date;
    std::string status;
    int minutes = 0;
    int early_minutes = 0;  // of a day that also ended early (schema v7)
};

struct StoredConflict {
    std::int64_t id = 0;
    sync::ConflictRecord conflict;
};

struct StoredRejection {
    std::int64_t id = 0;
    sync::RejectedRecord rejected;
};

// The store failed (disk full, I/O error, busy beyond its timeout); the
// request is answered 503 and nothing of it was kept.
class StoreError : public std::runtime_error {
  public:
    StoreError(std::string code, const std::string& message)
        : std::runtime_error(message), code_(std::move(code)) {}
    const std::string& code() const { return code_; }

  private:
    std::string code_;
};

// One transaction's view of the central store. The CentralStore part serves
// sync/central.h's apply_push and read_pull; the rest is the directory of
// users and devices, master-data lookups, the logs, and exports.
class ServerTransaction : public sync::CentralStore {
  public:
    // Users, enrolment codes and devices. Codes and tokens are stored only as hashes.
    virtual void add_user(const User& user) = 0;
    virtual std::optional<User> user(const std::string& id) = 0;
    virtual std::vector<User> users() = 0;
    // Dashboard accounts: a unique sign-in name and an encoded password hash.
    virtual void set_user_login(const std::string& user_id, const std::string& login) = 0;
    virtual std::optional<User> user_by_login(const std::string& login) = 0;
    virtual void set_password_hash(const std::string& user_id, const std::string& hash) = 0;
    virtual std::optional<std::string> password_hash(const std::string& user_id) = 0;
    virtual void add_web_session(const WebSession& session) = 0;
    virtual std::optional<WebSession> web_session(const std::string& token_hash) = 0;
    virtual void touch_web_session(const std::string& token_hash, std::int64_t now) = 0;
    virtual void end_web_session(const std::string& token_hash) = 0;
    virtual void end_web_sessions_of(const std::string& user_id) = 0;
    virtual void add_enroll_code(const std::string& code_hash, const std::string& user_id,
                                 std::int64_t created_at, std::int64_t expires_at) = 0;
    // Marks the code used and returns its user, if it exists, is unused and has not expired.
    virtual std::optional<std::string> redeem_enroll_code(const std::string& code_hash,
                                                          std::int64_t now) = 0;
    virtual void add_device(const Device& device, const std::string& token_hash) = 0;
    virtual std::optional<Device> device_by_token_hash(const std::string& token_hash) = 0;
    virtual std::optional<Device> device(const std::string& id) = 0;
    virtual std::vector<Device> devices() = 0;
    virtual bool revoke_device(const std::string& id, std::int64_t now) = 0;  // false: unknown
    virtual void note_clock(const std::string& id, std::int64_t skew_ms, std::int64_t at) = 0;
    virtual void touch_device(const std::string& id, std::int64_t now,
                              const std::string& address) = 0;

    // Master data and domain lookups. Records are current versions,
    // tombstones included, in commit order.
    virtual std::vector<sync::Change> records_of_type(const std::string& type) = 0;
    // Moves every record of the unit to the end of the commit order, unchanged
    // and in its order, so a scope the unit enters receives them all.
    virtual void reissue_unit(const std::string& unit_id) = 0;
    virtual std::vector<sync::Change> discipline_events(const std::string& case_id) = 0;
    virtual std::optional<sync::Change> employee_by_nip(const std::string& nip) = 0;
    // The current, undeleted attendance records dated from..to (both
    // included), in no particular order: an index range, not a scan. With
    // `statuses`, only records of those status codes.
    // The first and last date of the current attendance records, if any;
    // the current attendance records of one date (for streamed exports).
    virtual std::optional<std::pair<Date, Date>> attendance_span() = 0;
    virtual std::vector<sync::Change> attendance_records_on(Date date) = 0;
    virtual std::vector<AttendanceFact> attendance_between(
        Date from, Date to, const std::vector<std::string>& statuses = {}) = 0;

    // Logs.
    virtual void add_audit(const AuditEntry& entry) = 0;
    virtual std::vector<AuditEntry> audit_after(std::int64_t after_id, std::size_t limit) = 0;
    // Newest first: the entries with an id below `before_id` (0: from the newest).
    virtual std::vector<AuditEntry> audit_before(std::int64_t before_id, std::size_t limit) = 0;
    // Pages in id order after `after_id`; conflicts of the given units only
    // (every unit when none are given).
    virtual std::vector<StoredConflict> conflicts_after(
        std::int64_t after_id, const std::optional<std::set<std::string>>& units,
        std::size_t limit) = 0;
    virtual std::vector<StoredRejection> rejections_after(std::int64_t after_id,
                                                          std::size_t limit) = 0;

    // Whole tables, for moving a store to another (store/store_tables.h):
    // every row of a table in no particular order, a row added as it is,
    // and a table emptied.
    virtual void scan_rows(const StoreTable& table,
                           const std::function<void(const StoreRow&)>& each) = 0;
    virtual void insert_row(const StoreTable& table, const StoreRow& row) = 0;
    virtual void clear_table(const StoreTable& table) = 0;
};

class ServerStore {
  public:
    virtual ~ServerStore() = default;
    virtual void write(const std::function<void(ServerTransaction&)>& work) = 0;
    virtual void read(const std::function<void(ServerTransaction&)>& work) = 0;
};

// "sqlite:PATH" (created and migrated on first use) or
// "postgresql://USER@HOST[:PORT]/DATABASE" (also postgres://; migrated on
// first use; see store/pg_server_store.h). Throws StoreError for an unknown
// scheme or a store that cannot be opened.
std::unique_ptr<ServerStore> open_store(const std::string& url);

}  // namespace pantau::server
