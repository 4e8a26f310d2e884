// The seven BerAKHLAK core values of the civil service, on which perilaku
// kerja is judged, each with its three behaviour guides. The wording is a
// paraphrase, so the table is the "berakhlak" catalogue.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace pantau {

inline constexpr std::size_t kGuidesPerValue = 3;

struct CoreValue {
    std::string code;  // "BERORIENTASI_PELAYANAN", "AKUNTABEL", ...
    std::string label_id;
    std::string label_en;
    std::array<std::string, kGuidesPerValue> guides_id;
    std::array<std::string, kGuidesPerValue> guides_en;

    bool operator==(const CoreValue&) const = default;
};

class BerakhlakCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed or repeated, or
    // a value does not have exactly three guides in each language.
    static BerakhlakCatalogue from_file(const CatalogueFile& file);

    const CoreValue* find(std::string_view code) const;
    const std::vector<CoreValue>& values() const { return values_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<CoreValue> values_;
};

// The embedded "berakhlak" catalogue, loaded once.
const BerakhlakCatalogue& berakhlak();

}  // namespace pantau
