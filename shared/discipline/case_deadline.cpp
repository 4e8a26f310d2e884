#include "discipline/case_deadline.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

std::string_view to_string(DeadlineBound bound) {
    switch (bound) {
        case DeadlineBound::NOT_BEFORE:
            return "NOT_BEFORE";
        case DeadlineBound::NOT_AFTER:
            return "NOT_AFTER";
    }
    return "NOT_AFTER";
}

std::optional<DeadlineBound> deadline_bound_from_string(std::string_view text) {
    if (text == "NOT_BEFORE")
        return DeadlineBound::NOT_BEFORE;
    if (text == "NOT_AFTER")
        return DeadlineBound::NOT_AFTER;
    return std::nullopt;
}

DisciplineDeadlines DisciplineDeadlines::from_file(const CatalogueFile& file) {
    DisciplineDeadlines deadlines;
    deadlines.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        DeadlineRule rule;
        auto state = r.enumeration<CaseState>("state", case_state_from_string);
        rule.bounds = r.string("bounds");
        rule.working_days = static_cast<int>(r.integer("working_days"));
        rule.bound =
            r.enumeration<DeadlineBound>("bound", deadline_bound_from_string).value_or(rule.bound);
        rule.description_id = r.string("description_id");
        rule.description_en = r.string("description_en");
        r.reject_unknown();
        if (!state)
            continue;
        rule.state = *state;
        if (rule.working_days <= 0)
            add_problem(problems, r.path("working_days"), "out_of_range",
                        "Jumlah hari kerja harus lebih dari 0.",
                        "The number of working days must be more than 0.");
        if (deadlines.rule_for(*state))
            add_problem(problems, r.path("state"), "duplicate", "Tahap berulang.",
                        "Repeated state.");
        deadlines.rules_.push_back(std::move(rule));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return deadlines;
}

const DeadlineRule* DisciplineDeadlines::rule_for(CaseState entered) const {
    for (const auto& rule : rules_)
        if (rule.state == entered)
            return &rule;
    return nullptr;
}

std::optional<StepDue> DisciplineDeadlines::next_step_due(
    CaseState entered, Date entered_on, const AddWorkingDays& add_working_days) const {
    const DeadlineRule* rule = rule_for(entered);
    if (!rule)
        return std::nullopt;
    return StepDue{add_working_days(entered_on, rule->working_days), *rule};
}

const DisciplineDeadlines& discipline_deadlines() {
    static const DisciplineDeadlines deadlines =
        DisciplineDeadlines::from_file(embedded_catalogue("discipline_deadlines"));
    return deadlines;
}

std::optional<StepDue> next_step_due(CaseState entered, Date entered_on,
                                     const AddWorkingDays& add_working_days) {
    return discipline_deadlines().next_step_due(entered, entered_on, add_working_days);
}

}  // namespace pantau
