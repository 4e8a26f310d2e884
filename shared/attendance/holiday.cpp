#include "attendance/holiday.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

std::string_view to_string(HolidayKind kind) {
    switch (kind) {
        case HolidayKind::Nasional:
            return "NASIONAL";
        case HolidayKind::CutiBersama:
            return "CUTI_BERSAMA";
    }
    return "NASIONAL";
}

std::optional<HolidayKind> holiday_kind_from_string(std::string_view text) {
    if (text == "NASIONAL")
        return HolidayKind::Nasional;
    if (text == "CUTI_BERSAMA")
        return HolidayKind::CutiBersama;
    return std::nullopt;
}

HolidayCatalogue HolidayCatalogue::from_file(const CatalogueFile& file) {
    HolidayCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        Holiday holiday;
        holiday.date = r.date("date").value_or(holiday.date);
        holiday.kind =
            r.enumeration<HolidayKind>("kind", holiday_kind_from_string).value_or(holiday.kind);
        holiday.name_id = r.string("name_id");
        holiday.name_en = r.string("name_en");
        holiday.verify = r.optional_boolean("verify").value_or(false);
        r.reject_unknown();
        catalogue.entries_.push_back(std::move(holiday));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

std::vector<Holiday> HolidayCatalogue::on(Date date) const {
    std::vector<Holiday> found;
    for (const auto& h : entries_)
        if (h.date == date)
            found.push_back(h);
    return found;
}

std::set<int> HolidayCatalogue::years() const {
    std::set<int> years;
    for (const auto& h : entries_)
        years.insert(h.date.year());
    return years;
}

const HolidayCatalogue& holiday_catalogue() {
    static const HolidayCatalogue catalogue =
        HolidayCatalogue::from_file(embedded_catalogue("holidays"));
    return catalogue;
}

}  // namespace pantau
