#include "attendance/lateness_band.h"

#include <limits>
#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

namespace {

int upper(const LatenessBand& band) {
    return band.to_minutes.value_or(std::numeric_limits<int>::max());
}

bool overlap(const LatenessBand& a, const LatenessBand& b) {
    return a.series == b.series && a.from_minutes <= upper(b) && b.from_minutes <= upper(a);
}

}  // namespace

LatenessBandCatalogue LatenessBandCatalogue::from_file(const CatalogueFile& file) {
    LatenessBandCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        LatenessBand band;
        band.code = r.string("code");
        band.series = r.string("series");
        band.from_minutes = static_cast<int>(r.integer("from_minutes"));
        if (auto to = r.optional_integer("to_minutes"))
            band.to_minutes = static_cast<int>(*to);
        band.deduction_percent = r.number("deduction_percent");
        band.covers_missing_record = r.boolean("covers_missing_record");
        r.reject_unknown();
        if (band.from_minutes < 1 || (band.to_minutes && *band.to_minutes < band.from_minutes))
            add_problem(problems, r.path("from_minutes"), "out_of_range",
                        "Rentang menit pita tidak sah.", "The band's minute range is not valid.");
        for (const auto& other : catalogue.entries_) {
            if (other.code == band.code)
                add_problem(problems, r.path("code"), "duplicate", "Kode pita berulang.",
                            "Repeated band code.");
            if (overlap(other, band))
                add_problem(problems, r.path("from_minutes"), "overlap",
                            "Pita " + band.code + " tumpang tindih dengan " + other.code + ".",
                            "Band " + band.code + " overlaps " + other.code + ".");
            if (other.series == band.series && other.covers_missing_record &&
                band.covers_missing_record)
                add_problem(problems, r.path("covers_missing_record"), "duplicate",
                            "Hanya satu pita per seri berlaku tanpa catatan jam.",
                            "Only one band per series may apply without a clock record.");
        }
        catalogue.entries_.push_back(std::move(band));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const LatenessBand* LatenessBandCatalogue::band_for(std::string_view series, int minutes) const {
    for (const auto& band : entries_)
        if (band.series == series && minutes >= band.from_minutes && minutes <= upper(band))
            return &band;
    return nullptr;
}

const LatenessBand* LatenessBandCatalogue::band_for_missing_record(std::string_view series) const {
    for (const auto& band : entries_)
        if (band.series == series && band.covers_missing_record)
            return &band;
    return nullptr;
}

const LatenessBand* LatenessBandCatalogue::find(std::string_view code) const {
    for (const auto& band : entries_)
        if (band.code == code)
            return &band;
    return nullptr;
}

const LatenessBandCatalogue& lateness_band_catalogue() {
    static const LatenessBandCatalogue catalogue =
        LatenessBandCatalogue::from_file(embedded_catalogue("lateness_bands"));
    return catalogue;
}

}  // namespace pantau
