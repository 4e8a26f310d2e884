#include "core/json_fields.h"

#include "core/timestamp.h"

namespace pantau {

void add_problem(Problems& problems, std::string field, std::string code, std::string message_id,
                 std::string message_en) {
    problems.push_back(
        {std::move(field), std::move(code), std::move(message_id), std::move(message_en)});
}

FieldReader::FieldReader(const nlohmann::json& object, Problems& problems, std::string prefix)
    : problems_(problems), prefix_(std::move(prefix)) {
    if (object.is_object()) {
        object_ = &object;
    } else {
        add_problem(problems_, prefix_, "not_object", "Data harus berupa objek JSON.",
                    "Data must be a JSON object.");
    }
}

std::string FieldReader::path(std::string_view key) const {
    return prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key);
}

bool FieldReader::has(std::string_view key) const {
    return object_ && object_->find(key) != object_->end() &&
           !object_->at(std::string(key)).is_null();
}

const nlohmann::json* FieldReader::find(std::string_view key) {
    read_.emplace(key);
    if (!object_)
        return nullptr;
    auto it = object_->find(key);
    if (it == object_->end() || it->is_null())
        return nullptr;
    return &*it;
}

void FieldReader::missing(std::string_view key) {
    if (!object_)
        return;
    add_problem(problems_, path(key), "missing_field", "Kolom '" + path(key) + "' wajib diisi.",
                "Field '" + path(key) + "' is required.");
}

void FieldReader::wrong_type(std::string_view key, std::string_view expected_id,
                             std::string_view expected_en) {
    add_problem(problems_, path(key), "wrong_type",
                "Kolom '" + path(key) + "' harus berupa " + std::string(expected_id) + ".",
                "Field '" + path(key) + "' must be " + std::string(expected_en) + ".");
}

void FieldReader::unknown_value(std::string_view key, const std::string& value) {
    add_problem(problems_, path(key), "unknown_value",
                "Nilai '" + value + "' tidak dikenal untuk kolom '" + path(key) + "'.",
                "Value '" + value + "' is not known for field '" + path(key) + "'.");
}

std::string FieldReader::string(std::string_view key) {
    if (object_ && !has(key))
        missing(key);
    return optional_string(key).value_or(std::string{});
}

std::optional<std::string> FieldReader::optional_string(std::string_view key) {
    const auto* v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        wrong_type(key, "teks", "a string");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::int64_t FieldReader::integer(std::string_view key) {
    if (object_ && !has(key))
        missing(key);
    return optional_integer(key).value_or(0);
}

std::optional<std::int64_t> FieldReader::optional_integer(std::string_view key) {
    const auto* v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_number_integer()) {
        wrong_type(key, "bilangan bulat", "an integer");
        return std::nullopt;
    }
    return v->get<std::int64_t>();
}

double FieldReader::number(std::string_view key) {
    if (object_ && !has(key))
        missing(key);
    return optional_number(key).value_or(0.0);
}

std::optional<double> FieldReader::optional_number(std::string_view key) {
    const auto* v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        wrong_type(key, "angka", "a number");
        return std::nullopt;
    }
    return v->get<double>();
}

bool FieldReader::boolean(std::string_view key) {
    if (object_ && !has(key))
        missing(key);
    return optional_boolean(key).value_or(false);
}

std::optional<bool> FieldReader::optional_boolean(std::string_view key) {
    const auto* v = find(key);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        wrong_type(key, "true atau false", "true or false");
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<Date> FieldReader::date(std::string_view key) {
    if (object_ && !has(key))
        missing(key);
    return optional_date(key);
}

std::optional<Date> FieldReader::optional_date(std::string_view key) {
    const auto* v = find(key);
    if (!v)
        return std::nullopt;
    if (v->is_string()) {
        if (auto d = Date::parse(v->get<std::string>()))
            return d;
    }
    add_problem(problems_, path(key), "invalid_date",
                "Kolom '" + path(key) + "' harus tanggal yang sah (TTTT-BB-HH).",
                "Field '" + path(key) + "' must be a real date (YYYY-MM-DD).");
    return std::nullopt;
}

std::int64_t FieldReader::timestamp(std::string_view key) {
    if (object_ && !has(key))
        missing(key);
    return optional_timestamp(key).value_or(0);
}

std::optional<std::int64_t> FieldReader::optional_timestamp(std::string_view key) {
    const auto* v = find(key);
    if (!v)
        return std::nullopt;
    if (v->is_string()) {
        if (auto ms = parse_timestamp(v->get<std::string>()))
            return ms;
    }
    add_problem(
        problems_, path(key), "invalid_timestamp",
        "Kolom '" + path(key) + "' harus waktu RFC 3339 (mis. 2026-11-23T07:30:00+07:00).",
        "Field '" + path(key) + "' must be an RFC 3339 time (e.g. 2026-11-23T07:30:00+07:00).");
    return std::nullopt;
}

const nlohmann::json* FieldReader::object(std::string_view key, bool required) {
    const auto* v = find(key);
    if (!v) {
        if (required)
            missing(key);
        return nullptr;
    }
    if (!v->is_object()) {
        wrong_type(key, "objek", "an object");
        return nullptr;
    }
    return v;
}

const nlohmann::json* FieldReader::array(std::string_view key, bool required) {
    const auto* v = find(key);
    if (!v) {
        if (required)
            missing(key);
        return nullptr;
    }
    if (!v->is_array()) {
        wrong_type(key, "daftar", "an array");
        return nullptr;
    }
    return v;
}

void FieldReader::reject_unknown() {
    if (!object_)
        return;
    for (const auto& [key, value] : object_->items()) {
        if (read_.contains(key))
            continue;
        add_problem(problems_, path(key), "unknown_field",
                    "Kolom '" + path(key) + "' tidak dikenal.",
                    "Field '" + path(key) + "' is not known.");
    }
}

std::string text_or_empty(const nlohmann::json& object, std::string_view key) {
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flag_or_false(const nlohmann::json& object, std::string_view key) {
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace pantau
