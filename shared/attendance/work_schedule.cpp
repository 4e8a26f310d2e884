#include "attendance/work_schedule.h"

namespace pantau {

WorkSchedules::WorkSchedules(const DutyShiftCatalogue& shifts) : shifts_(&shifts) {}

void WorkSchedules::add_unit(const std::string& unit_id, const nlohmann::json& unit_data) {
    if (!unit_data.is_object() || !unit_data.contains("work_weeks"))
        return;
    Problems problems;
    auto weeks = read_work_weeks(unit_data["work_weeks"], problems, "work_weeks");
    if (problems.empty())
        weeks_[unit_id] = std::move(weeks);
}

void WorkSchedules::add_roster(const nlohmann::json& roster_data) {
    Problems problems;
    DutyRoster roster = DutyRoster::from_json(roster_data, problems);
    if (!problems.empty() || !roster.validate(*shifts_).empty())
        return;
    rosters_[roster.employee_id].push_back(std::move(roster));
}

WorkCalendar WorkSchedules::unit_calendar(const WorkCalendar& national,
                                          const std::string& unit_id) const {
    auto it = weeks_.find(unit_id);
    if (it == weeks_.end())
        return national;
    return national.with_schedule(it->second, {});
}

WorkCalendar WorkSchedules::person_calendar(const WorkCalendar& national,
                                            const std::string& unit_id,
                                            const std::string& employee_id) const {
    auto weeks = weeks_.find(unit_id);
    auto rosters = rosters_.find(employee_id);
    if (weeks == weeks_.end() && rosters == rosters_.end())
        return national;
    return national.with_schedule(
        weeks == weeks_.end() ? std::vector<WorkWeek>{} : weeks->second,
        rosters == rosters_.end() ? std::map<Date, bool>{} : duty_days(rosters->second, *shifts_));
}

}  // namespace pantau
