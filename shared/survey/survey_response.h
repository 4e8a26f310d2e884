// SurveyResponse: one citizen's answers to the SKM form, as it travels in sync
// (type "survey_response", create only). Scores are 1..4 per element, in the
// order of the skm_elements catalogue; an element left blank is null.
#pragma once

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"
#include "survey/skm.h"

namespace pantau {

inline constexpr int kSkmMinScore = 1;
inline constexpr int kSkmMaxScore = 4;

enum class RespondentGender { L, P };  // laki-laki, perempuan

std::string_view to_string(RespondentGender gender);
std::optional<RespondentGender> respondent_gender_from_string(std::string_view text);

inline constexpr int kRespondentMinAge = 10;
inline constexpr int kRespondentMaxAge = 120;
inline constexpr std::size_t kProfileTextMaxChars = 100;

// What a respondent chose to tell about themselves; every part is optional.
struct RespondentProfile {
    std::optional<int> age;
    std::optional<RespondentGender> gender;
    std::optional<std::string> education;   // as on the form: "SMA", "S1", ...
    std::optional<std::string> occupation;  // as on the form: "PNS", "Swasta", ...

    bool operator==(const RespondentProfile&) const = default;
};

struct SurveyResponse {
    std::string unit_id;
    std::int64_t collected_at = 0;  // Unix ms
    std::array<std::optional<int>, kSkmElementCount> scores;
    std::optional<RespondentProfile> respondent;

    bool answered_any() const;

    static SurveyResponse from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    Problems validate() const;

    bool operator==(const SurveyResponse&) const = default;
};

}  // namespace pantau
