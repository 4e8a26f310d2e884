// Unit: one node of the organisation tree (Pemda > OPD > UPT such as a
// puskesmas) as it travels in sync (type "unit"). Its time zone fixes the
// local dates of the attendance recorded there.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "attendance/work_calendar.h"
#include "core/problem.h"
#include "org/timezone.h"
#include "org/unit_kind.h"

namespace pantau {

struct Unit {
    std::string name;
    std::string kind;                      // a code of the unit_kinds catalogue
    std::optional<std::string> parent_id;  // absent for the root (the Pemda)
    std::string timezone;                  // a code of the timezones catalogue
    // The days of the week the unit works, from a date on (Perpres 21/2023
    // Pasal 7 ayat (1): units serving the public directly may work other
    // days, as the PPK sets them);
    // empty: Monday to Friday.
    std::vector<WorkWeek> work_weeks = {};

    static Unit from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    Problems validate() const;
    Problems validate(const UnitKindCatalogue& kinds, const TimeZoneCatalogue& zones) const;

    bool operator==(const Unit&) const = default;
};

}  // namespace pantau
