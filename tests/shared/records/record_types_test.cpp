#include "records/record_types.h"

#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "attendance/duty_roster.h"
#include "core/catalogue.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "org/unit.h"
#include "records/period_lock.h"
#include "survey/survey_response.h"
#include "sync/scope_exit.h"
#include "training/training.h"

using nlohmann::json;
using namespace pantau;

namespace {
const std::string kUnit = "aaaaaaaa-0000-4000-8000-000000000001";
const std::string kEmployee = "cccccccc-0000-4000-8000-000000000003";
const std::int64_t kAt = 1'795'400'000'000;

json valid_data(std::string_view type) {
    if (type == "unit")
        return Unit{"Puskesmas Sukamaju", "PUSKESMAS", kUnit, "Asia/Jakarta"}.to_json();
    if (type == "employee")
        return Employee{"198503122010012003",
                        "Siti Rahmawati",
                        EmployeeKind::PNS,
                        "III/a",
                        "Perawat Ahli Pertama",
                        std::nullopt,
                        kUnit,
                        true}
            .to_json();
    if (type == "catalogue") {
        const auto& file = embedded_catalogue("holidays");
        return {{"catalogue", file.name},
                {"version", "2027.1"},
                {"source", "SKB"},
                {"entries", file.entries}};
    }
    if (type == "period_lock") {
        PeriodLock lock;
        lock.period = "2026-10";
        lock.closed_at = kAt;
        return lock.to_json();
    }
    if (type == "scope_exit")
        return sync::ScopeExit{"employee", kEmployee, kUnit, kUnit, kAt}.to_json();
    if (type == "attendance")
        return Attendance{kEmployee,    *Date::parse("2026-11-23"),
                          "HADIR",      std::nullopt,
                          std::nullopt, std::nullopt,
                          kAt,          std::nullopt}
            .to_json();
    if (type == "duty_roster") {
        DutyRoster r;
        r.employee_id = kEmployee;
        r.year = 2026;
        r.month = 11;
        r.shifts = {{*Date::parse("2026-11-07"), "PAGI"}, {*Date::parse("2026-11-09"), "LIBUR"}};
        r.recorded_at = kAt;
        return r.to_json();
    }
    if (type == "discipline_case") {
        DisciplineCase c;
        c.employee_id = kEmployee;
        c.opened_at = kAt;
        c.article = "4f";
        c.level_estimate = "RINGAN";
        c.summary = "Tidak masuk kerja tanpa keterangan 3 hari.";
        return c.to_json();
    }
    if (type == "discipline_event") {
        DisciplineEvent e;
        e.case_id = kEmployee;
        e.step = CaseState::REPORTED;
        e.at = kAt;
        e.actor = "Kepala Puskesmas";
        return e.to_json();
    }
    if (type == "evaluation") {
        Evaluation e;
        e.employee_id = kEmployee;
        e.period = "2026-11";
        e.feedback = "Pertahankan.";
        return e.with_derived_predikat().to_json();
    }
    if (type == "training") {
        Training t;
        t.employee_id = kEmployee;
        t.title = "Pelatihan Manajemen Puskesmas";
        t.kind = "KLASIKAL";
        t.organiser = "BPSDM Provinsi";
        t.start_date = *Date::parse("2026-11-09");
        t.end_date = *Date::parse("2026-11-11");
        t.jp = 24;
        t.competency = "MANAJERIAL";
        return t.to_json();
    }
    SurveyResponse s;
    s.unit_id = kUnit;
    s.collected_at = kAt;
    for (auto& score : s.scores)
        score = 4;
    return s.to_json();
}
}  // namespace

TEST_CASE("every protocol type is known with the right the protocol gives devices") {
    CHECK(find_record_type("unit")->device_right == DeviceRight::Read);
    CHECK(find_record_type("employee")->device_right == DeviceRight::Read);
    CHECK(find_record_type("attendance")->device_right == DeviceRight::CreateAndUpdate);
    CHECK(find_record_type("discipline_case")->device_right ==
          DeviceRight::CreateAndUpdateUntilDecided);
    CHECK(find_record_type("discipline_event")->device_right == DeviceRight::CreateOnly);
    CHECK(find_record_type("evaluation")->device_right == DeviceRight::CreateAndUpdateWhileDraft);
    CHECK(find_record_type("survey_response")->device_right == DeviceRight::CreateOnly);
    CHECK(find_record_type("training")->device_right == DeviceRight::CreateAndUpdate);
    CHECK(find_record_type("catalogue")->device_right == DeviceRight::Read);
    CHECK(find_record_type("period_lock")->device_right == DeviceRight::Read);
    CHECK(find_record_type("scope_exit")->device_right == DeviceRight::Read);
    CHECK(find_record_type("duty_roster")->device_right == DeviceRight::CreateAndUpdate);
    CHECK(record_types().size() == 12);
    CHECK(find_record_type("salary") == nullptr);
}

