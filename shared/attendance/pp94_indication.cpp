#include "attendance/pp94_indication.h"

#include <algorithm>
#include <limits>
#include <map>
#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

namespace {

void invalid_rule(Problems& problems, const std::string& field, const std::string& en) {
    add_problem(problems, field, "invalid_rule", "Aturan ambang batas tidak sah.", en);
}

}  // namespace

Pp94AbsenceThresholds Pp94AbsenceThresholds::from_file(const CatalogueFile& file) {
    Pp94AbsenceThresholds t;
    t.version_ = file.version;
    Problems problems;
    int consecutive_rules = 0, conversion_rules = 0;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        const std::string at = file.name + "[" + std::to_string(i) + "]";
        FieldReader r(file.entries[i], problems, at);
        const std::string rule = r.string("rule");
        if (rule == "CUMULATIVE_DAYS" || rule == "CONSECUTIVE_DAYS") {
            AbsenceBand band;
            band.from_days = static_cast<int>(r.integer("from_days"));
            if (auto to = r.optional_integer("to_days"))
                band.to_days = static_cast<int>(*to);
            band.sanction = r.string("sanction");
            if (band.from_days < 1 || (band.to_days && *band.to_days < band.from_days) ||
                band.sanction.empty())
                invalid_rule(problems, at,
                             "A band needs 1 <= from_days <= to_days and a sanction.");
            if (rule == "CUMULATIVE_DAYS") {
                const auto& last = t.cumulative_;
                if (!last.empty() &&
                    (!last.back().to_days || band.from_days <= *last.back().to_days))
                    invalid_rule(problems, at, "Cumulative bands must be ordered and disjoint.");
                t.cumulative_.push_back(std::move(band));
            } else {
                ++consecutive_rules;
                t.consecutive_days_ = band.from_days;
                t.consecutive_sanction_ = std::move(band.sanction);
            }
        } else if (rule == "SALARY_STOP") {
            t.salary_stop_ = true;
        } else if (rule == "LATENESS_CONVERSION") {
            ++conversion_rules;
            t.minutes_per_day_ = static_cast<int>(r.integer("minutes_per_day"));
            if (t.minutes_per_day_ < 1)
                invalid_rule(problems, at, "minutes_per_day must be positive.");
        } else {
            invalid_rule(problems, r.path("rule"), "Unknown rule '" + rule + "'.");
        }
        r.reject_unknown();
    }
    if (t.cumulative_.empty() || consecutive_rules != 1 || conversion_rules != 1)
        invalid_rule(problems, file.name,
                     "Need cumulative bands, one CONSECUTIVE_DAYS and one LATENESS_CONVERSION.");
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return t;
}

std::optional<std::string> Pp94AbsenceThresholds::sanction_for_days(int total_days) const {
    for (const auto& band : cumulative_)
        if (total_days >= band.from_days && (!band.to_days || total_days <= *band.to_days))
            return band.sanction;
    return std::nullopt;
}

const Pp94AbsenceThresholds& pp94_absence_thresholds() {
    static const Pp94AbsenceThresholds thresholds =
        Pp94AbsenceThresholds::from_file(embedded_catalogue("pp94_absence_thresholds"));
    return thresholds;
}

AttendanceDay attendance_day(const Attendance& attendance) {
    return {attendance.date, attendance.status, attendance.minutes.value_or(0),
            attendance.early_minutes.value_or(0)};
}

int AttendanceDay::lateness_minutes() const {
    return std::max(minutes, 0) + std::max(early_minutes, 0);
}

