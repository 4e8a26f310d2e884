// Working-day time limits of the discipline procedure: how soon after a
// summons the hearing may be held, by when a missed hearing is followed by a
// second summons, and by when a decision is delivered. The limits are the
// "discipline_deadlines" catalogue (verify); the working-day calendar is
// passed in, so this file does not depend on how holidays are kept.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"
#include "core/date.h"
#include "discipline/case_workflow.h"

namespace pantau {

// Whether the limit is the earliest or the latest allowed date.
enum class DeadlineBound { NOT_BEFORE, NOT_AFTER };

std::string_view to_string(DeadlineBound bound);
std::optional<DeadlineBound> deadline_bound_from_string(std::string_view text);

// The date a limit runs from, as the regulation names it.
enum class DeadlineFrom {
    ENTERED,      // the local date the step was recorded (the old rule; a fallback)
    LETTER_DATE,  // the date the step's letter bears (a decision's date)
    SERVED_ON,    // the day the letter reached the employee (falls back to LETTER_DATE)
    HEARING_ON,   // the hearing date a summons set (no fallback: unknown until recorded)
};

std::string_view to_string(DeadlineFrom from);
std::optional<DeadlineFrom> deadline_from_from_string(std::string_view text);

// The dates of the step that entered a state.
struct StepDates {
    Date entered;
    std::optional<Date> letter_date;
    std::optional<Date> served_on;
    std::optional<Date> hearing_on;

    bool operator==(const StepDates&) const = default;
};

// One limit on the step after `state`, counted `working_days` from `from`.
// A rule with `after_missed_hearing` applies once the hearing date the
// summons set has passed with the case still summoned (the second summons
// is due within 7 working days of the hearing that was missed); the others
// apply until then.
struct DeadlineRule {
    CaseState state = CaseState::SUMMONED_1;
    std::string bounds;  // what is limited: "HEARING", "SECOND_SUMMONS", "DELIVERY", ...
    DeadlineFrom from = DeadlineFrom::ENTERED;
    bool after_missed_hearing = false;
    int working_days = 0;
    DeadlineBound bound = DeadlineBound::NOT_AFTER;
    std::string description_id;
    std::string description_en;
    std::string source;  // the article, when the entry names one

    bool operator==(const DeadlineRule&) const = default;
};

// The date a limit falls on, and the date it was counted from; `estimated`
// when the date the rule names was not recorded and a fallback was used
// (the letter's date for the day served, the day recorded for either).
struct StepDue {
    Date date;
    DeadlineRule rule;
    Date counted_from;
    bool estimated = false;

    bool operator==(const StepDue&) const = default;
};

// (date, n) -> the date n working days after `date`; WorkCalendar::add_working_days fits.
using AddWorkingDays = std::function<Date(Date, int)>;

class DisciplineDeadlines {
  public:
    // Throws std::invalid_argument when an entry is malformed or a state has
    // two rules for the same bound and condition.
    static DisciplineDeadlines from_file(const CatalogueFile& file);

    // The first rule of `entered` (tests and callers that know no dates).
    const DeadlineRule* rule_for(CaseState entered) const;
    const std::vector<DeadlineRule>& rules() const { return rules_; }
    const std::string& version() const { return version_; }

    // The limit on the step after `entered` as it stands on `today`, or
    // nullopt when that step has none (or the date it runs from is unknown).
    std::optional<StepDue> next_step_due(CaseState entered, const StepDates& dates, Date today,
                                         const AddWorkingDays& add_working_days) const;
    // The same knowing only the day the state was entered.
    std::optional<StepDue> next_step_due(CaseState entered, Date entered_on,
                                         const AddWorkingDays& add_working_days) const;
    // One rule's limit for these dates; nullopt when its date is unknown.
    static std::optional<StepDue> due_of(const DeadlineRule& rule, const StepDates& dates,
                                         const AddWorkingDays& add_working_days);

  private:
    std::string version_;
    std::vector<DeadlineRule> rules_;
};

// The embedded "discipline_deadlines" catalogue, loaded once.
const DisciplineDeadlines& discipline_deadlines();

// next_step_due() against the embedded catalogue.
std::optional<StepDue> next_step_due(CaseState entered, Date entered_on,
                                     const AddWorkingDays& add_working_days);

}  // namespace pantau
