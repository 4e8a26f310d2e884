#include "roll_call_day.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

#include "attendance/attendance_status.h"
#include "clock/uuid.h"
#include "core/json_fields.h"
#include "records/catalogue_set.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

std::string folded(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool name_before(const RollCallEntry& a, const RollCallEntry& b) {
    return std::pair(folded(a.name), a.employee_id) < std::pair(folded(b.name), b.employee_id);
}

}  // namespace

WorkSchedules load_work_schedules(store::DeviceStore& store, const std::string& unit_id) {
    WorkSchedules schedules;
    if (const auto unit = store.get("unit", unit_id); unit && !unit->deleted)
        schedules.add_unit(unit_id, unit->data);
    for (const auto& roster : store.list("duty_roster", unit_id))
        schedules.add_roster(roster.data);
    return schedules;
}

std::vector<RollCallEntry> load_roll_call(store::DeviceStore& store, const std::string& unit_id,
                                          const Date& date) {
    const auto catalogues = current_catalogues();
    const WorkSchedules schedules = load_work_schedules(store, unit_id);
    std::map<std::string, json> records;
    for (auto& record : store.attendance_of_day(unit_id, date))
        records.emplace(record.id, std::move(record.data));

    std::vector<RollCallEntry> entries;
    for (const auto& employee : store.list("employee", unit_id)) {
        if (!flag_or_false(employee.data, "active"))
            continue;
        RollCallEntry entry;
        entry.employee_id = employee.id;
        entry.name = text_or_empty(employee.data, "name");
        entry.nip = text_or_empty(employee.data, "nip");
        entry.jabatan = text_or_empty(employee.data, "jabatan");
        entry.kind = employee_kind_from_string(text_or_empty(employee.data, "kind"))
                         .value_or(EmployeeKind::PNS);
        entry.due = schedules.person_calendar(catalogues->work_calendar(), unit_id, employee.id)
                        .is_working_day(date);
        if (const auto roster = store.get(
                "duty_roster", duty_roster_id(unit_id, employee.id, date.year(), date.month()));
            roster && !roster->deleted) {
            const auto days = roster->data.find("days");
            if (days != roster->data.end() && days->is_object())
                entry.shift = text_or_empty(*days, date.iso());
            if (entry.shift && entry.shift->empty())
                entry.shift.reset();
        }
        if (auto found = records.find(attendance_id(unit_id, employee.id, date));
            found != records.end()) {
            // Read leniently: a record another app version wrote still shows.
            Problems ignored;
            entry.attendance = Attendance::from_json(found->second, ignored);
        }
        entries.push_back(std::move(entry));
    }
    std::sort(entries.begin(), entries.end(), name_before);
    return entries;
}

DayCategory day_category(const std::string& status_code) {
    const auto catalogues = current_catalogues();
    const AttendanceStatus* status = catalogues->attendance_statuses().find(status_code);
    // A code from a newer catalogue is still a recorded absence of some kind.
    if (!status)
        return DayCategory::OnLeave;
    if (status->counts_as_present)
        return status->lateness_series ? DayCategory::Late : DayCategory::Present;
    return status->unexcused_absence ? DayCategory::Absent : DayCategory::OnLeave;
}

DayCounts count_day(const std::vector<RollCallEntry>& entries) {
    DayCounts counts;
    for (const auto& entry : entries) {
        if (!entry.attendance) {
            // Nobody expects a record of someone the roster gives the day off.
            if (entry.due)
                ++counts.not_recorded;
            continue;
        }
        switch (day_category(entry.attendance->status)) {
            case DayCategory::Present:
                ++counts.present;
                break;
            case DayCategory::Late:
                ++counts.late;
                break;
            case DayCategory::Absent:
                ++counts.absent;
                break;
            case DayCategory::OnLeave:
                ++counts.on_leave;
                break;
        }
    }
    return counts;
}

}  // namespace pantau::mobile
