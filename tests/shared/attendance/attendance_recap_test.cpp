// The month's recap rule (attendance/attendance_recap.h) on its own: the
// deduction's cap, statuses the catalogue lacks, and the TPP table's reader.
#include "attendance/attendance_recap.h"

#include <catch2/catch.hpp>

#include "records/catalogue_set.h"

using namespace pantau;

namespace {

Date day(const char* iso) {
    return *Date::parse(iso);
}

}  // namespace

TEST_CASE("a month of unexcused days deducts the whole TPP and no more") {
    const auto set = CatalogueSet::embedded();
    std::vector<AttendanceDay> days;
    for (Date d = day("2026-11-01"); d <= day("2026-11-30"); d = d.plus_days(1))
        days.push_back({d, "TANPA_KETERANGAN", 0});
    const AttendanceRecap r =
        recap_attendance(day("2026-11-01"), day("2026-11-30"), days, set->recap_tables());
    CHECK(r.working_days == 21);
    CHECK(r.recorded_days == 21);  // the weekend days are not counted
    CHECK(r.unexcused_days == 21);
    CHECK(r.deduction_hundredths == kFullDeductionHundredths);  // 21 x 5 % capped at 100 %
}

TEST_CASE("a status the catalogue does not know is recorded under its code, with no deduction") {
    const auto set = CatalogueSet::embedded();
    const AttendanceRecap r =
        recap_attendance(day("2026-11-02"), day("2026-11-06"),
                         {{day("2026-11-02"), "PIKET_MALAM", 30},
                          {day("2026-11-03"), "TERLAMBAT", 0},
                          {day("2026-11-03"), "TERLAMBAT", 120}},  // the later entry of a day wins
                         set->recap_tables());
    CHECK(r.recorded_days == 2);
    CHECK(r.days.at("PIKET_MALAM") == 1);
    CHECK(r.lateness_minutes.at("TL") == 120);
    CHECK(r.band_days.at("TL4") == 1);
    CHECK(r.deduction_hundredths == 150);
    CHECK(r.unrecorded_days == 3);
}

TEST_CASE("the TPP deduction table refuses a percent outside 0 to 100") {
    CHECK(tpp_deduction_catalogue().find("TANPA_KETERANGAN")->percent_per_day == Approx(5.0));
    const CatalogueFile bad{
        "tpp_deductions", "9.1",
        nlohmann::json::array({{{"code", "TANPA_KETERANGAN"}, {"percent_per_day", 150.0}}})};
    CHECK_THROWS_AS(TppDeductionCatalogue::from_file(bad), std::invalid_argument);
}

TEST_CASE("a day late and left early is banded in both series and deducts both") {
    const auto set = CatalogueSet::embedded();
    const auto recap = [&](int late, int early) {
        return recap_attendance(day("2026-11-23"), day("2026-11-23"),
                                {{day("2026-11-23"), "TERLAMBAT", late, early}},
                                set->recap_tables());
    };
    SECTION("late 30 (TL1 0.5 %) and early 31 (PSW2 1 %)") {
        const AttendanceRecap r = recap(30, 31);
        CHECK(r.recorded_days == 1);
        CHECK(r.days.at("TERLAMBAT") == 1);
        CHECK(r.lateness_minutes.at("TL") == 30);
        CHECK(r.lateness_minutes.at("PSW") == 31);
        CHECK(r.band_days.at("TL1") == 1);
        CHECK(r.band_days.at("PSW2") == 1);
        CHECK(r.band_days.size() == 2);
        CHECK(r.deduction_hundredths == 150);
    }
    SECTION("late 91 (TL4 1.5 %) and early 1 (PSW1 0.5 %)") {
        const AttendanceRecap r = recap(91, 1);
        CHECK(r.band_days.at("TL4") == 1);
        CHECK(r.band_days.at("PSW1") == 1);
        CHECK(r.deduction_hundredths == 200);
    }
    SECTION("late only: no PSW band") {
        const AttendanceRecap r = recap(60, 0);
        CHECK(r.band_days.at("TL2") == 1);
        CHECK_FALSE(r.band_days.contains("PSW1"));
        CHECK_FALSE(r.lateness_minutes.contains("PSW"));
        CHECK(r.deduction_hundredths == 100);
    }
}

TEST_CASE("early minutes are banded only on a status that records them") {
    const auto set = CatalogueSet::embedded();
    // A record from outside the rules (HADIR with early minutes) deducts nothing.
    const AttendanceRecap r =
        recap_attendance(day("2026-11-23"), day("2026-11-23"),
                         {{day("2026-11-23"), "HADIR", 0, 45}}, set->recap_tables());
    CHECK(r.band_days.empty());
    CHECK(r.lateness_minutes.empty());
    CHECK(r.deduction_hundredths == 0);
}
