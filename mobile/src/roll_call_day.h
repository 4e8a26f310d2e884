// The roll of one day, Qt-free for the database thread: the unit's active
// employees by name with their attendance of that date, and the day's count
// tiles, each status placed by what the catalogue says it means. The roll
// call and the home screen read the same numbers from here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attendance/attendance.h"
#include "core/date.h"
#include "store/device_store.h"

namespace pantau::mobile {

// One employee on the roll, with the day's record when there is one.
struct RollCallEntry {
    std::string employee_id;
    std::string name;
    std::string nip;
    std::string jabatan;
    std::optional<Attendance> attendance;

    bool operator==(const RollCallEntry&) const = default;
};

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
    int late = 0;      // present with lateness or early-leave minutes
    int absent = 0;    // unexcused
    int on_leave = 0;  // every other absence: leave, permission, sickness, day off
    int not_recorded = 0;

    bool operator==(const DayCounts&) const = default;
};

DayCounts count_day(const std::vector<RollCallEntry>& entries);

}  // namespace pantau::mobile
