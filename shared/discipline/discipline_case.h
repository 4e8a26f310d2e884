// DisciplineCase: a suspected violation of PP 94/2021 by one employee, as it
// travels in sync (type "discipline_case"). The case holds what is alleged;
// where it stands is the fold of its events (discipline_event.h). A device
// may edit the allegation until the case is decided.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "core/result.h"
#include "discipline/case_workflow.h"
#include "discipline/pp94_article.h"

namespace pantau {

// How a case came to be opened.
enum class CaseSource { INCIDENT, TK_INDICATION };

std::string_view to_string(CaseSource source);
std::optional<CaseSource> case_source_from_string(std::string_view text);

inline constexpr std::size_t kCaseSummaryMaxChars = 4000;
inline constexpr std::size_t kCaseOtherArticlesMax = 9;

struct DisciplineCase {
    std::string employee_id;
    std::int64_t opened_at = 0;         // Unix ms
    std::string article;                // a pp94_articles code: "4f"
    std::string level_estimate;         // a SanctionLevel: "RINGAN", "SEDANG", "BERAT"
    std::string summary;                // what happened, up to kCaseSummaryMaxChars characters
    std::optional<std::string> source;  // a CaseSource: "INCIDENT", "TK_INDICATION"
    // The discipline rule set the case is judged by (discipline_rule_set.h):
    // the employee's kind's at opening, "PPPK" for contract staff. Absent
    // means PP 94 (cases from before rule sets travelled). Last, with its
    // default, so aggregate initialisers of the fields above stay as they are.
    std::optional<std::string> rule_set = std::nullopt;
    // Further articles the same conduct breaches, beside `article`: a case
    // may cite several, and the decision takes the heaviest sanction found
    // (one sanction per case, PP 94/2021). Each of the case's rules, none
    // repeated, at most kCaseOtherArticlesMax.
    std::vector<std::string> other_articles = {};

    // `article` and then `other_articles`.
    std::vector<std::string> articles() const;

    static DisciplineCase from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    // Every cited article is one of `articles`, and the level estimate is one
    // at least one of them may be judged at ("level_not_allowed": failing
    // to take the oath is never ringan).
    // validate() checks against the embedded PP 94 articles (tests); records
    // that travel are checked with the articles of their rule set in the set
    // in force (records/record_types.h).
    Problems validate() const;
    Problems validate(const Pp94Catalogue& articles) const;

    bool operator==(const DisciplineCase&) const = default;
};

// An edit of a stored case is refused once the case is decided
// ("case_decided"), and may never move the case to another employee
// ("case_employee_changed") or to another rule set ("case_rule_set_changed").
// Re-sending the stored content is no change.
Result<void> can_update(const DisciplineCase& stored, const DisciplineCase& incoming,
                        CaseState current);

}  // namespace pantau
