#include "sync/device_time.h"

#include "core/json_fields.h"
#include "core/timestamp.h"

namespace pantau::sync {

nlohmann::json DeviceTime::to_json() const {
    return {{"wall", format_timestamp(wall_ms)}, {"uptime_ms", uptime_ms}, {"boot_id", boot_id}};
}

DeviceTime DeviceTime::from_json(const nlohmann::json& j, Problems& problems,
                                 const std::string& path) {
    DeviceTime time;
    FieldReader r(j, problems, path);
    if (!r.is_object())
        return time;
    time.wall_ms = r.timestamp("wall");
    time.uptime_ms = r.integer("uptime_ms");
    time.boot_id = r.string("boot_id");
    r.reject_unknown();
    if (time.uptime_ms < 0)
        add_problem(problems, path + ".uptime_ms", "out_of_range",
                    "Waktu sejak perangkat menyala tidak boleh negatif.",
                    "The time since boot cannot be negative.");
    if (time.boot_id.size() > 64)
        add_problem(problems, path + ".boot_id", "too_long", "ID boot paling panjang 64 karakter.",
                    "The boot id is at most 64 characters.");
    return time;
}

bool clock_is_off(std::int64_t skew_ms) {
    return skew_ms > kClockSkewFlagMs || skew_ms < -kClockSkewFlagMs;
}

std::int64_t clock_skew_ms(const DeviceTime& device, std::int64_t server_now_ms) {
    return device.wall_ms - server_now_ms;
}

std::optional<std::int64_t> recorded_by_ms(const std::optional<DeviceTime>& edit,
                                           const std::optional<DeviceTime>& sent,
                                           std::int64_t received_ms) {
    if (!edit || !sent || edit->boot_id.empty() || sent->boot_id.empty())
        return std::nullopt;
    if (edit->boot_id == sent->boot_id) {
        if (edit->uptime_ms > sent->uptime_ms)
            return std::nullopt;
        return received_ms - (sent->uptime_ms - edit->uptime_ms);
    }
    return received_ms - sent->uptime_ms;
}

}  // namespace pantau::sync
