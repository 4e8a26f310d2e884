#include "attendance/work_calendar.h"

namespace pantau {

WorkCalendar::WorkCalendar(const HolidayCatalogue& holidays) : years_(holidays.years()) {
    for (const auto& h : holidays.entries())
        holidays_.insert(h.date);
}

WorkCalendar::WorkCalendar(const std::vector<Date>& holidays)
    : holidays_(holidays.begin(), holidays.end()) {
    for (const auto& d : holidays_)
        years_.insert(d.year());
}

bool WorkCalendar::is_weekend(Date date) const {
    const auto day = date.weekday();
    return day == Weekday::Saturday || day == Weekday::Sunday;
}

bool WorkCalendar::is_holiday(Date date) const {
    return holidays_.contains(date);
}

bool WorkCalendar::is_working_day(Date date) const {
    return !is_weekend(date) && !is_holiday(date);
}

int WorkCalendar::working_days_between(Date from, Date to) const {
    int count = 0;
    for (Date d = from; d <= to; d = d.plus_days(1))
        if (is_working_day(d))
            ++count;
    return count;
}

Date WorkCalendar::add_working_days(Date start, int n) const {
    const int step = n < 0 ? -1 : 1;
    Date d = start;
    for (int remaining = n < 0 ? -n : n; remaining > 0;) {
        d = d.plus_days(step);
        if (is_working_day(d))
            --remaining;
    }
    return d;
}

Date WorkCalendar::next_working_day(Date date) const {
    return add_working_days(date, 1);
}

const WorkCalendar& embedded_work_calendar() {
    static const WorkCalendar calendar(holiday_catalogue());
    return calendar;
}

}  // namespace pantau
