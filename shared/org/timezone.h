// Indonesian time zones a unit can be in (WIB +7, WITA +8, WIT +9; no
// daylight saving), as the "timezones" catalogue keyed by IANA name.
// Attendance dates are the unit's local dates, so this offset is what turns
// an instant into the day it belongs to.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/coded_catalogue.h"

namespace pantau {

struct TimeZone {
    std::string code;          // "Asia/Makassar"
    std::string abbreviation;  // "WITA"
    int utc_offset_minutes = 0;
    std::string label_id;
    std::string label_en;

    bool operator==(const TimeZone&) const = default;

    // Refuses an offset outside -14..+14 hours.
    static TimeZone read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Zona waktu berulang.", "Repeated time zone."};
};

using TimeZoneCatalogue = CodedCatalogue<TimeZone>;

// The embedded "timezones" catalogue, loaded once.
const TimeZoneCatalogue& time_zone_catalogue();

// Offset from UTC of a zone in the embedded catalogue; nullopt if unknown.
std::optional<int> utc_offset_minutes(std::string_view time_zone);

}  // namespace pantau
