// Master data written by the server itself (units and employees, which
// devices only read): each becomes an ordinary change with origin "server"
// and a server clock version, so devices receive it through pull.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "org/employee.h"
#include "org/unit.h"
#include "store/server_store.h"

namespace pantau::server {

inline constexpr std::string_view kServerOrigin = "server";

// Adds a unit (a new random id unless one is given). Its parent must exist.
Result<std::string> add_unit(ServerTransaction& tx, const Unit& unit, std::int64_t now,
                             std::optional<std::string> id = std::nullopt);

// Adds an employee, or updates the one with the same NIP. Its unit must exist.
Result<std::string> put_employee(ServerTransaction& tx, const Employee& employee, std::int64_t now);

}  // namespace pantau::server
