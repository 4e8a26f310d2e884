#include "discipline/case_workflow.h"

#include <catch2/catch.hpp>
#include <set>
#include <utility>

using namespace pantau;
using S = CaseState;

namespace {

// The regulation's workflow, written out independently of the code's table.
const std::set<std::pair<CaseState, CaseState>> kLegal = {
    {S::REPORTED, S::UNDER_REVIEW}, {S::UNDER_REVIEW, S::SUMMONED_1},
    {S::SUMMONED_1, S::SUMMONED_2}, {S::SUMMONED_1, S::EXAMINED},
    {S::SUMMONED_2, S::EXAMINED},   {S::SUMMONED_2, S::DECIDED_ON_EVIDENCE},
    {S::EXAMINED, S::FINDINGS},     {S::FINDINGS, S::NOT_PROVEN},
    {S::FINDINGS, S::DECIDED},      {S::NOT_PROVEN, S::CLOSED},
    {S::DECIDED, S::DELIVERED},     {S::DECIDED_ON_EVIDENCE, S::DELIVERED},
    {S::DELIVERED, S::OBJECTION},   {S::DELIVERED, S::APPEAL},
    {S::DELIVERED, S::IN_FORCE},    {S::OBJECTION, S::IN_FORCE},
    {S::APPEAL, S::IN_FORCE},       {S::IN_FORCE, S::COMPLETED},
};

const CaseContext kDismissal{std::string("B3")};

}  // namespace

TEST_CASE("every state converts to its code and back") {
    REQUIRE(all_case_states().size() == 15);
    std::set<std::string_view> names;
    for (auto s : all_case_states()) {
        CHECK(case_state_from_string(to_string(s)) == s);
        names.insert(to_string(s));
    }
    CHECK(names.size() == 15);
    CHECK(to_string(S::SUMMONED_1) == "SUMMONED_1");
    CHECK(to_string(S::DECIDED_ON_EVIDENCE) == "DECIDED_ON_EVIDENCE");
    CHECK_FALSE(case_state_from_string("summoned_1"));
    CHECK_FALSE(case_state_from_string(""));
}

TEST_CASE("each of the 18 steps of the workflow is allowed") {
    REQUIRE(kLegal.size() == 18);
    for (const auto& [from, to] : kLegal) {
        INFO(to_string(from) << " -> " << to_string(to));
        CHECK(can_transition(from, to));
        auto result = transition(from, to, kDismissal);
        REQUIRE(result.ok());
        CHECK(*result == to);
    }
}

TEST_CASE("every pair of states outside the workflow is refused, all 15 x 15 checked") {
    int refused = 0;
    for (auto from : all_case_states()) {
        for (auto to : all_case_states()) {
            if (kLegal.contains({from, to}))
                continue;
            INFO(to_string(from) << " -> " << to_string(to));
            CHECK_FALSE(can_transition(from, to));
            auto result = transition(from, to, kDismissal);
            REQUIRE_FALSE(result.ok());
            CHECK(result.error().code == "illegal_transition");
            ++refused;
        }
    }
    CHECK(refused == 15 * 15 - 18);
}

TEST_CASE("an illegal step is explained with both states and the allowed ones") {
    auto result = transition(S::SUMMONED_1, S::DECIDED);
    REQUIRE_FALSE(result.ok());
    const auto& message = result.error().message;
    CHECK(message.find("SUMMONED_1") != std::string::npos);
    CHECK(message.find("DECIDED") != std::string::npos);
    CHECK(message.find("EXAMINED") != std::string::npos);
}

TEST_CASE("next states list exactly the table's successors") {
    for (auto from : all_case_states()) {
        std::set<CaseState> expected;
        for (const auto& [f, t] : kLegal)
            if (f == from)
                expected.insert(t);
        const auto next = next_states(from);
        CHECK(std::set<CaseState>(next.begin(), next.end()) == expected);
        CHECK(next.size() == expected.size());
    }
    CHECK(next_states(S::CLOSED).empty());
    CHECK(next_states(S::COMPLETED).empty());
}

TEST_CASE("an appeal is allowed against dismissal only") {
    CHECK(transition(S::DELIVERED, S::APPEAL, CaseContext{std::string("B3")}).ok());
    for (const auto* code : {"R1", "R2", "R3", "S1", "S2", "S3", "B1", "B2"}) {
        INFO(code);
        auto result = transition(S::DELIVERED, S::APPEAL, CaseContext{std::string(code)});
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == "appeal_not_allowed");
        CHECK(result.error().message.find(code) != std::string::npos);
    }
}

TEST_CASE("an appeal is refused when the decided sanction is unknown or not given") {
    CHECK(transition(S::DELIVERED, S::APPEAL).error().code == "appeal_not_allowed");
    CHECK(transition(S::DELIVERED, S::APPEAL, CaseContext{}).error().code == "appeal_not_allowed");
    CHECK(transition(S::DELIVERED, S::APPEAL, CaseContext{std::string("Z9")}).error().code ==
          "appeal_not_allowed");
}

TEST_CASE("an objection is open whatever the sanction") {
    CHECK(transition(S::DELIVERED, S::OBJECTION, CaseContext{std::string("S1")}).ok());
    CHECK(transition(S::DELIVERED, S::OBJECTION).ok());
}

TEST_CASE("which sanction allows an appeal comes from the sanction catalogue") {
    const CatalogueFile file{"pp94_sanctions", "test",
                             nlohmann::json::array({{{"code", "B2"},
                                                     {"level", "BERAT"},
                                                     {"severity", 1},
                                                     {"appealable", true},
                                                     {"description_id", "x"},
                                                     {"description_en", "x"}}})};
    const auto sanctions = SanctionCatalogue::from_file(file);
    CHECK(transition(S::DELIVERED, S::APPEAL, CaseContext{std::string("B2")}, sanctions).ok());
}

TEST_CASE("a case is decided from the decision on, and not when closed unproven") {
    const std::set<CaseState> decided = {
        S::DECIDED,  S::DECIDED_ON_EVIDENCE, S::DELIVERED, S::OBJECTION, S::APPEAL, S::IN_FORCE,
        S::COMPLETED};
    for (auto s : all_case_states()) {
        INFO(to_string(s));
        CHECK(is_decided(s) == decided.contains(s));
    }
}

TEST_CASE("only CLOSED and COMPLETED are terminal") {
    for (auto s : all_case_states()) {
        INFO(to_string(s));
        CHECK(is_terminal(s) == (s == S::CLOSED || s == S::COMPLETED));
        CHECK(is_terminal(s) == next_states(s).empty());
    }
}
