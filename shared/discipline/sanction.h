// Discipline sanctions of PP 94/2021 Pasal 8 (R1..B3) and their levels. The
// table, with the allowance cuts, durations and the order of severity, is the
// "pp94_sanctions" catalogue; a decision imposes one sanction, the heaviest.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/result.h"

namespace pantau {

// Ordered from light to heavy, so levels compare with < and >.
enum class SanctionLevel { RINGAN, SEDANG, BERAT };

std::string_view to_string(SanctionLevel level);
std::optional<SanctionLevel> sanction_level_from_string(std::string_view text);

struct Sanction {
    std::string code;  // "R1".."B3"
    SanctionLevel level = SanctionLevel::RINGAN;
    int severity = 0;         // higher is heavier; unique within the catalogue
    bool appealable = false;  // open to banding administratif (dismissal)
    std::string description_id;
    std::string description_en;
    std::optional<int> tpp_cut_percent;  // allowance cut (sedang)
    std::optional<int> months;           // duration (sedang, and berat short of dismissal)

    bool operator==(const Sanction&) const = default;
};

class SanctionCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed, or a code or
    // severity is repeated.
    static SanctionCatalogue from_file(const CatalogueFile& file);

    const Sanction* find(std::string_view code) const;
    const std::vector<Sanction>& sanctions() const { return sanctions_; }
    const std::string& version() const { return version_; }

    // The code of the heaviest sanction among `codes`; "no_sanction" when the
    // list is empty, "unknown_sanction" when a code is not in the catalogue.
    Result<std::string> heaviest(const std::vector<std::string>& codes) const;

  private:
    std::string version_;
    std::vector<Sanction> sanctions_;
};

// The embedded "pp94_sanctions" catalogue, loaded once.
const SanctionCatalogue& pp94_sanctions();

// heaviest() against the embedded catalogue.
Result<std::string> heaviest(const std::vector<std::string>& codes);

}  // namespace pantau
