// WorkSchedules: the working-day calendar of each unit and each person, made
// from the unit records (their week pattern) and the duty rosters. This is
// the one place a calendar for a person is made: the phone's alerts and case
// limits, the server's reports and every PP 94 count ask here, so they agree
// on which days someone was due at work.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attendance/duty_roster.h"
#include "attendance/work_calendar.h"

namespace pantau {

class WorkSchedules {
  public:
    explicit WorkSchedules(const DutyShiftCatalogue& shifts = duty_shift_catalogue());

    // A unit record's data; a malformed pattern counts as none (the national
    // week), as the server refuses such a unit in the first place.
    void add_unit(const std::string& unit_id, const nlohmann::json& unit_data);
    // A duty_roster record's data; a roster that does not parse is left out.
    void add_roster(const nlohmann::json& roster_data);

    // The unit's week pattern with the holidays of `national` (the set in
    // force's work_calendar()).
    WorkCalendar unit_calendar(const WorkCalendar& national, const std::string& unit_id) const;
    // The same with the person's rostered days.
    WorkCalendar person_calendar(const WorkCalendar& national, const std::string& unit_id,
                                 const std::string& employee_id) const;

    bool has_rosters(const std::string& employee_id) const {
        return rosters_.contains(employee_id);
    }

  private:
    const DutyShiftCatalogue* shifts_;
    std::map<std::string, std::vector<WorkWeek>> weeks_;
    std::map<std::string, std::vector<DutyRoster>> rosters_;
};

}  // namespace pantau
