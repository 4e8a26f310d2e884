// Bands of late arrival (TL, terlambat) and early leave (PSW, pulang sebelum
// waktunya) that decide the TPP deduction of a day. Every region sets its own
// bands and percents, so they are the "lateness_bands" catalogue; the common
// set is 1-30, 31-60, 61-90 and from 91 minutes, the last band also applying
// when there is no clock record at all.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace pantau {

struct LatenessBand {
    std::string code;    // "TL2"
    std::string series;  // "TL" or "PSW"
    int from_minutes = 1;
    std::optional<int> to_minutes;  // inclusive; open-ended when absent
    double deduction_percent = 0.0;
    bool covers_missing_record = false;

    bool operator==(const LatenessBand&) const = default;
};

class LatenessBandCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed, repeated, or
    // overlaps another band of its series.
    static LatenessBandCatalogue from_file(const CatalogueFile& file);

    // The band of `series` holding `minutes`; nullptr when none does (zero
    // minutes, or a series without bands).
    const LatenessBand* band_for(std::string_view series, int minutes) const;
    // The band of `series` that applies when no clock record exists.
    const LatenessBand* band_for_missing_record(std::string_view series) const;

    const LatenessBand* find(std::string_view code) const;
    const std::vector<LatenessBand>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<LatenessBand> entries_;
};

// The embedded "lateness_bands" catalogue, loaded once: the shipped copy, which a
// newer version from the server may replace. What records are checked and
// shown with is current_catalogues()->lateness_bands() (records/catalogue_set.h).
const LatenessBandCatalogue& lateness_band_catalogue();

}  // namespace pantau
