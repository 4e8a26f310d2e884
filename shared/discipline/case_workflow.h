// The workflow of a discipline case under PP 94/2021 and Peraturan BKN
// 6/2022, as a state machine: a case only moves along the regulation's
// steps; an objection (keberatan) or an administrative appeal (banding) is
// open only where the decided sanction's route says so (PP 79/2021: banding
// against dismissal, keberatan against the others); a case closes early only
// for a reason that fits where it stands. The transition table and the close
// reasons are the regulation's procedure, kept here in tables; a sanction's
// route is catalogue data.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "discipline/sanction.h"

namespace pantau {

enum class CaseState {
    REPORTED,             // incident recorded with evidence, or an absence-threshold indication
    UNDER_REVIEW,         // the direct supervisor estimates the level
    SUMMONED_1,           // first written summons served
    SUMMONED_2,           // absent at the first hearing: second summons
    DECIDED_ON_EVIDENCE,  // absent again: decided on the evidence at hand
    EXAMINED,             // closed hearing held, BAP drawn up
    FINDINGS,             // LHP: findings and recommendation
    NOT_PROVEN,
    CLOSED,
    DECIDED,  // one sanction imposed, the heaviest found
    DELIVERED,
    OBJECTION,  // keberatan
    APPEAL,     // banding administratif
    IN_FORCE,
    COMPLETED,
};

inline constexpr std::size_t kCaseStateCount = 15;

// Every state, in workflow order.
const std::array<CaseState, kCaseStateCount>& all_case_states();

std::string_view to_string(CaseState state);
std::optional<CaseState> case_state_from_string(std::string_view text);

// Why a case is CLOSED: not proven after the hearing; opened from wrong
// data (leave recorded late), found before the summons; the employee died,
// retired or moved to another instance (which takes the case over); or the
// objection or appeal annulled the sanction.
enum class CloseReason { NOT_PROVEN, WRONG_DATA, DEATH, RETIREMENT, TRANSFER, ANNULLED };

std::string_view to_string(CloseReason reason);
std::optional<CloseReason> close_reason_from_string(std::string_view text);

// The reasons a case standing in `from` may be closed for, in table order:
// NOT_PROVEN from NOT_PROVEN; WRONG_DATA before the first summons (REPORTED,
// UNDER_REVIEW); ANNULLED from OBJECTION and APPEAL; DEATH, RETIREMENT and
// TRANSFER from every state that is not terminal.
std::vector<CloseReason> close_reasons_from(CaseState from);
bool may_close(CaseState from, CloseReason reason);

// What the workflow knows about a case beyond its state, and what the step
// being taken says.
struct CaseContext {
    std::optional<std::string>
        decided_sanction;  // the sanction in force: decided, or as a remedy changed it
    // Of the step being taken: its close reason (to CLOSED), the outcome of
    // the objection or appeal (to IN_FORCE) and the sanction it names.
    std::optional<std::string> close_reason = std::nullopt;
    std::optional<std::string> outcome = std::nullopt;
    std::optional<std::string> step_sanction = std::nullopt;
};

// The states the table allows after `from`, in workflow order.
std::vector<CaseState> next_states(CaseState from);

// Whether the table has the step; the appeal's sanction rule is not applied.
bool can_transition(CaseState from, CaseState to);

// The step if the table allows it, else "illegal_transition". Without a
// context nothing is known about the decision, so APPEAL and OBJECTION are
// refused; with one, APPEAL needs a sanction whose route is BANDING
// ("appeal_not_allowed") and OBJECTION one whose route is KEBERATAN
// ("objection_not_allowed"), looked up in `sanctions` (the embedded ones
// when not given: tests). CLOSED needs a close reason that fits the state
// ("close_reason_missing", "close_reason_not_allowed"; from NOT_PROVEN none
// is needed). IN_FORCE after a remedy may name its outcome; a REDUCED or
// INCREASED one names a lighter or heavier sanction than the one in force
// ("outcome_sanction_mismatch"); an outcome without a remedy is refused
// ("outcome_without_remedy").
Result<CaseState> transition(CaseState from, CaseState to);
Result<CaseState> transition(CaseState from, CaseState to, const CaseContext& context);
Result<CaseState> transition(CaseState from, CaseState to, const CaseContext& context,
                             const SanctionCatalogue& sanctions);

// A sanction has been imposed: DECIDED, DECIDED_ON_EVIDENCE and every later step.
bool is_decided(CaseState state);

// No step follows: CLOSED and COMPLETED.
bool is_terminal(CaseState state);

}  // namespace pantau
