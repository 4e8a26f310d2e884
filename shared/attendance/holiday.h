// National holidays and cuti bersama per year, from the yearly joint decree
// (SKB) of three ministers, as the "holidays" catalogue. Islamic holidays
// depend on moon sighting and the government adds days at short notice, so
// the table must be replaceable without a release.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/date.h"

namespace pantau {

enum class HolidayKind { Nasional, CutiBersama };

// Wire strings "NASIONAL", "CUTI_BERSAMA".
std::string_view to_string(HolidayKind kind);
std::optional<HolidayKind> holiday_kind_from_string(std::string_view text);

struct Holiday {
    Date date;
    HolidayKind kind = HolidayKind::Nasional;
    std::string name_id;
    std::string name_en;
    // The date is not yet confirmed by the decree (a forecast of a lunar
    // holiday, or a year whose SKB was not known when the table was made).
    bool verify = false;

    bool operator==(const Holiday&) const = default;
};

class HolidayCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed.
    static HolidayCatalogue from_file(const CatalogueFile& file);

    // The holidays on `date` (usually none or one).
    std::vector<Holiday> on(Date date) const;
    // Years the table lists at least one holiday for.
    std::set<int> years() const;
    const std::vector<Holiday>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<Holiday> entries_;
};

// The embedded "holidays" catalogue, loaded once.
const HolidayCatalogue& holiday_catalogue();

}  // namespace pantau
