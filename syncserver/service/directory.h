// Who may talk to the server: users with a role and units, one-time
// enrolment codes that become device tokens, and each request's caller with
// the scope it may read and write. Runs inside a store transaction.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/server_store.h"
#include "sync/central.h"

namespace pantau::server {

inline constexpr std::int64_t kDefaultEnrollTtlMs = 72LL * 3600 * 1000;

// A request's authenticated caller.
struct Caller {
    Device device;
    User user;
    sync::CallerScope scope;  // units and write right
};

// The units a user sees: each assigned unit with all units below it, or
// every unit for central HR and oversight.
std::set<std::string> scope_units(ServerTransaction& tx, const User& user);

// The units a caller's reports and pages may cover: their scope for a
// supervisor, nullopt (every unit) for hr and oversight.
std::optional<std::set<std::string>> visible_units(const Caller& caller);

// "Bearer <token>" of an enrolled, unrevoked device; nothing otherwise.
std::optional<Caller> authenticate(ServerTransaction& tx, std::string_view authorization);

// A supervisor needs at least one unit; every unit must exist.
Result<User> create_user(ServerTransaction& tx, const std::string& name, Role role,
                         const std::vector<std::string>& units, std::int64_t now);

// A new single-use code for the user, valid for `ttl_ms`; only its hash is kept.
Result<std::string> issue_enroll_code(ServerTransaction& tx, const std::string& user_id,
                                      std::int64_t ttl_ms, std::int64_t now);

struct Enrolment {
    Device device;
    std::string token;  // shown once
    User user;
    std::vector<std::string> units;  // the scope, assigned units first
};

// Trades a valid code for a device and its token; nothing for a wrong, used
// or expired code (the caller cannot tell which, by design).
std::optional<Enrolment> enroll(ServerTransaction& tx, std::string_view code,
                                const std::string& device_name, std::int64_t now,
                                const std::string& address);

nlohmann::json to_json(const User& user);
nlohmann::json to_json(const Device& device);

}  // namespace pantau::server
