// DisciplineEvent: one step of a discipline case, as it travels in sync (type
// "discipline_event", create only). Events are never edited or deleted; the
// case's state is the fold of its events through the workflow.
//
// Corrections: an event with `corrects` set amends the documents, dates or
// note of an earlier event. Its `step` repeats the step of the event it corrects, it
// carries no sanction and no refusal to sign, and it does not move the case:
// a different sanction takes a new decision (objection or appeal), not a
// correction.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/problem.h"
#include "core/result.h"
#include "discipline/case_workflow.h"
#include "discipline/sanction.h"

namespace pantau {

enum class DocumentKind {
    SURAT_PANGGILAN,  // summons letter
    BAP,              // examination record
    LHP,              // findings report
    SK_HUKUMAN,       // sanction decision
    KEBERATAN,        // objection
    OTHER,
};

std::string_view to_string(DocumentKind kind);
std::optional<DocumentKind> document_kind_from_string(std::string_view text);

struct DocumentRef {
    DocumentKind kind = DocumentKind::OTHER;
    std::string number;  // the letter or decision number as written on it
    std::optional<Date> date;

    bool operator==(const DocumentRef&) const = default;
};

// Who imposed a sanction, as the decree names them.
struct DecidingOfficial {
    std::string name;
    std::optional<std::string> nip;  // an elected PPK (bupati, wali kota) has none
    std::string position;            // the jabatan as written on the decree
    std::string authority;           // a sanction_authorities code: "PPK", "PENGAWAS", ...

    bool operator==(const DecidingOfficial&) const = default;
};

inline constexpr std::size_t kEventNoteMaxChars = 4000;
inline constexpr std::size_t kOfficialTextMaxChars = 200;
inline constexpr std::size_t kDocumentNumberMaxChars = 200;

struct DisciplineEvent {
    std::string case_id;
    CaseState step = CaseState::REPORTED;  // the state entered
    std::int64_t at = 0;                   // Unix ms
    std::string actor;                     // who recorded the step
    std::vector<DocumentRef> documents;
    std::optional<std::string> note;
    std::optional<std::string> sanction;  // a sanction code: on a decision, or a remedy's new one
    std::optional<std::string> corrects;  // id of the event this one corrects
    std::optional<bool> refused_to_sign;  // at EXAMINED: the employee refused to sign the BAP
    // The dates the regulation counts from (unit-local), as the letters say.
    // A correction of the step may add or amend them (the receipt signed
    // days after the summons was recorded).
    std::optional<Date> letter_date;  // summons, decision: the date the letter bears
    std::optional<Date> served_on;    // summons, delivery: the day the employee received it
    std::optional<Date> hearing_on;  // summons: the day set for the hearing; EXAMINED: the day held
    // On a decision: who decided; the sanction the rules propose for an
    // unexcused-absence case (from the day count, PP 94/2021 Pasal 9-11) and,
    // when the decision differs from it, why (required then).
    std::optional<DecidingOfficial> decided_by = std::nullopt;
    std::optional<std::string> proposed_sanction = std::nullopt;
    std::optional<std::string> deviation_reason = std::nullopt;
    // On CLOSED: a CloseReason (case_workflow.h). On IN_FORCE after an
    // objection or appeal: a RemedyOutcome (remedy.h); REDUCED and INCREASED
    // carry the new sanction in `sanction`.
    std::optional<std::string> close_reason = std::nullopt;
    std::optional<std::string> outcome = std::nullopt;

    bool is_correction() const { return corrects.has_value(); }

    static DisciplineEvent from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    // validate() checks against the embedded sanctions (tests); records that
    // travel are checked with the set in force (records/record_types.h).
    Problems validate() const;
    Problems validate(const SanctionCatalogue& sanctions) const;

    bool operator==(const DisciplineEvent&) const = default;
};

// The state a case's events lead to, checked strictly: the first event is
// REPORTED ("first_event_not_reported"), every other step follows the
// workflow ("illegal_transition", "appeal_not_allowed"), a decision names a
// sanction of `sanctions`, the case's rules ("sanction_not_in_rules"), and a correction
// names a step already reached ("correction_of_unknown_step"). An empty
// list is "no_events". Messages say which event (0-based) failed. Without
// `sanctions`, against the embedded ones (tests); the app and the server
// pass those of the set in force.
Result<CaseState> replay_case(const std::vector<DisciplineEvent>& events_in_order);
Result<CaseState> replay_case(const std::vector<DisciplineEvent>& events_in_order,
                              const SanctionCatalogue& sanctions);

// The state for display, read leniently: starting from REPORTED, events
// that do not fit the workflow (e.g. the same step recorded twice by two
// devices offline) are skipped instead of failing the whole case. Without
// `sanctions`, against the embedded ones (tests).
CaseState current_state(const std::vector<DisciplineEvent>& events_in_order);
CaseState current_state(const std::vector<DisciplineEvent>& events_in_order,
                        const SanctionCatalogue& sanctions);

// The sanction a case's steps leave in force: the decision's, replaced by
// the one a REDUCED or INCREASED remedy names; nullopt before a decision and
// once the case is closed (annulled, or ended early). Read leniently, as
// current_state() reads the steps.
std::optional<std::string> sanction_in_force(const std::vector<DisciplineEvent>& events_in_order,
                                             const SanctionCatalogue& sanctions);

}  // namespace pantau
