// A device's reading of its clocks: its wall clock (which the user can set),
// its time since boot (which nobody can) and that boot's id. A push carries
// one taken as it leaves the device (PushRequest::device_time), and each
// change the one taken when its edit was made (Change::recorded), so the
// server can bound when the edit really happened even when the user changed
// the clock in between: two readings of one boot are a true interval apart.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"

namespace pantau::sync {

// On the wire: {"wall": RFC 3339, "uptime_ms": N, "boot_id": "..."}.
struct DeviceTime {
    std::int64_t wall_ms = 0;
    std::int64_t uptime_ms = 0;
    std::string boot_id;
    bool operator==(const DeviceTime&) const = default;

    nlohmann::json to_json() const;
    // Reads one at `path` (for the problems' names); problems when malformed.
    static DeviceTime from_json(const nlohmann::json& j, Problems& problems,
                                const std::string& path);
};

// A device clock further than this from the server's is flagged for HR
// (device list, GET /v1/devices).
inline constexpr std::int64_t kClockSkewFlagMs = 5 * 60'000;
bool clock_is_off(std::int64_t skew_ms);

// How far the device's clock runs ahead of the server's (negative: behind),
// from a push sent at `device.wall_ms` and received at `server_now_ms`.
std::int64_t clock_skew_ms(const DeviceTime& device, std::int64_t server_now_ms);

// The latest server time at which an edit stamped `edit` can have been made,
// given the push that carried it was stamped `sent` and reached the server at
// `received_ms`:
// - in the same boot, `received_ms` less the time since boot that passed
//   between the two readings (the network's delay only makes it later);
// - in another boot, `received_ms` less the sending boot's uptime: the edit
//   came before that boot began.
// Nothing without both readings, or when they contradict each other (an
// edit later in a boot than the push that carries it).
std::optional<std::int64_t> recorded_by_ms(const std::optional<DeviceTime>& edit,
                                           const std::optional<DeviceTime>& sent,
                                           std::int64_t received_ms);

}  // namespace pantau::sync
