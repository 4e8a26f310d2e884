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

// One limit: the clock starts on the date `state` is entered. For SUMMONED_1
// that is the day the summons is served; for SUMMONED_2 it is the day of the
// missed hearing (the absence is what moves the case into SUMMONED_2); for a
// decision it is the day the decision is made.
struct DeadlineRule {
    CaseState state = CaseState::SUMMONED_1;
    std::string bounds;  // what is limited: "HEARING", "SECOND_SUMMONS", "DELIVERY"
    int working_days = 0;
    DeadlineBound bound = DeadlineBound::NOT_AFTER;
    std::string description_id;
    std::string description_en;

    bool operator==(const DeadlineRule&) const = default;
};

// The date a limit falls on.
struct StepDue {
    Date date;
    DeadlineRule rule;

    bool operator==(const StepDue&) const = default;
};

// (date, n) -> the date n working days after `date`; WorkCalendar::add_working_days fits.
using AddWorkingDays = std::function<Date(Date, int)>;

class DisciplineDeadlines {
  public:
    // Throws std::invalid_argument when an entry is malformed or a state has two rules.
    static DisciplineDeadlines from_file(const CatalogueFile& file);

    const DeadlineRule* rule_for(CaseState entered) const;
    const std::vector<DeadlineRule>& rules() const { return rules_; }
    const std::string& version() const { return version_; }

    // The limit on the step after `entered`, or nullopt when that step has none.
    std::optional<StepDue> next_step_due(CaseState entered, Date entered_on,
                                         const AddWorkingDays& add_working_days) const;

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
