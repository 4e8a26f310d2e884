// DutyRoster: one employee's jadwal dinas for one month in a unit that
// rosters its staff (inpatient care, emergency shifts, holiday duty), as it
// travels in sync (type "duty_roster"). Supervisors enter and change it on
// the phone, offline like attendance; the record id is a name-based UUID of
// unit/employee/month so two phones editing the same month converge on one
// record. A date the roster lists is a working day when its shift is on
// duty and a day off otherwise, whatever the unit's week pattern and the
// holiday table say; a date it does not list follows the unit's pattern.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/coded_catalogue.h"
#include "core/date.h"
#include "core/problem.h"

namespace pantau {

struct DutyShift {
    std::string code;  // "PAGI", "LIBUR"
    std::string label_id;
    std::string label_en;
    bool on_duty = false;              // a working day for the person
    std::optional<std::string> start;  // "07:00", informative
    std::optional<std::string> end;

    bool operator==(const DutyShift&) const = default;

    static DutyShift read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode jadwal dinas berulang.",
                                                  "Repeated duty shift code."};
};

using DutyShiftCatalogue = CodedCatalogue<DutyShift>;

// The embedded "duty_shifts" catalogue, loaded once.
const DutyShiftCatalogue& duty_shift_catalogue();

struct DutyRoster {
    static constexpr std::size_t kMaxNoteLength = 1000;

    std::string employee_id;
    int year = 1970;
    int month = 1;                       // "month": "2026-12"
    std::map<Date, std::string> shifts;  // "days": {"2026-12-01": "PAGI", ...}
    std::optional<std::string> note;
    std::int64_t recorded_at = 0;  // Unix ms

    // "2026-12"
    std::string month_text() const;

    static DutyRoster from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    // Every date in the roster's month, every shift a code of `shifts`.
    Problems validate() const;
    Problems validate(const DutyShiftCatalogue& shifts) const;

    bool operator==(const DutyRoster&) const = default;
};

// "YYYY-MM" -> (year, month).
std::optional<std::pair<int, int>> parse_year_month(std::string_view text);

// The natural-key id: v5 of "duty_roster/<unit_id>/<employee_id>/<YYYY-MM>".
std::string duty_roster_id(std::string_view unit_id, std::string_view employee_id, int year,
                           int month);

// The duty days of one person from their rosters (date -> on duty); a
// shift code the catalogue lacks is left out (the pattern decides).
std::map<Date, bool> duty_days(const std::vector<DutyRoster>& rosters,
                               const DutyShiftCatalogue& shifts);

}  // namespace pantau
