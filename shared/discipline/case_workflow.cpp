#include "discipline/case_workflow.h"

#include <algorithm>
#include <utility>

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
    if (to == CaseState::APPEAL) {
        const Sanction* sanction =
            context.decided_sanction ? sanctions.find(*context.decided_sanction) : nullptr;
        if (!sanction || !sanction->appealable) {
            const std::string decided = context.decided_sanction.value_or("unknown");
            return Error{"appeal_not_allowed",
                         "A case cannot go from " + std::string(to_string(from)) +
                             " to APPEAL: an administrative appeal is open only against "
                             "dismissal, and the decided sanction is " +
                             decided + "."};
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
