// What every report starts from: the units it covers (the caller's, narrowed
// to a unit filter and its sub-units), their names and time zones, and the
// employees of those units.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "attendance/work_schedule.h"
#include "core/date.h"
#include "core/result.h"
#include "org/jabatan.h"
#include "store/server_store.h"

namespace pantau::server {

struct ReportUnit {
    std::string id;
    std::string name;
    std::string kind;
    int utc_offset_minutes = 0;
};

struct ReportEmployee {
    std::string id;
    std::string nip;
    std::string name;
    std::string unit_id;
    std::string kind;  // PNS, PPPK
    bool active = true;
    // The kind of position, when recorded: what the authority to sanction looks at.
    std::optional<JabatanKind> jabatan_kind = std::nullopt;
};

class ReportScope {
  public:
    static Result<ReportScope> load(ServerTransaction& tx, const std::optional<std::string>& unit,
                                    const std::optional<std::set<std::string>>& visible);

    // The units covered, by name then id.
    const std::vector<const ReportUnit*>& units() const { return units_in_scope_; }
    bool covers(const std::string& unit_id) const { return covered_.contains(unit_id); }
    const ReportUnit* unit(const std::string& id) const;
    std::string unit_name(const std::string& id) const;

    // Any employee the store knows, in scope or not (a record's name).
    const ReportEmployee* employee(const std::string& id) const;
    // The employees of the covered units, by unit name, then name, then NIP.
    std::vector<const ReportEmployee*> staff(bool active_only) const;

    // The unit's UTC offset, and the local date of an instant there (WIB
    // for a unit the store lacks).
    int utc_offset_minutes(const std::string& unit_id) const;
    Date local(std::int64_t unix_ms, const std::string& unit_id) const;

    // The working days of a unit and of one of its staff (the unit's week
    // pattern and their duty rosters), over the holidays of `national`.
    WorkCalendar unit_calendar(const WorkCalendar& national, const std::string& unit_id) const {
        return schedules_.unit_calendar(national, unit_id);
    }
    WorkCalendar calendar_of(const WorkCalendar& national, const ReportEmployee& e) const {
        return schedules_.person_calendar(national, e.unit_id, e.id);
    }

  private:
    std::map<std::string, ReportUnit> units_;
    std::map<std::string, ReportEmployee> employees_;
    std::set<std::string> covered_;
    std::vector<const ReportUnit*> units_in_scope_;
    WorkSchedules schedules_;
};

}  // namespace pantau::server
