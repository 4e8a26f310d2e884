// Checks that many record types make of their fields, worded once: an id
// that must be a UUID, a text with a length limit. Each adds a Problem with
// the field's name and messages in Bahasa Indonesia and English.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/problem.h"

namespace pantau {

// "invalid_uuid" unless `value` is a canonical lowercase UUID.
void check_uuid(Problems& problems, std::string_view field, std::string_view value);

// "too_long" when `text` has more than `max` characters (UTF-8 code points, not bytes).
void check_max_length(Problems& problems, std::string_view field, std::string_view text,
                      std::size_t max);

}  // namespace pantau
