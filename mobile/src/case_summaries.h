// The unit's discipline cases as the device sees them: each case with the
// state its events lead to (read leniently, so odd data synced from other
// devices still shows), the local date that state was entered, and the next
// working-day limit. Qt-free: it runs on the database thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "discipline/case_deadline.h"
#include "discipline/case_workflow.h"
#include "discipline/discipline_event.h"
#include "discipline/event_order.h"
#include "records/catalogue_set.h"
#include "store/device_store.h"

namespace pantau::mobile {

struct CaseSummary {
    std::string id;
    std::string employee_id;
    std::string employee_name;
    std::string article;
    std::optional<std::string> rule_set;  // the case's discipline rules; absent: PP 94
    std::string level_estimate;
    std::int64_t opened_at = 0;
    CaseState state = CaseState::REPORTED;
    std::optional<Date> entered_on;  // date the current state was entered, unit-local
    std::optional<StepDue> next_due;
    bool overdue = false;  // today > next_due->date for a NOT_AFTER limit
};

// Limits counted with the catalogues in force (current_catalogues()), or with `catalogues`.
std::vector<CaseSummary> load_case_summaries(store::DeviceStore& store, const std::string& unit_id,
                                             const Date& today);
std::vector<CaseSummary> load_case_summaries(store::DeviceStore& store, const std::string& unit_id,
                                             const Date& today, const CatalogueSet& catalogues);

// One stored step of a case, with its record id and version, in the order
// the server and the exports use too (discipline/event_order.h).
using StoredCaseEvent = OrderedEvent;

// The events of one case that parse, in workflow order: by `at`, then by
// version (as the server orders them, so steps recorded in the same
// millisecond keep the order they were made in).
std::vector<StoredCaseEvent> load_case_events(store::DeviceStore& store, const std::string& unit_id,
                                              const std::string& case_id);

// The UTC offset of the unit's time zone as its "unit" record names it (WIB when unknown).
int unit_utc_offset_minutes(store::DeviceStore& store, const std::string& unit_id);

}  // namespace pantau::mobile
