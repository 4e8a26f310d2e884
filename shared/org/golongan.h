// Golongan (pay grade) of a civil servant: I/a..IV/e with a pangkat title for
// PNS, I..XVII for PPPK. The table is the "golongan" catalogue, so a change
// of regulation is a data change.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "org/employee_kind.h"

namespace pantau {

struct Golongan {
    std::string code;  // "III/a", "IX"
    EmployeeKind kind = EmployeeKind::PNS;
    int rank = 0;         // order within the kind: I/a is 1, IV/e is 17
    std::string pangkat;  // PNS only: "Penata Muda" for III/a

    bool operator==(const Golongan&) const = default;
};

class GolonganCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed or repeated.
    static GolonganCatalogue from_file(const CatalogueFile& file);

    const Golongan* find(EmployeeKind kind, std::string_view code) const;
    const std::vector<Golongan>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<Golongan> entries_;
};

// The embedded "golongan" catalogue, loaded once.
const GolonganCatalogue& golongan_catalogue();

}  // namespace pantau
