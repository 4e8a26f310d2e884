#include "org/timezone.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

TimeZoneCatalogue TimeZoneCatalogue::from_file(const CatalogueFile& file) {
    TimeZoneCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        TimeZone zone;
        zone.code = r.string("code");
        zone.abbreviation = r.string("abbreviation");
        zone.utc_offset_minutes = static_cast<int>(r.integer("utc_offset_minutes"));
        zone.label_id = r.string("label_id");
        zone.label_en = r.string("label_en");
        r.reject_unknown();
        if (zone.utc_offset_minutes < -14 * 60 || zone.utc_offset_minutes > 14 * 60)
            add_problem(problems, r.path("utc_offset_minutes"), "out_of_range",
                        "Selisih UTC di luar -14 sampai +14 jam.",
                        "UTC offset outside -14 to +14 hours.");
        if (catalogue.find(zone.code))
            add_problem(problems, r.path("code"), "duplicate", "Zona waktu berulang.",
                        "Repeated time zone.");
        catalogue.entries_.push_back(std::move(zone));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const TimeZone* TimeZoneCatalogue::find(std::string_view code) const {
    for (const auto& z : entries_)
        if (z.code == code)
            return &z;
    return nullptr;
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

}  // namespace pantau
