// WorkCalendar: which local dates are working days for one person. The
// national default is Monday to Friday minus national holidays and cuti
// bersama (Perpres 21/2023 Pasal 3: five working days a week). Units that
// serve the public directly may work other days (Perpres 21/2023 Pasal 7 ayat (1)),
// so a unit keeps its week pattern as data (Unit::work_weeks), and a unit
// that rosters its staff keeps a duty roster per person (duty_roster.h).
// Discipline thresholds, case deadlines and recaps count working days, and
// every such count goes through a calendar made for the person concerned
// (work_schedule.h), never through the national one when a pattern exists.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "attendance/holiday.h"
#include "core/date.h"
#include "core/problem.h"

namespace pantau {

// The days of the week a unit works, from `from` on (until the next week of
// the same unit starts).
struct WorkWeek {
    static constexpr std::size_t kMaxWeeks = 100;  // a unit's pattern history

    Date from;
    std::array<bool, 7> days{};  // Monday first

    bool works(Weekday day) const { return days[static_cast<std::size_t>(day) - 1]; }
    // "MON,TUE,WED,THU,FRI"
    std::string days_text() const;

    bool operator==(const WorkWeek&) const = default;
};

// Monday to Friday from `from`.
WorkWeek five_day_week(Date from);

// "MON" .. "SUN", as the data spells the days.
std::string_view weekday_code(Weekday day);
std::optional<Weekday> weekday_from_code(std::string_view code);

// A unit's "work_weeks": [{"from": "2026-01-01", "days": ["MON", ...]}, ...],
// strictly ordered by `from`, each with at least one day and no day twice;
// problems are named under `path`.
std::vector<WorkWeek> read_work_weeks(const nlohmann::json& weeks, Problems& problems,
                                      const std::string& path);
nlohmann::json work_weeks_json(const std::vector<WorkWeek>& weeks);

class WorkCalendar {
  public:
    // Monday to Friday, minus every date of `holidays`.
    explicit WorkCalendar(const HolidayCatalogue& holidays);
    explicit WorkCalendar(const std::vector<Date>& holidays);

    // The same holidays under a unit's week pattern and a person's duty
    // days. Before the first of `weeks` (or with none) Monday to Friday
    // hold. A date of `duty` is a working day when true (a shift, holiday
    // duty included) and a day off when false (the roster's day off),
    // whatever the pattern and the holidays say.
    WorkCalendar with_schedule(std::vector<WorkWeek> weeks, std::map<Date, bool> duty) const;

    // Not a day of the week pattern in force on `date` (Saturday and Sunday
    // under the national pattern).
    bool is_rest_day(Date date) const;
    bool is_holiday(Date date) const;
    // The roster's answer for `date`, when it has one.
    std::optional<bool> duty_on(Date date) const;
    bool is_working_day(Date date) const;

    // Working days from `from` to `to`, both included; 0 when to < from.
    int working_days_between(Date from, Date to) const;
    // The date `n` working days after `start` (before it when n < 0);
    // `start` itself when n == 0, whether or not it is a working day.
    Date add_working_days(Date start, int n) const;
    // The first working day strictly after `date`.
    Date next_working_day(Date date) const;

    // Whether the holiday table lists anything for `year`: outside those
    // years only the week pattern is known, and counts may be too high.
    bool knows_year(int year) const { return years_->contains(year); }
    // Whether anything but the national pattern applies.
    bool has_schedule() const { return !weeks_.empty() || !duty_.empty(); }

  private:
    const WorkWeek* week_on(Date date) const;

    std::shared_ptr<const std::set<Date>> holidays_;
    std::shared_ptr<const std::set<int>> years_;
    std::vector<WorkWeek> weeks_;  // by `from`
    std::map<Date, bool> duty_;
};

// A calendar over the embedded "holidays" catalogue, built once.
const WorkCalendar& embedded_work_calendar();

}  // namespace pantau
