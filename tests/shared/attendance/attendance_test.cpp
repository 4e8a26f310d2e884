#include "attendance/attendance.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using pantau::Attendance;
using pantau::AttendanceStatusCatalogue;
using pantau::CatalogueFile;
using pantau::Date;
using pantau::embedded_catalogue;
using pantau::has_code;
using pantau::has_problem;
using pantau::leave_kind_catalogue;
using pantau::Location;
using pantau::Problems;

namespace {

constexpr auto kEmployee = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

Attendance hadir() {
    Attendance a;
    a.employee_id = kEmployee;
    a.date = *Date::parse("2026-11-23");
    a.status = "HADIR";
    a.recorded_at = 1'795'393'865'000;  // 2026-11-23T00:31:05Z, 08:31 WITA
    return a;
}

Attendance terlambat(int minutes) {
    auto a = hadir();
    a.status = "TERLAMBAT";
    a.minutes = minutes;
    return a;
}

Attendance cuti(std::optional<std::string> kind) {
    auto a = hadir();
    a.status = "CUTI";
    a.leave_kind = std::move(kind);
    return a;
}

// The only problem of `a`, which must be on `field` with `code`.
void check_single_problem(const Attendance& a, const std::string& field, const std::string& code) {
    const auto problems = a.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == field);
    CHECK(problems[0].code == code);
    CHECK_FALSE(problems[0].message_id.empty());
    CHECK_FALSE(problems[0].message_en.empty());
}

std::string repeat(const std::string& piece, int times) {
    std::string text;
    for (int i = 0; i < times; ++i)
        text += piece;
    return text;
}

}  // namespace

TEST_CASE("an attendance is written as the protocol's data object") {
    auto a = terlambat(45);
    a.note = "Ban motor bocor";
    a.location = Location{-5.1355, 119.4883, 12.5};
    CHECK(a.to_json() ==
          json{{"employee_id", kEmployee},
               {"date", "2026-11-23"},
               {"status", "TERLAMBAT"},
               {"minutes", 45},
               {"note", "Ban motor bocor"},
               {"recorded_at", "2026-11-23T00:31:05Z"},
               {"location", {{"lat", -5.1355}, {"lon", 119.4883}, {"accuracy_m", 12.5}}}});
}

TEST_CASE("empty optional fields of an attendance are omitted") {
    const auto j = hadir().to_json();
    CHECK(j.size() == 4);
    for (const auto* key : {"minutes", "leave_kind", "note", "location"})
        CHECK_FALSE(j.contains(key));
}

TEST_CASE("an attendance survives a JSON round trip") {
    Problems problems;
    Attendance a = hadir();
    SECTION("a plain HADIR") {}
    SECTION("a late arrival with a note and a location") {
        a = terlambat(720);
        a.note = "Rapat di kecamatan, lanjut ke kantor";
        a.location = Location{-5.1355, 119.4883, 8.0};
        a.recorded_at = 1'795'393'865'250;
    }
    SECTION("a leave") {
        a = cuti("CUTI_MELAHIRKAN");
    }
    SECTION("a location without accuracy") {
        a.location = Location{0.0, 0.0, std::nullopt};
    }
    CHECK(Attendance::from_json(a.to_json(), problems) == a);
    CHECK(problems.empty());
    CHECK(a.validate().empty());
}

TEST_CASE("an attendance with an unknown status is refused") {
    auto a = hadir();
    a.status = "WFH";
    check_single_problem(a, "data.status", "unknown_value");
    a.status = "hadir";
    check_single_problem(a, "data.status", "unknown_value");
}

TEST_CASE("statuses that need minutes require them within 1 to 720") {
    SECTION("TERLAMBAT without minutes") {
        auto a = terlambat(1);
        a.minutes.reset();
        check_single_problem(a, "data.minutes", "required");
    }
    SECTION("PULANG_CEPAT without minutes") {
        auto a = hadir();
        a.status = "PULANG_CEPAT";
        check_single_problem(a, "data.minutes", "required");
    }
    SECTION("0 minutes") {
        check_single_problem(terlambat(0), "data.minutes", "out_of_range");
    }
    SECTION("1 minute") {
        CHECK(terlambat(1).validate().empty());
    }
    SECTION("720 minutes") {
        CHECK(terlambat(720).validate().empty());
    }
    SECTION("721 minutes") {
        check_single_problem(terlambat(721), "data.minutes", "out_of_range");
    }
    SECTION("negative minutes") {
        check_single_problem(terlambat(-5), "data.minutes", "out_of_range");
    }
}

