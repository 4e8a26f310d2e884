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

inline constexpr std::size_t kEventNoteMaxChars = 4000;
inline constexpr std::size_t kDocumentNumberMaxChars = 200;

struct DisciplineEvent {
    std::string case_id;
    CaseState step = CaseState::REPORTED;  // the state entered
    std::int64_t at = 0;                   // Unix ms
    std::string actor;                     // who recorded the step
    std::vector<DocumentRef> documents;
    std::optional<std::string> note;
    std::optional<std::string> sanction;  // a pp94_sanctions code, on a decision only
    std::optional<std::string> corrects;  // id of the event this one corrects
    std::optional<bool> refused_to_sign;  // at EXAMINED: the employee refused to sign the BAP
    // The dates the regulation counts from (unit-local), as the letters say.
    // A correction of the step may add or amend them (the receipt signed
    // days after the summons was recorded).
    std::optional<Date> letter_date;  // summons, decision: the date the letter bears
    std::optional<Date> served_on;    // summons, delivery: the day the employee received it
    std::optional<Date> hearing_on;  // summons: the day set for the hearing; EXAMINED: the day held

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

}  // namespace pantau
