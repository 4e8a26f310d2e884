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
#include "org/employee.h"
#include "org/unit.h"
#include "records/catalogue_set.h"
#include "store/server_store.h"

namespace pantau::server {

inline constexpr std::string_view kServerOrigin = "server";

// Adds a unit (a new random id unless one is given). Its parent must exist.
Result<std::string> add_unit(ServerTransaction& tx, const Unit& unit, std::int64_t now,
                             std::optional<std::string> id = std::nullopt);

// Adds an employee, or updates the one with the same NIP. Its unit must exist.
Result<std::string> put_employee(ServerTransaction& tx, const Employee& employee, std::int64_t now);

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

}  // namespace pantau::server
