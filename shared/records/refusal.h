// A domain rule's refusal (a core/result.h Error: a code and a specific
// English message) as a Problem a supervisor can read in Bahasa Indonesia
// too. The server's change rules answer a push with it; the texts live here,
// beside the record types, so that every rule's code has one wording.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"
#include "core/result.h"

namespace pantau {

// The Indonesian sentence for a domain error code; nullopt for a code without one.
std::optional<std::string_view> refusal_text_id(std::string_view code);

// `error` at `field`: its code, its English message, and the Indonesian
// sentence of its code (a generic one, naming the code, if it has none).
Problem refusal(const Error& error, std::string field);

// A refusal written in place, for rules that are not a domain Error.
Problem refusal(std::string field, std::string code, std::string message_id,
                std::string message_en);

}  // namespace pantau
