// Period locks. Central HR closes a month of attendance (for payroll) or an
// evaluation period; from then on no device may change a record in it, so
// the figures HR exported stay the figures. The lock is master data: a
// "period_lock" record in the global scope that every device pulls, so the
// phone refuses an edit before it is made, and the server refuses a change
// that got past an older phone.
//
// One exception keeps the supervisor who recorded offline on the last day
// from being punished for having no signal: a change recorded before the
// lock (by the bound of sync/device_time.h, not the phone's wall clock) that
// reaches the server within the lock's grace window is accepted.
//
// This file is the one home of that rule: the phone, the server's change
// rules and the tests call it.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/problem.h"
#include "sync/central.h"
#include "sync/change.h"

namespace pantau {

inline constexpr std::string_view kPeriodLockRecordType = "period_lock";
inline constexpr std::int64_t kDefaultLockGraceMs = 72 * 3'600'000LL;

enum class LockKind { Attendance, Evaluation };
std::string_view to_string(LockKind kind);
std::optional<LockKind> lock_kind_from_string(std::string_view text);

// The period a record of `type` with `data` belongs to, for the records a
// lock governs: attendance by the month of its date ("2026-11"), a duty
// roster by its month, an
// evaluation by its period ("2026", "2026-Q3", "2026-11").
struct LockedPeriod {
    LockKind kind;
    std::string period;
    bool operator==(const LockedPeriod&) const = default;
};
std::optional<LockedPeriod> locked_period_of(std::string_view type, const nlohmann::json& data);

// Whether `period` is one a lock of `kind` can name.
bool is_lockable_period(LockKind kind, std::string_view period);
// The last day of a lockable period; nothing for one that is not.
std::optional<Date> last_day_of(LockKind kind, std::string_view period);

struct PeriodLock {
    LockKind kind = LockKind::Attendance;
    std::string period;
    bool closed = true;          // false once reopened
    std::int64_t closed_at = 0;  // server time, ms
    std::int64_t grace_ms = kDefaultLockGraceMs;
    std::string closed_by;  // who closed it, for the sentence the phone shows

    // One record per kind and period: closing again or reopening re-uses it.
    std::string id() const;
    static std::string id_of(LockKind kind, std::string_view period);
    nlohmann::json to_json() const;
    static PeriodLock from_json(const nlohmann::json& data, Problems& problems);
};

// The data check of a "period_lock" record (record_types.h).
Problems check_period_lock_data(const nlohmann::json& data);

// Why a change to the period `locked` may not be stored, or nothing when it
// may. `recorded_by_ms` is an upper bound of when the edit was really made
// (nothing when the device did not say), `arrived_ms` when it reached the
// deciding side (the server; on the phone, now). Without a bound a change
// counts as recorded when it arrived.
std::optional<Problem> period_lock_refusal(const PeriodLock& lock,
                                           std::optional<std::int64_t> recorded_by_ms,
                                           std::int64_t arrived_ms);

// How a side finds the stored lock of a period (the "period_lock" record
// with PeriodLock::id_of), if there is one.
using LockLookup = std::function<std::optional<PeriodLock>(const LockedPeriod& period)>;

// A lock as its record holds it; nothing for a tombstone or malformed data.
std::optional<PeriodLock> lock_of_record(bool deleted, const nlohmann::json& data);

// The rule every side applies to a change of a record of `type` that held
// `before` and will hold `after` (null for none: a new record, a delete):
// why it may not be stored, or nothing. Both periods count, so a record
// cannot be moved out of a closed period either.
std::optional<Problem> closed_period_refusal(const LockLookup& find, std::string_view type,
                                             const nlohmann::json& before,
                                             const nlohmann::json& after,
                                             std::optional<std::int64_t> recorded_by_ms,
                                             std::int64_t arrived_ms);

// The rule as a central store applies it to an incoming change: the above,
// except for a retry of the version it holds, and for a version the device
// sends again after a restore of the server (`context.resent`): the server
// stored it once, under the locks of its time, and the restore forgot it; a
// restore must not lose what a device still holds. (A tampered app could
// claim a resend; it could as well forge its clocks: the locks guard against
// wrong clocks and late phones, not against a modified app.)
std::optional<Problem> closed_period_refusal(const LockLookup& find, const sync::Change& incoming,
                                             const std::optional<sync::Change>& current,
                                             const sync::ChangeContext& context,
                                             std::int64_t now_ms);

}  // namespace pantau
