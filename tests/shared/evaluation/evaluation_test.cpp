#include "evaluation/evaluation.h"

#include <catch2/catch.hpp>

using namespace pantau;
using nlohmann::json;

namespace {

const std::string kEmployee = "0b1f6c2a-4d3e-4f5a-8b6c-7d8e9f0a1b2c";
const std::string kFinalId = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";

Evaluation draft() {
    Evaluation e;
    e.employee_id = kEmployee;
    e.period = "2026-Q3";
    e.hasil_kerja = Rating::DI_ATAS_EKSPEKTASI;
    e.perilaku = Rating::SESUAI_EKSPEKTASI;
    e.values["AKUNTABEL"] = {Rating::SESUAI_EKSPEKTASI, "Laporan kas tepat waktu."};
    e.feedback = "Pertahankan.";
    return e;
}

Evaluation final_evaluation() {
    Evaluation e = draft();
    for (const auto& v : berakhlak().entries())
        e.values.try_emplace(v.code, ValueRating{Rating::SESUAI_EKSPEKTASI, ""});
    e.state = EvaluationState::FINAL;
    e.evaluator = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    return e.with_derived_predikat();
}

}  // namespace

TEST_CASE("a draft evaluation survives a JSON round trip") {
    Problems problems;
    CHECK(Evaluation::from_json(draft().to_json(), problems) == draft());
    CHECK(problems.empty());
    CHECK(draft().validate().empty());
}

TEST_CASE("a final evaluation with every optional field survives a JSON round trip") {
    auto e = final_evaluation();
    e.supersedes = kFinalId;
    Problems problems;
    CHECK(Evaluation::from_json(e.to_json(), problems) == e);
    CHECK(problems.empty());
    CHECK(e.validate().empty());
}

TEST_CASE("an evaluation reads from its protocol data") {
    const json j = {
        {"employee_id", kEmployee},
        {"period", "2026"},
        {"hasil_kerja", "SESUAI_EKSPEKTASI"},
        {"perilaku", "DI_ATAS_EKSPEKTASI"},
        {"values",
         {{"LOYAL", {{"rating", "DI_ATAS_EKSPEKTASI"}, {"evidence", "Menjaga rahasia."}}}}},
        {"predikat", "BAIK"},
        {"feedback", ""},
        {"state", "DRAFT"}};
    Problems problems;
    const auto e = Evaluation::from_json(j, problems);
    CHECK(problems.empty());
    CHECK(e.predikat == Predikat::BAIK);
    REQUIRE(e.values.contains("LOYAL"));
    CHECK(e.values.at("LOYAL").rating == Rating::DI_ATAS_EKSPEKTASI);
    CHECK(e.values.at("LOYAL").evidence == "Menjaga rahasia.");
    CHECK(e.validate().empty());
}

TEST_CASE("unknown fields in an evaluation or in a value rating are refused") {
    json j = draft().to_json();
    j["score"] = 90;
    j["values"]["AKUNTABEL"]["weight"] = 1;
    Problems problems;
    Evaluation::from_json(j, problems);
    CHECK(has_problem(problems, "data.score"));
    CHECK(has_problem(problems, "data.values.AKUNTABEL.weight"));
    CHECK(problems.size() == 2);
}

TEST_CASE("wrong types and unknown codes in an evaluation are refused") {
    const json j = {{"employee_id", kEmployee},
                    {"period", 2026},
                    {"hasil_kerja", "BAGUS"},
                    {"values", {{"AKUNTABEL", "SESUAI_EKSPEKTASI"}}},
                    {"predikat", 4},
                    {"state", "SUBMITTED"}};
    Problems problems;
    Evaluation::from_json(j, problems);
    CHECK(has_problem(problems, "data.period"));
    CHECK(has_problem(problems, "data.hasil_kerja"));
    CHECK(has_problem(problems, "data.perilaku"));
    CHECK(has_problem(problems, "data.values.AKUNTABEL"));
    CHECK(has_problem(problems, "data.predikat"));
    CHECK(has_problem(problems, "data.state"));
}

TEST_CASE("a period is a year, a quarter or a month") {
    for (const auto* ok : {"2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12"}) {
        INFO(ok);
        CHECK(evaluation_period_kind(ok).has_value());
    }
    CHECK(evaluation_period_kind("2026") == PeriodKind::ANNUAL);
    CHECK(evaluation_period_kind("2026-Q3") == PeriodKind::QUARTERLY);
    CHECK(evaluation_period_kind("2026-11") == PeriodKind::MONTHLY);
    for (const auto* bad : {"", "26", "2026-Q0", "2026-Q5", "2026-00", "2026-13", "2026-1",
                            "2026/11", "2026-11-01", "0999", "2026-q3", "20a6"}) {
        INFO(bad);
        CHECK_FALSE(evaluation_period_kind(bad));
    }
    auto e = draft();
    e.period = "2026-13";
    CHECK(has_code(e.validate(), "invalid_period"));
}