TEST_CASE("statuses without minutes refuse them") {
    auto a = hadir();
    a.minutes = 10;
    check_single_problem(a, "data.minutes", "not_allowed");
}

TEST_CASE("CUTI requires a known leave kind") {
    SECTION("a known kind") {
        CHECK(cuti("CUTI_TAHUNAN").validate().empty());
    }
    SECTION("no kind") {
        check_single_problem(cuti(std::nullopt), "data.leave_kind", "required");
    }
    SECTION("an unknown kind") {
        check_single_problem(cuti("CUTI_HAJI"), "data.leave_kind", "unknown_value");
    }
}

TEST_CASE("statuses other than CUTI refuse a leave kind") {
    auto a = hadir();
    a.status = "SAKIT";
    a.leave_kind = "CUTI_SAKIT";
    check_single_problem(a, "data.leave_kind", "not_allowed");
}

TEST_CASE("a location must lie on the globe") {
    auto a = hadir();
    SECTION("the extremes are accepted") {
        a.location = Location{90.0, -180.0, 0.0};
        CHECK(a.validate().empty());
        a.location = Location{-90.0, 180.0, std::nullopt};
        CHECK(a.validate().empty());
    }
    SECTION("latitude beyond 90") {
        a.location = Location{90.5, 119.0, 5.0};
        check_single_problem(a, "data.location.lat", "out_of_range");
    }
    SECTION("longitude beyond -180") {
        a.location = Location{-5.0, -180.1, 5.0};
        check_single_problem(a, "data.location.lon", "out_of_range");
    }
    SECTION("a negative accuracy") {
        a.location = Location{-5.0, 119.0, -1.0};
        check_single_problem(a, "data.location.accuracy_m", "out_of_range");
    }
}

TEST_CASE("a note has at most 1000 characters, counted as characters not bytes") {
    auto a = hadir();
    a.note = repeat("é", 1000);  // 2000 bytes
    CHECK(a.validate().empty());
    a.note = repeat("a", 1001);
    check_single_problem(a, "data.note", "too_long");
}

TEST_CASE("an attendance's employee_id must be a lowercase UUID") {
    auto a = hadir();
    a.employee_id = "198503122010012003";
    check_single_problem(a, "data.employee_id", "invalid_uuid");
}

TEST_CASE("several broken rules are all reported") {
    auto a = cuti(std::nullopt);
    a.minutes = 3;
    a.employee_id = "";
    const auto problems = a.validate();
    CHECK(problems.size() == 3);
    CHECK(has_problem(problems, "data.employee_id"));
    CHECK(has_problem(problems, "data.minutes"));
    CHECK(has_problem(problems, "data.leave_kind"));
}

TEST_CASE("statuses come from the catalogue given, not from code") {
    const auto statuses = pantau::AttendanceStatusCatalogue::from_file(
        {"attendance_statuses", "test",
         json::array({{{"code", "WFH"},
                       {"label_id", "Bekerja dari rumah"},
                       {"label_en", "Working from home"},
                       {"needs_minutes", false},
                       {"needs_leave_kind", false},
                       {"counts_as_present", true},
                       {"unexcused_absence", false}}})});
    auto a = hadir();
    a.status = "WFH";
    CHECK(a.validate(statuses, pantau::leave_kind_catalogue()).empty());
    CHECK(has_problem(hadir().validate(statuses, pantau::leave_kind_catalogue()), "data.status"));
}

TEST_CASE("an attendance with an unknown field is refused") {
    Problems problems;
    SECTION("at the top") {
        auto j = hadir().to_json();
        j["photo"] = "base64...";
        Attendance::from_json(j, problems);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "data.photo");
    }
    SECTION("inside the location") {
        auto a = hadir();
        a.location = Location{-5.0, 119.0, 3.0};
        auto j = a.to_json();
        j["location"]["altitude"] = 20;
        Attendance::from_json(j, problems);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "data.location.altitude");
    }
    CHECK(problems[0].code == "unknown_field");
}

