#include "service/master_data.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <utility>

#include "clock/hlc.h"
#include "discipline/event_order.h"
#include "org/timezone.h"
#include "records/catalogue_set.h"
#include "service/secrets.h"
#include "sync/scope_exit.h"

namespace pantau::server {

namespace {

// A record that changes unit leaves the old unit's scope (sync/scope_exit.h).
void put_record(ServerTransaction& tx, std::string type, const std::string& id,
                const std::string& unit_id, nlohmann::json data, std::int64_t now) {
    HlcClock clock(tx.clock());
    sync::Change change;
    change.type = std::move(type);
    change.id = id;
    change.unit_id = unit_id;
    change.origin = std::string(kServerOrigin);
    change.data = std::move(data);
    sync::put_master_change(tx, clock, std::move(change), now);
    tx.save_clock(clock.last());
}

Result<std::pair<std::string, Employee>> employee_of(ServerTransaction& tx,
                                                     const std::string& nip) {
    const auto record = tx.employee_by_nip(nip);
    if (!record || record->deleted)
        return Error{"unknown_employee", "There is no employee with NIP " + nip + "."};
    Problems problems;
    Employee employee = Employee::from_json(record->data, problems);
    if (!problems.empty())
        return Error{"invalid_employee", nip + ": the stored record: " + summarize(problems)};
    employee.unit_id = record->unit_id;
    return std::pair{record->id, std::move(employee)};
}

StoredCatalogue stored_of(const sync::Change& change) {
    StoredCatalogue stored;
    stored.document = change.data;
    stored.name = change.data.value("catalogue", "");
    stored.version = change.data.value("version", "");
    stored.source = change.data.value("source", "");
    stored.verify = change.data.value("verify", false);
    if (const auto version = Hlc::parse(change.version))
        stored.imported_at = static_cast<std::int64_t>(version->millis());
    return stored;
}

bool unit_exists(ServerTransaction& tx, const std::string& id) {
    auto unit = tx.current("unit", id);
    return unit && !unit->deleted;
}

}  // namespace

Result<std::string> add_unit(ServerTransaction& tx, const Unit& unit, std::int64_t now,
                             std::optional<std::string> id) {
    if (auto problems = unit.validate(); !problems.empty())
        return Error{"invalid_unit", summarize(problems)};
    if (unit.parent_id && !unit_exists(tx, *unit.parent_id))
        return Error{"unknown_unit", "There is no parent unit with id " + *unit.parent_id + "."};
    const std::string unit_id = id ? *id : new_uuid();
    if (tx.current("unit", unit_id))
        return Error{"duplicate_unit", "A unit with id " + unit_id + " exists already."};
    // A unit is in its own scope: its unit_id is itself.
    put_record(tx, "unit", unit_id, unit_id, unit.to_json(), now);
    return unit_id;
}

Result<std::string> put_employee(ServerTransaction& tx, const Employee& employee,
                                 std::int64_t now) {
    if (auto problems = employee.validate(); !problems.empty())
        return Error{"invalid_employee", employee.nip + ": " + summarize(problems)};
    if (!unit_exists(tx, employee.unit_id))
        return Error{"unknown_unit",
                     employee.nip + ": there is no unit with id " + employee.unit_id + "."};
    const auto existing = tx.employee_by_nip(employee.nip);
    const std::string id = existing ? existing->id : new_uuid();
    put_record(tx, "employee", id, employee.unit_id, employee.to_json(), now);
    return id;
}

Result<EmployeeChange> move_employee(ServerTransaction& tx, const std::string& nip,
                                     const std::string& unit_id, std::int64_t now) {
    auto found = employee_of(tx, nip);
    if (!found)
        return found.error();
    auto& [id, employee] = *found;
    if (!unit_exists(tx, unit_id))
        return Error{"unknown_unit", "There is no unit with id " + unit_id + "."};
    EmployeeChange change{id, employee.unit_id, unit_id, false};
    if (employee.unit_id == unit_id)
        return change;
    employee.unit_id = unit_id;
    put_record(tx, "employee", id, unit_id, employee.to_json(), now);
    change.changed = true;
    return change;
}

Result<EmployeeChange> deactivate_employee(ServerTransaction& tx, const std::string& nip,
                                           std::int64_t now) {
    auto found = employee_of(tx, nip);
    if (!found)
        return found.error();
    auto& [id, employee] = *found;
    EmployeeChange change{id, employee.unit_id, employee.unit_id, false};
    if (!employee.active)
        return change;
    employee.active = false;
    put_record(tx, "employee", id, employee.unit_id, employee.to_json(), now);
    change.changed = true;
    return change;
}

Result<UnitMove> move_unit(ServerTransaction& tx, const std::string& unit_id,
                           const std::string& parent_id, std::int64_t now) {
    const auto record = tx.current("unit", unit_id);
    if (!record || record->deleted)
        return Error{"unknown_unit", "There is no unit with id " + unit_id + "."};
    if (!unit_exists(tx, parent_id))
        return Error{"unknown_unit", "There is no parent unit with id " + parent_id + "."};
    Problems problems;
    Unit unit = Unit::from_json(record->data, problems);
    if (!problems.empty())
        return Error{"invalid_unit", unit_id + ": the stored record: " + summarize(problems)};

    // The unit and everything under it, from the tree as it stands.
    std::map<std::string, std::vector<std::string>> children;
    for (const auto& u : tx.records_of_type("unit"))
        if (!u.deleted)
            if (const auto parent = u.data.find("parent_id");
                parent != u.data.end() && parent->is_string())
                children[parent->get<std::string>()].push_back(u.id);
    std::vector<std::string> subtree{unit_id};
    for (std::size_t i = 0; i < subtree.size(); ++i)
        for (const auto& child : children[subtree[i]])
            subtree.push_back(child);
    if (std::find(subtree.begin(), subtree.end(), parent_id) != subtree.end())
        return Error{"unit_cycle",
                     "Unit " + parent_id + " is " +
                         (parent_id == unit_id ? "the unit itself" : "under unit " + unit_id) +
                         "; a unit cannot move under itself."};
    UnitMove move{unit.parent_id.value_or(""), parent_id, subtree, false};
    if (unit.parent_id == parent_id)
        return move;

    unit.parent_id = parent_id;
    put_record(tx, "unit", unit_id, unit_id, unit.to_json(), now);
    // The new scope receives what was recorded there, and the old scope,
    // seen through the old parent, is told each unit left it.
    HlcClock clock(tx.clock());
    for (const auto& u : subtree) {
        tx.reissue_unit(u);
        if (!move.from_parent.empty())
            sync::put_scope_exit(tx, clock, {"unit", u, move.from_parent, u, now}, now);
    }
    tx.save_clock(clock.last());
    move.changed = true;
    return move;
}

Result<WorkWeekChange> set_work_week(ServerTransaction& tx, const std::string& unit_id,
                                     const WorkWeek& week, std::int64_t now) {
    const auto record = tx.current("unit", unit_id);
    if (!record || record->deleted)
        return Error{"unknown_unit", "There is no unit with id " + unit_id + "."};
    Problems problems;
    Unit unit = Unit::from_json(record->data, problems);
    if (!problems.empty())
        return Error{"invalid_unit", unit_id + ": the stored record: " + summarize(problems)};
    for (const auto& lock : period_locks(tx))
        if (lock.kind == LockKind::Attendance && lock.closed)
            if (const auto last = last_day_of(lock.kind, lock.period); last && *last >= week.from)
                return Error{"period_closed", "Attendance of " + lock.period +
                                                  " is closed; a pattern from " + week.from.iso() +
                                                  " would recount it. Reopen it first."};
    std::vector<WorkWeek> weeks;
    for (const auto& w : unit.work_weeks)
        if (w.from != week.from)
            weeks.push_back(w);
    weeks.push_back(week);
    std::sort(weeks.begin(), weeks.end(),
              [](const WorkWeek& a, const WorkWeek& b) { return a.from < b.from; });
    WorkWeekChange change{weeks, weeks != unit.work_weeks};
    if (!change.changed)
        return change;
    if (weeks.size() > WorkWeek::kMaxWeeks)
        return Error{"too_many", "A unit keeps at most " + std::to_string(WorkWeek::kMaxWeeks) +
                                     " working patterns."};
    unit.work_weeks = std::move(weeks);
    put_record(tx, "unit", unit_id, unit_id, unit.to_json(), now);
    return change;
}

Result<PeriodChange> close_period(ServerTransaction& tx, LockKind kind, const std::string& period,
                                  std::int64_t grace_ms, const std::string& closed_by,
                                  std::int64_t now) {
    const auto last_day = last_day_of(kind, period);
    if (!last_day)
        return Error{"invalid_period",
                     "'" + period + "' is not " +
                         (kind == LockKind::Attendance ? "a month such as 2026-11"
                                                       : "an evaluation period such as 2026, "
                                                         "2026-Q3 or 2026-11") +
                         "."};
    const Date today =
        local_date(now, utc_offset_minutes_or_fallback(std::string(kFallbackTimeZone)));
    if (*last_day >= today)
        return Error{"period_not_ended", "The period " + period + " ends on " + last_day->iso() +
                                             "; it can be closed from the day after."};
    if (grace_ms < 0)
        return Error{"invalid_grace", "The grace window cannot be negative."};
    const std::string id = PeriodLock::id_of(kind, period);
    PeriodChange change;
    if (const auto current = tx.current(std::string(kPeriodLockRecordType), id);
        current && !current->deleted) {
        Problems problems;
        change.lock = PeriodLock::from_json(current->data, problems);
        if (problems.empty() && change.lock.closed && change.lock.grace_ms == grace_ms)
            return change;
    }
    const bool was_closed = change.lock.closed && change.lock.closed_at > 0;
    change.lock.kind = kind;
    change.lock.period = period;
    if (!was_closed)
        change.lock.closed_at = now;  // a new grace window only with a new closing
    change.lock.closed = true;
    change.lock.grace_ms = grace_ms;
    change.lock.closed_by = closed_by;
    put_record(tx, std::string(kPeriodLockRecordType), id, std::string(sync::kGlobalScopeUnit),
               change.lock.to_json(), now);
    change.changed = true;
    return change;
}

Result<PeriodChange> reopen_period(ServerTransaction& tx, LockKind kind, const std::string& period,
                                   std::int64_t now) {
    const auto current =
        tx.current(std::string(kPeriodLockRecordType), PeriodLock::id_of(kind, period));
    if (!current || current->deleted)
        return Error{"not_closed", "The " + std::string(to_string(kind)) + " period " + period +
                                       " was never closed."};
    PeriodChange change;
    Problems problems;
    change.lock = PeriodLock::from_json(current->data, problems);
    if (!problems.empty())
        return Error{"invalid_lock", "the stored lock: " + summarize(problems)};
    if (!change.lock.closed)
        return change;
    change.lock.closed = false;
    put_record(tx, std::string(kPeriodLockRecordType), current->id,
               std::string(sync::kGlobalScopeUnit), change.lock.to_json(), now);
    change.changed = true;
    return change;
}

std::vector<PeriodLock> period_locks(ServerTransaction& tx) {
    std::vector<PeriodLock> out;
    for (const auto& record : tx.records_of_type(std::string(kPeriodLockRecordType))) {
        Problems problems;
        auto lock = PeriodLock::from_json(record.data, problems);
        if (!record.deleted && problems.empty())
            out.push_back(std::move(lock));
    }
    std::sort(out.begin(), out.end(), [](const PeriodLock& a, const PeriodLock& b) {
        return std::pair(to_string(a.kind), a.period) < std::pair(to_string(b.kind), b.period);
    });
    return out;
}

Result<StoredCatalogue> import_catalogue(ServerTransaction& tx, const nlohmann::json& document,
                                         std::int64_t now) {
    auto checked = check_catalogue_document(document);
    if (!checked)
        return checked.error();
    const std::string& name = checked->file.name;
    const std::string id = catalogue_record_id(name);
    if (const auto current = tx.current(std::string(kCatalogueRecordType), id);
        current && !current->deleted) {
        const std::string stored = current->data.value("version", "");
        if (compare_catalogue_versions(checked->file.version, stored).value_or(1) <= 0)
            return Error{"not_newer", "catalogue " + name + ": version " + checked->file.version +
                                          " is not newer than the stored " + stored +
                                          "; nothing was imported"};
        // Records may already use what the stored version added.
        if (auto previous = check_catalogue_document(current->data); previous)
            if (auto kept = keeps_what_records_use(previous->file, checked->file); !kept)
                return Error{kept.error().code,
                             kept.error().message + " (the stored version); nothing was imported"};
    }
    put_record(tx, std::string(kCatalogueRecordType), id, std::string(sync::kGlobalScopeUnit),
               checked->document, now);
    return stored_of(*tx.current(std::string(kCatalogueRecordType), id));
}

std::vector<StoredCatalogue> stored_catalogues(ServerTransaction& tx) {
    std::vector<StoredCatalogue> out;
    for (const auto& change : tx.records_of_type(std::string(kCatalogueRecordType)))
        if (!change.deleted)
            out.push_back(stored_of(change));
    std::sort(out.begin(), out.end(),
              [](const StoredCatalogue& a, const StoredCatalogue& b) { return a.name < b.name; });
    return out;
}

std::shared_ptr<const CatalogueSet> catalogues_in_force(ServerTransaction& tx) {
    // The last set built, keyed by the documents themselves: a process with
    // many stores (tests) only costs rebuilds.
    static std::mutex mutex;
    static std::string cached_key;
    static std::shared_ptr<const CatalogueSet> cached;

    std::vector<nlohmann::json> documents;
    std::string key;
    for (auto& change : tx.records_of_type(std::string(kCatalogueRecordType))) {
        if (change.deleted)
            continue;
        key += change.data.dump() + '\n';
        documents.push_back(std::move(change.data));
    }
    std::lock_guard lock(mutex);
    if (!cached || key != cached_key) {
        cached = CatalogueSet::from_documents(documents);
        cached_key = std::move(key);
    }
    return cached;
}

std::vector<DisciplineEvent> case_steps(ServerTransaction& tx, const std::string& case_id) {
    std::vector<OrderedEvent> events;
    for (const auto& change : tx.discipline_events(case_id)) {
        if (change.deleted)
            continue;
        Problems problems;
        DisciplineEvent event = DisciplineEvent::from_json(change.data, problems);
        if (problems.empty())
            events.push_back({change.id, change.version, std::move(event)});
    }
    order_events(events);
    return steps_of(events);
}

}  // namespace pantau::server
