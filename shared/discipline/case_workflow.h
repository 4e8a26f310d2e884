// The workflow of a discipline case under PP 94/2021 and Peraturan BKN
// 6/2022, as a state machine: a case only moves along the regulation's
// steps, and an administrative appeal (banding) is open only against a
// dismissal. The transition table is the regulation's procedure, kept here
// in one table; the sanction that allows an appeal is catalogue data.
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

// What the workflow knows about a case beyond its state.
struct CaseContext {
    std::optional<std::string> decided_sanction;  // sanction code of the decision, once decided
};

// The states the table allows after `from`, in workflow order.
std::vector<CaseState> next_states(CaseState from);

// Whether the table has the step; the appeal's sanction rule is not applied.
bool can_transition(CaseState from, CaseState to);

// The step if the table allows it, else "illegal_transition". Without a
// context nothing is known about the decision, so APPEAL is refused
// ("appeal_not_allowed"); with one, APPEAL needs an appealable sanction,
// looked up in `sanctions` (the embedded ones when not given: tests).
Result<CaseState> transition(CaseState from, CaseState to);
Result<CaseState> transition(CaseState from, CaseState to, const CaseContext& context);
Result<CaseState> transition(CaseState from, CaseState to, const CaseContext& context,
                             const SanctionCatalogue& sanctions);

// A sanction has been imposed: DECIDED, DECIDED_ON_EVIDENCE and every later step.
bool is_decided(CaseState state);

// No step follows: CLOSED and COMPLETED.
bool is_terminal(CaseState state);

}  // namespace pantau
