#include "org/timezone.h"

namespace pantau {

TimeZone TimeZone::read(FieldReader& r, Problems& problems) {
    TimeZone zone;
    zone.code = r.string("code");
    zone.abbreviation = r.string("abbreviation");
    zone.utc_offset_minutes = static_cast<int>(r.integer("utc_offset_minutes"));
    zone.label_id = r.string("label_id");
    zone.label_en = r.string("label_en");
    if (zone.utc_offset_minutes < -14 * 60 || zone.utc_offset_minutes > 14 * 60)
        add_problem(problems, r.path("utc_offset_minutes"), "out_of_range",
                    "Selisih UTC di luar -14 sampai +14 jam.",
                    "UTC offset outside -14 to +14 hours.");
    return zone;
}

const TimeZoneCatalogue& time_zone_catalogue() {
    static const TimeZoneCatalogue catalogue =
        TimeZoneCatalogue::from_file(embedded_catalogue("timezones"));
    return catalogue;
}

std::optional<int> utc_offset_minutes(std::string_view time_zone) {
    if (const auto* zone = time_zone_catalogue().find(time_zone))
        return zone->utc_offset_minutes;
    return std::nullopt;
}

int utc_offset_minutes_or_fallback(std::string_view time_zone) {
    if (auto offset = utc_offset_minutes(time_zone))
        return *offset;
    return *utc_offset_minutes(kFallbackTimeZone);
}

int unit_utc_offset_minutes(const nlohmann::json& unit_data) {
    if (unit_data.is_object()) {
        const auto zone = unit_data.find("timezone");
        if (zone != unit_data.end() && zone->is_string())
            return utc_offset_minutes_or_fallback(zone->get_ref<const std::string&>());
    }
    return utc_offset_minutes_or_fallback(kFallbackTimeZone);
}

}  // namespace pantau
