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

std::string_view to_string(DeadlineFrom from) {
    switch (from) {
        case DeadlineFrom::ENTERED:
            return "ENTERED";
        case DeadlineFrom::LETTER_DATE:
            return "LETTER_DATE";
        case DeadlineFrom::SERVED_ON:
            return "SERVED_ON";
        case DeadlineFrom::HEARING_ON:
            return "HEARING_ON";
    }
    return "ENTERED";
}

std::optional<DeadlineFrom> deadline_from_from_string(std::string_view text) {
    for (auto from : {DeadlineFrom::ENTERED, DeadlineFrom::LETTER_DATE, DeadlineFrom::SERVED_ON,
                      DeadlineFrom::HEARING_ON})
        if (to_string(from) == text)
            return from;
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
        // Entries of 2026.1 name no date: they ran from the day recorded.
        rule.from = r.enumeration<DeadlineFrom>("from", deadline_from_from_string, false)
                        .value_or(rule.from);
        if (const auto when = r.optional_string("when")) {
            if (*when == "HEARING_MISSED")
                rule.after_missed_hearing = true;
            else
                add_problem(problems, r.path("when"), "unknown_value",
                            "Syarat '" + *when + "' tidak dikenal.",
                            "Unknown condition '" + *when + "'.");
        }
        rule.working_days = static_cast<int>(r.integer("working_days"));
        rule.bound =
            r.enumeration<DeadlineBound>("bound", deadline_bound_from_string).value_or(rule.bound);
        rule.description_id = r.string("description_id");
        rule.description_en = r.string("description_en");
        if (auto source = r.optional_string("source"))
            rule.source = *source;
        r.reject_unknown();
        if (!state)
            continue;
        rule.state = *state;
        if (rule.working_days <= 0)
            add_problem(problems, r.path("working_days"), "out_of_range",
                        "Jumlah hari kerja harus lebih dari 0.",
                        "The number of working days must be more than 0.");
        for (const auto& other : deadlines.rules_)
            if (other.state == rule.state && other.bounds == rule.bounds &&
                other.after_missed_hearing == rule.after_missed_hearing)
                add_problem(problems, r.path("state"), "duplicate", "Aturan berulang.",
                            "Repeated rule.");
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

std::optional<StepDue> DisciplineDeadlines::due_of(const DeadlineRule& rule, const StepDates& dates,
                                                   const AddWorkingDays& add_working_days) {
    std::optional<Date> from;
    bool estimated = false;
    switch (rule.from) {
        case DeadlineFrom::ENTERED:
            from = dates.entered;
            break;
        case DeadlineFrom::SERVED_ON:
            from = dates.served_on;
            if (from)
                break;
            estimated = true;
            [[fallthrough]];
        case DeadlineFrom::LETTER_DATE:
            from = dates.letter_date;
            if (!from) {
                from = dates.entered;
                estimated = true;
            }
            break;
        case DeadlineFrom::HEARING_ON:
            from = dates.hearing_on;
            break;
    }
    if (!from)
        return std::nullopt;
    return StepDue{add_working_days(*from, rule.working_days), rule, *from, estimated};
}

std::optional<StepDue> DisciplineDeadlines::next_step_due(
    CaseState entered, const StepDates& dates, Date today,
    const AddWorkingDays& add_working_days) const {
    const bool hearing_missed = dates.hearing_on && today > *dates.hearing_on;
    for (const auto& rule : rules_)
        if (rule.state == entered && rule.after_missed_hearing && hearing_missed)
            if (auto due = due_of(rule, dates, add_working_days))
                return due;
    for (const auto& rule : rules_)
        if (rule.state == entered && !rule.after_missed_hearing)
            if (auto due = due_of(rule, dates, add_working_days))
                return due;
    return std::nullopt;
}

std::optional<StepDue> DisciplineDeadlines::next_step_due(
    CaseState entered, Date entered_on, const AddWorkingDays& add_working_days) const {
    return next_step_due(entered, StepDates{entered_on, {}, {}, {}}, entered_on, add_working_days);
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
