#include "discipline/discipline_rule_set.h"

#include <algorithm>
#include <span>
#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

DisciplineRuleSets DisciplineRuleSets::from_file(const CatalogueFile& file) {
    DisciplineRuleSets sets;
    sets.version_ = file.version;
    Problems problems;
    auto has_kind = [&sets](EmployeeKind kind) {
        return std::any_of(sets.entries_.begin(), sets.entries_.end(),
                           [kind](const DisciplineRuleSet& s) { return s.employee_kind == kind; });
    };
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        DisciplineRuleSet s;
        auto kind = r.enumeration<EmployeeKind>("employee_kind", employee_kind_from_string);
        s.rule_set = r.string("rule_set");
        s.articles = r.string("articles");
        s.sanctions = r.string("sanctions");
        s.absence_thresholds = r.string("absence_thresholds");
        s.label_id = r.string("label_id");
        s.label_en = r.string("label_en");
        r.reject_unknown();
        if (!kind)
            continue;
        s.employee_kind = *kind;
        if (s.rule_set.empty())
            add_problem(problems, r.path("rule_set"), "empty", "Kode aturan wajib diisi.",
                        "The rule-set code is required.");
        const auto names_one_of = [&](const char* field, const std::string& value,
                                      std::span<const std::string_view> allowed) {
            if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
                add_problem(problems, r.path(field), "unknown_value",
                            "Katalog '" + value + "' tidak dapat dipakai di sini.",
                            "Catalogue '" + value + "' cannot be named here.");
        };
        names_one_of("articles", s.articles, kArticleCatalogues);
        names_one_of("sanctions", s.sanctions, kSanctionCatalogues);
        names_one_of("absence_thresholds", s.absence_thresholds, kAbsenceThresholdCatalogues);
        if (sets.find(s.rule_set))
            add_problem(problems, r.path("rule_set"), "duplicate", "Kode aturan berulang.",
                        "Repeated rule-set code.");
        if (has_kind(*kind))
            add_problem(problems, r.path("employee_kind"), "duplicate", "Jenis pegawai berulang.",
                        "Repeated employee kind.");
        sets.entries_.push_back(std::move(s));
    }
    for (auto kind : {EmployeeKind::PNS, EmployeeKind::PPPK}) {
        if (!has_kind(kind)) {
            const std::string k(to_string(kind));
            add_problem(problems, file.name, "missing_entry",
                        "Tidak ada aturan disiplin untuk " + k + ".",
                        "No discipline rule set for " + k + ".");
        }
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return sets;
}

const DisciplineRuleSet& DisciplineRuleSets::for_kind(EmployeeKind kind) const {
    for (const auto& s : entries_)
        if (s.employee_kind == kind)
            return s;
    throw std::logic_error("no discipline rule set for an employee kind");
}

const DisciplineRuleSet* DisciplineRuleSets::find(std::string_view rule_set) const {
    for (const auto& s : entries_)
        if (s.rule_set == rule_set)
            return &s;
    return nullptr;
}

const DisciplineRuleSets& discipline_rule_sets() {
    static const DisciplineRuleSets sets =
        DisciplineRuleSets::from_file(embedded_catalogue("discipline_rule_sets"));
    return sets;
}

}  // namespace pantau
