// `pantau-server period close|reopen|list`: central HR closes a month of
// attendance or an evaluation period for every device (records/period_lock.h),
// with a grace window for what supervisors recorded offline before it.
#include "admin/arguments.h"
#include "admin/command_handlers.h"
#include "core/timestamp.h"
#include "service/master_data.h"

namespace pantau::server {

namespace {

using nlohmann::json;

json to_json(const PeriodLock& lock) {
    return {{"kind", to_string(lock.kind)},
            {"period", lock.period},
            {"closed", lock.closed},
            {"closed_at", format_timestamp(lock.closed_at)},
            {"grace_ms", lock.grace_ms},
            {"grace_until", format_timestamp(lock.closed_at + lock.grace_ms)},
            {"closed_by", lock.closed_by}};
}

// --kind and the period (--month for attendance, --period for either).
Result<std::pair<LockKind, std::string>> period_arguments(const Arguments& args) {
    const std::string kind_text = *args.value("kind");
    const auto kind = lock_kind_from_string(kind_text);
    if (!kind)
        return Error{"usage", "--kind must be attendance or evaluation, not '" + kind_text + "'"};
    const auto month = args.value("month");
    const auto period = args.value("period");
    if (month && period)
        return Error{"usage", "give --month or --period, not both"};
    if (!month && !period)
        return Error{"usage", kind == LockKind::Attendance
                                  ? "--month YYYY-MM is required"
                                  : "--period (2026, 2026-Q3 or 2026-11) is required"};
    if (month && *kind == LockKind::Evaluation && month->size() != 7)
        return Error{"usage", "--month is YYYY-MM"};
    return std::pair{*kind, month ? *month : *period};
}

}  // namespace

int run_period_close(Run& run) {
    auto period = period_arguments(run.args);
    if (!period)
        return run.fail(period.error());
    std::int64_t grace = kDefaultLockGraceMs;
    if (const auto text = run.args.value("grace")) {
        const auto parsed =
            *text == "0" ? std::optional<std::int64_t>(0) : parse_duration_ms(*text);
        if (!parsed)
            return run.fail(
                {"usage", "--grace is a duration such as 72h, 3d or 0, not '" + *text + "'"});
        grace = *parsed;
    }
    const std::string by = run.args.value("by").value_or("BKPSDM");
    auto closed = write<PeriodChange>(run.store(), [&](ServerTransaction& tx) {
        auto change = close_period(tx, period->first, period->second, grace, by, now_ms());
        if (change && change->changed)
            audit(tx, "period_close", to_json(change->lock));
        return change;
    });
    if (!closed)
        return run.fail(closed.error());
    json result = to_json(closed->lock);
    result["changed"] = closed->changed;
    const std::string what = std::string(to_string(closed->lock.kind)) + " " + closed->lock.period;
    return run.done(
        result, closed->changed
                    ? "Closed " + what +
                          ". Devices refuse edits in it from their "
                          "next sync; what was recorded offline "
                          "before now is accepted until " +
                          format_timestamp(closed->lock.closed_at + closed->lock.grace_ms) + ".\n"
                    : "The period " + what + " is closed already; nothing changed.\n");
}

int run_period_reopen(Run& run) {
    auto period = period_arguments(run.args);
    if (!period)
        return run.fail(period.error());
    auto reopened = write<PeriodChange>(run.store(), [&](ServerTransaction& tx) {
        auto change = reopen_period(tx, period->first, period->second, now_ms());
        if (change && change->changed)
            audit(tx, "period_reopen", to_json(change->lock));
        return change;
    });
    if (!reopened)
        return run.fail(reopened.error());
    json result = to_json(reopened->lock);
    result["changed"] = reopened->changed;
    const std::string what =
        std::string(to_string(reopened->lock.kind)) + " " + reopened->lock.period;
    return run.done(result, reopened->changed
                                ? "Reopened " + what + ": devices may change it again.\n"
                                : "The period " + what + " is open already; nothing changed.\n");
}

int run_period_list(Run& run) {
    std::vector<PeriodLock> locks;
    run.store().read([&](ServerTransaction& tx) { locks = period_locks(tx); });
    json rows = json::array();
    std::string text = locks.empty() ? "No period was ever closed.\n"
                                     : pad("KIND", 12) + pad("PERIOD", 9) + pad("STATE", 8) +
                                           pad("CLOSED AT", 26) + "GRACE UNTIL\n";
    for (const auto& lock : locks) {
        rows.push_back(to_json(lock));
        text += pad(std::string(to_string(lock.kind)), 12) + pad(lock.period, 9) +
                pad(lock.closed ? "closed" : "open", 8) +
                pad(format_timestamp(lock.closed_at), 26) +
                format_timestamp(lock.closed_at + lock.grace_ms) + "\n";
    }
    return run.done({{"periods", rows}}, text);
}

}  // namespace pantau::server
