#include "records/period_lock.h"

#include "clock/uuid.h"
#include "core/date.h"
#include "core/json_fields.h"
#include "evaluation/evaluation.h"
#include "org/timezone.h"

namespace pantau {

namespace {

// "2026-12-03 10:00 WIB": when a lock was closed, as a supervisor reads it.
// Locks are national (BKPSDM's), so the time is the fallback zone's.
std::string closed_text(std::int64_t at_ms) {
    const int offset = utc_offset_minutes_or_fallback(std::string(kFallbackTimeZone));
    const std::int64_t local_minutes = at_ms / 60'000 + offset;
    const std::int64_t minute_of_day = ((local_minutes % 1440) + 1440) % 1440;
    const auto two = [](std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return local_date(at_ms, offset).iso() + " " + two(minute_of_day / 60) + ":" +
           two(minute_of_day % 60) + " WIB";
}

std::string_view kind_id(LockKind kind) {
    return kind == LockKind::Attendance ? "presensi" : "penilaian kinerja";
}

std::string_view kind_en(LockKind kind) {
    return kind == LockKind::Attendance ? "attendance" : "performance evaluation";
}

}  // namespace

std::string_view to_string(LockKind kind) {
    return kind == LockKind::Attendance ? "attendance" : "evaluation";
}

std::optional<LockKind> lock_kind_from_string(std::string_view text) {
    if (text == "attendance")
        return LockKind::Attendance;
    if (text == "evaluation")
        return LockKind::Evaluation;
    return std::nullopt;
}

bool is_lockable_period(LockKind kind, std::string_view period) {
    if (kind == LockKind::Evaluation)
        return evaluation_period_kind(period).has_value();
    // A month: "YYYY-MM", a real one.
    return period.size() == 7 && Date::parse(std::string(period) + "-01").has_value();
}

std::optional<Date> last_day_of(LockKind kind, std::string_view period) {
    if (!is_lockable_period(kind, period))
        return std::nullopt;
    const int year = std::stoi(std::string(period.substr(0, 4)));
    int last_month = 12;
    if (period.size() == 7 && period[5] == 'Q')
        last_month = (period[6] - '0') * 3;
    else if (period.size() == 7)
        last_month = std::stoi(std::string(period.substr(5, 2)));
    return Date::from_ymd(year, last_month, days_in_month(year, last_month));
}

std::optional<LockedPeriod> locked_period_of(std::string_view type, const nlohmann::json& data) {
    if (!data.is_object())
        return std::nullopt;
    if (type == "attendance") {
        const std::string date = text_or_empty(data, "date");
        if (date.size() < 7)
            return std::nullopt;
        return LockedPeriod{LockKind::Attendance, date.substr(0, 7)};
    }
    // A roster decides which days of its month were working days, so a
    // closed attendance month closes its rosters too.
    if (type == "duty_roster") {
        const std::string month = text_or_empty(data, "month");
        if (month.size() != 7)
            return std::nullopt;
        return LockedPeriod{LockKind::Attendance, month};
    }
    if (type == "evaluation") {
        const std::string period = text_or_empty(data, "period");
        if (period.empty())
            return std::nullopt;
        return LockedPeriod{LockKind::Evaluation, period};
    }
    return std::nullopt;
}

std::string PeriodLock::id_of(LockKind kind, std::string_view period) {
    return uuid_v5(kPantauNamespace, std::string(kPeriodLockRecordType) + "/" +
                                         std::string(to_string(kind)) + "/" + std::string(period));
}

std::string PeriodLock::id() const {
    return id_of(kind, period);
}

nlohmann::json PeriodLock::to_json() const {
    return {{"kind", to_string(kind)}, {"period", period},     {"closed", closed},
            {"closed_at", closed_at},  {"grace_ms", grace_ms}, {"closed_by", closed_by}};
}

PeriodLock PeriodLock::from_json(const nlohmann::json& data, Problems& problems) {
    PeriodLock lock;
    FieldReader r(data, problems);
    if (!r.is_object())
        return lock;
    const std::string kind = r.string("kind");
    lock.period = r.string("period");
    lock.closed = r.boolean("closed");
    lock.closed_at = r.integer("closed_at");
    lock.grace_ms = r.integer("grace_ms");
    lock.closed_by = r.optional_string("closed_by").value_or("");
    r.reject_unknown();
    if (const auto k = lock_kind_from_string(kind))
        lock.kind = *k;
    else if (!kind.empty())
        add_problem(problems, "kind", "unknown_kind",
                    "Jenis periode harus attendance atau evaluation.",
                    "The kind must be attendance or evaluation.");
    if (!lock.period.empty() && !is_lockable_period(lock.kind, lock.period))
        add_problem(problems, "period", "invalid_period",
                    "Periode '" + lock.period + "' tidak sah.",
                    "The period '" + lock.period + "' is not valid.");
    if (lock.grace_ms < 0)
        add_problem(problems, "grace_ms", "out_of_range", "Masa tenggang tidak boleh negatif.",
                    "The grace window cannot be negative.");
    return lock;
}

Problems check_period_lock_data(const nlohmann::json& data) {
    Problems problems;
    (void)PeriodLock::from_json(data, problems);
    return problems;
}

std::optional<Problem> period_lock_refusal(const PeriodLock& lock,
                                           std::optional<std::int64_t> recorded_by_ms,
                                           std::int64_t arrived_ms) {
    if (!lock.closed)
        return std::nullopt;
    const std::int64_t recorded = recorded_by_ms.value_or(arrived_ms);
    if (recorded < lock.closed_at && arrived_ms < lock.closed_at + lock.grace_ms)
        return std::nullopt;
    const std::string who = lock.closed_by.empty() ? "BKPSDM" : lock.closed_by;
    const std::string when = closed_text(lock.closed_at);
    return Problem{"period", "period_closed",
                   "Periode " + std::string(kind_id(lock.kind)) + " " + lock.period +
                       " sudah ditutup oleh " + who + " pada " + when +
                       ". Catatan di periode ini tidak dapat diubah lagi; bila perlu koreksi, "
                       "minta " +
                       who + " membuka kembali periode ini.",
                   "The " + std::string(kind_en(lock.kind)) + " period " + lock.period +
                       " was closed by " + who + " on " + when +
                       ". Its records can no longer change; to correct one, ask " + who +
                       " to reopen the period."};
}

std::optional<PeriodLock> lock_of_record(bool deleted, const nlohmann::json& data) {
    if (deleted)
        return std::nullopt;
    Problems problems;
    PeriodLock lock = PeriodLock::from_json(data, problems);
    if (!problems.empty())
        return std::nullopt;
    return lock;
}

std::optional<Problem> closed_period_refusal(const LockLookup& find, std::string_view type,
                                             const nlohmann::json& before,
                                             const nlohmann::json& after,
                                             std::optional<std::int64_t> recorded_by_ms,
                                             std::int64_t arrived_ms) {
    for (const nlohmann::json* data : {&after, &before}) {
        const auto period = locked_period_of(type, *data);
        if (!period)
            continue;
        if (const auto lock = find(*period))
            if (auto refusal = period_lock_refusal(*lock, recorded_by_ms, arrived_ms))
                return refusal;
    }
    return std::nullopt;
}

std::optional<Problem> closed_period_refusal(const LockLookup& find, const sync::Change& incoming,
                                             const std::optional<sync::Change>& current,
                                             const sync::ChangeContext& context,
                                             std::int64_t now_ms) {
    if (current && current->version == incoming.version && current->origin == incoming.origin)
        return std::nullopt;  // a retry: the merge answers it as a duplicate
    if (context.resent)
        return std::nullopt;  // stored once already, under the locks of its time
    static const nlohmann::json kNone;
    const nlohmann::json& before = current && !current->deleted ? current->data : kNone;
    const nlohmann::json& after = incoming.deleted ? kNone : incoming.data;
    return closed_period_refusal(find, incoming.type, before, after, context.recorded_by_ms,
                                 now_ms);
}

}  // namespace pantau
