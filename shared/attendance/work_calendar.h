// WorkCalendar: which local dates are working days for civil servants
// (Monday to Friday, minus national holidays and cuti bersama). Discipline
// thresholds and case deadlines count working days, so every such count goes
// through here.
#pragma once

#include <set>
#include <vector>

#include "attendance/holiday.h"
#include "core/date.h"

namespace pantau {

class WorkCalendar {
  public:
    // Saturdays and Sundays off, plus every date of `holidays`.
    explicit WorkCalendar(const HolidayCatalogue& holidays);
    explicit WorkCalendar(const std::vector<Date>& holidays);

    bool is_weekend(Date date) const;
    bool is_holiday(Date date) const;
    bool is_working_day(Date date) const;

    // Working days from `from` to `to`, both included; 0 when to < from.
    int working_days_between(Date from, Date to) const;
    // The date `n` working days after `start` (before it when n < 0);
    // `start` itself when n == 0, whether or not it is a working day.
    Date add_working_days(Date start, int n) const;
    // The first working day strictly after `date`.
    Date next_working_day(Date date) const;

    // Whether the holiday table lists anything for `year`: outside those
    // years only weekends are known, and counts may be too high.
    bool knows_year(int year) const { return years_.contains(year); }

  private:
    std::set<Date> holidays_;
    std::set<int> years_;
};

// A calendar over the embedded "holidays" catalogue, built once.
const WorkCalendar& embedded_work_calendar();

}  // namespace pantau
