#include "discipline/remedy.h"

namespace pantau {

std::string_view to_string(RemedyOutcome outcome) {
    switch (outcome) {
        case RemedyOutcome::UPHELD:
            return "UPHELD";
        case RemedyOutcome::REDUCED:
            return "REDUCED";
        case RemedyOutcome::INCREASED:
            return "INCREASED";
    }
    return "UPHELD";
}

std::optional<RemedyOutcome> remedy_outcome_from_string(std::string_view text) {
    for (auto outcome : {RemedyOutcome::UPHELD, RemedyOutcome::REDUCED, RemedyOutcome::INCREASED})
        if (to_string(outcome) == text)
            return outcome;
    return std::nullopt;
}

AdministrativeRemedy AdministrativeRemedy::read(FieldReader& r, Problems& problems) {
    AdministrativeRemedy remedy;
    remedy.code = r.string("code");
    remedy.filing_working_days = static_cast<int>(r.integer("filing_working_days"));
    remedy.effective_working_day = static_cast<int>(r.integer("effective_working_day"));
    remedy.title_id = r.string("title_id");
    remedy.title_en = r.string("title_en");
    remedy.addressee_id = r.string("addressee_id");
    remedy.addressee_en = r.string("addressee_en");
    remedy.source = r.string("source");
    const auto route = remedy_route_from_string(remedy.code);
    if (!route || *route == RemedyRoute::NONE)
        add_problem(problems, r.path("code"), "unknown_value",
                    "Jalur upaya administratif harus KEBERATAN atau BANDING.",
                    "A remedy route is KEBERATAN or BANDING.");
    if (remedy.filing_working_days <= 0)
        add_problem(problems, r.path("filing_working_days"), "out_of_range",
                    "Tenggat pengajuan harus lebih dari 0 hari kerja.",
                    "The filing window must be more than 0 working days.");
    if (remedy.effective_working_day <= remedy.filing_working_days)
        add_problem(problems, r.path("effective_working_day"), "out_of_range",
                    "Hukuman berlaku sesudah tenggat pengajuan berakhir.",
                    "The sanction takes effect after the filing window ends.");
    return remedy;
}

const RemedyCatalogue& administrative_remedies() {
    static const RemedyCatalogue catalogue =
        RemedyCatalogue::from_file(embedded_catalogue("administrative_remedies"));
    return catalogue;
}

const AdministrativeRemedy* remedy_of(const Sanction& sanction, const RemedyCatalogue& remedies) {
    const RemedyRoute route = sanction.remedy();
    return route == RemedyRoute::NONE ? nullptr : remedies.find(to_string(route));
}

}  // namespace pantau
