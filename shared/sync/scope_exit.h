// Records that leave a scope. An employee moved to another unit, or a unit
// moved in the tree, is no longer in the view of the devices that served its
// old place, and those devices would never hear of it: a pull only carries
// what is inside the caller's units. So the server writes, after the move, a
// scope exit into the old place: a record of type "scope_exit" whose unit is
// the unit the record left and whose data names the record and where it went.
//
// A pull delivers an exit only to a caller that does not see the new place
// (a kecamatan supervisor over both puskesmas keeps the employee). A device
// applies it by taking the record out of the old unit's view: an employee
// keeps its last known data under its new unit, so the old unit's history
// still shows the name; a unit that left takes every record of that unit off
// the device, except the device's own edits still on their way. Records
// already recorded stay where they were recorded: an exit moves nothing on
// the server.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "clock/hlc.h"
#include "core/problem.h"
#include "sync/central.h"
#include "sync/change.h"

namespace pantau::sync {

inline constexpr std::string_view kScopeExitRecordType = "scope_exit";

struct ScopeExit {
    std::string record_type;  // "employee", or "unit" when a unit left
    std::string record_id;
    std::string from_unit;  // the unit whose scope it left (the exit's unit_id)
    std::string to_unit;    // where it is now; for a unit, the unit itself
    std::int64_t at = 0;    // when it left (server time, ms)

    // One exit per record and old unit: leaving the same unit again re-uses it.
    std::string id() const;
    nlohmann::json to_json() const;  // the record's data
    // Nothing when the change is not a well-formed scope exit.
    static std::optional<ScopeExit> of(const Change& change);

    // Whether a caller seeing `units` is told: it sees the old place and not the new.
    bool delivered_to(const std::set<std::string>& units) const;
};

// The data check of a "scope_exit" record (record_types.h).
Problems check_scope_exit_data(const nlohmann::json& data);

// Stores a change the server makes (master data: its version from `clock`,
// its base the current one) and, when the record was in another unit before,
// the exit that tells that unit's scope, after it in commit order.
void put_master_change(CentralStore& store, HlcClock& clock, Change change, std::int64_t now_ms);
// Stores (or moves to the end of the commit order again) one exit.
void put_scope_exit(CentralStore& store, HlcClock& clock, const ScopeExit& exit,
                    std::int64_t now_ms);

}  // namespace pantau::sync