TEST_CASE("valid data of every type passes its check") {
    for (const auto& type : record_types()) {
        INFO(type.name);
        const auto problems = check_record_data(type.name, valid_data(type.name));
        INFO(summarize(problems));
        CHECK(problems.empty());
    }
}

TEST_CASE("an unknown field, a wrong type or a domain rule fails the check of every type") {
    for (const auto& type : record_types()) {
        INFO(type.name);
        json extra = valid_data(type.name);
        extra["salary"] = 1;
        CHECK(has_code(check_record_data(type.name, extra), "unknown_field"));
        CHECK(has_code(check_record_data(type.name, json::array()), "not_object"));
    }
    json attendance = valid_data("attendance");
    attendance["status"] = "LIBURAN";
    CHECK(has_code(check_record_data("attendance", attendance), "unknown_value"));
    attendance["status"] = 3;
    CHECK(has_code(check_record_data("attendance", attendance), "wrong_type"));
    json employee = valid_data("employee");
    employee["nip"] = "198513122010012003";
    CHECK_FALSE(check_record_data("employee", employee).empty());
}

TEST_CASE("an unknown type is one problem in both languages") {
    const auto problems = check_record_data("salary", json::object());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "unknown_type");
    CHECK(problems[0].message_id.find("salary") != std::string::npos);
}

TEST_CASE("what other systems send for nothing is normalised to nothing before the check") {
    const json sent = {{"employee_id", kEmployee}, {"date", "2026-11-23"},
                       {"status", "HADIR"},        {"minutes", 0},
                       {"leave_kind", ""},         {"note", nullptr},
                       {"location", nullptr},      {"recorded_at", "2026-11-23T02:00:00Z"}};
    CHECK_FALSE(check_record_data("attendance", sent).empty());  // as sent, it fails
    const json stored = normalised_record_data("attendance", sent);
    CHECK(stored == json{{"employee_id", kEmployee},
                         {"date", "2026-11-23"},
                         {"status", "HADIR"},
                         {"recorded_at", "2026-11-23T02:00:00Z"}});
    CHECK(check_record_data("attendance", stored).empty());
    // Normal data is left as it is.
    CHECK(normalised_record_data("attendance", stored) == stored);

    SECTION("null minutes, too") {
        json with_null = stored;
        with_null["minutes"] = nullptr;
        CHECK(normalised_record_data("attendance", with_null) == stored);
    }
    SECTION("zero minutes on a status that records minutes stay, and fail the check") {
        json late = stored;
        late["status"] = "TERLAMBAT";
        late["minutes"] = 0;
        CHECK(normalised_record_data("attendance", late).at("minutes") == 0);
        CHECK_FALSE(
            check_record_data("attendance", normalised_record_data("attendance", late)).empty());
    }
    SECTION("a real value where none belongs is left for the check to refuse") {
        json odd = stored;
        odd["leave_kind"] = "CUTI_TAHUNAN";
        odd["minutes"] = 5;
        const json kept = normalised_record_data("attendance", odd);
        CHECK(kept.at("leave_kind") == "CUTI_TAHUNAN");
        CHECK(kept.at("minutes") == 5);
        CHECK_FALSE(check_record_data("attendance", kept).empty());
    }
    SECTION("empty optional text of a step") {
        const json step = {
            {"case_id", kUnit}, {"step", "REPORTED"},         {"at", "2026-11-23T02:00:00Z"},
            {"actor", "head"},  {"documents", json::array()}, {"note", ""},
            {"sanction", ""},   {"corrects", nullptr}};
        const json kept = normalised_record_data("discipline_event", step);
        CHECK_FALSE(kept.contains("note"));
        CHECK_FALSE(kept.contains("sanction"));
        CHECK_FALSE(kept.contains("corrects"));
        CHECK(kept.at("actor") == "head");
    }
    SECTION("an empty certificate number of a training and an empty training link of a day") {
        json training = valid_data("training");
        training["certificate_number"] = "";
        CHECK_FALSE(normalised_record_data("training", training).contains("certificate_number"));
        json day = stored;
        day["training_id"] = "";
        CHECK(normalised_record_data("attendance", day) == stored);
    }
    CHECK(normalised_record_data("attendance", json::array()) == json::array());
}
