#include "evaluation/evaluation.h"

#include <algorithm>
#include <cctype>

#include "core/json_fields.h"
#include "core/text.h"
#include "records/field_checks.h"

namespace pantau {

namespace {

bool digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

}  // namespace

std::string_view to_string(EvaluationState state) {
    return state == EvaluationState::FINAL ? "FINAL" : "DRAFT";
}

std::optional<EvaluationState> evaluation_state_from_string(std::string_view text) {
    if (text == "DRAFT")
        return EvaluationState::DRAFT;
    if (text == "FINAL")
        return EvaluationState::FINAL;
    return std::nullopt;
}

std::optional<PeriodKind> evaluation_period_kind(std::string_view period) {
    if (period.size() < 4 || !digits(period.substr(0, 4)) || period[0] == '0')
        return std::nullopt;
    if (period.size() == 4)
        return PeriodKind::ANNUAL;
    if (period.size() != 7 || period[4] != '-')
        return std::nullopt;
    if (period[5] == 'Q')
        return period[6] >= '1' && period[6] <= '4' ? std::optional(PeriodKind::QUARTERLY)
                                                    : std::nullopt;
    if (!digits(period.substr(5, 2)))
        return std::nullopt;
    const int month = (period[5] - '0') * 10 + (period[6] - '0');
    return month >= 1 && month <= 12 ? std::optional(PeriodKind::MONTHLY) : std::nullopt;
}

std::optional<std::pair<Date, Date>> evaluation_period_dates(std::string_view period) {
    const auto kind = evaluation_period_kind(period);
    if (!kind)
        return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t n) {
        int value = 0;
        for (std::size_t i = at; i < at + n; ++i)
            value = value * 10 + (period[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    int first_month = 1;
    int last_month = 12;
    if (*kind == PeriodKind::QUARTERLY) {
        first_month = (period[6] - '0') * 3 - 2;
        last_month = first_month + 2;
    } else if (*kind == PeriodKind::MONTHLY) {
        first_month = last_month = number(5, 2);
    }
    auto first = Date::from_ymd(year, first_month, 1);
    auto last = Date::from_ymd(year, last_month, days_in_month(year, last_month));
    if (!first || !last)
        return std::nullopt;
    return std::pair{*first, *last};
}

Evaluation Evaluation::with_derived_predikat() const {
    Evaluation copy = *this;
    copy.predikat = pantau::predikat(hasil_kerja, perilaku);
    return copy;
}

Evaluation Evaluation::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    Evaluation e;
    e.employee_id = r.string("employee_id");
    e.period = r.string("period");
    e.hasil_kerja =
        r.enumeration<Rating>("hasil_kerja", rating_from_string).value_or(e.hasil_kerja);
    e.perilaku = r.enumeration<Rating>("perilaku", rating_from_string).value_or(e.perilaku);
    if (const auto* values = r.object("values", false)) {
        for (const auto& [code, item] : values->items()) {
            FieldReader v(item, problems, r.path("values") + "." + code);
            ValueRating rating;
            rating.rating =
                v.enumeration<Rating>("rating", rating_from_string).value_or(rating.rating);
            rating.evidence = v.optional_string("evidence").value_or("");
            v.reject_unknown();
            e.values.emplace(code, std::move(rating));
        }
    }
    e.predikat = r.enumeration<Predikat>("predikat", predikat_from_string, false);
    e.feedback = r.optional_string("feedback").value_or("");
    e.state =
        r.enumeration<EvaluationState>("state", evaluation_state_from_string).value_or(e.state);
    e.evaluator = r.optional_string("evaluator");
    e.supersedes = r.optional_string("supersedes");
    r.reject_unknown();
    return e;
}

nlohmann::json Evaluation::to_json() const {
    nlohmann::json values_json = nlohmann::json::object();
    for (const auto& [code, v] : values)
        values_json[code] = {{"rating", to_string(v.rating)}, {"evidence", v.evidence}};
    nlohmann::json j = {{"employee_id", employee_id},
                        {"period", period},
                        {"hasil_kerja", to_string(hasil_kerja)},
                        {"perilaku", to_string(perilaku)},
                        {"values", values_json},
                        {"feedback", feedback},
                        {"state", to_string(state)}};
    if (predikat)
        j["predikat"] = to_string(*predikat);
    if (evaluator)
        j["evaluator"] = *evaluator;
    if (supersedes)
        j["supersedes"] = *supersedes;
    return j;
}

Problems Evaluation::validate() const {
    return validate(berakhlak());
}

Problems Evaluation::validate(const BerakhlakCatalogue& catalogue) const {
    Problems problems;
    check_uuid(problems, "data.employee_id", employee_id);
    if (!evaluation_period_kind(period))
        add_problem(problems, "data.period", "invalid_period",
                    "Periode '" + period + "' harus TTTT, TTTT-Qn (n 1..4) atau TTTT-BB.",
                    "Period '" + period + "' must be YYYY, YYYY-Qn (n 1..4) or YYYY-MM.");
    for (const auto& [code, v] : values) {
        const std::string field = "data.values." + code;
        if (!catalogue.find(code))
            add_problem(problems, field, "unknown_value",
                        "Nilai dasar '" + code + "' tidak dikenal.",
                        "Core value '" + code + "' is not known.");
        check_max_length(problems, field + ".evidence", v.evidence, kEvidenceMaxChars);
    }
    if (state == EvaluationState::FINAL) {
        std::string missing;
        for (const auto& value : catalogue.entries()) {
            if (values.contains(value.code))
                continue;
            missing += (missing.empty() ? "" : ", ") + value.code;
        }
        if (!missing.empty())
            add_problem(
                problems, "data.values", "incomplete",
                "Penilaian final harus menilai semua nilai BerAKHLAK; belum: " + missing + ".",
                "A final evaluation rates every BerAKHLAK value; missing: " + missing + ".");
    }
    const Predikat derived = pantau::predikat(hasil_kerja, perilaku);
    if (predikat && *predikat != derived) {
        const std::string expected(to_string(derived));
        add_problem(problems, "data.predikat", "predikat_mismatch",
                    "Predikat harus " + expected + " untuk hasil kerja dan perilaku ini.",
                    "The predikat must be " + expected + " for these two ratings.");
    }
    check_max_length(problems, "data.feedback", feedback, kFeedbackMaxChars);
    if (evaluator && is_blank(*evaluator))
        add_problem(problems, "data.evaluator", "empty", "Penilai tidak boleh kosong.",
                    "The evaluator cannot be blank.");
    if (supersedes)
        check_uuid(problems, "data.supersedes", *supersedes);
    return problems;
}

Result<void> can_update(const Evaluation& stored, const Evaluation& incoming) {
    if (stored == incoming)
        return success();
    if (stored.state == EvaluationState::FINAL)
        return Error{"evaluation_final",
                     "The evaluation is final and cannot change; record a correction that "
                     "supersedes it."};
    if (stored.employee_id != incoming.employee_id || stored.period != incoming.period)
        return Error{"evaluation_key_changed",
                     "An evaluation cannot move to another employee or period."};
    return success();
}

Result<void> can_supersede(const Evaluation& superseded, const Evaluation& correction) {
    if (superseded.state != EvaluationState::FINAL)
        return Error{"supersedes_draft",
                     "Only a final evaluation is superseded; a draft is simply edited."};
    if (superseded.employee_id != correction.employee_id || superseded.period != correction.period)
        return Error{"supersedes_other",
                     "A correction must be for the same employee and period as the evaluation "
                     "it supersedes."};
    return success();
}

}  // namespace pantau
