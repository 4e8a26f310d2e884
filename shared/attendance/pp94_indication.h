// Indication of a PP 94/2021 violation of the duty to come to work (Pasal 4
// huruf f): unexcused absence (TK) counted in working days per calendar year,
// accumulated lateness and early leave converted to days, and runs of
// consecutive TK working days. The thresholds are the
// "pp94_absence_thresholds" catalogue.
//
// This only computes an indication ("indikasi pelanggaran") for a supervisor
// to look at. Sanctions are decided by the authorised official after a
// summons and an examination; nothing here imposes or records one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attendance/attendance.h"
#include "attendance/attendance_status.h"
#include "attendance/work_calendar.h"
#include "core/catalogue.h"
#include "core/date.h"

namespace pantau {

// Cumulative days from `from_days` to `to_days` (inclusive; open when absent).
struct AbsenceBand {
    int from_days = 0;
    std::optional<int> to_days;
    std::string sanction;  // "R1" .. "B3"

    bool operator==(const AbsenceBand&) const = default;
};

class Pp94AbsenceThresholds {
  public:
    // Throws std::invalid_argument unless the file has ordered,
    // non-overlapping CUMULATIVE_DAYS bands, one CONSECUTIVE_DAYS rule and one
    // LATENESS_CONVERSION rule.
    static Pp94AbsenceThresholds from_file(const CatalogueFile& file);

    // The sanction whose band holds `total_days`; nullopt below the first band.
    std::optional<std::string> sanction_for_days(int total_days) const;

    const std::vector<AbsenceBand>& cumulative() const { return cumulative_; }
    int consecutive_days() const { return consecutive_days_; }
    const std::string& consecutive_sanction() const { return consecutive_sanction_; }
    int minutes_per_day() const { return minutes_per_day_; }
    // Whether a completed run of consecutive_days() stops the salary from the
    // next month (the SALARY_STOP rule: PP 94/2021 for PNS; a PPPK's pay
    // follows the contract and the instance's rules).
    bool salary_stop() const { return salary_stop_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<AbsenceBand> cumulative_;
    int consecutive_days_ = 0;
    std::string consecutive_sanction_;
    int minutes_per_day_ = 0;
    bool salary_stop_ = false;
};

// The embedded "pp94_absence_thresholds" catalogue, loaded once.
const Pp94AbsenceThresholds& pp94_absence_thresholds();

// What the indication needs of one attendance record.
struct AttendanceDay {
    Date date;
    std::string status;
    int minutes = 0;
    // Early-leave minutes on a day that also started late (the status's
    // early_leave_series); last, so {date, status, minutes} stays as it is.
    int early_minutes = 0;

    // The day's late and early-leave minutes together: what the PP 94
    // conversion at minutes_per_day accumulates. Negative parts count as 0.
    int lateness_minutes() const;

    bool operator==(const AttendanceDay&) const = default;
};

AttendanceDay attendance_day(const Attendance& attendance);

struct AbsenceIndication {
    int year = 0;
    int unexcused_days = 0;               // TK on working days of `year`
    int lateness_minutes = 0;             // late and early-leave minutes on working days of `year`
    int lateness_days = 0;                // lateness_minutes / minutes_per_day, rounded down
    int total_days = 0;                   // unexcused_days + lateness_days
    std::optional<std::string> sanction;  // for total_days; nullopt below the first band
    int longest_consecutive_run = 0;      // TK working days in a row
    bool consecutive_trigger = false;
    std::optional<std::string> consecutive_sanction;
    std::string thresholds_version;  // which table produced this, for the audit trail
    // Each run of at least consecutive_days() working days that counts for
    // `year`: its first working day and the working day that completed it
    // (the 10th, which may be in December before).
    std::vector<std::pair<Date, Date>> consecutive_runs = {};
    // PP 94/2021 Pasal 15 ayat (2) (verify): 10 working days in a row without
    // leave stop the salary from the next month, without waiting for the
    // decision: the first day of the month after the first run completed.
    // Only where the thresholds have the SALARY_STOP rule (PNS).
    std::optional<Date> salary_stop_from = std::nullopt;

    bool operator==(const AbsenceIndication&) const = default;
};

// Whether `now` tells the supervisor something a case opened on `covered`
// (the indication as it stood when the case was opened) has not already
// dealt with: the total reached a heavier band, or a run of consecutive
// days that the earlier indication did not hold. The phone's alert asks
// here, so a completed case does not bring the same alert back until
// 31 December.
bool indication_is_news(const AbsenceIndication& now, const AbsenceIndication& covered,
                        const Pp94AbsenceThresholds& thresholds);

// `days` are one employee's records; a date listed twice counts once, the
// later entry winning. Only working days count: a TK on a weekend or holiday
// is ignored, and non-working days neither extend nor break a run, while a
// working day with another status or with no record breaks it. Records of
// adjacent years may be passed to see runs across New Year; a run counts
// when it includes a working day of `year`.
AbsenceIndication indicate_absence(int year, const std::vector<AttendanceDay>& days,
                                   const WorkCalendar& calendar,
                                   const Pp94AbsenceThresholds& thresholds,
                                   const AttendanceStatusCatalogue& statuses);

// The same against the embedded thresholds and statuses (tests; the app and
// tools pass those of the set in force).
AbsenceIndication indicate_absence(int year, const std::vector<AttendanceDay>& days,
                                   const WorkCalendar& calendar);

}  // namespace pantau
