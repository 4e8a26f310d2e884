// What a discipline decision is measured against before it is recorded:
// the sanction the day count proposes for an unexcused-absence case (PP
// 94/2021 Pasal 9-11, the absence bands of the case's rules), who may
// impose it on whom (sanction_authorities), the level the case was
// estimated at, and the levels its articles allow (one sanction, the
// heaviest, for all the articles a case cites). The phone's decision page
// and the server's case register ask here, so they warn alike. Warnings
// never refuse a decision: the official decides, Pantau only indicates.
#pragma once

#include <optional>
#include <string>

#include "attendance/pp94_indication.h"
#include "core/problem.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "discipline/sanction_authority.h"
#include "org/jabatan.h"
#include "records/catalogue_set.h"

namespace pantau {

// The sanction the day count proposes: the heavier of the total's band and
// the consecutive-days rule; nullopt below the first band. Codes outside
// `sanctions` are ignored.
std::optional<std::string> proposed_sanction(const AbsenceIndication& indication,
                                             const SanctionCatalogue& sanctions);

// The least level a decision on the case reaches: the heaviest of the
// least levels its articles allow (RINGAN when they allow any).
SanctionLevel least_level(const DisciplineCase& allegation, const Pp94Catalogue& articles);

// The warnings `decision` (a DECIDED or DECIDED_ON_EVIDENCE step) deserves,
// for an employee whose kind of position is `subject`:
// "decider_missing" (no official recorded), "decree_missing" (no SK_HUKUMAN
// document with its number), "authority_subject_unknown",
// "authority_subject_outside", "authority_level_beyond" (the official may
// not impose it on that employee, and why), "level_differs" (the sanction's
// level is not the case's estimate), "lighter_than_articles" (an article
// cited is never judged that light), "proposal_missing" (an absence case
// decided without the day count's proposal) and "differs_from_proposal".
Problems decision_warnings(const DisciplineCase& allegation, std::optional<JabatanKind> subject,
                           const DisciplineEvent& decision, const DisciplineRules& rules,
                           const SanctionAuthorityCatalogue& authorities);

// Why a case's steps closed it, when they did: the CLOSED step's reason,
// NOT_PROVEN for one that names none (closed after the findings).
std::optional<std::string> close_reason_of(const std::vector<DisciplineEvent>& steps);

}  // namespace pantau