AbsenceIndication indicate_absence(int year, const std::vector<AttendanceDay>& days,
                                   const WorkCalendar& calendar,
                                   const Pp94AbsenceThresholds& thresholds,
                                   const AttendanceStatusCatalogue& statuses) {
    AbsenceIndication result;
    result.year = year;
    result.thresholds_version = thresholds.version();

    std::map<Date, const AttendanceStatus*> status_on;
    std::map<Date, int> minutes_on;
    for (const auto& day : days) {
        status_on[day.date] = statuses.find(day.status);
        minutes_on[day.date] = day.lateness_minutes();
    }
    const auto unexcused = [&](Date d) {
        auto it = status_on.find(d);
        return it != status_on.end() && it->second && it->second->unexcused_absence;
    };

    const auto year_start = Date::from_ymd(year, 1, 1);
    if (!year_start)
        return result;
    const Date first = *year_start, last = *Date::from_ymd(year, 12, 31);
    const Date scan_from = status_on.empty() ? first : std::min(first, status_on.begin()->first);
    const Date scan_to = status_on.empty() ? last : std::max(last, status_on.rbegin()->first);

    long long lateness = 0;
    int run = 0;
    bool run_in_year = false;
    Date run_start = first, run_complete = first;
    bool run_recorded = false;
    for (Date d = scan_from; d <= scan_to; d = d.plus_days(1)) {
        if (!calendar.is_working_day(d))
            continue;
        const bool in_year = d.year() == year;
        if (unexcused(d)) {
            if (run == 0)
                run_start = d;
            ++run;
            if (run == thresholds.consecutive_days())
                run_complete = d;
            run_in_year = run_in_year || in_year;
            if (run_in_year)
                result.longest_consecutive_run = std::max(result.longest_consecutive_run, run);
            // A run from December completes in the old year and counts in the new one too.
            if (run_in_year && run >= thresholds.consecutive_days() && !run_recorded) {
                result.consecutive_runs.emplace_back(run_start, run_complete);
                run_recorded = true;
            }
            if (in_year)
                ++result.unexcused_days;
        } else {
            run = 0;
            run_in_year = false;
            run_recorded = false;
        }
        if (!in_year)
            continue;
        auto it = status_on.find(d);
        if (it != status_on.end() && it->second && it->second->lateness_series)
            lateness += minutes_on[d];
    }

    result.lateness_minutes =
        static_cast<int>(std::min<long long>(lateness, std::numeric_limits<int>::max()));
    result.lateness_days = result.lateness_minutes / thresholds.minutes_per_day();
    result.total_days = result.unexcused_days + result.lateness_days;
    result.sanction = thresholds.sanction_for_days(result.total_days);
    result.consecutive_trigger = result.longest_consecutive_run >= thresholds.consecutive_days();
    if (result.consecutive_trigger)
        result.consecutive_sanction = thresholds.consecutive_sanction();
    if (!result.consecutive_runs.empty() && thresholds.salary_stop()) {
        const Date done = result.consecutive_runs.front().second;
        result.salary_stop_from = done.month() == 12
                                      ? *Date::from_ymd(done.year() + 1, 1, 1)
                                      : *Date::from_ymd(done.year(), done.month() + 1, 1);
    }
    return result;
}

bool indication_is_news(const AbsenceIndication& now, const AbsenceIndication& covered,
                        const Pp94AbsenceThresholds& thresholds) {
    const auto band_of = [&](const std::optional<std::string>& sanction) {
        if (!sanction)
            return -1;
        const auto& bands = thresholds.cumulative();
        for (std::size_t i = 0; i < bands.size(); ++i)
            if (bands[i].sanction == *sanction)
                return static_cast<int>(i);
        return -1;
    };
    if (now.sanction && band_of(now.sanction) > band_of(covered.sanction))
        return true;
    for (const auto& run : now.consecutive_runs)
        if (std::none_of(covered.consecutive_runs.begin(), covered.consecutive_runs.end(),
                         [&](const auto& seen) { return seen.first == run.first; }))
            return true;
    return false;
}

AbsenceIndication indicate_absence(int year, const std::vector<AttendanceDay>& days,
                                   const WorkCalendar& calendar) {
    return indicate_absence(year, days, calendar, pp94_absence_thresholds(),
                            attendance_status_catalogue());
}

}  // namespace pantau
