// Administrative remedies against a discipline sanction (PP 79/2021): which
// one a sanction is open to is the sanction's route (sanction.h); how long
// the employee has to file it and when the sanction takes effect is the
// "administrative_remedies" catalogue (verify); how a remedy ends is its
// outcome, recorded on the step that leaves OBJECTION or APPEAL.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/coded_catalogue.h"
#include "discipline/sanction.h"

namespace pantau {

// How the decision on an objection or appeal ends the sanction: kept as it
// was, made lighter or heavier (a new sanction on the step to IN_FORCE), or
// annulled (the case is CLOSED with close reason ANNULLED).
enum class RemedyOutcome { UPHELD, REDUCED, INCREASED };

std::string_view to_string(RemedyOutcome outcome);
std::optional<RemedyOutcome> remedy_outcome_from_string(std::string_view text);

struct AdministrativeRemedy {
    std::string code;  // a RemedyRoute: "KEBERATAN", "BANDING"
    // Working days from the day the decision was received: the last day to
    // file, and the day the sanction takes effect when nothing was filed.
    int filing_working_days = 0;
    int effective_working_day = 0;
    std::string title_id;
    std::string title_en;
    std::string addressee_id;  // to whom it is filed
    std::string addressee_en;
    std::string source;

    bool operator==(const AdministrativeRemedy&) const = default;

    // Refuses a code that is not a route with a remedy, a window of no days,
    // and a sanction taking effect inside the window.
    static AdministrativeRemedy read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Jalur upaya administratif berulang.",
                                                  "Repeated remedy route."};
};

using RemedyCatalogue = CodedCatalogue<AdministrativeRemedy>;

// The embedded "administrative_remedies" catalogue, loaded once.
const RemedyCatalogue& administrative_remedies();

// The remedy open against `sanction`, or nullptr (route NONE, or a route the
// catalogue does not hold).
const AdministrativeRemedy* remedy_of(const Sanction& sanction, const RemedyCatalogue& remedies);

}  // namespace pantau
