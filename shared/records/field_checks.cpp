#include "records/field_checks.h"

#include <string>

#include "clock/uuid.h"
#include "core/json_fields.h"
#include "core/text.h"

namespace pantau {

void check_uuid(Problems& problems, std::string_view field, std::string_view value) {
    if (is_uuid(value))
        return;
    const std::string name(field);
    add_problem(problems, name, "invalid_uuid", "Kolom '" + name + "' harus UUID (huruf kecil).",
                "Field '" + name + "' must be a lowercase UUID.");
}

void check_max_length(Problems& problems, std::string_view field, std::string_view text,
                      std::size_t max) {
    if (utf8_length(text) <= max)
        return;
    const std::string name(field);
    const std::string limit = std::to_string(max);
    add_problem(problems, name, "too_long",
                "Kolom '" + name + "' paling banyak " + limit + " karakter.",
                "Field '" + name + "' is at most " + limit + " characters.");
}

}  // namespace pantau
