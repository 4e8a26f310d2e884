#include "attendance/work_calendar.h"

#include <algorithm>

#include "core/json_fields.h"

namespace pantau {

namespace {

constexpr std::array<std::string_view, 7> kDayCodes = {"MON", "TUE", "WED", "THU",
                                                       "FRI", "SAT", "SUN"};

}  // namespace

std::string_view weekday_code(Weekday day) {
    return kDayCodes[static_cast<std::size_t>(day) - 1];
}

std::optional<Weekday> weekday_from_code(std::string_view code) {
    for (std::size_t i = 0; i < kDayCodes.size(); ++i)
        if (kDayCodes[i] == code)
            return static_cast<Weekday>(i + 1);
    return std::nullopt;
}

std::string WorkWeek::days_text() const {
    std::string text;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (!days[i])
            continue;
        if (!text.empty())
            text += ',';
        text += kDayCodes[i];
    }
    return text;
}

WorkWeek five_day_week(Date from) {
    return {from, {true, true, true, true, true, false, false}};
}

std::vector<WorkWeek> read_work_weeks(const nlohmann::json& weeks, Problems& problems,
                                      const std::string& path) {
    std::vector<WorkWeek> result;
    if (!weeks.is_array()) {
        add_problem(problems, path, "wrong_type", "Pola hari kerja harus berupa daftar.",
                    "The working pattern must be a list.");
        return result;
    }
    if (weeks.size() > WorkWeek::kMaxWeeks) {
        add_problem(
            problems, path, "too_many",
            "Pola hari kerja paling banyak " + std::to_string(WorkWeek::kMaxWeeks) + " baris.",
            "A working pattern has at most " + std::to_string(WorkWeek::kMaxWeeks) + " entries.");
        return result;
    }
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const std::string at = path + "[" + std::to_string(i) + "]";
        FieldReader r(weeks[i], problems, at);
        WorkWeek week;
        const auto from = r.date("from");
        const auto* days = r.array("days");
        r.reject_unknown();
        if (!from || !days)
            continue;
        week.from = *from;
        bool bad = false;
        for (const auto& day : *days) {
            const auto code =
                day.is_string() ? weekday_from_code(day.get<std::string>()) : std::nullopt;
            if (!code || week.works(*code)) {
                bad = true;
                continue;
            }
            week.days[static_cast<std::size_t>(*code) - 1] = true;
        }
        if (bad || week.days_text().empty()) {
            add_problem(problems, at + ".days", "invalid_days",
                        "Hari kerja harus kode MON..SUN, minimal satu, tanpa pengulangan.",
                        "Working days are codes MON..SUN, at least one, none repeated.");
            continue;
        }
        if (!result.empty() && week.from <= result.back().from) {
            add_problem(problems, at + ".from", "not_ordered",
                        "Tanggal mulai pola harus urut naik tanpa pengulangan.",
                        "The patterns' start dates must increase.");
            continue;
        }
        result.push_back(week);
    }
    return result;
}

nlohmann::json work_weeks_json(const std::vector<WorkWeek>& weeks) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& week : weeks) {
        nlohmann::json days = nlohmann::json::array();
        for (std::size_t i = 0; i < week.days.size(); ++i)
            if (week.days[i])
                days.push_back(kDayCodes[i]);
        list.push_back({{"from", week.from.iso()}, {"days", std::move(days)}});
    }
    return list;
}

WorkCalendar::WorkCalendar(const HolidayCatalogue& holidays)
    : years_(std::make_shared<const std::set<int>>(holidays.years())) {
    std::set<Date> dates;
    for (const auto& h : holidays.entries())
        dates.insert(h.date);
    holidays_ = std::make_shared<const std::set<Date>>(std::move(dates));
}

WorkCalendar::WorkCalendar(const std::vector<Date>& holidays) {
    auto dates = std::make_shared<std::set<Date>>(holidays.begin(), holidays.end());
    auto years = std::make_shared<std::set<int>>();
    for (const auto& d : *dates)
        years->insert(d.year());
    holidays_ = std::move(dates);
    years_ = std::move(years);
}

WorkCalendar WorkCalendar::with_schedule(std::vector<WorkWeek> weeks,
                                         std::map<Date, bool> duty) const {
    WorkCalendar calendar = *this;
    std::sort(weeks.begin(), weeks.end(),
              [](const WorkWeek& a, const WorkWeek& b) { return a.from < b.from; });
    calendar.weeks_ = std::move(weeks);
    calendar.duty_ = std::move(duty);
    return calendar;
}

const WorkWeek* WorkCalendar::week_on(Date date) const {
    // The last week that starts on or before `date`.
    auto it = std::upper_bound(weeks_.begin(), weeks_.end(), date,
                               [](Date d, const WorkWeek& w) { return d < w.from; });
    return it == weeks_.begin() ? nullptr : &*std::prev(it);
}

bool WorkCalendar::is_rest_day(Date date) const {
    const Weekday day = date.weekday();
    if (const WorkWeek* week = week_on(date))
        return !week->works(day);
    return day == Weekday::Saturday || day == Weekday::Sunday;
}

bool WorkCalendar::is_holiday(Date date) const {
    return holidays_->contains(date);
}

std::optional<bool> WorkCalendar::duty_on(Date date) const {
    auto it = duty_.find(date);
    if (it == duty_.end())
        return std::nullopt;
    return it->second;
}

bool WorkCalendar::is_working_day(Date date) const {
    if (const auto duty = duty_on(date))
        return *duty;
    return !is_rest_day(date) && !is_holiday(date);
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
