#include "training/training.h"

#include <catch2/catch.hpp>

#include "records/record_types.h"

using nlohmann::json;
using namespace pantau;

namespace {

constexpr auto kEmployee = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

Training course() {
    Training t;
    t.employee_id = kEmployee;
    t.title = "Pelatihan Tata Laksana Gizi Buruk";
    t.kind = "KLASIKAL";
    t.organiser = "BPSDM Provinsi Jawa Barat";
    t.start_date = *Date::parse("2026-09-14");
    t.end_date = *Date::parse("2026-09-16");
    t.jp = 24;
    t.competency = "TEKNIS";
    t.certificate_number = "445/123/BPSDM/2026";
    return t;
}

// The only problem of `t`, which must be on `field` with `code`, in both languages.
void check_single_problem(const Training& t, const std::string& field, const std::string& code) {
    const auto problems = t.validate();
    INFO(summarize(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == field);
    CHECK(problems[0].code == code);
    CHECK_FALSE(problems[0].message_id.empty());
    CHECK_FALSE(problems[0].message_en.empty());
}

std::string letters(std::size_t n) {
    return std::string(n, 'a');
}

}  // namespace

TEST_CASE("a training is written as the protocol's data object and read back") {
    const Training t = course();
    const json j = t.to_json();
    CHECK(j == json{{"employee_id", kEmployee},
                    {"title", "Pelatihan Tata Laksana Gizi Buruk"},
                    {"kind", "KLASIKAL"},
                    {"organiser", "BPSDM Provinsi Jawa Barat"},
                    {"start_date", "2026-09-14"},
                    {"end_date", "2026-09-16"},
                    {"jp", 24},
                    {"competency", "TEKNIS"},
                    {"certificate_number", "445/123/BPSDM/2026"}});
    CHECK(j.at("jp").is_number_integer());
    Problems problems;
    CHECK(Training::from_json(j, problems) == t);
    CHECK(problems.empty());
    CHECK(t.validate().empty());

    Training half = t;
    half.jp = 2.5;
    half.certificate_number.reset();
    CHECK(half.to_json().at("jp") == 2.5);
    CHECK_FALSE(half.to_json().contains("certificate_number"));
    CHECK(Training::from_json(half.to_json(), problems) == half);
}

TEST_CASE("a training without a field, with a wrong type or an unknown field is refused") {
    json j = course().to_json();
    j.erase("organiser");
    j["jp"] = "24";
    j["salary"] = 1;
    Problems problems;
    (void)Training::from_json(j, problems);
    CHECK(has_code(problems, "missing_field"));
    CHECK(has_code(problems, "wrong_type"));
    CHECK(has_code(problems, "unknown_field"));
}

TEST_CASE("JP must be more than 0, at most the maximum, and whole tenths") {
    Training t = course();
    t.jp = 0;
    check_single_problem(t, "data.jp", "out_of_range");
    t.jp = -1;
    check_single_problem(t, "data.jp", "out_of_range");
    t.jp = 0.1;
    CHECK(t.validate().empty());
    t.jp = Training::kMaxJp;
    CHECK(t.validate().empty());
    t.jp = Training::kMaxJp + 0.1;
    check_single_problem(t, "data.jp", "out_of_range");
    t.jp = 1.25;
    check_single_problem(t, "data.jp", "too_precise");
}

TEST_CASE("the end date may not come before the start date, nor the activity last over a year") {
    Training t = course();
    t.end_date = t.start_date;
    CHECK(t.validate().empty());  // one day
    t.end_date = t.start_date.plus_days(-1);
    check_single_problem(t, "data.end_date", "before_start");
    t.end_date = t.start_date.plus_days(Training::kMaxDays - 1);
    CHECK(t.validate().empty());
    t.end_date = t.start_date.plus_days(Training::kMaxDays);
    check_single_problem(t, "data.end_date", "too_long");
}

TEST_CASE("a kind or competency the catalogues do not hold is refused") {
    Training t = course();
    t.kind = "STUDI_BANDING";
    check_single_problem(t, "data.kind", "unknown_value");
    t = course();
    t.competency = "SPIRITUAL";
    check_single_problem(t, "data.competency", "unknown_value");
    for (const auto& kind : training_kind_catalogue().entries()) {
        t = course();
        t.kind = kind.code;
        CHECK(t.validate().empty());
    }
    // The six kinds of the field and the three competencies of an ASN position.
    CHECK(training_kind_catalogue().entries().size() == 6);
    CHECK(competency_kind_catalogue().find("SOSIAL_KULTURAL"));
}

TEST_CASE("every text of a training has a limit and the required ones may not be blank") {
    Training t = course();
    t.title = letters(Training::kMaxTitleLength);
    CHECK(t.validate().empty());
    t.title = letters(Training::kMaxTitleLength + 1);
    check_single_problem(t, "data.title", "too_long");
    // Characters, not bytes: 300 letters of two bytes each are within the limit.
    t.title.clear();
    for (std::size_t i = 0; i < Training::kMaxTitleLength; ++i)
        t.title += "é";
    CHECK(t.validate().empty());
    t.title = "   ";
    check_single_problem(t, "data.title", "empty");

    t = course();
    t.organiser = letters(Training::kMaxOrganiserLength + 1);
    check_single_problem(t, "data.organiser", "too_long");
    t.organiser = "";
    check_single_problem(t, "data.organiser", "empty");

    t = course();
    t.certificate_number = letters(Training::kMaxCertificateLength + 1);
    check_single_problem(t, "data.certificate_number", "too_long");
    t.certificate_number = " ";
    check_single_problem(t, "data.certificate_number", "empty");

    t = course();
    t.employee_id = "Siti";
    check_single_problem(t, "data.employee_id", "invalid_uuid");
}

TEST_CASE("a training record is checked by its record type as the device store and server do") {
    CHECK(check_record_data("training", course().to_json()).empty());
    json j = course().to_json();
    j["end_date"] = "2026-09-13";
    CHECK(has_code(check_record_data("training", j), "before_start"));
}
