#include "core/json_parse.h"

namespace pantau {

namespace {

// Walks the document once without building it, counting levels and values.
// nlohmann's parser with a callback would do this while building, but it
// searches the parent array for discarded values at the end of every object
// or array, so a body of many small objects costs quadratic time; the SAX
// pass and then a plain parse stay linear.
class LimitCheck final : public nlohmann::json_sax<nlohmann::json> {
  public:
    explicit LimitCheck(const JsonLimits& limits) : limits_(limits) {}

    std::optional<Error> error;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(); }
    bool key(string_t&) override { return true; }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        error = Error{"malformed_json", "The body is not valid JSON."};
        return false;
    }

  private:
    bool value() {
        if (++values_ <= limits_.max_values)
            return true;
        error = Error{"json_too_many_values", "The JSON holds more than " +
                                                  std::to_string(limits_.max_values) + " values."};
        return false;
    }
    bool open() {
        if (++depth_ > limits_.max_depth) {
            error = Error{"json_too_deep", "The JSON nests more than " +
                                               std::to_string(limits_.max_depth) + " levels deep."};
            return false;
        }
        return value();
    }
    bool close() {
        --depth_;
        return true;
    }

    const JsonLimits& limits_;
    int depth_ = 0;
    std::size_t values_ = 0;
};

}  // namespace

Result<nlohmann::json> parse_json(std::string_view text, const JsonLimits& limits) {
    LimitCheck check(limits);
    if (!nlohmann::json::sax_parse(text.begin(), text.end(), &check))
        return check.error.value_or(Error{"malformed_json", "The body is not valid JSON."});
    auto document = nlohmann::json::parse(text.begin(), text.end(), nullptr,
                                          /*allow_exceptions=*/false);
    if (document.is_discarded())
        return Error{"malformed_json", "The body is not valid JSON."};
    return document;
}

}  // namespace pantau
