// Where a discipline case stands: the state its steps lead to, the local
// date that state was entered, the next step's working-day limit and whether
// it has passed. The phone's case list, the server's case register and the
// dashboard all ask here, so they never disagree on a limit.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/date.h"
#include "discipline/case_deadline.h"
#include "discipline/case_workflow.h"
#include "discipline/discipline_event.h"
#include "records/catalogue_set.h"

namespace pantau {

struct CaseProgress {
    CaseState state = CaseState::REPORTED;
    std::optional<Date> entered_on;  // unit-local
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
// steps_of); `utc_offset_minutes` is the unit's.
CaseProgress case_progress(const std::vector<DisciplineEvent>& steps, int utc_offset_minutes,
                           Date today, const CatalogueSet& catalogues);

}  // namespace pantau
