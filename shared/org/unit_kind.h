// Kinds of organisational unit (PEMDA, OPD, KECAMATAN, PUSKESMAS, UPT, ...),
// kept as the "unit_kinds" catalogue because regions organise differently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace pantau {

struct UnitKind {
    std::string code;
    std::string label_id;
    std::string label_en;

    bool operator==(const UnitKind&) const = default;
};

class UnitKindCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed or repeated.
    static UnitKindCatalogue from_file(const CatalogueFile& file);

    const UnitKind* find(std::string_view code) const;
    const std::vector<UnitKind>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<UnitKind> entries_;
};

// The embedded "unit_kinds" catalogue, loaded once.
const UnitKindCatalogue& unit_kind_catalogue();

}  // namespace pantau
