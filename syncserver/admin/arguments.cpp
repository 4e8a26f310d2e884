#include "admin/arguments.h"

#include <algorithm>
#include <charconv>

namespace pantau::server {

std::optional<std::string> Arguments::value(std::string_view flag) const {
    auto it = values_.find(flag);
    if (it == values_.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(std::string_view flag) const {
    auto it = values_.find(flag);
    return it == values_.end() ? std::vector<std::string>{} : it->second;
}

Result<Arguments> parse_arguments(std::span<const std::string> words,
                                  std::span<const FlagSpec> flags) {
    Arguments parsed;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (!word.starts_with("--") || word == "--") {
            parsed.positional.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name.resize(eq);
        }
        auto spec = std::find_if(flags.begin(), flags.end(),
                                 [&](const FlagSpec& f) { return f.name == name; });
        if (spec == flags.end())
            return Error{"usage", "unknown option --" + name};
        if (parsed.has(name) && !spec->repeatable)
            return Error{"usage", "--" + name + " is given more than once"};
        if (!spec->takes_value) {
            if (inline_value)
                return Error{"usage", "--" + name + " takes no value"};
            parsed.add(name, "");
            continue;
        }
        if (inline_value) {
            parsed.add(name, *inline_value);
            continue;
        }
        if (i + 1 >= words.size() || words[i + 1].starts_with("--"))
            return Error{"usage", "--" + name + " needs a value"};
        parsed.add(name, words[++i]);
    }
    return parsed;
}

std::optional<std::int64_t> parse_duration_ms(std::string_view text) {
    if (text.size() < 2)
        return std::nullopt;
    std::int64_t unit_ms = 0;
    switch (text.back()) {
        case 's':
            unit_ms = 1000;
            break;
        case 'm':
            unit_ms = 60 * 1000;
            break;
        case 'h':
            unit_ms = 3600 * 1000;
            break;
        case 'd':
            unit_ms = 24 * 3600 * 1000;
            break;
        default:
            return std::nullopt;
    }
    const std::string_view digits = text.substr(0, text.size() - 1);
    std::int64_t count = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (ec != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    constexpr std::int64_t kYearMs = 366LL * 24 * 3600 * 1000;
    if (count <= 0 || count > kYearMs / unit_ms)
        return std::nullopt;
    return count * unit_ms;
}

}  // namespace pantau::server
