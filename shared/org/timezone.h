// Indonesian time zones a unit can be in (WIB +7, WITA +8, WIT +9; no
// daylight saving), as the "timezones" catalogue keyed by IANA name.
// Attendance dates are the unit's local dates, so this offset is what turns
// an instant into the day it belongs to.
#pragma once

#include <nlohmann/json.hpp>
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

// The one fallback: a unit whose record names no zone, or one the catalogue
// does not know, keeps its dates in WIB, the zone of most units. The phone,
// the server's rules and the exports all read a unit's offset through these.
inline constexpr std::string_view kFallbackTimeZone = "Asia/Jakarta";
int utc_offset_minutes_or_fallback(std::string_view time_zone);
// The offset of a unit from its record's data ({"timezone": "Asia/Makassar", ...}).
int unit_utc_offset_minutes(const nlohmann::json& unit_data);

}  // namespace pantau