TEST_CASE("an attendance with fields of the wrong type is refused") {
    Problems problems;
    auto a = terlambat(15);
    a.location = Location{-5.0, 119.0, 3.0};
    auto j = a.to_json();
    std::string field, code = "wrong_type";
    SECTION("minutes as text") {
        j["minutes"] = "15";
        field = "data.minutes";
    }
    SECTION("minutes with a fraction") {
        j["minutes"] = 15.5;
        field = "data.minutes";
    }
    SECTION("minutes beyond any integer a record can hold") {
        j["minutes"] = 5'000'000'000LL;
        field = "data.minutes";
        code = "out_of_range";
    }
    SECTION("a date that is not a real date") {
        j["date"] = "2026-02-30";
        field = "data.date";
        code = "invalid_date";
    }
    SECTION("a date in another format") {
        j["date"] = "23/11/2026";
        field = "data.date";
        code = "invalid_date";
    }
    SECTION("recorded_at as Unix milliseconds") {
        j["recorded_at"] = 1'795'393'865'000LL;
        field = "data.recorded_at";
        code = "invalid_timestamp";
    }
    SECTION("a location that is not an object") {
        j["location"] = json::array({-5.0, 119.0});
        field = "data.location";
    }
    SECTION("a latitude as text") {
        j["location"]["lat"] = "-5.0";
        field = "data.location.lat";
    }
    SECTION("a note as a number") {
        j["note"] = 42;
        field = "data.note";
    }
    Attendance::from_json(j, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == field);
    CHECK(problems[0].code == code);
}

TEST_CASE("an attendance missing required fields gets one problem per field") {
    Problems problems;
    Attendance::from_json(json::object(), problems);
    CHECK(problems.size() == 4);
    for (const auto* field : {"data.employee_id", "data.date", "data.status", "data.recorded_at"}) {
        INFO(field);
        CHECK(has_problem(problems, field));
    }
    CHECK(has_code(problems, "missing_field"));
}

TEST_CASE("a location missing its coordinates is refused") {
    Problems problems;
    auto j = hadir().to_json();
    j["location"] = {{"accuracy_m", 4.0}};
    Attendance::from_json(j, problems);
    CHECK(problems.size() == 2);
    CHECK(has_problem(problems, "data.location.lat"));
    CHECK(has_problem(problems, "data.location.lon"));
}

TEST_CASE("a DIKLAT day may name the training it was spent at, another status may not") {
    auto a = hadir();
    a.status = "DIKLAT";
    a.training_id = "16fd2706-8baf-433b-82eb-8c7fada847da";
    CHECK(a.validate().empty());
    const auto j = a.to_json();
    CHECK(j.at("training_id") == "16fd2706-8baf-433b-82eb-8c7fada847da");
    Problems problems;
    CHECK(Attendance::from_json(j, problems) == a);
    CHECK(problems.empty());
    // Without one it is a DIKLAT day all the same.
    a.training_id.reset();
    CHECK(a.validate().empty());
    CHECK_FALSE(a.to_json().contains("training_id"));

    a = hadir();
    a.training_id = "16fd2706-8baf-433b-82eb-8c7fada847da";
    check_single_problem(a, "data.training_id", "not_allowed");
    a.status = "SAKIT";
    check_single_problem(a, "data.training_id", "not_allowed");
    a.status = "DIKLAT";
    a.training_id = "pelatihan gizi";
    check_single_problem(a, "data.training_id", "invalid_uuid");
}

TEST_CASE("which status links trainings is the catalogue's to say") {
    CatalogueFile file = embedded_catalogue("attendance_statuses");
    for (auto& entry : file.entries)
        if (entry.at("code") == "DINAS_LUAR")
            entry["links_training"] = true;
    const auto statuses = AttendanceStatusCatalogue::from_file(file);
    auto a = hadir();
    a.status = "DINAS_LUAR";
    a.training_id = "16fd2706-8baf-433b-82eb-8c7fada847da";
    CHECK(a.validate(statuses, leave_kind_catalogue()).empty());
    CHECK_FALSE(a.validate().empty());  // the embedded table links DIKLAT only

    // A status that does not count as present cannot link one.
    for (auto& entry : file.entries)
        if (entry.at("code") == "SAKIT")
            entry["links_training"] = true;
    CHECK_THROWS_AS(AttendanceStatusCatalogue::from_file(file), std::invalid_argument);
}

