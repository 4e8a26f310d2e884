#include <catch2/catch.hpp>

#include "attendance/attendance_status.h"
#include "attendance/lateness_band.h"
#include "attendance/leave_kind.h"

using nlohmann::json;
using pantau::attendance_status_catalogue;
using pantau::lateness_band_catalogue;
using pantau::leave_kind_catalogue;

TEST_CASE("the status catalogue holds the eleven common day statuses with both labels") {
    const auto& statuses = attendance_status_catalogue();
    CHECK(statuses.entries().size() == 11);
    for (const auto* code :
         {"HADIR", "TERLAMBAT", "PULANG_CEPAT", "IZIN", "SAKIT", "CUTI", "DINAS_LUAR",
          "TUGAS_BELAJAR", "DIKLAT", "LIBUR", "TANPA_KETERANGAN"}) {
        INFO(code);
        REQUIRE(statuses.find(code));
        CHECK_FALSE(statuses.find(code)->label_id.empty());
        CHECK_FALSE(statuses.find(code)->label_en.empty());
    }
}

TEST_CASE("what each status means is in the catalogue") {
    const auto& statuses = attendance_status_catalogue();
    const auto* terlambat = statuses.find("TERLAMBAT");
    CHECK(terlambat->needs_minutes);
    CHECK(terlambat->counts_as_present);
    CHECK(terlambat->lateness_series == "TL");
    CHECK(statuses.find("PULANG_CEPAT")->lateness_series == "PSW");
    CHECK(statuses.find("CUTI")->needs_leave_kind);
    CHECK_FALSE(statuses.find("CUTI")->counts_as_present);
    CHECK(statuses.find("DINAS_LUAR")->counts_as_present);
    CHECK_FALSE(statuses.find("HADIR")->needs_minutes);
    CHECK_FALSE(statuses.find("HADIR")->lateness_series);
    int unexcused = 0, with_leave_kind = 0;
    for (const auto& s : statuses.entries()) {
        unexcused += s.unexcused_absence;
        with_leave_kind += s.needs_leave_kind;
    }
    CHECK(unexcused == 1);
    CHECK(statuses.find("TANPA_KETERANGAN")->unexcused_absence);
    CHECK(with_leave_kind == 1);
}

TEST_CASE("every lateness series of a status has bands and a band for a missing record") {
    for (const auto& s : attendance_status_catalogue().entries()) {
        if (!s.lateness_series)
            continue;
        INFO(s.code);
        CHECK(lateness_band_catalogue().band_for(*s.lateness_series, 1));
        CHECK(lateness_band_catalogue().band_for_missing_record(*s.lateness_series));
    }
}

TEST_CASE("a status catalogue with a lateness series but no minutes is refused") {
    const json entry = {{"code", "X"},
                        {"label_id", "x"},
                        {"label_en", "x"},
                        {"needs_minutes", false},
                        {"needs_leave_kind", false},
                        {"counts_as_present", true},
                        {"unexcused_absence", false},
                        {"lateness_series", "TL"}};
    CHECK_THROWS_AS(pantau::AttendanceStatusCatalogue::from_file(
                        {"attendance_statuses", "bad", json::array({entry})}),
                    std::invalid_argument);
}

TEST_CASE("the leave kinds of PP 11/2017 are in the catalogue with a length note") {
    const auto& kinds = leave_kind_catalogue();
    CHECK(kinds.entries().size() == 7);
    for (const auto* code :
         {"CUTI_TAHUNAN", "CUTI_BESAR", "CUTI_SAKIT", "CUTI_MELAHIRKAN", "CUTI_ALASAN_PENTING",
          "CUTI_BERSAMA", "CUTI_DILUAR_TANGGUNGAN_NEGARA"}) {
        INFO(code);
        REQUIRE(kinds.find(code));
        CHECK_FALSE(kinds.find(code)->label_id.empty());
        CHECK_FALSE(kinds.find(code)->label_en.empty());
        CHECK_FALSE(kinds.find(code)->max_length_id.empty());
        CHECK_FALSE(kinds.find(code)->max_length_en.empty());
    }
    CHECK_FALSE(kinds.find("CUTI_HAJI"));
}

TEST_CASE("late minutes fall into TL1 to TL4 at 30, 60 and 90 minutes") {
    const auto& bands = lateness_band_catalogue();
    const std::vector<std::pair<int, const char*>> cases = {{1, "TL1"},  {30, "TL1"}, {31, "TL2"},
                                                            {60, "TL2"}, {61, "TL3"}, {90, "TL3"},
                                                            {91, "TL4"}, {720, "TL4"}};
    for (const auto& [minutes, code] : cases) {
        INFO(minutes << " minutes");
        REQUIRE(bands.band_for("TL", minutes));
        CHECK(bands.band_for("TL", minutes)->code == code);
    }
}

TEST_CASE("early-leave minutes fall into PSW1 to PSW4 at the same limits") {
    const auto& bands = lateness_band_catalogue();
    const std::vector<std::pair<int, const char*>> cases = {
        {1, "PSW1"},  {30, "PSW1"}, {31, "PSW2"}, {60, "PSW2"},
        {61, "PSW3"}, {90, "PSW3"}, {91, "PSW4"}};
    for (const auto& [minutes, code] : cases) {
        INFO(minutes << " minutes");
        REQUIRE(bands.band_for("PSW", minutes));
        CHECK(bands.band_for("PSW", minutes)->code == code);
    }
}

TEST_CASE("zero minutes or an unknown series have no band") {
    CHECK_FALSE(lateness_band_catalogue().band_for("TL", 0));
    CHECK_FALSE(lateness_band_catalogue().band_for("TL", -3));
    CHECK_FALSE(lateness_band_catalogue().band_for("XX", 20));
}

TEST_CASE("a day without a clock record falls in the last band") {
    CHECK(lateness_band_catalogue().band_for_missing_record("TL")->code == "TL4");
    CHECK(lateness_band_catalogue().band_for_missing_record("PSW")->code == "PSW4");
}

TEST_CASE("each band carries its deduction percent") {
    const auto& bands = lateness_band_catalogue();
    CHECK(bands.find("TL1")->deduction_percent == Approx(0.5));
    CHECK(bands.find("TL2")->deduction_percent == Approx(1.0));
    CHECK(bands.find("TL3")->deduction_percent == Approx(1.25));
    CHECK(bands.find("PSW4")->deduction_percent == Approx(1.5));
}

TEST_CASE("a region's own bands can be supplied, and overlapping bands are refused") {
    const auto band = [](const char* code, int from, json to) {
        return json{
            {"code", code},     {"series", "TL"},           {"from_minutes", from},
            {"to_minutes", to}, {"deduction_percent", 1.0}, {"covers_missing_record", false}};
    };
    const auto custom = pantau::LatenessBandCatalogue::from_file(
        {"lateness_bands", "test", json::array({band("TL1", 1, 15), band("TL2", 16, nullptr)})});
    CHECK(custom.band_for("TL", 15)->code == "TL1");
    CHECK(custom.band_for("TL", 16)->code == "TL2");
    CHECK_FALSE(custom.band_for_missing_record("TL"));
    CHECK_THROWS_AS(
        pantau::LatenessBandCatalogue::from_file(
            {"lateness_bands", "bad", json::array({band("TL1", 1, 30), band("TL2", 30, 60)})}),
        std::invalid_argument);
    CHECK_THROWS_AS(pantau::LatenessBandCatalogue::from_file(
                        {"lateness_bands", "bad", json::array({band("TL1", 0, 30)})}),
                    std::invalid_argument);
}
