// Instants on the wire are RFC 3339 strings ("2026-11-23T07:31:05Z",
// "2026-11-23T14:31:05.250+07:00"); in memory they are Unix milliseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pantau {

// Milliseconds since 1970-01-01T00:00:00Z, or nullopt if not RFC 3339.
std::optional<std::int64_t> parse_timestamp(std::string_view text);

// UTC, with milliseconds only when they are not zero.
std::string format_timestamp(std::int64_t unix_ms);

}  // namespace pantau
