#include "survey/survey_response.h"

#include <algorithm>
#include <limits>

#include "core/json_fields.h"
#include "core/timestamp.h"
#include "records/field_checks.h"

namespace pantau {

namespace {

std::string score_field(std::size_t i) {
    return "data.scores[" + std::to_string(i) + "]";
}

void read_scores(FieldReader& r, Problems& problems, SurveyResponse& s) {
    const auto* scores = r.array("scores");
    if (!scores)
        return;
    if (scores->size() != kSkmElementCount) {
        add_problem(problems, r.path("scores"), "wrong_length",
                    "Kolom 'data.scores' harus berisi tepat 9 nilai (1..4 atau null).",
                    "Field 'data.scores' must hold exactly 9 values (1..4 or null).");
        return;
    }
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        const auto& v = (*scores)[i];
        if (v.is_null())
            continue;
        if (!v.is_number_integer()) {
            add_problem(problems, score_field(i), "wrong_type",
                        "Nilai '" + score_field(i) + "' harus bilangan bulat 1..4 atau null.",
                        "Value '" + score_field(i) + "' must be an integer 1..4 or null.");
            continue;
        }
        const auto value = v.get<std::int64_t>();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
            add_problem(problems, score_field(i), "out_of_range",
                        "Nilai '" + score_field(i) + "' harus 1..4.",
                        "Value '" + score_field(i) + "' must be 1..4.");
            continue;
        }
        s.scores[i] = static_cast<int>(value);
    }
}

void add_age_problem(Problems& problems) {
    add_problem(problems, "data.respondent.age", "out_of_range",
                "Umur responden harus " + std::to_string(kRespondentMinAge) + ".." +
                    std::to_string(kRespondentMaxAge) + " tahun.",
                "The respondent's age must be " + std::to_string(kRespondentMinAge) + ".." +
                    std::to_string(kRespondentMaxAge) + " years.");
}

RespondentProfile read_profile(const nlohmann::json& data, Problems& problems,
                               const std::string& prefix) {
    FieldReader r(data, problems, prefix);
    RespondentProfile p;
    if (auto age = r.optional_integer("age")) {
        if (*age >= std::numeric_limits<int>::min() && *age <= std::numeric_limits<int>::max())
            p.age = static_cast<int>(*age);
        else
            add_age_problem(problems);
    }
    p.gender = r.enumeration<RespondentGender>("gender", respondent_gender_from_string, false);
    p.education = r.optional_string("education");
    p.occupation = r.optional_string("occupation");
    r.reject_unknown();
    return p;
}

void check_profile_text(Problems& problems, const std::string& field,
                        const std::optional<std::string>& text) {
    if (text)
        check_max_length(problems, field, *text, kProfileTextMaxChars);
}

}  // namespace

std::string_view to_string(RespondentGender gender) {
    return gender == RespondentGender::P ? "P" : "L";
}

std::optional<RespondentGender> respondent_gender_from_string(std::string_view text) {
    if (text == "L")
        return RespondentGender::L;
    if (text == "P")
        return RespondentGender::P;
    return std::nullopt;
}

bool SurveyResponse::answered_any() const {
    return std::any_of(scores.begin(), scores.end(), [](const auto& s) { return s.has_value(); });
}

SurveyResponse SurveyResponse::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    SurveyResponse s;
    s.unit_id = r.string("unit_id");
    s.collected_at = r.timestamp("collected_at");
    read_scores(r, problems, s);
    if (const auto* respondent = r.object("respondent", false))
        s.respondent = read_profile(*respondent, problems, r.path("respondent"));
    r.reject_unknown();
    return s;
}

nlohmann::json SurveyResponse::to_json() const {
    nlohmann::json scores_json = nlohmann::json::array();
    for (const auto& score : scores)
        scores_json.push_back(score ? nlohmann::json(*score) : nullptr);
    nlohmann::json j = {{"unit_id", unit_id},
                        {"collected_at", format_timestamp(collected_at)},
                        {"scores", scores_json}};
    if (respondent) {
        nlohmann::json p = nlohmann::json::object();
        if (respondent->age)
            p["age"] = *respondent->age;
        if (respondent->gender)
            p["gender"] = to_string(*respondent->gender);
        if (respondent->education)
            p["education"] = *respondent->education;
        if (respondent->occupation)
            p["occupation"] = *respondent->occupation;
        j["respondent"] = p;
    }
    return j;
}

Problems SurveyResponse::validate() const {
    Problems problems;
    check_uuid(problems, "data.unit_id", unit_id);
    for (std::size_t i = 0; i < kSkmElementCount; ++i) {
        if (scores[i] && (*scores[i] < kSkmMinScore || *scores[i] > kSkmMaxScore))
            add_problem(problems, score_field(i), "out_of_range",
                        "Nilai '" + score_field(i) + "' harus 1..4.",
                        "Value '" + score_field(i) + "' must be 1..4.");
    }
    if (!answered_any())
        add_problem(problems, "data.scores", "no_answer",
                    "Responden harus menjawab paling sedikit satu unsur.",
                    "The respondent must answer at least one element.");
    if (respondent) {
        if (respondent->age &&
            (*respondent->age < kRespondentMinAge || *respondent->age > kRespondentMaxAge))
            add_age_problem(problems);
        check_profile_text(problems, "data.respondent.education", respondent->education);
        check_profile_text(problems, "data.respondent.occupation", respondent->occupation);
    }
    return problems;
}

}  // namespace pantau
