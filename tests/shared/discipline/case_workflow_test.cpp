#include "discipline/case_workflow.h"

#include <catch2/catch.hpp>
#include <set>
#include <utility>

using namespace pantau;
using S = CaseState;

namespace {

// The regulation's workflow, written out independently of the code's table.
const std::set<std::pair<CaseState, CaseState>> kLegal = {
    {S::REPORTED, S::UNDER_REVIEW},
    {S::UNDER_REVIEW, S::SUMMONED_1},
    {S::SUMMONED_1, S::SUMMONED_2},
    {S::SUMMONED_1, S::EXAMINED},
    {S::SUMMONED_2, S::EXAMINED},
    {S::SUMMONED_2, S::DECIDED_ON_EVIDENCE},
    {S::EXAMINED, S::FINDINGS},
    {S::FINDINGS, S::NOT_PROVEN},
    {S::FINDINGS, S::DECIDED},
    {S::NOT_PROVEN, S::CLOSED},
    {S::DECIDED, S::DELIVERED},
    {S::DECIDED_ON_EVIDENCE, S::DELIVERED},
    {S::DELIVERED, S::OBJECTION},
    {S::DELIVERED, S::APPEAL},
    {S::DELIVERED, S::IN_FORCE},
    {S::OBJECTION, S::IN_FORCE},
    {S::APPEAL, S::IN_FORCE},
    {S::IN_FORCE, S::COMPLETED},
    // Early closure, for a reason that fits (close_reasons_from).
    {S::REPORTED, S::CLOSED},
    {S::UNDER_REVIEW, S::CLOSED},
    {S::SUMMONED_1, S::CLOSED},
    {S::SUMMONED_2, S::CLOSED},
    {S::DECIDED_ON_EVIDENCE, S::CLOSED},
    {S::EXAMINED, S::CLOSED},
    {S::FINDINGS, S::CLOSED},
    {S::DECIDED, S::CLOSED},
    {S::DELIVERED, S::CLOSED},
    {S::OBJECTION, S::CLOSED},
    {S::APPEAL, S::CLOSED},
    {S::IN_FORCE, S::CLOSED},
};

const CaseContext kDismissal{std::string("B3")};

// A context under which the step is taken: an appeal against a dismissal,
// an objection against a cut in allowance, a closure for a death.
CaseContext context_for(CaseState from, CaseState to) {
    CaseContext c{std::string(to == S::OBJECTION ? "S1" : "B3")};
    if (to == S::CLOSED && from != S::NOT_PROVEN)
        c.close_reason = "DEATH";
    return c;
}

CaseContext closing(const char* reason) {
    CaseContext c;
    c.close_reason = reason;
    return c;
}

CaseContext remedied(const char* decided, const char* outcome, const char* sanction) {
    CaseContext c{std::string(decided)};
    c.outcome = outcome;
    if (sanction)
        c.step_sanction = sanction;
    return c;
}

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

TEST_CASE("each of the 30 steps of the workflow is allowed") {
    REQUIRE(kLegal.size() == 30);
    for (const auto& [from, to] : kLegal) {
        INFO(to_string(from) << " -> " << to_string(to));
        CHECK(can_transition(from, to));
        auto result = transition(from, to, context_for(from, to));
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
    CHECK(refused == 15 * 15 - 30);
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

TEST_CASE("an objection is open against every sanction short of dismissal, which goes to appeal") {
    for (const auto* code : {"R1", "R2", "R3", "S1", "S2", "S3", "B1", "B2"}) {
        INFO(code);
        CHECK(transition(S::DELIVERED, S::OBJECTION, CaseContext{std::string(code)}).ok());
    }
    auto dismissal = transition(S::DELIVERED, S::OBJECTION, kDismissal);
    REQUIRE_FALSE(dismissal.ok());
    CHECK(dismissal.error().code == "objection_not_allowed");
    CHECK(dismissal.error().message.find("administrative appeal") != std::string::npos);
    CHECK(transition(S::DELIVERED, S::OBJECTION).error().code == "objection_not_allowed");
}

TEST_CASE("a sanction's route comes from the catalogue, and contradicting appealable is refused") {
    const auto file = [](nlohmann::json route, bool appealable) {
        nlohmann::json entry = {{"code", "R1"},          {"level", "RINGAN"},
                                {"severity", 1},         {"appealable", appealable},
                                {"description_id", "x"}, {"description_en", "x"}};
        if (!route.is_null())
            entry["route"] = route;
        return CatalogueFile{"pp94_sanctions", "test", nlohmann::json::array({entry})};
    };
    const auto none = SanctionCatalogue::from_file(file("NONE", false));
    CHECK(none.find("R1")->remedy() == RemedyRoute::NONE);
    CHECK(
        transition(S::DELIVERED, S::OBJECTION, CaseContext{std::string("R1")}, none).error().code ==
        "objection_not_allowed");
    // Catalogues from before routes: appealable alone decides.
    CHECK(SanctionCatalogue::from_file(file(nullptr, true)).find("R1")->remedy() ==
          RemedyRoute::BANDING);
    CHECK(SanctionCatalogue::from_file(file(nullptr, false)).find("R1")->remedy() ==
          RemedyRoute::KEBERATAN);
    CHECK_THROWS(SanctionCatalogue::from_file(file("KEBERATAN", true)));
    CHECK_THROWS(SanctionCatalogue::from_file(file("BANDING", false)));
    CHECK_THROWS(SanctionCatalogue::from_file(file("SIDEWAYS", false)));
}

TEST_CASE("the shipped sanctions: keberatan for R1..B2, banding for B3") {
    for (const auto& s : pp94_sanctions().entries()) {
        INFO(s.code);
        CHECK(s.route.has_value());
        CHECK(s.remedy() == (s.code == "B3" ? RemedyRoute::BANDING : RemedyRoute::KEBERATAN));
    }
}

TEST_CASE("a case closes early only for a reason that fits where it stands") {
    // Wrong data (leave recorded late) closes a case before the summons only.
    CHECK(transition(S::REPORTED, S::CLOSED, closing("WRONG_DATA")).ok());
    CHECK(transition(S::UNDER_REVIEW, S::CLOSED, closing("WRONG_DATA")).ok());
    for (auto from : {S::SUMMONED_1, S::EXAMINED, S::DECIDED, S::IN_FORCE}) {
        INFO(to_string(from));
        auto late = transition(from, S::CLOSED, closing("WRONG_DATA"));
        REQUIRE_FALSE(late.ok());
        CHECK(late.error().code == "close_reason_not_allowed");
        CHECK(late.error().message.find("DEATH") != std::string::npos);
    }
    // Death, retirement and transfer end a case wherever it stands.
    for (auto from : all_case_states()) {
        if (is_terminal(from))
            continue;
        for (const auto* reason : {"DEATH", "RETIREMENT", "TRANSFER"}) {
            INFO(to_string(from) << " " << reason);
            CHECK(transition(from, S::CLOSED, closing(reason)).ok());
        }
    }
    // Annulment is an objection's or appeal's outcome only.
    CHECK(transition(S::OBJECTION, S::CLOSED, closing("ANNULLED")).ok());
    CHECK(transition(S::APPEAL, S::CLOSED, closing("ANNULLED")).ok());
    CHECK(transition(S::DELIVERED, S::CLOSED, closing("ANNULLED")).error().code ==
          "close_reason_not_allowed");
    // Not proven is said by the step itself; from elsewhere a reason is needed.
    CHECK(transition(S::NOT_PROVEN, S::CLOSED).ok());
    CHECK(transition(S::NOT_PROVEN, S::CLOSED, closing("NOT_PROVEN")).ok());
    CHECK(transition(S::FINDINGS, S::CLOSED, closing("NOT_PROVEN")).error().code ==
          "close_reason_not_allowed");
    CHECK(transition(S::REPORTED, S::CLOSED).error().code == "close_reason_missing");
    CHECK(transition(S::REPORTED, S::CLOSED, closing("BORED")).error().code ==
          "close_reason_not_allowed");
}

TEST_CASE("close reasons list what each state allows") {
    CHECK(close_reasons_from(S::REPORTED) ==
          std::vector<CloseReason>{CloseReason::WRONG_DATA, CloseReason::DEATH,
                                   CloseReason::RETIREMENT, CloseReason::TRANSFER});
    CHECK(close_reasons_from(S::SUMMONED_1) == std::vector<CloseReason>{CloseReason::DEATH,
                                                                        CloseReason::RETIREMENT,
                                                                        CloseReason::TRANSFER});
    CHECK(close_reasons_from(S::OBJECTION).back() == CloseReason::ANNULLED);
    CHECK(close_reasons_from(S::CLOSED).empty());
    CHECK(close_reasons_from(S::COMPLETED).empty());
    for (const auto* name :
         {"NOT_PROVEN", "WRONG_DATA", "DEATH", "RETIREMENT", "TRANSFER", "ANNULLED"})
        CHECK(to_string(*close_reason_from_string(name)) == name);
    CHECK_FALSE(close_reason_from_string("death"));
}

TEST_CASE("an objection's outcome upholds, or names a lighter or heavier sanction") {
    CHECK(transition(S::OBJECTION, S::IN_FORCE, remedied("S2", "UPHELD", nullptr)).ok());
    CHECK(transition(S::OBJECTION, S::IN_FORCE, remedied("S2", "REDUCED", "S1")).ok());
    CHECK(transition(S::OBJECTION, S::IN_FORCE, remedied("S2", "INCREASED", "S3")).ok());
    CHECK(transition(S::APPEAL, S::IN_FORCE, remedied("B3", "REDUCED", "B2")).ok());
    for (const auto& [outcome, sanction] :
         {std::pair{"REDUCED", "S2"}, std::pair{"REDUCED", "S3"}, std::pair{"INCREASED", "S1"},
          std::pair{"INCREASED", "S2"}}) {
        INFO(outcome << " " << sanction);
        auto wrong = transition(S::OBJECTION, S::IN_FORCE, remedied("S2", outcome, sanction));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == "outcome_sanction_mismatch");
    }
    CHECK(transition(S::OBJECTION, S::IN_FORCE, remedied("S2", "REDUCED", nullptr)).error().code ==
          "outcome_sanction_mismatch");
    // Without a remedy there is no outcome.
    CHECK(transition(S::DELIVERED, S::IN_FORCE, remedied("S2", "UPHELD", nullptr)).error().code ==
          "outcome_without_remedy");
    CHECK(transition(S::IN_FORCE, S::COMPLETED, remedied("S2", "UPHELD", nullptr)).error().code ==
          "outcome_without_remedy");
    // Older apps record no outcome: the remedy is read as upheld.
    CHECK(transition(S::OBJECTION, S::IN_FORCE, CaseContext{std::string("S2")}).ok());
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
        CHECK(is_terminal(s) == close_reasons_from(s).empty());
    }
}