TEST_CASE("a late day may also record the minutes it left early") {
    auto a = terlambat(300);
    a.early_minutes = 150;
    CHECK(a.validate().empty());
    const auto j = a.to_json();
    CHECK(j.at("early_minutes") == 150);
    Problems problems;
    CHECK(Attendance::from_json(j, problems) == a);
    CHECK(problems.empty());
    // Without them it is a late day as before, and the field is left out.
    a.early_minutes.reset();
    CHECK(a.validate().empty());
    CHECK_FALSE(a.to_json().contains("early_minutes"));
}

TEST_CASE("early-leave minutes lie within 1 and what the day has left") {
    auto a = terlambat(30);
    SECTION("1 minute is accepted") {
        a.early_minutes = 1;
        CHECK(a.validate().empty());
    }
    SECTION("0 minutes are refused") {
        a.early_minutes = 0;
        check_single_problem(a, "data.early_minutes", "out_of_range");
    }
    SECTION("negative minutes are refused") {
        a.early_minutes = -1;
        check_single_problem(a, "data.early_minutes", "out_of_range");
    }
    SECTION("more than 720 on their own are refused") {
        a.early_minutes = Attendance::kMaxMinutes + 1;
        check_single_problem(a, "data.early_minutes", "out_of_range");
    }
    SECTION("late and early together up to the whole day are accepted") {
        a.minutes = 300;
        a.early_minutes = Attendance::kMaxMinutes - 300;
        CHECK(a.validate().empty());
    }
    SECTION("one minute beyond the day is refused") {
        a.minutes = 300;
        a.early_minutes = Attendance::kMaxMinutes - 300 + 1;
        check_single_problem(a, "data.early_minutes", "out_of_range");
    }
}

TEST_CASE("early-leave minutes are refused on every status but the late one") {
    for (const std::string status : {"HADIR", "PULANG_CEPAT", "IZIN", "SAKIT", "DINAS_LUAR",
                                     "DIKLAT", "LIBUR", "TANPA_KETERANGAN"}) {
        CAPTURE(status);
        auto a = hadir();
        a.status = status;
        if (status == "PULANG_CEPAT")
            a.minutes = 30;
        a.early_minutes = 30;
        check_single_problem(a, "data.early_minutes", "not_allowed");
    }
    auto a = cuti("CUTI_TAHUNAN");
    a.early_minutes = 30;
    check_single_problem(a, "data.early_minutes", "not_allowed");
}

TEST_CASE("early-leave minutes of the wrong type are refused") {
    auto j = terlambat(30).to_json();
    j["early_minutes"] = "30";
    Problems problems;
    Attendance::from_json(j, problems);
    CHECK(has_problem(problems, "data.early_minutes"));
    j["early_minutes"] = 3'000'000'000LL;
    problems.clear();
    Attendance::from_json(j, problems);
    CHECK(has_problem(problems, "data.early_minutes"));
    CHECK(has_code(problems, "out_of_range"));
}

TEST_CASE("which status records early-leave minutes is the catalogue's to say") {
    CatalogueFile file = embedded_catalogue("attendance_statuses");
    for (auto& entry : file.entries)
        if (entry.at("code") == "TERLAMBAT")
            entry.erase("early_leave_series");
    const auto statuses = AttendanceStatusCatalogue::from_file(file);
    auto a = terlambat(30);
    a.early_minutes = 30;
    CHECK(a.validate().empty());
    const auto problems = a.validate(statuses, leave_kind_catalogue());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.early_minutes");
    CHECK(problems[0].code == "not_allowed");

    // Only a status with a lateness series of its own can have one.
    for (auto& entry : file.entries)
        if (entry.at("code") == "HADIR")
            entry["early_leave_series"] = "PSW";
    CHECK_THROWS_AS(AttendanceStatusCatalogue::from_file(file), std::invalid_argument);
}
