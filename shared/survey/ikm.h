// The satisfaction index (IKM) of a unit from its SKM responses, as
// PermenPANRB 14/2017 computes it:
//   NRR of an element = sum of its scores / respondents who answered it;
//   IKM = sum over elements of NRR x 1/9;  converted IKM = IKM x 25;
// the converted value, rounded half up to hundredths, picks the quality band.
//
// Elements nobody answered: the 1/9 weight assumes all nine have an NRR.
// When some have none, the IKM is the equal-weight mean over the elements
// that were answered (each weighing 1/answered elements) and the result is
// flagged `incomplete`, so a report can show it as provisional rather than
// dragging it down with zeros. With all nine answered this is exactly 1/9.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "survey/skm.h"
#include "survey/survey_response.h"

namespace pantau {

struct IkmResult {
    int respondents = 0;                           // responses with at least one score in 1..4
    std::array<int, kSkmElementCount> answered{};  // respondents per element
    std::array<std::optional<double>, kSkmElementCount> nrr;  // nullopt: nobody answered
    double ikm = 0.0;                       // 1..4; 0 when there are no respondents
    double converted = 0.0;                 // ikm x 25
    int converted_hundredths = 0;           // converted rounded half up, 8831 is 88.31
    std::optional<SkmQualityBand> quality;  // nullopt when there are no respondents
    bool incomplete = false;                // some element has no answer (see above)

    // For reports: element codes with their NRR, and the band's letter and labels.
    nlohmann::json to_json(const SkmElements& elements = skm_elements()) const;
};

// Scores outside 1..4 (a response that was never validated) count as not answered.
IkmResult compute_ikm(const std::vector<SurveyResponse>& responses);
IkmResult compute_ikm(const std::vector<SurveyResponse>& responses, const SkmQualityBands& bands);

// Converted IKM hundredths of NRRs given as exact fractions sum/answered,
// rounded half up; exposed for tests of the rounding.
int converted_hundredths(const std::array<long long, kSkmElementCount>& sums,
                         const std::array<int, kSkmElementCount>& answered);

}  // namespace pantau
