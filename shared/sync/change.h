// Change: the envelope every record travels in, on the wire and in outboxes
// (sync-protocol.md, "Change envelope"). `data` is the record type's own JSON;
// the envelope never interprets it.
#pragma once

#include <compare>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/problem.h"

namespace pantau::sync {

struct Change {
    std::string type;
    std::string id;
    std::string unit_id;
    std::string version;              // HLC, 16 lowercase hex digits
    std::optional<std::string> base;  // the version this edit was made on; null for a new record
    std::string origin;               // device id (or "server")
    bool deleted = false;
    nlohmann::json data = nlohmann::json::object();

    // Structural checks of the envelope only; `data` is checked by its record type.
    static Change from_json(const nlohmann::json& j, Problems& problems);
    nlohmann::json to_json() const;

    bool operator==(const Change&) const = default;
};

// The total order of versions: higher (version, origin) wins, the same on every replica.
struct VersionKey {
    std::string version;
    std::string origin;
    auto operator<=>(const VersionKey&) const = default;
};

inline VersionKey key_of(const Change& c) {
    return {c.version, c.origin};
}

}  // namespace pantau::sync
