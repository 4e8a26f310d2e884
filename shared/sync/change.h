// Change: the envelope every record travels in, on the wire and in outboxes
// (sync-protocol.md, "Change envelope"). `data` is the record type's own JSON;
// the envelope never interprets it.
#pragma once

#include <compare>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/problem.h"
#include "sync/device_time.h"

namespace pantau::sync {

// The origin of every change the server makes itself (master data).
inline constexpr std::string_view kServerOrigin = "server";

struct Change {
    Change() = default;
    // The record's fields in order; the push-only extensions last, empty by default.
    Change(std::string type, std::string id, std::string unit_id, std::string version,
           std::optional<std::string> base, std::string origin, bool deleted, nlohmann::json data,
           std::optional<DeviceTime> recorded = std::nullopt, bool resent = false)
        : type(std::move(type)),
          id(std::move(id)),
          unit_id(std::move(unit_id)),
          version(std::move(version)),
          base(std::move(base)),
          origin(std::move(origin)),
          deleted(deleted),
          data(std::move(data)),
          recorded(std::move(recorded)),
          resent(resent) {}

    std::string type;
    std::string id;
    std::string unit_id;
    std::string version;              // HLC, 16 lowercase hex digits
    std::optional<std::string> base;  // the version this edit was made on; null for a new record
    std::string origin;               // device id (or "server")
    bool deleted = false;
    nlohmann::json data = nlohmann::json::object();
    // Extension, on a push only: the device's clocks when the edit was made
    // (device_time.h). The server uses it to bound the edit's time and does
    // not store it.
    std::optional<DeviceTime> recorded;
    // Extension, on a push only: the device sends again a version the server
    // once acknowledged and then lost in a restore ("resent": true).
    bool resent = false;

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
