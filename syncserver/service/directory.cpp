#include "service/directory.h"

#include <algorithm>

#include "org/unit_tree.h"
#include "service/secrets.h"
#include "sync/protocol.h"

namespace pantau::server {

namespace {

UnitTree unit_tree(ServerTransaction& tx, std::vector<std::string>* all_units) {
    std::vector<UnitTree::Link> links;
    for (const auto& unit : tx.records_of_type("unit")) {
        if (unit.deleted)
            continue;
        std::optional<std::string> parent;
        if (auto it = unit.data.find("parent_id"); it != unit.data.end() && it->is_string())
            parent = it->get<std::string>();
        links.emplace_back(unit.id, parent);
        if (all_units)
            all_units->push_back(unit.id);
    }
    return UnitTree(links);
}

}  // namespace

std::set<std::string> scope_units(ServerTransaction& tx, const User& user) {
    std::vector<std::string> all;
    const UnitTree tree = unit_tree(tx, &all);
    if (user.role != Role::Supervisor)
        return {all.begin(), all.end()};
    std::set<std::string> scope;
    for (const auto& unit : user.units)
        for (auto& id : tree.subtree(unit))
            scope.insert(std::move(id));
    return scope;
}

std::optional<std::set<std::string>> visible_units(const Caller& caller) {
    if (caller.user.role == Role::Supervisor)
        return caller.scope.units;
    return std::nullopt;
}

std::optional<Caller> authenticate(ServerTransaction& tx, std::string_view authorization) {
    constexpr std::string_view kBearer = "Bearer ";
    if (!authorization.starts_with(kBearer))
        return std::nullopt;
    const std::string_view token = authorization.substr(kBearer.size());
    if (token.empty() || token.size() > 256)
        return std::nullopt;
    auto device = tx.device_by_token_hash(hash_secret(token));
    if (!device || device->revoked_at)
        return std::nullopt;
    auto user = tx.user(device->user_id);
    if (!user)
        return std::nullopt;
    Caller caller{*device, *user, {}};
    caller.scope.device_id = device->id;
    caller.scope.units = scope_units(tx, *user);
    caller.scope.may_write = user->role == Role::Supervisor;
    return caller;
}

Result<User> create_user(ServerTransaction& tx, const std::string& name, Role role,
                         const std::vector<std::string>& units, std::int64_t now) {
    if (name.empty() || name.size() > 200)
        return Error{"invalid_name", "A user needs a name of 1 to 200 characters."};
    if (role == Role::Supervisor && units.empty())
        return Error{"unit_required", "A supervisor needs at least one unit (--unit ID)."};
    for (const auto& unit : units) {
        auto record = tx.current("unit", unit);
        if (!record || record->deleted)
            return Error{"unknown_unit", "There is no unit with id " + unit + "."};
    }
    User user{new_uuid(), name, role, units, now, std::nullopt};
    std::sort(user.units.begin(), user.units.end());
    user.units.erase(std::unique(user.units.begin(), user.units.end()), user.units.end());
    tx.add_user(user);
    return user;
}

Result<std::string> issue_enroll_code(ServerTransaction& tx, const std::string& user_id,
                                      std::int64_t ttl_ms, std::int64_t now) {
    if (!tx.user(user_id))
        return Error{"unknown_user", "There is no user with id " + user_id + "."};
    if (ttl_ms <= 0)
        return Error{"invalid_ttl", "An enrolment code must be valid for some time."};
    std::string code = new_enroll_code();
    tx.add_enroll_code(hash_secret(normalize_enroll_code(code)), user_id, now, now + ttl_ms);
    return code;
}

std::optional<Enrolment> enroll(ServerTransaction& tx, std::string_view code,
                                const std::string& device_name, std::int64_t now,
                                const std::string& address) {
    const std::string normalized = normalize_enroll_code(code);
    if (normalized.empty() || normalized.size() > 64)
        return std::nullopt;
    auto user_id = tx.redeem_enroll_code(hash_secret(normalized), now);
    if (!user_id)
        return std::nullopt;
    auto user = tx.user(*user_id);
    if (!user)
        return std::nullopt;
    Enrolment enrolment;
    enrolment.token = new_device_token();
    enrolment.device = {new_uuid(), user->id, device_name, now, std::nullopt, now, address, {}, {}};
    tx.add_device(enrolment.device, hash_secret(enrolment.token));
    const auto scope = scope_units(tx, *user);
    enrolment.units = user->units;
    for (const auto& unit : scope)
        if (std::find(user->units.begin(), user->units.end(), unit) == user->units.end())
            enrolment.units.push_back(unit);
    enrolment.user = std::move(*user);
    return enrolment;
}

nlohmann::json to_json(const User& user) {
    return {{"id", user.id},
            {"name", user.name},
            {"role", to_string(user.role)},
            {"units", user.units},
            {"created_at", user.created_at},
            {"login", user.login ? nlohmann::json(*user.login) : nlohmann::json()}};
}

nlohmann::json to_json(const Device& device) {
    nlohmann::json j = {{"id", device.id},
                        {"user_id", device.user_id},
                        {"name", device.name},
                        {"enrolled_at", device.enrolled_at},
                        {"revoked_at", nullptr},
                        {"last_seen_at", nullptr},
                        {"last_address", device.last_address}};
    if (device.revoked_at)
        j["revoked_at"] = *device.revoked_at;
    if (device.last_seen_at)
        j["last_seen_at"] = *device.last_seen_at;
    j["clock_skew_ms"] = nullptr;
    j["clock_off"] = false;
    if (device.clock_skew_ms) {
        j["clock_skew_ms"] = *device.clock_skew_ms;
        j["clock_off"] = sync::clock_is_off(*device.clock_skew_ms);
        j["clock_checked_at"] = device.clock_checked_at.value_or(0);
    }
    return j;
}

}  // namespace pantau::server
