#include "records/case_decision.h"

#include <algorithm>

namespace pantau {

namespace {

void warn(Problems& warnings, std::string field, std::string code, std::string id, std::string en) {
    warnings.push_back({std::move(field), std::move(code), std::move(id), std::move(en)});
}

std::string level_name(SanctionLevel level) {
    return std::string(to_string(level));
}

std::string levels_text(const SanctionAuthority& authority, std::optional<JabatanKind> subject) {
    std::string text;
    for (const auto& power : authority.powers)
        if (power.covers(subject))
            for (auto l : power.levels)
                if (text.find(to_string(l)) == std::string::npos)
                    text += (text.empty() ? "" : ", ") + level_name(l);
    return text;
}

}  // namespace

std::optional<std::string> proposed_sanction(const AbsenceIndication& indication,
                                             const SanctionCatalogue& sanctions) {
    const Sanction* best = nullptr;
    for (const auto& code :
         {indication.sanction,
          indication.consecutive_trigger ? indication.consecutive_sanction : std::nullopt}) {
        const Sanction* s = code ? sanctions.find(*code) : nullptr;
        if (s && (!best || s->severity > best->severity))
            best = s;
    }
    return best ? std::optional<std::string>(best->code) : std::nullopt;
}

SanctionLevel least_level(const DisciplineCase& allegation, const Pp94Catalogue& articles) {
    SanctionLevel least = SanctionLevel::RINGAN;
    for (const auto& code : allegation.articles())
        if (const Pp94Article* a = articles.find(code); a && !a->levels.empty())
            least = std::max(least, *std::min_element(a->levels.begin(), a->levels.end()));
    return least;
}

Problems decision_warnings(const DisciplineCase& allegation, std::optional<JabatanKind> subject,
                           const DisciplineEvent& decision, const DisciplineRules& rules,
                           const SanctionAuthorityCatalogue& authorities) {
    Problems warnings;
    const Sanction* sanction =
        decision.sanction ? rules.sanctions.find(*decision.sanction) : nullptr;
    if (!sanction)
        return warnings;  // refused anyway: the event's own check names the problem
    const std::string code = sanction->code;
    const std::string level = level_name(sanction->level);

    if (!decision.decided_by) {
        warn(warnings, "data.decided_by", "decider_missing",
             "Pejabat yang menghukum (nama, NIP, jabatan) belum dicatat.",
             "The official who decided (name, NIP, position) is not recorded.");
    } else if (const SanctionAuthority* a = authorities.find(decision.decided_by->authority)) {
        const std::string position =
            subject ? std::string(label_id(*subject)) : std::string("tidak dicatat");
        switch (authority_fit(*a, subject, sanction->level)) {
            case AuthorityFit::FITS:
                break;
            case AuthorityFit::SUBJECT_UNKNOWN:
                warn(warnings, "data.decided_by.authority", "authority_subject_unknown",
                     "Jenis jabatan pegawai belum dicatat, sehingga kewenangan " + a->title_id +
                         " tidak dapat diperiksa.",
                     "The employee's kind of position is not recorded, so the authority of " +
                         a->title_en + " cannot be checked.");
                break;
            case AuthorityFit::SUBJECT_OUTSIDE:
                warn(warnings, "data.decided_by.authority", "authority_subject_outside",
                     a->title_id + " tidak berwenang menghukum pegawai dengan jabatan " + position +
                         "; ajukan kepada pejabat yang lebih tinggi.",
                     a->title_en + " may not sanction an employee in a " + position +
                         " position; refer it to a higher official.");
                break;
            case AuthorityFit::LEVEL_BEYOND:
                warn(warnings, "data.decided_by.authority", "authority_level_beyond",
                     a->title_id + " hanya berwenang menjatuhkan hukuman " +
                         levels_text(*a, subject) + " kepada jabatan " + position + ", bukan " +
                         code + " (" + level + ").",
                     a->title_en + " may impose only " + levels_text(*a, subject) +
                         " sanctions on a " + position + " position, not " + code + " (" + level +
                         ").");
                break;
        }
    }
    const bool decree =
        std::any_of(decision.documents.begin(), decision.documents.end(), [](const DocumentRef& d) {
            return d.kind == DocumentKind::SK_HUKUMAN && !d.number.empty();
        });
    if (!decree)
        warn(warnings, "data.documents", "decree_missing",
             "Nomor surat keputusan hukuman disiplin belum dicatat.",
             "The number of the sanction decree is not recorded.");
    if (level != allegation.level_estimate)
        warn(warnings, "data.sanction", "level_differs",
             "Hukuman " + code + " bertingkat " + level + ", sedangkan kasus diperkirakan " +
                 allegation.level_estimate + ".",
             "Sanction " + code + " is " + level + ", while the case was estimated " +
                 allegation.level_estimate + ".");
    if (const SanctionLevel least = least_level(allegation, rules.articles);
        sanction->level < least)
        warn(warnings, "data.sanction", "lighter_than_articles",
             "Pasal yang disebut dijatuhi paling ringan tingkat " + level_name(least) +
                 "; satu hukuman, yang terberat, untuk semua pasal.",
             "The articles cited are judged " + level_name(least) +
                 " at the least; one sanction, the heaviest, covers them all.");
    if (allegation.source == to_string(CaseSource::TK_INDICATION)) {
        if (!decision.proposed_sanction)
            warn(warnings, "data.proposed_sanction", "proposal_missing",
                 "Usulan hukuman menurut jumlah hari tidak hadir belum dicatat.",
                 "The sanction the absence day count proposes is not recorded.");
        else if (*decision.proposed_sanction != code)
            warn(warnings, "data.sanction", "differs_from_proposal",
                 "Hukuman " + code + " berbeda dari usulan menurut jumlah hari (" +
                     *decision.proposed_sanction + ").",
                 "Sanction " + code + " differs from the day count's proposal (" +
                     *decision.proposed_sanction + ").");
    }
    return warnings;
}

std::optional<std::string> close_reason_of(const std::vector<DisciplineEvent>& steps) {
    std::optional<std::string> reason;
    for (const auto& step : steps)
        if (!step.is_correction() && step.step == CaseState::CLOSED)
            reason = step.close_reason.value_or(std::string(to_string(CloseReason::NOT_PROVEN)));
    return reason;
}

}  // namespace pantau
