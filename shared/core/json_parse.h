// The one way Pantau reads JSON that came over the network: bounded in
// nesting depth and in the number of values before any of it is used. Deep
// nesting would overflow the stack of every recursive step that follows
// (copying, comparing, dumping), on the server and on the phone alike; a
// huge count of tiny values would hold hundreds of bytes of memory for each
// byte received.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "core/result.h"

namespace pantau {

struct JsonLimits {
    int max_depth = 16;                // a push nests 5 deep today
    std::size_t max_values = 250'000;  // every scalar, array and object counts
};

// The parsed document, or an Error: "malformed_json", "json_too_deep" or
// "json_too_many_values". Checking stops at the first value over a limit,
// before any of the document is built; both passes take linear time.
Result<nlohmann::json> parse_json(std::string_view text, const JsonLimits& limits = {});

}  // namespace pantau
