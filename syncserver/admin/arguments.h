// The command line of one administration command: its positional words and
// its --flags, checked against the flags the command knows. Flags may come
// in any order, as "--name value" or "--name=value"; only flags declared
// repeatable may be given twice (`--unit A --unit B`).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace pantau::server {

struct FlagSpec {
    std::string_view name;  // without the dashes: "store"
    bool takes_value = true;
    bool repeatable = false;
};

class Arguments {
  public:
    std::vector<std::string> positional;

    bool has(std::string_view flag) const { return values_.contains(std::string(flag)); }
    // The flag's value; nothing when it was not given.
    std::optional<std::string> value(std::string_view flag) const;
    // Every value of a repeatable flag, in the order given.
    std::vector<std::string> values(std::string_view flag) const;

    void add(std::string flag, std::string value) { values_[std::move(flag)].push_back(value); }

  private:
    std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

// Parses `words` (the command words already removed). Fails with code
// "usage" for an unknown flag, a missing value or a repeated single flag.
Result<Arguments> parse_arguments(std::span<const std::string> words,
                                  std::span<const FlagSpec> flags);

// A duration such as "72h", "30m", "7d" or "3600s", in milliseconds; at least
// one second and at most a year. Nothing when the text is not one.
std::optional<std::int64_t> parse_duration_ms(std::string_view text);

}  // namespace pantau::server
