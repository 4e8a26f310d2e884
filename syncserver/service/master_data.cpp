#include "service/master_data.h"

#include "clock/hlc.h"
#include "service/secrets.h"

namespace pantau::server {

namespace {

void put_record(ServerTransaction& tx, std::string type, const std::string& id,
                const std::string& unit_id, nlohmann::json data, std::int64_t now) {
    HlcClock clock(tx.clock());
    const auto current = tx.current(type, id);
    sync::Change change;
    change.type = std::move(type);
    change.id = id;
    change.unit_id = unit_id;
    change.version = clock.send(now).to_string();
    if (current)
        change.base = current->version;
    change.origin = std::string(kServerOrigin);
    change.data = std::move(data);
    tx.put(change, std::nullopt);
    tx.save_clock(clock.last());
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

}  // namespace pantau::server
