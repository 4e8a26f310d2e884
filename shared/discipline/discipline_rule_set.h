// Which discipline rules govern an employee: PP 94/2021 for PNS (CPNS
// included), the employing instance's own rules for PPPK. The mapping is the
// "discipline_rule_sets" catalogue because it depends on each instance.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "org/employee_kind.h"

namespace pantau {

// The rule-set code of PP 94/2021, whose articles are the pp94_articles catalogue.
inline constexpr std::string_view kPp94RuleSet = "PP94";

struct DisciplineRuleSet {
    EmployeeKind employee_kind = EmployeeKind::PNS;
    std::string rule_set;  // "PP94", "INSTANCE"
    std::string label_id;
    std::string label_en;

    bool operator==(const DisciplineRuleSet&) const = default;
};

class DisciplineRuleSets {
  public:
    // Throws std::invalid_argument when an entry is malformed, repeated, or
    // an employee kind has no rule set.
    static DisciplineRuleSets from_file(const CatalogueFile& file);

    const DisciplineRuleSet& for_kind(EmployeeKind kind) const;
    // True when cases of this kind of employee cite the PP 94 articles.
    bool uses_pp94(EmployeeKind kind) const { return for_kind(kind).rule_set == kPp94RuleSet; }
    const std::vector<DisciplineRuleSet>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<DisciplineRuleSet> entries_;
};

// The embedded "discipline_rule_sets" catalogue, loaded once.
const DisciplineRuleSets& discipline_rule_sets();

}  // namespace pantau
