// A month of one employee's attendance as central HR and payroll read it:
// working days by the calendar, days recorded and not recorded, days per
// status, lateness minutes and band days per series, unexcused days, and the
// month's TPP deduction. The deduction is data: the lateness bands' percents
// ("lateness_bands") and a per-day percent per status ("tpp_deductions"),
// both set by each region's Perkada.
//
// Only working days count. A working day without a record is "unrecorded":
// shown, never counted as present and never deducted (the supervisor, not
// the employee, may have missed it).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "attendance/attendance_status.h"
#include "attendance/lateness_band.h"
#include "attendance/pp94_indication.h"
#include "attendance/work_calendar.h"
#include "core/catalogue.h"
#include "core/coded_catalogue.h"
#include "core/date.h"

namespace pantau {

// The deduction for one working day with `code` (a status code).
struct TppDeduction {
    std::string code;
    double percent_per_day = 0.0;

    bool operator==(const TppDeduction&) const = default;

    // Refuses a percent outside 0..100.
    static TppDeduction read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode status berulang.", "Repeated status code."};
};

using TppDeductionCatalogue = CodedCatalogue<TppDeduction>;

// The embedded "tpp_deductions" catalogue; what a report uses is the set in
// force (records/catalogue_set.h).
const TppDeductionCatalogue& tpp_deduction_catalogue();

// Percents are kept in hundredths (150 is 1.5 %) so sums are exact.
inline constexpr int kFullDeductionHundredths = 100 * 100;

struct AttendanceRecap {
    int working_days = 0;
    int recorded_days = 0;                        // working days with a record
    int unrecorded_days = 0;                      // working_days - recorded_days
    std::map<std::string, int> days;              // status code -> working days
    std::map<std::string, int> lateness_minutes;  // series ("TL", "PSW") -> minutes
    std::map<std::string, int> band_days;         // band code ("TL2") -> working days
    int unexcused_days = 0;                       // working days of an unexcused status
    int deduction_hundredths = 0;                 // capped at kFullDeductionHundredths
};

// The catalogues a recap reads.
struct RecapTables {
    const WorkCalendar& calendar;
    const AttendanceStatusCatalogue& statuses;
    const LatenessBandCatalogue& bands;
    const TppDeductionCatalogue& deductions;
};

// `days` are one employee's records; those outside first..last or on a day
// that is not a working day are left out, and a date listed twice counts
// once (the later entry). A status the catalogue does not know counts as
// recorded and under its code, with no minutes and no deduction.
AttendanceRecap recap_attendance(Date first, Date last, const std::vector<AttendanceDay>& days,
                                 const RecapTables& tables);

// Sums recaps (a unit's total); the deduction is summed too, uncapped.
void add_to(AttendanceRecap& total, const AttendanceRecap& one);

}  // namespace pantau
