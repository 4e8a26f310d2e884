#include "case_summaries.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "attendance/work_calendar.h"
#include "core/json_fields.h"
#include "discipline/discipline_case.h"
#include "org/timezone.h"
#include "records/case_progress.h"
#include "records/catalogue_set.h"
#include "roll_call_day.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

// Events that do not even parse (another app version, damaged data) are left
// out rather than guessed at; the lenient fold copes with the rest.
std::optional<StoredCaseEvent> parse_event(const store::StoredRecord& record) {
    Problems problems;
    DisciplineEvent event = DisciplineEvent::from_json(record.data, problems);
    if (!problems.empty())
        return std::nullopt;
    return StoredCaseEvent{record.id, record.version, std::move(event)};
}

}  // namespace

int unit_utc_offset_minutes(store::DeviceStore& store, const std::string& unit_id) {
    const auto unit = store.get("unit", unit_id);
    return pantau::unit_utc_offset_minutes(unit ? unit->data : nlohmann::json());
}

std::vector<StoredCaseEvent> load_case_events(store::DeviceStore& store, const std::string& unit_id,
                                              const std::string& case_id) {
    std::vector<StoredCaseEvent> events;
    for (const auto& record : store.list("discipline_event", unit_id)) {
        if (text_or_empty(record.data, "case_id") != case_id)
            continue;
        if (auto event = parse_event(record))
            events.push_back(std::move(*event));
    }
    order_events(events);
    return events;
}

std::vector<CaseSummary> load_case_summaries(store::DeviceStore& store, const std::string& unit_id,
                                             const Date& today) {
    const auto catalogues = current_catalogues();
    return load_case_summaries(store, unit_id, today, *catalogues);
}

std::vector<CaseSummary> load_case_summaries(store::DeviceStore& store, const std::string& unit_id,
                                             const Date& today, const CatalogueSet& catalogues) {
    std::map<std::string, std::vector<StoredCaseEvent>> events_by_case;
    for (const auto& record : store.list("discipline_event", unit_id)) {
        if (auto event = parse_event(record))
            events_by_case[event->event.case_id].push_back(std::move(*event));
    }
    const int offset = unit_utc_offset_minutes(store, unit_id);
    const WorkSchedules schedules = load_work_schedules(store, unit_id);
    std::map<std::string, std::string> names;

    std::vector<CaseSummary> summaries;
    for (const auto& record : store.list("discipline_case", unit_id)) {
        Problems problems;
        const DisciplineCase c = DisciplineCase::from_json(record.data, problems);
        CaseSummary summary;
        summary.id = record.id;
        summary.employee_id = c.employee_id;
        summary.article = c.article;
        summary.rule_set = c.rule_set;
        summary.level_estimate = c.level_estimate;
        summary.opened_at = c.opened_at;

        auto [name, unseen] = names.try_emplace(c.employee_id);
        if (unseen) {
            if (const auto employee = store.get("employee", c.employee_id))
                name->second = text_or_empty(employee->data, "name");
        }
        summary.employee_name = name->second;

        auto& events = events_by_case[record.id];
        order_events(events);
        const std::vector<DisciplineEvent> steps = steps_of(events);
        const CaseProgress progress = case_progress(
            steps, offset, today, catalogues,
            schedules.person_calendar(catalogues.work_calendar(), unit_id, c.employee_id));
        summary.state = progress.state;
        summary.entered_on = progress.entered_on;
        summary.next_due = progress.next_due;
        summary.overdue = progress.overdue;
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

}  // namespace pantau::mobile
