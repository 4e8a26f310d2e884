#include "records/case_progress.h"

namespace pantau {

namespace {

// The workflow has no cycles, so a state is entered once: at the first event
// after which the lenient fold stands in it. REPORTED is the starting state,
// entered with the report itself.
std::optional<std::int64_t> entered_at(const std::vector<DisciplineEvent>& steps, CaseState state,
                                       const SanctionCatalogue& sanctions) {
    if (steps.empty())
        return std::nullopt;
    if (state == CaseState::REPORTED)
        return steps.front().at;
    std::vector<DisciplineEvent> prefix;
    for (const auto& step : steps) {
        prefix.push_back(step);
        if (!step.is_correction() && step.step == state &&
            current_state(prefix, sanctions) == state)
            return step.at;
    }
    return std::nullopt;
}

}  // namespace

CaseProgress case_progress(const std::vector<DisciplineEvent>& steps, int utc_offset_minutes,
                           Date today, const CatalogueSet& catalogues) {
    CaseProgress progress;
    progress.state = current_state(steps, catalogues.pp94_sanctions());
    if (const auto at = entered_at(steps, progress.state, catalogues.pp94_sanctions()))
        progress.entered_on = local_date(*at, utc_offset_minutes);
    if (!progress.entered_on || is_terminal(progress.state))
        return progress;
    progress.next_due = catalogues.next_step_due(progress.state, *progress.entered_on);
    if (!progress.next_due || progress.next_due->rule.bound != DeadlineBound::NOT_AFTER)
        return progress;
    const Date limit = progress.next_due->date;
    const WorkCalendar& calendar = catalogues.work_calendar();
    if (today > limit) {
        progress.overdue = true;
        progress.overdue_working_days = calendar.working_days_between(limit.plus_days(1), today);
    } else {
        progress.working_days_left = calendar.working_days_between(today.plus_days(1), limit);
    }
    return progress;
}

}  // namespace pantau
