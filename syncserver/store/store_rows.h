// What both central stores write into their rows the same way: the
// bookkeeping time, stored JSON, the column lists of the queries that read
// a change or a device, and the columns of a current attendance record's
// fact row (schema v5). One place, so the two stores cannot drift.
#pragma once

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "sync/change.h"

namespace pantau::server::rows {

// Bookkeeping time of stored rows (not protocol time, which requests carry).
inline std::int64_t wall_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline nlohmann::json parse_stored(const std::string& text) {
    return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/true);
}

inline std::string dump(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Column order of every query that reads a Change.
inline constexpr std::string_view kChangeColumns =
    "type, id, unit_id, version, base, origin, deleted, data";

inline std::string select_changes(std::string_view tail) {
    return "SELECT " + std::string(kChangeColumns) + " FROM records " + std::string(tail);
}

inline constexpr std::string_view kDeviceColumns =
    "SELECT id, user_id, name, enrolled_at, revoked_at, last_seen_at, last_address, "
    "clock_skew_ms, clock_checked_at FROM devices ";

struct AttendanceFactRow {
    std::string employee_id;
    std::string date;
    std::string status;
    std::int64_t minutes = 0;
    std::int64_t early_minutes = 0;
};

// The fact columns of an attendance record; a missing or mistyped field
// reads as empty or 0 (the change rules would not have stored one).
inline AttendanceFactRow attendance_fact(const sync::Change& change) {
    const auto text = [&](const char* key) {
        const auto it = change.data.find(key);
        return it != change.data.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const auto integer = [&](const char* key) {
        const auto it = change.data.find(key);
        return it != change.data.end() && it->is_number_integer() ? it->get<std::int64_t>()
                                                                  : std::int64_t{0};
    };
    return {text("employee_id"), text("date"), text("status"), integer("minutes"),
            integer("early_minutes")};
}

}  // namespace pantau::server::rows
