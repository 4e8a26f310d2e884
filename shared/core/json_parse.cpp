#include "core/json_parse.h"

namespace pantau {

namespace {

struct OverLimit {
    Error error;
};

}  // namespace

Result<nlohmann::json> parse_json(std::string_view text, const JsonLimits& limits) {
    std::size_t values = 0;
    // nlohmann's parser is iterative; its callback sees each value's depth as it
    // starts, so a document over a limit is abandoned before it is built further.
    const nlohmann::json::parser_callback_t check =
        [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
            using Event = nlohmann::json::parse_event_t;
            if (event == Event::object_start || event == Event::array_start) {
                if (depth + 1 > limits.max_depth)
                    throw OverLimit{{"json_too_deep", "The JSON nests more than " +
                                                          std::to_string(limits.max_depth) +
                                                          " levels deep."}};
                ++values;
            } else if (event == Event::value) {
                ++values;
            }
            if (values > limits.max_values)
                throw OverLimit{
                    {"json_too_many_values",
                     "The JSON holds more than " + std::to_string(limits.max_values) + " values."}};
            return true;
        };
    try {
        auto document = nlohmann::json::parse(text.begin(), text.end(), check,
                                              /*allow_exceptions=*/false);
        if (document.is_discarded())
            return Error{"malformed_json", "The body is not valid JSON."};
        return document;
    } catch (const OverLimit& over) {
        return over.error;
    }
}

}  // namespace pantau
