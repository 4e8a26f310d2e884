// UUIDs as the protocol writes them: lowercase canonical text
// (8-4-4-4-12 hex digits). Random ids (v4) take their randomness from the
// caller, since shared/ never reads randomness itself; records with a natural
// key get a name-based id (v5) so that devices working offline converge on
// one record for the same employee-day or employee-period.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace pantau {

using UuidBytes = std::array<std::uint8_t, 16>;

// The protocol's namespace for natural-key ids.
inline constexpr std::string_view kPantauNamespace = "5b0e7a52-3c1d-4f7e-9a6b-2d8c4e1f0a37";

// Canonical lowercase form, any version or variant.
bool is_uuid(std::string_view text);
std::optional<UuidBytes> parse_uuid(std::string_view text);
std::string format_uuid(const UuidBytes& bytes);

// Version 4 from 16 caller-supplied random bytes; the version and variant
// bits are overwritten.
std::string uuid_v4(const UuidBytes& random_bytes);

// Version 5 (RFC 4122 section 4.3, SHA-1). The string overload throws
// std::invalid_argument when namespace_uuid is not canonical: namespaces are
// constants, so a bad one is a programming error.
std::string uuid_v5(const UuidBytes& namespace_bytes, std::string_view name);
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

// Natural-key ids: v5 in kPantauNamespace of
// "attendance/<unit_id>/<employee_id>/<YYYY-MM-DD>" and
// "evaluation/<employee_id>/<period>".
std::string attendance_id(std::string_view unit_id, std::string_view employee_id, const Date& date);
std::string evaluation_id(std::string_view employee_id, std::string_view period);

}  // namespace pantau
