// Kinds of organisational unit (PEMDA, OPD, KECAMATAN, PUSKESMAS, UPT, ...),
// kept as the "unit_kinds" catalogue because regions organise differently.
#pragma once

#include <string>

#include "core/coded_catalogue.h"

namespace pantau {

struct UnitKind {
    std::string code;
    std::string label_id;
    std::string label_en;

    bool operator==(const UnitKind&) const = default;

    static UnitKind read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode jenis unit berulang.",
                                                  "Repeated unit kind code."};
};

using UnitKindCatalogue = CodedCatalogue<UnitKind>;

// The embedded "unit_kinds" catalogue, loaded once.
const UnitKindCatalogue& unit_kind_catalogue();

}  // namespace pantau
