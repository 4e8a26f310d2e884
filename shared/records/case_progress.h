// Where a discipline case stands: the state its steps lead to, the local
// date that state was entered, the next step's working-day limit and whether
// it has passed; and the warnings a step about to be recorded deserves. The
// phone's case list and step page, the server's case register and the
// dashboard all ask here, so they never disagree on a limit. Every count
// takes the calendar of the employee concerned (attendance/work_schedule.h).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "attendance/work_calendar.h"
#include "core/date.h"
#include "core/problem.h"
#include "discipline/case_deadline.h"
#include "discipline/case_workflow.h"
#include "discipline/discipline_event.h"
#include "discipline/remedy.h"
#include "records/catalogue_set.h"

namespace pantau {

struct CaseProgress {
    CaseState state = CaseState::REPORTED;
    std::optional<Date> entered_on;  // unit-local
    StepDates dates;                 // of the step that entered `state`, corrections applied
    std::optional<StepDue> next_due;
    // A NOT_AFTER limit that `today` is past, and by how many working days
    // (the working days after the limit up to and including today).
    bool overdue = false;
    int overdue_working_days = 0;
    // Working days from tomorrow up to and including a NOT_AFTER limit that
    // has not passed (0 on the limit's day and when overdue).
    int working_days_left = 0;
};

// `steps` are the case's events in workflow order (event_order.h's
// steps_of); `utc_offset_minutes` is the unit's; `calendar` the employee's.
CaseProgress case_progress(const std::vector<DisciplineEvent>& steps, int utc_offset_minutes,
                           Date today, const CatalogueSet& catalogues,
                           const WorkCalendar& calendar);

// The dates of the step that entered `state` (the first event that did),
// amended by later corrections of that step.
std::optional<StepDates> step_dates(const std::vector<DisciplineEvent>& steps, CaseState state,
                                    int utc_offset_minutes, const SanctionCatalogue& sanctions);

// Where a decided case stands towards an objection or appeal: the remedy the
// sanction in force is open to, the day the decision was received (the
// delivery's served_on, or the day it was recorded), the last day to file
// and, once filed, the day it was (its letter's date, or the day recorded),
// how it ended, and the day the sanction takes effect: the
// effective_working_day after receipt when nothing was filed, the date of
// the decision on the remedy when one was (the IN_FORCE step's letter date,
// or the day recorded), unknown while it is pending. Days count on the
// employee's calendar.
struct RemedyStatus {
    std::optional<std::string> sanction;  // in force (sanction_in_force)
    RemedyRoute route = RemedyRoute::NONE;
    const AdministrativeRemedy* remedy = nullptr;  // into administrative_remedies()
    std::optional<Date> received_on;
    std::optional<Date> filing_last_day;
    std::optional<Date> filed_on;
    std::optional<std::string> outcome;  // a RemedyOutcome, or "ANNULLED"
    std::optional<Date> effective_on;
};

// nullopt until the case is decided, and for a case closed before it was.
std::optional<RemedyStatus> remedy_status(const std::vector<DisciplineEvent>& steps,
                                          int utc_offset_minutes, const CatalogueSet& catalogues,
                                          const WorkCalendar& calendar);

// What is wrong with the timing of `next` after `steps`, as warnings (the
// step may still be recorded, a summons may have been served by hand):
// "hearing_too_soon" (a summons sets a hearing under 7 working days after
// it is served), "hearing_date_missing", "examined_too_early" (a hearing
// held before the summons' notice ran out), "second_summons_before_hearing"
// (the first hearing has not been missed yet), "second_summons_late",
// "decided_before_second_hearing", "delivery_late", "remedy_filed_late"
// (an objection or appeal filed after the window's last day),
// "in_force_before_effective" (in force recorded while the window is still
// open). Messages in Bahasa Indonesia and English, with the dates.
Problems step_warnings(const std::vector<DisciplineEvent>& steps, const DisciplineEvent& next,
                       int utc_offset_minutes, const CatalogueSet& catalogues,
                       const WorkCalendar& calendar);

}  // namespace pantau
