// Discipline sanctions of PP 94/2021 Pasal 8 (R1..B3) and their levels. The
// table, with the allowance cuts, durations and the order of severity, is the
// "pp94_sanctions" catalogue; a decision imposes one sanction, the heaviest.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coded_catalogue.h"
#include "core/result.h"

namespace pantau {

// Ordered from light to heavy, so levels compare with < and >.
enum class SanctionLevel { RINGAN, SEDANG, BERAT };

std::string_view to_string(SanctionLevel level);
std::optional<SanctionLevel> sanction_level_from_string(std::string_view text);

// The administrative remedy open against a sanction (PP 79/2021): an
// objection (keberatan) to the superior of the official who imposed it, or
// an administrative appeal (banding) to the Badan Pertimbangan ASN against a
// dismissal; NONE where the catalogue says no remedy is open.
enum class RemedyRoute { KEBERATAN, BANDING, NONE };

std::string_view to_string(RemedyRoute route);
std::optional<RemedyRoute> remedy_route_from_string(std::string_view text);

struct Sanction {
    std::string code;  // "R1".."B3"
    SanctionLevel level = SanctionLevel::RINGAN;
    int severity = 0;         // higher is heavier; unique within the catalogue
    bool appealable = false;  // open to banding administratif (dismissal)
    std::string description_id;
    std::string description_en;
    std::optional<int> tpp_cut_percent;  // allowance cut (sedang)
    std::optional<int> months;           // duration (sedang, and berat short of dismissal)
    // The remedy open against it, as the catalogue says; catalogues from
    // before routes travelled say only `appealable`: banding when it is set,
    // keberatan otherwise (remedy()).
    std::optional<RemedyRoute> route = std::nullopt;

    RemedyRoute remedy() const {
        return route.value_or(appealable ? RemedyRoute::BANDING : RemedyRoute::KEBERATAN);
    }

    bool operator==(const Sanction&) const = default;

    // Refuses an empty code, a cut outside 1..100 percent, a duration of no
    // months, or a route that contradicts `appealable`.
    static Sanction read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode hukuman berulang.",
                                                  "Repeated sanction code."};
    // Refuses a repeated severity, which would leave the heaviest undecided.
    static void check_catalogue(const std::vector<Sanction>& sanctions, const CatalogueFile& file,
                                Problems& problems);
};

using SanctionCatalogue = CodedCatalogue<Sanction>;

// The embedded "pp94_sanctions" catalogue, loaded once: the shipped copy, which a
// newer version from the server may replace. What records are checked and
// shown with is current_catalogues()->pp94_sanctions() (records/catalogue_set.h).
const SanctionCatalogue& pp94_sanctions();

// The code of the heaviest sanction among `codes`; "no_sanction" when the
// list is empty, "unknown_sanction" when a code is not in the catalogue.
Result<std::string> heaviest(const SanctionCatalogue& sanctions,
                             const std::vector<std::string>& codes);

// heaviest() against the embedded catalogue (tests; code that decides uses the set in force).
Result<std::string> heaviest(const std::vector<std::string>& codes);

}  // namespace pantau
