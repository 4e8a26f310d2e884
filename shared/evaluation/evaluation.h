// Evaluation: a supervisor's performance evaluation of one employee for one
// period, as it travels in sync (type "evaluation"). It is drafted, then
// finalised; a FINAL evaluation never changes, and a correction is a new
// evaluation that names the one it supersedes.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/date.h"
#include "core/problem.h"
#include "core/result.h"
#include "evaluation/berakhlak.h"
#include "evaluation/predikat.h"

namespace pantau {

enum class EvaluationState { DRAFT, FINAL };

std::string_view to_string(EvaluationState state);
std::optional<EvaluationState> evaluation_state_from_string(std::string_view text);

enum class PeriodKind { ANNUAL, QUARTERLY, MONTHLY };

// "2026" annual, "2026-Q3" quarterly, "2026-11" monthly; nullopt otherwise.
std::optional<PeriodKind> evaluation_period_kind(std::string_view period);
// The first and last day of a period ("2026", "2026-Q3" or "2026-11").
std::optional<std::pair<Date, Date>> evaluation_period_dates(std::string_view period);

inline constexpr std::size_t kEvidenceMaxChars = 2000;
inline constexpr std::size_t kFeedbackMaxChars = 4000;

// The rating of one BerAKHLAK value with what the supervisor saw.
struct ValueRating {
    Rating rating = Rating::SESUAI_EKSPEKTASI;
    std::string evidence;

    bool operator==(const ValueRating&) const = default;
};

struct Evaluation {
    std::string employee_id;
    std::string period;
    Rating hasil_kerja = Rating::SESUAI_EKSPEKTASI;
    Rating perilaku = Rating::SESUAI_EKSPEKTASI;
    std::map<std::string, ValueRating> values;  // BerAKHLAK code -> rating; all seven when FINAL
    std::optional<Predikat> predikat;           // derived from the two ratings
    std::string feedback;
    EvaluationState state = EvaluationState::DRAFT;
    std::optional<std::string> evaluator;   // the pejabat penilai kinerja
    std::optional<std::string> supersedes;  // id of the FINAL evaluation this one corrects

    // A copy with predikat set from the matrix.
    Evaluation with_derived_predikat() const;

    static Evaluation from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    Problems validate() const;
    Problems validate(const BerakhlakCatalogue& values) const;

    bool operator==(const Evaluation&) const = default;
};

// A stored FINAL evaluation refuses every change ("evaluation_final"); a
// DRAFT may change except for its employee and period, which make its id
// ("evaluation_key_changed"). Re-sending the stored content is no change.
Result<void> can_update(const Evaluation& stored, const Evaluation& incoming);

// A correction supersedes a FINAL evaluation of the same employee and period
// ("supersedes_draft", "supersedes_other").
Result<void> can_supersede(const Evaluation& superseded, const Evaluation& correction);

}  // namespace pantau
