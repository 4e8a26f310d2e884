// Who may impose which level of sanction on whom (pejabat yang berwenang
// menghukum, PP 94/2021): the "sanction_authorities" catalogue, simplified
// and marked verify. Each official holds powers: the kinds of position of
// the employees they may sanction, and the levels they may impose on them.
// A decision that does not fit is warned about with the reason, never
// refused: the instance may have delegated otherwise.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coded_catalogue.h"
#include "discipline/sanction.h"
#include "org/jabatan.h"

namespace pantau {

struct SanctionPower {
    bool any_subject = false;           // "ANY": whatever the employee's position
    std::vector<JabatanKind> subjects;  // else the kinds of position it covers
    std::vector<SanctionLevel> levels;  // what it may impose on them

    bool covers(std::optional<JabatanKind> subject) const;
    bool allows(SanctionLevel level) const;
    bool operator==(const SanctionPower&) const = default;
};

struct SanctionAuthority {
    std::string code;  // "PPK", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", ...
    std::string title_id;
    std::string title_en;
    std::vector<SanctionPower> powers;

    bool operator==(const SanctionAuthority&) const = default;

    // Refuses an entry without titles or powers, a power without subjects
    // or levels, and a subject that is not a kind of position.
    static SanctionAuthority read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode pejabat berulang.",
                                                  "Repeated official code."};
};

using SanctionAuthorityCatalogue = CodedCatalogue<SanctionAuthority>;

// The embedded "sanction_authorities" catalogue, loaded once.
const SanctionAuthorityCatalogue& sanction_authorities();

// Whether `authority` may impose `level` on an employee in `subject`.
enum class AuthorityFit {
    FITS,
    SUBJECT_UNKNOWN,  // the employee's kind of position is not recorded, and no power covers any
    SUBJECT_OUTSIDE,  // no power of the official covers that kind of position
    LEVEL_BEYOND,     // a power covers the position, but not this level
};

AuthorityFit authority_fit(const SanctionAuthority& authority, std::optional<JabatanKind> subject,
                           SanctionLevel level);

}  // namespace pantau
