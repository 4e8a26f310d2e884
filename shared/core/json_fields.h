// FieldReader: reads a JSON object field by field into typed values and turns
// every missing field, wrong type and unknown field into a Problem instead of
// throwing, so one bad record yields a complete list of what is wrong.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/problem.h"

namespace pantau {

void add_problem(Problems& problems, std::string field, std::string code, std::string message_id,
                 std::string message_en);

class FieldReader {
  public:
    // `prefix` names the object in problem fields ("data" gives "data.nip").
    FieldReader(const nlohmann::json& object, Problems& problems, std::string prefix = "");
    // The reader keeps a pointer to the object: it must outlive the reader.
    FieldReader(nlohmann::json&& temporary, Problems& problems, std::string prefix = "") = delete;

    bool is_object() const { return object_ != nullptr; }
    bool has(std::string_view key) const;
    std::string path(std::string_view key) const;

    // Required readers record "missing_field" or "wrong_type" and return a default.
    std::string string(std::string_view key);
    std::int64_t integer(std::string_view key);
    double number(std::string_view key);
    bool boolean(std::string_view key);
    std::optional<Date> date(std::string_view key);  // "YYYY-MM-DD"
    std::int64_t timestamp(std::string_view key);    // RFC 3339 -> Unix ms

    // Optional readers accept an absent key or null.
    std::optional<std::string> optional_string(std::string_view key);
    std::optional<std::int64_t> optional_integer(std::string_view key);
    std::optional<double> optional_number(std::string_view key);
    std::optional<bool> optional_boolean(std::string_view key);
    std::optional<Date> optional_date(std::string_view key);
    std::optional<std::int64_t> optional_timestamp(std::string_view key);

    // Nested values: nullptr (and a problem, when required) if absent or of another kind.
    const nlohmann::json* object(std::string_view key, bool required = true);
    const nlohmann::json* array(std::string_view key, bool required = true);

    // An enum read from its string form; `parse` is the type's from-string function.
    template <typename E, typename Parse>
    std::optional<E> enumeration(std::string_view key, Parse parse, bool required = true) {
        if (required && !has(key)) {
            string(key);  // records the missing field
            return std::nullopt;
        }
        auto text = optional_string(key);
        if (!text)
            return std::nullopt;
        if (auto value = parse(*text))
            return value;
        unknown_value(key, *text);
        return std::nullopt;
    }

    // Marks every key present but never read as "unknown_field".
    void reject_unknown();

  private:
    const nlohmann::json* find(std::string_view key);
    void wrong_type(std::string_view key, std::string_view expected_id,
                    std::string_view expected_en);
    void missing(std::string_view key);
    void unknown_value(std::string_view key, const std::string& value);

    const nlohmann::json* object_ = nullptr;
    Problems& problems_;
    std::string prefix_;
    std::set<std::string, std::less<>> read_;
};

// Lenient reads for display, of data already checked or of another version:
// the string at `key` of `object`, or "" when `object` is no object or holds
// no string there; the boolean, or false.
std::string text_or_empty(const nlohmann::json& object, std::string_view key);
bool flag_or_false(const nlohmann::json& object, std::string_view key);

}  // namespace pantau