TEST_CASE("a rated value must be a BerAKHLAK value") {
    auto e = draft();
    e.values["JUJUR"] = {Rating::SESUAI_EKSPEKTASI, ""};
    const auto problems = e.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.values.JUJUR");
    CHECK(problems[0].code == "unknown_value");
}

TEST_CASE("a draft may rate some values, a final evaluation must rate all seven") {
    auto e = draft();
    CHECK(e.validate().empty());
    e.state = EvaluationState::FINAL;
    const auto problems = e.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "incomplete");
    CHECK(problems[0].message_en.find("KOLABORATIF") != std::string::npos);
    CHECK(problems[0].message_en.find("AKUNTABEL") == std::string::npos);
    CHECK(final_evaluation().validate().empty());
}

TEST_CASE("a stored predikat must match the matrix") {
    auto e = draft();  // di atas, sesuai -> BAIK
    e.predikat = Predikat::SANGAT_BAIK;
    CHECK(has_code(e.validate(), "predikat_mismatch"));
    e.predikat = Predikat::BAIK;
    CHECK(e.validate().empty());
}

TEST_CASE("the derived predikat comes from the two ratings") {
    auto e = draft();
    e.hasil_kerja = Rating::DI_BAWAH_EKSPEKTASI;
    e.perilaku = Rating::DI_BAWAH_EKSPEKTASI;
    CHECK(e.with_derived_predikat().predikat == Predikat::SANGAT_KURANG);
    CHECK_FALSE(e.predikat);
}

TEST_CASE("evidence and feedback have length limits") {
    auto e = draft();
    e.values["AKUNTABEL"].evidence = std::string(kEvidenceMaxChars, 'e');
    e.feedback = std::string(kFeedbackMaxChars, 'f');
    CHECK(e.validate().empty());
    e.values["AKUNTABEL"].evidence += "e";
    e.feedback += "f";
    const auto problems = e.validate();
    CHECK(has_problem(problems, "data.values.AKUNTABEL.evidence"));
    CHECK(has_problem(problems, "data.feedback"));
}

TEST_CASE("an evaluation's employee and superseded id are UUIDs and its evaluator not blank") {
    auto e = draft();
    e.employee_id = "199001012015031001";
    e.supersedes = "old";
    e.evaluator = "";
    const auto problems = e.validate();
    CHECK(has_problem(problems, "data.employee_id"));
    CHECK(has_problem(problems, "data.supersedes"));
    CHECK(has_problem(problems, "data.evaluator"));
}

TEST_CASE("a draft may be updated, including to final") {
    auto edited = draft();
    edited.feedback = "Tingkatkan ketepatan waktu.";
    CHECK(can_update(draft(), edited).ok());
    auto finalised = final_evaluation();
    CHECK(can_update(draft(), finalised).ok());
}

TEST_CASE("a final evaluation refuses any change") {
    const auto stored = final_evaluation();
    auto edited = stored;
    edited.feedback = "Diubah.";
    auto result = can_update(stored, edited);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "evaluation_final");

    auto reopened = stored;
    reopened.state = EvaluationState::DRAFT;
    CHECK(can_update(stored, reopened).error().code == "evaluation_final");
}

TEST_CASE("re-sending a final evaluation unchanged is not a change") {
    CHECK(can_update(final_evaluation(), final_evaluation()).ok());
}

TEST_CASE("a draft cannot move to another employee or period") {
    auto moved = draft();
    moved.period = "2026-Q4";
    CHECK(can_update(draft(), moved).error().code == "evaluation_key_changed");
}

TEST_CASE("a correction supersedes a final evaluation of the same employee and period") {
    auto correction = final_evaluation();
    correction.supersedes = kFinalId;
    correction.hasil_kerja = Rating::SESUAI_EKSPEKTASI;
    correction = correction.with_derived_predikat();
    CHECK(can_supersede(final_evaluation(), correction).ok());
    CHECK(can_supersede(draft(), correction).error().code == "supersedes_draft");
    correction.period = "2026-Q2";
    CHECK(can_supersede(final_evaluation(), correction).error().code == "supersedes_other");
}

TEST_CASE("evaluation states convert to and from their codes") {
    CHECK(evaluation_state_from_string("FINAL") == EvaluationState::FINAL);
    CHECK(to_string(EvaluationState::DRAFT) == "DRAFT");
    CHECK_FALSE(evaluation_state_from_string("final"));
}
