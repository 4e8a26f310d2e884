// Attendance: one employee's status on one local date of their unit, as it
// travels in sync (type "attendance"). Supervisors create and correct these
// on their phones, often offline; the record id is a name-based UUID of
// unit/employee/date so two devices recording the same day converge.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "attendance/attendance_status.h"
#include "attendance/leave_kind.h"
#include "core/date.h"
#include "core/problem.h"

namespace pantau {

// Where the supervisor stood when recording, as the phone reported it.
struct Location {
    double lat = 0.0;
    double lon = 0.0;
    std::optional<double> accuracy_m;

    bool operator==(const Location&) const = default;
};

struct Attendance {
    static constexpr int kMaxMinutes = 720;      // a working day is well under 12 hours
    static constexpr int kMaxNoteLength = 1000;  // in characters (UTF-8 code points)

    std::string employee_id;
    Date date;                              // local date of the unit
    std::string status;                     // a code of the attendance_statuses catalogue
    std::optional<int> minutes;             // for statuses that need minutes
    std::optional<std::string> leave_kind;  // for statuses that need a leave kind
    std::optional<std::string> note;
    std::int64_t recorded_at = 0;  // Unix ms
    std::optional<Location> location;
    // The training record (type "training") of the same employee a day of a
    // status that links trainings (DIKLAT) was spent at; optional. Last, with
    // its default, so that the aggregate initialisers of the fields above
    // stay as they are.
    std::optional<std::string> training_id = std::nullopt;
    // Minutes left before the end of the day on a day that also started late:
    // allowed only on a status with an early_leave_series (TERLAMBAT), so one
    // record holds both; minutes + early_minutes stay within kMaxMinutes. Last,
    // with its default, for the same reason as training_id.
    std::optional<int> early_minutes = std::nullopt;

    static Attendance from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    // validate() checks against the embedded catalogues (tests); records that
    // travel are checked with the set in force (records/record_types.h).
    Problems validate() const;
    Problems validate(const AttendanceStatusCatalogue& statuses,
                      const LeaveKindCatalogue& leave_kinds) const;

    bool operator==(const Attendance&) const = default;
};

}  // namespace pantau
