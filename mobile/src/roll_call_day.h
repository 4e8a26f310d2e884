// The roll of one day, Qt-free for the database thread: the unit's active
// employees by name with their attendance of that date, and the day's count
// tiles, each status placed by what the catalogue says it means. The roll
// call and the home screen read the same numbers from here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attendance/attendance.h"
#include "attendance/work_schedule.h"
#include "core/date.h"
#include "org/employee_kind.h"
#include "store/device_store.h"

namespace pantau::mobile {

// One employee on the roll, with the day's record when there is one.
struct RollCallEntry {
    std::string employee_id;
    std::string name;
    std::string nip;
    std::string jabatan;
    std::optional<Attendance> attendance;
    // The duty roster's shift of that day, when the unit rosters them, and
    // whether the day is a working day for them (pattern and roster).
    std::optional<std::string> shift = std::nullopt;
    bool due = true;
    EmployeeKind kind = EmployeeKind::PNS;  // which discipline rules judge them

    bool operator==(const RollCallEntry&) const = default;
};

// The unit's week pattern and its staff's duty rosters as the device holds
// them, for the calendars of the unit and of each person. Runs on the
// database thread.
WorkSchedules load_work_schedules(store::DeviceStore& store, const std::string& unit_id);

// The unit's active employees by name with their attendance of `date`.
// Runs on the database thread.
std::vector<RollCallEntry> load_roll_call(store::DeviceStore& store, const std::string& unit_id,
                                          const Date& date);

// The count tiles of a day. A status is placed by what the catalogue says it
// means, so a new status code needs no change here.
enum class DayCategory { Present, Late, Absent, OnLeave };
DayCategory day_category(const std::string& status_code);

struct DayCounts {
    int present = 0;
    int late = 0;          // present with lateness or early-leave minutes
    int absent = 0;        // unexcused
    int on_leave = 0;      // every other absence: leave, permission, sickness, day off
    int not_recorded = 0;  // of those due at work that day

    bool operator==(const DayCounts&) const = default;
};

DayCounts count_day(const std::vector<RollCallEntry>& entries);

}  // namespace pantau::mobile
