#include "attendance/attendance_recap.h"

#include <algorithm>
#include <cmath>

namespace pantau {

namespace {

int hundredths(double percent) {
    return static_cast<int>(std::lround(percent * 100.0));
}

}  // namespace

TppDeduction TppDeduction::read(FieldReader& r, Problems& problems) {
    TppDeduction d;
    d.code = r.string("code");
    d.percent_per_day = r.number("percent_per_day");
    if (!(d.percent_per_day >= 0.0 && d.percent_per_day <= 100.0))
        add_problem(problems, r.path("percent_per_day"), "out_of_range",
                    "Potongan per hari harus 0 sampai 100 persen.",
                    "The deduction per day must be 0 to 100 percent.");
    return d;
}

const TppDeductionCatalogue& tpp_deduction_catalogue() {
    static const TppDeductionCatalogue catalogue =
        TppDeductionCatalogue::from_file(embedded_catalogue("tpp_deductions"));
    return catalogue;
}

AttendanceRecap recap_attendance(Date first, Date last, const std::vector<AttendanceDay>& days,
                                 const RecapTables& tables) {
    AttendanceRecap recap;
    recap.working_days = tables.calendar.working_days_between(first, last);

    std::map<Date, const AttendanceDay*> by_date;
    for (const auto& day : days)
        if (first <= day.date && day.date <= last && tables.calendar.is_working_day(day.date))
            by_date[day.date] = &day;

    int deduction = 0;
    for (const auto& [date, day] : by_date) {
        ++recap.recorded_days;
        ++recap.days[day->status];
        const AttendanceStatus* status = tables.statuses.find(day->status);
        if (!status)
            continue;
        if (status->unexcused_absence)
            ++recap.unexcused_days;
        if (const TppDeduction* per_day = tables.deductions.find(status->code))
            deduction += hundredths(per_day->percent_per_day);
        // Late minutes in the status's series, and on a day that also ended
        // early, the early minutes in its early-leave series: both bands'
        // deductions apply.
        const auto band = [&](const std::optional<std::string>& series, int minutes) {
            if (!series || minutes <= 0)
                return;
            recap.lateness_minutes[*series] += minutes;
            if (const LatenessBand* b = tables.bands.band_for(*series, minutes)) {
                ++recap.band_days[b->code];
                deduction += hundredths(b->deduction_percent);
            }
        };
        band(status->lateness_series, day->minutes);
        if (status->lateness_series)
            band(status->early_leave_series, day->early_minutes);
    }
    recap.unrecorded_days = std::max(0, recap.working_days - recap.recorded_days);
    recap.deduction_hundredths = std::min(deduction, kFullDeductionHundredths);
    return recap;
}

void add_to(AttendanceRecap& total, const AttendanceRecap& one) {
    total.working_days += one.working_days;
    total.recorded_days += one.recorded_days;
    total.unrecorded_days += one.unrecorded_days;
    for (const auto& [code, n] : one.days)
        total.days[code] += n;
    for (const auto& [series, n] : one.lateness_minutes)
        total.lateness_minutes[series] += n;
    for (const auto& [code, n] : one.band_days)
        total.band_days[code] += n;
    total.unexcused_days += one.unexcused_days;
    total.deduction_hundredths += one.deduction_hundredths;
}

}  // namespace pantau
