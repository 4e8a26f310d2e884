// The phone's one lenient reader of record fields for display, as Qt text
// (core/json_fields.h holds the rule).
#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/json_fields.h"

namespace pantau::mobile {

inline QString json_text(const nlohmann::json& object, std::string_view key) {
    return QString::fromStdString(text_or_empty(object, key));
}

}  // namespace pantau::mobile
