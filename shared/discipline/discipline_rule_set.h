// Which discipline rules govern an employee: PP 94/2021 for PNS (CPNS
// included), the employing instance's own rules for PPPK (PP 49/2018 Pasal
// 52). The mapping is the "discipline_rule_sets" catalogue: each rule set
// names the catalogues of its articles, sanctions and absence bands, which
// records/catalogue_set.h resolves (CatalogueSet::discipline_rules). A case
// carries the code of the rule set it is judged by.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "org/employee_kind.h"

namespace pantau {

// The rule-set code of PP 94/2021, whose articles are the pp94_articles
// catalogue; a case without a rule set is judged by it (cases recorded before
// rule sets travelled).
inline constexpr std::string_view kPp94RuleSet = "PP94";

// The catalogues a rule set may name: its articles, sanctions and absence bands.
inline constexpr std::string_view kArticleCatalogues[] = {"pp94_articles", "pppk_articles"};
inline constexpr std::string_view kSanctionCatalogues[] = {"pp94_sanctions", "pppk_sanctions"};
inline constexpr std::string_view kAbsenceThresholdCatalogues[] = {"pp94_absence_thresholds",
                                                                   "pppk_absence_thresholds"};

struct DisciplineRuleSet {
    EmployeeKind employee_kind = EmployeeKind::PNS;
    std::string rule_set;            // "PP94", "PPPK"
    std::string articles;            // one of kArticleCatalogues
    std::string sanctions;           // one of kSanctionCatalogues
    std::string absence_thresholds;  // one of kAbsenceThresholdCatalogues
    std::string label_id;
    std::string label_en;

    bool operator==(const DisciplineRuleSet&) const = default;
};

class DisciplineRuleSets {
  public:
    // Throws std::invalid_argument when an entry is malformed, repeated
    // (kind or code), names a catalogue it may not, or an employee kind has
    // no rule set.
    static DisciplineRuleSets from_file(const CatalogueFile& file);

    const DisciplineRuleSet& for_kind(EmployeeKind kind) const;
    // The rule set with this code; nullptr when there is none.
    const DisciplineRuleSet* find(std::string_view rule_set) const;
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
