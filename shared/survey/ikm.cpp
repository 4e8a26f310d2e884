#include "survey/ikm.h"

#include <cmath>
#include <numeric>

namespace pantau {

namespace {

constexpr double kConversion = 25.0;

bool valid_score(const std::optional<int>& score) {
    return score && *score >= kSkmMinScore && *score <= kSkmMaxScore;
}

// a * b + c without overflow, or false.
bool mul_add(long long a, long long b, long long c, long long& out) {
    long long product = 0;
    return !__builtin_mul_overflow(a, b, &product) && !__builtin_add_overflow(product, c, &out);
}

// Exact rounding with integers: converted x 100 = 2500 x (sum of NRR) / m
// for m answered elements. With the NRR sum as p/q, half-up rounding is
// floor((5000 p + m q) / (2 m q)). Returns nullopt if a product overflows.
std::optional<long long> exact_hundredths(const std::array<long long, kSkmElementCount>& sums,
                                          const std::array<int, kSkmElementCount>& answered) {
    long long p = 0;
    long long q = 1;
    long long m = 0;
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        if (answered[i] <= 0)
            continue;
        ++m;
        const long long n = answered[i];
        long long np = 0;
        long long sq = 0;
        long long nq = 0;
        if (__builtin_mul_overflow(sums[i], q, &sq) || !mul_add(p, n, sq, np) ||
            __builtin_mul_overflow(q, n, &nq))
            return std::nullopt;
        const long long g = std::gcd(np, nq);
        p = np / g;
        q = nq / g;
    }
    if (m == 0)
        return 0;
    long long numerator = 0;
    long long mq = 0;
    long long denominator = 0;
    if (__builtin_mul_overflow(m, q, &mq) || !mul_add(5000, p, mq, numerator) ||
        __builtin_mul_overflow(2, mq, &denominator))
        return std::nullopt;
    return numerator / denominator;
}

}  // namespace

int converted_hundredths(const std::array<long long, kSkmElementCount>& sums,
                         const std::array<int, kSkmElementCount>& answered) {
    if (auto exact = exact_hundredths(sums, answered))
        return static_cast<int>(*exact);
    // Only reachable with respondent counts whose common denominator exceeds
    // 64 bits; there a tiny tolerance keeps exact ties rounding up.
    double nrr_sum = 0.0;
    int m = 0;
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        if (answered[i] <= 0)
            continue;
        ++m;
        nrr_sum += static_cast<double>(sums[i]) / answered[i];
    }
    if (m == 0)
        return 0;
    return static_cast<int>(std::floor(2500.0 * nrr_sum / m + 0.5 + 1e-9));
}

IkmResult compute_ikm(const std::vector<SurveyResponse>& responses) {
    return compute_ikm(responses, skm_quality_bands());
}

IkmResult compute_ikm(const std::vector<SurveyResponse>& responses, const SkmQualityBands& bands) {
    IkmResult result;
    std::array<long long, kSkmElementCount> sums{};
    for (const auto& response : responses) {
        bool counted = false;
        for (std::size_t i = 0; i < kSkmElementCount; ++i) {
            if (!valid_score(response.scores[i]))
                continue;
            sums[i] += *response.scores[i];
            ++result.answered[i];
            counted = true;
        }
        if (counted)
            ++result.respondents;
    }
    if (result.respondents == 0) {
        result.incomplete = true;
        return result;
    }
    int elements_answered = 0;
    double nrr_sum = 0.0;
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        if (result.answered[i] == 0)
            continue;
        ++elements_answered;
        result.nrr[i] = static_cast<double>(sums[i]) / result.answered[i];
        nrr_sum += *result.nrr[i];
    }
    result.incomplete = elements_answered < static_cast<int>(kSkmElementCount);
    result.ikm = nrr_sum / elements_answered;
    result.converted = result.ikm * kConversion;
    result.converted_hundredths = converted_hundredths(sums, result.answered);
    if (const SkmQualityBand* band = bands.band_for(result.converted_hundredths))
        result.quality = *band;
    return result;
}

nlohmann::json IkmResult::to_json(const SkmElements& elements) const {
    nlohmann::json per_element = nlohmann::json::array();
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        nlohmann::json e = {{"code", elements.elements()[i].code}, {"answered", answered[i]}};
        e["nrr"] = nrr[i] ? nlohmann::json(*nrr[i]) : nlohmann::json(nullptr);
        per_element.push_back(e);
    }
    nlohmann::json j = {{"respondents", respondents},
                        {"elements", per_element},
                        {"ikm", ikm},
                        {"converted", converted},
                        {"converted_hundredths", converted_hundredths},
                        {"incomplete", incomplete}};
    if (quality)
        j["quality"] = {{"letter", quality->letter},
                        {"label_id", quality->label_id},
                        {"label_en", quality->label_en}};
    else
        j["quality"] = nullptr;
    return j;
}

}  // namespace pantau
