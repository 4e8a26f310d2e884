// Master data written by the server itself (units and employees, which
// devices only read): each becomes an ordinary change with origin "server"
// and a server clock version, so devices receive it through pull.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "discipline/discipline_event.h"
#include "org/employee.h"
#include "org/unit.h"
#include "records/catalogue_set.h"
#include "records/period_lock.h"
#include "store/server_store.h"

namespace pantau::server {

using sync::kServerOrigin;

// Adds a unit (a new random id unless one is given). Its parent must exist.
Result<std::string> add_unit(ServerTransaction& tx, const Unit& unit, std::int64_t now,
                             std::optional<std::string> id = std::nullopt);

// Adds an employee, or updates the one with the same NIP. Its unit must exist.
Result<std::string> put_employee(ServerTransaction& tx, const Employee& employee, std::int64_t now);

// What `employee move` and `employee deactivate` did.
struct EmployeeChange {
    std::string id;
    std::string from_unit;
    std::string to_unit;
    bool changed = false;  // false: it was so already, and nothing was written
};

// Moves the employee with this NIP to another unit. The old unit's scope is
// told it left (sync/scope_exit.h); what was recorded stays in its unit.
Result<EmployeeChange> move_employee(ServerTransaction& tx, const std::string& nip,
                                     const std::string& unit_id, std::int64_t now);
// Marks the employee inactive: devices take them off the roll call, and
// their records stay.
Result<EmployeeChange> deactivate_employee(ServerTransaction& tx, const std::string& nip,
                                           std::int64_t now);

// What `unit move` did.
struct UnitMove {
    std::string from_parent;  // "" for a unit that had none
    std::string to_parent;
    std::vector<std::string> units;  // the unit and every unit under it
    bool changed = false;
};

// Moves a unit (and everything under it) under another parent. Every record
// of those units is sent again, so the new parent's scope receives them, and
// the old parent's scope is told each unit left. A unit cannot move under
// itself or one of its own sub-units.
Result<UnitMove> move_unit(ServerTransaction& tx, const std::string& unit_id,
                           const std::string& parent_id, std::int64_t now);

// What `unit pattern` did.
struct WorkWeekChange {
    std::vector<WorkWeek> weeks;  // the unit's pattern afterwards
    bool changed = false;
};

// Sets the days of the week a unit works from `week.from` on, replacing a
// week of the unit that starts that day; later weeks stay. A pattern
// recounts working days, so it may not start in or before a closed
// attendance month ("period_closed").
Result<WorkWeekChange> set_work_week(ServerTransaction& tx, const std::string& unit_id,
                                     const WorkWeek& week, std::int64_t now);

// What `period close` and `period reopen` did.
struct PeriodChange {
    PeriodLock lock;       // as it stands now
    bool changed = false;  // false: it was so already
};

// Closes a period for every device: a "period_lock" record in the global
// scope (records/period_lock.h). A period that has not ended yet (in WIB) is
// refused, so a mistyped month cannot stop today's roll call. Closing a
// closed period again only changes its grace window.
Result<PeriodChange> close_period(ServerTransaction& tx, LockKind kind, const std::string& period,
                                  std::int64_t grace_ms, const std::string& closed_by,
                                  std::int64_t now);
Result<PeriodChange> reopen_period(ServerTransaction& tx, LockKind kind, const std::string& period,
                                   std::int64_t now);
// Every lock ever set, closed or reopened, by kind and period.
std::vector<PeriodLock> period_locks(ServerTransaction& tx);

// A catalogue version the store holds (the current "catalogue" record of a name).
struct StoredCatalogue {
    std::string name;
    std::string version;
    std::string source;
    bool verify = false;
    std::int64_t imported_at = 0;  // Unix ms, from the record's server clock version
    nlohmann::json document;
};

// Stores a new version of a catalogue as a "catalogue" record in the global
// scope (every device pulls it), after the checks of check_catalogue_document
// (records/catalogue_set.h). A version not newer than the stored one is
// refused ("not_newer"); so is one that leaves out a code the stored version
// has ("drops_code", keeps_what_records_use), and anything that fails a
// check, naming why.
Result<StoredCatalogue> import_catalogue(ServerTransaction& tx, const nlohmann::json& document,
                                         std::int64_t now);

// Every catalogue version the store holds, by name.
std::vector<StoredCatalogue> stored_catalogues(ServerTransaction& tx);

// The catalogue set the store's versions put in force (the rule of
// CatalogueSet::from_documents, as on every device): what the server checks
// pushed records and exports with. Built again only when a stored version
// changed since the last call, so an import takes effect at the next push
// without a restart.
std::shared_ptr<const CatalogueSet> catalogues_in_force(ServerTransaction& tx);

// A stored case's events that parse, in workflow order (event_order.h), as
// steps: the order the phone and the change rules use.
std::vector<DisciplineEvent> case_steps(ServerTransaction& tx, const std::string& case_id);

}  // namespace pantau::server
