#include "discipline/case_workflow.h"

#include <algorithm>
#include <utility>

#include "discipline/remedy.h"

namespace pantau {

namespace {

using S = CaseState;

// The regulation's procedure. Absence at a hearing leads to the second
// summons, and absence again to a decision on the evidence at hand.
// clang-format off
constexpr std::pair<CaseState, CaseState> kTransitions[] = {
    {S::REPORTED,            S::UNDER_REVIEW},
    {S::UNDER_REVIEW,        S::SUMMONED_1},
    {S::SUMMONED_1,          S::SUMMONED_2},
    {S::SUMMONED_1,          S::EXAMINED},
    {S::SUMMONED_2,          S::EXAMINED},
    {S::SUMMONED_2,          S::DECIDED_ON_EVIDENCE},
    {S::EXAMINED,            S::FINDINGS},
    {S::FINDINGS,            S::NOT_PROVEN},
    {S::FINDINGS,            S::DECIDED},
    {S::NOT_PROVEN,          S::CLOSED},
    {S::DECIDED,             S::DELIVERED},
    {S::DECIDED_ON_EVIDENCE, S::DELIVERED},
    {S::DELIVERED,           S::OBJECTION},
    {S::DELIVERED,           S::APPEAL},
    {S::DELIVERED,           S::IN_FORCE},
    {S::OBJECTION,           S::IN_FORCE},
    {S::APPEAL,              S::IN_FORCE},
    {S::IN_FORCE,            S::COMPLETED},
    // Early closure (close reasons decide which state allows which reason).
    {S::REPORTED,            S::CLOSED},
    {S::UNDER_REVIEW,        S::CLOSED},
    {S::SUMMONED_1,          S::CLOSED},
    {S::SUMMONED_2,          S::CLOSED},
    {S::DECIDED_ON_EVIDENCE, S::CLOSED},
    {S::EXAMINED,            S::CLOSED},
    {S::FINDINGS,            S::CLOSED},
    {S::DECIDED,             S::CLOSED},
    {S::DELIVERED,           S::CLOSED},
    {S::OBJECTION,           S::CLOSED},
    {S::APPEAL,              S::CLOSED},
    {S::IN_FORCE,            S::CLOSED},
};
// clang-format on

constexpr std::array<std::pair<CaseState, std::string_view>, kCaseStateCount> kNames = {{
    {S::REPORTED, "REPORTED"},
    {S::UNDER_REVIEW, "UNDER_REVIEW"},
    {S::SUMMONED_1, "SUMMONED_1"},
    {S::SUMMONED_2, "SUMMONED_2"},
    {S::DECIDED_ON_EVIDENCE, "DECIDED_ON_EVIDENCE"},
    {S::EXAMINED, "EXAMINED"},
    {S::FINDINGS, "FINDINGS"},
    {S::NOT_PROVEN, "NOT_PROVEN"},
    {S::CLOSED, "CLOSED"},
    {S::DECIDED, "DECIDED"},
    {S::DELIVERED, "DELIVERED"},
    {S::OBJECTION, "OBJECTION"},
    {S::APPEAL, "APPEAL"},
    {S::IN_FORCE, "IN_FORCE"},
    {S::COMPLETED, "COMPLETED"},
}};

constexpr std::array<std::pair<CloseReason, std::string_view>, 6> kCloseReasonNames = {{
    {CloseReason::NOT_PROVEN, "NOT_PROVEN"},
    {CloseReason::WRONG_DATA, "WRONG_DATA"},
    {CloseReason::DEATH, "DEATH"},
    {CloseReason::RETIREMENT, "RETIREMENT"},
    {CloseReason::TRANSFER, "TRANSFER"},
    {CloseReason::ANNULLED, "ANNULLED"},
}};

std::string join(const std::vector<CaseState>& states) {
    std::string text;
    for (auto s : states) {
        if (!text.empty())
            text += ", ";
        text += to_string(s);
    }
    return text.empty() ? "none" : text;
}

}  // namespace

const std::array<CaseState, kCaseStateCount>& all_case_states() {
    static const std::array<CaseState, kCaseStateCount> states = [] {
        std::array<CaseState, kCaseStateCount> all{};
        for (std::size_t i = 0; i < kNames.size(); ++i)
            all[i] = kNames[i].first;
        return all;
    }();
    return states;
}

std::string_view to_string(CaseState state) {
    for (const auto& [s, name] : kNames)
        if (s == state)
            return name;
    return "REPORTED";
}

std::optional<CaseState> case_state_from_string(std::string_view text) {
    for (const auto& [s, name] : kNames)
        if (name == text)
            return s;
    return std::nullopt;
}

std::string_view to_string(CloseReason reason) {
    for (const auto& [r, name] : kCloseReasonNames)
        if (r == reason)
            return name;
    return "NOT_PROVEN";
}

std::optional<CloseReason> close_reason_from_string(std::string_view text) {
    for (const auto& [r, name] : kCloseReasonNames)
        if (name == text)
            return r;
    return std::nullopt;
}

bool may_close(CaseState from, CloseReason reason) {
    if (is_terminal(from))
        return false;
    switch (reason) {
        case CloseReason::NOT_PROVEN:
            return from == S::NOT_PROVEN;
        case CloseReason::WRONG_DATA:
            return from == S::REPORTED || from == S::UNDER_REVIEW;
        case CloseReason::ANNULLED:
            return from == S::OBJECTION || from == S::APPEAL;
        case CloseReason::DEATH:
        case CloseReason::RETIREMENT:
        case CloseReason::TRANSFER:
            return true;
    }
    return false;
}

std::vector<CloseReason> close_reasons_from(CaseState from) {
    std::vector<CloseReason> reasons;
    for (const auto& [r, name] : kCloseReasonNames)
        if (may_close(from, r))
            reasons.push_back(r);
    return reasons;
}

std::vector<CaseState> next_states(CaseState from) {
    std::vector<CaseState> next;
    for (const auto& [f, t] : kTransitions)
        if (f == from)
            next.push_back(t);
    return next;
}

bool can_transition(CaseState from, CaseState to) {
    return std::any_of(std::begin(kTransitions), std::end(kTransitions),
                       [&](const auto& step) { return step.first == from && step.second == to; });
}

Result<CaseState> transition(CaseState from, CaseState to) {
    return transition(from, to, CaseContext{});
}

Result<CaseState> transition(CaseState from, CaseState to, const CaseContext& context) {
    return transition(from, to, context, pp94_sanctions());
}

Result<CaseState> transition(CaseState from, CaseState to, const CaseContext& context,
                             const SanctionCatalogue& sanctions) {
    if (!can_transition(from, to)) {
        return Error{"illegal_transition", "A discipline case cannot go from " +
                                               std::string(to_string(from)) + " to " +
                                               std::string(to_string(to)) +
                                               " (allowed next: " + join(next_states(from)) + ")."};
    }
    const std::string step = std::string(to_string(from)) + " to " + std::string(to_string(to));
    const Sanction* in_force =
        context.decided_sanction ? sanctions.find(*context.decided_sanction) : nullptr;
    if (to == CaseState::APPEAL || to == CaseState::OBJECTION) {
        const RemedyRoute wanted =
            to == CaseState::APPEAL ? RemedyRoute::BANDING : RemedyRoute::KEBERATAN;
        if (!in_force || in_force->remedy() != wanted) {
            const std::string decided = context.decided_sanction.value_or("unknown");
            if (to == CaseState::APPEAL)
                return Error{"appeal_not_allowed",
                             "A case cannot go from " + step +
                                 ": an administrative appeal is open only against "
                                 "dismissal, and the decided sanction is " +
                                 decided + "."};
            return Error{"objection_not_allowed",
                         "A case cannot go from " + step + ": the decided sanction " + decided +
                             " is not open to objection" +
                             (in_force && in_force->remedy() == RemedyRoute::BANDING
                                  ? " (a dismissal goes to administrative appeal)."
                                  : ".")};
        }
    }
    if (to == CaseState::CLOSED) {
        if (!context.close_reason) {
            if (from != S::NOT_PROVEN)
                return Error{"close_reason_missing",
                             "A case cannot go from " + step + " without a close reason."};
        } else {
            const auto reason = close_reason_from_string(*context.close_reason);
            if (!reason || !may_close(from, *reason)) {
                std::string allowed;
                for (auto r : close_reasons_from(from))
                    allowed += (allowed.empty() ? "" : ", ") + std::string(to_string(r));
                return Error{"close_reason_not_allowed",
                             "A case cannot be closed from " + std::string(to_string(from)) +
                                 " for " + *context.close_reason + " (allowed: " + allowed + ")."};
            }
        }
    }
    if (context.outcome) {
        const bool after_remedy = from == S::OBJECTION || from == S::APPEAL;
        if (to != CaseState::IN_FORCE || !after_remedy)
            return Error{"outcome_without_remedy",
                         "An outcome is recorded only when a case goes from OBJECTION or APPEAL "
                         "to IN_FORCE, not from " +
                             step + "."};
        const auto outcome = remedy_outcome_from_string(*context.outcome);
        if (outcome == RemedyOutcome::REDUCED || outcome == RemedyOutcome::INCREASED) {
            const Sanction* changed =
                context.step_sanction ? sanctions.find(*context.step_sanction) : nullptr;
            const bool lighter = changed && in_force && changed->severity < in_force->severity;
            const bool heavier = changed && in_force && changed->severity > in_force->severity;
            if (outcome == RemedyOutcome::REDUCED ? !lighter : !heavier)
                return Error{"outcome_sanction_mismatch",
                             "A " + *context.outcome + " outcome names a " +
                                 (outcome == RemedyOutcome::REDUCED ? "lighter" : "heavier") +
                                 " sanction than " + context.decided_sanction.value_or("unknown") +
                                 ", not " + context.step_sanction.value_or("none") + "."};
        }
    }
    return to;
}

bool is_decided(CaseState state) {
    switch (state) {
        case S::DECIDED:
        case S::DECIDED_ON_EVIDENCE:
        case S::DELIVERED:
        case S::OBJECTION:
        case S::APPEAL:
        case S::IN_FORCE:
        case S::COMPLETED:
            return true;
        default:
            return false;
    }
}

bool is_terminal(CaseState state) {
    return state == S::CLOSED || state == S::COMPLETED;
}

}  // namespace pantau
