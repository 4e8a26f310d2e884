// The seven BerAKHLAK core values of the civil service, on which perilaku
// kerja is judged, each with its three behaviour guides. The wording is a
// paraphrase, so the table is the "berakhlak" catalogue.
#pragma once

#include <array>
#include <string>

#include "core/coded_catalogue.h"

namespace pantau {

inline constexpr std::size_t kGuidesPerValue = 3;

struct CoreValue {
    std::string code;  // "BERORIENTASI_PELAYANAN", "AKUNTABEL", ...
    std::string label_id;
    std::string label_en;
    std::array<std::string, kGuidesPerValue> guides_id;
    std::array<std::string, kGuidesPerValue> guides_en;

    bool operator==(const CoreValue&) const = default;

    // Refuses an empty code, or guides other than three non-empty texts per language.
    static CoreValue read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode nilai berulang.", "Repeated value code."};
};

using BerakhlakCatalogue = CodedCatalogue<CoreValue>;

// The embedded "berakhlak" catalogue, loaded once.
const BerakhlakCatalogue& berakhlak();

}  // namespace pantau
