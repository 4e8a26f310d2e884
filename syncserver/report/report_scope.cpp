#include "report/report_scope.h"

#include <algorithm>
#include <tuple>

#include "core/json_fields.h"
#include "org/timezone.h"
#include "org/unit.h"
#include "org/unit_tree.h"

namespace pantau::server {

Result<ReportScope> ReportScope::load(ServerTransaction& tx, const std::optional<std::string>& unit,
                                      const std::optional<std::set<std::string>>& visible) {
    ReportScope scope;
    std::vector<UnitTree::Link> links;
    for (const auto& record : tx.records_of_type("unit")) {
        if (record.deleted)
            continue;
        Problems ignored;
        const Unit u = Unit::from_json(record.data, ignored);
        scope.units_[record.id] = {record.id, u.name, u.kind, unit_utc_offset_minutes(record.data)};
        links.emplace_back(record.id, u.parent_id);
        scope.schedules_.add_unit(record.id, record.data);
    }
    for (const auto& record : tx.records_of_type("employee")) {
        if (record.deleted)
            continue;
        const auto& d = record.data;
        scope.employees_[record.id] = {
            record.id,
            text_or_empty(d, "nip"),
            text_or_empty(d, "name"),
            text_or_empty(d, "unit_id"),
            text_or_empty(d, "kind"),
            !d.contains("active") || !d["active"].is_boolean() || d["active"].get<bool>(),
            jabatan_kind_from_string(text_or_empty(d, "jabatan_kind"))};
    }
    for (const auto& record : tx.records_of_type("duty_roster"))
        if (!record.deleted)
            scope.schedules_.add_roster(record.data);
    const auto allowed = [&](const std::string& id) { return !visible || visible->contains(id); };
    if (unit) {
        if (!scope.units_.contains(*unit))
            return Error{"unknown_unit", "There is no unit with id " + *unit + "."};
        if (!allowed(*unit))
            return Error{"outside_scope", "Unit " + *unit + " is outside the units you may see."};
        for (auto& id : UnitTree(links).subtree(*unit))
            if (allowed(id) && scope.units_.contains(id))
                scope.covered_.insert(std::move(id));
    } else {
        for (const auto& [id, u] : scope.units_)
            if (allowed(id))
                scope.covered_.insert(id);
    }
    for (const auto& id : scope.covered_)
        scope.units_in_scope_.push_back(&scope.units_.at(id));
    std::sort(scope.units_in_scope_.begin(), scope.units_in_scope_.end(),
              [](const ReportUnit* a, const ReportUnit* b) {
                  return std::tie(a->name, a->id) < std::tie(b->name, b->id);
              });
    return scope;
}

const ReportUnit* ReportScope::unit(const std::string& id) const {
    const auto it = units_.find(id);
    return it == units_.end() ? nullptr : &it->second;
}

std::string ReportScope::unit_name(const std::string& id) const {
    const ReportUnit* u = unit(id);
    return u ? u->name : std::string();
}

const ReportEmployee* ReportScope::employee(const std::string& id) const {
    const auto it = employees_.find(id);
    return it == employees_.end() ? nullptr : &it->second;
}

std::vector<const ReportEmployee*> ReportScope::staff(bool active_only) const {
    std::vector<const ReportEmployee*> out;
    for (const auto& [id, e] : employees_)
        if (covers(e.unit_id) && (e.active || !active_only))
            out.push_back(&e);
    std::sort(out.begin(), out.end(), [&](const ReportEmployee* a, const ReportEmployee* b) {
        return std::tuple(unit_name(a->unit_id), a->unit_id, a->name, a->nip) <
               std::tuple(unit_name(b->unit_id), b->unit_id, b->name, b->nip);
    });
    return out;
}

int ReportScope::utc_offset_minutes(const std::string& unit_id) const {
    const ReportUnit* u = unit(unit_id);
    return u ? u->utc_offset_minutes : utc_offset_minutes_or_fallback(kFallbackTimeZone);
}

Date ReportScope::local(std::int64_t unix_ms, const std::string& unit_id) const {
    return local_date(unix_ms, utc_offset_minutes(unit_id));
}

}  // namespace pantau::server
