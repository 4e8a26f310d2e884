// Problem: one finding of a validation, tied to a field, with a message in
// Bahasa Indonesia (shown first in the app) and in English.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace pantau {

struct Problem {
    std::string field;       // "nip", "scores[3]", "data.status"
    std::string code;        // machine code: "invalid_date", "missing_field", ...
    std::string message_id;  // Bahasa Indonesia
    std::string message_en;  // English

    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

inline bool has_problem(const Problems& problems, std::string_view field) {
    for (const auto& p : problems)
        if (p.field == field)
            return true;
    return false;
}

inline bool has_code(const Problems& problems, std::string_view code) {
    for (const auto& p : problems)
        if (p.code == code)
            return true;
    return false;
}

// "field: English message; field: ..." for logs and protocol reasons.
std::string summarize(const Problems& problems);
// The same in Bahasa Indonesia.
std::string summarize_id(const Problems& problems);

void to_json(nlohmann::json& j, const Problem& p);

}  // namespace pantau
