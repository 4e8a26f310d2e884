#include "sync/scope_exit.h"

#include "clock/uuid.h"
#include "core/json_fields.h"

namespace pantau::sync {

namespace {

ScopeExit read(const nlohmann::json& data, Problems& problems) {
    ScopeExit exit;
    FieldReader r(data, problems);
    if (!r.is_object())
        return exit;
    exit.record_type = r.string("record_type");
    exit.record_id = r.string("record_id");
    exit.to_unit = r.string("to_unit");
    exit.at = r.integer("at");
    r.reject_unknown();
    return exit;
}

}  // namespace

std::string ScopeExit::id() const {
    return uuid_v5(kPantauNamespace, std::string(kScopeExitRecordType) + "/" + record_type + "/" +
                                         record_id + "/" + from_unit);
}

nlohmann::json ScopeExit::to_json() const {
    return {
        {"record_type", record_type}, {"record_id", record_id}, {"to_unit", to_unit}, {"at", at}};
}

std::optional<ScopeExit> ScopeExit::of(const Change& change) {
    if (change.type != kScopeExitRecordType || change.deleted)
        return std::nullopt;
    Problems problems;
    ScopeExit exit = read(change.data, problems);
    if (!problems.empty() || exit.record_type.empty() || exit.record_id.empty() ||
        exit.to_unit.empty())
        return std::nullopt;
    exit.from_unit = change.unit_id;
    return exit;
}

bool ScopeExit::delivered_to(const std::set<std::string>& units) const {
    return units.contains(from_unit) && !units.contains(to_unit);
}

Problems check_scope_exit_data(const nlohmann::json& data) {
    Problems problems;
    const ScopeExit exit = read(data, problems);
    if (problems.empty() &&
        (exit.record_type.empty() || exit.record_id.empty() || exit.to_unit.empty()))
        problems.push_back({"data", "invalid_scope_exit", "Catatan keluar lingkup tidak lengkap.",
                            "incomplete scope exit"});
    return problems;
}

void put_master_change(CentralStore& store, HlcClock& clock, Change change, std::int64_t now_ms) {
    const auto current = store.current(change.type, change.id);
    change.version = clock.send(now_ms).to_string();
    change.base = current ? std::optional(current->version) : std::nullopt;
    store.put(change, std::nullopt);
    if (!current || current->unit_id == change.unit_id || change.type == kScopeExitRecordType)
        return;
    const ScopeExit exit{change.type, change.id, current->unit_id, change.unit_id, now_ms};
    put_scope_exit(store, clock, exit, now_ms);
}

void put_scope_exit(CentralStore& store, HlcClock& clock, const ScopeExit& exit,
                    std::int64_t now_ms) {
    Change change;
    change.type = std::string(kScopeExitRecordType);
    change.id = exit.id();
    change.unit_id = exit.from_unit;
    change.version = clock.send(now_ms).to_string();
    if (const auto current = store.current(change.type, change.id))
        change.base = current->version;
    change.origin = std::string(kServerOrigin);
    change.data = exit.to_json();
    store.put(change, std::nullopt);
}

}  // namespace pantau::sync
