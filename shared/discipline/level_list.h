// A list of sanction levels as catalogues write it (["RINGAN", "SEDANG"]):
// the levels an article allows, the levels an official may impose.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/problem.h"
#include "discipline/sanction.h"

namespace pantau {

// Each name of `array` as a level; one that is no level is a problem named `path`.
std::vector<SanctionLevel> read_levels(const nlohmann::json& array, Problems& problems,
                                       const std::string& path);

}  // namespace pantau
