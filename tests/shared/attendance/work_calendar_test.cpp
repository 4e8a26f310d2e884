#include "attendance/work_calendar.h"

#include <catch2/catch.hpp>

using pantau::Date;
using pantau::embedded_work_calendar;
using pantau::holiday_catalogue;
using pantau::HolidayKind;
using pantau::Weekday;
using pantau::WorkCalendar;

namespace {

Date d(const char* iso) {
    return *Date::parse(iso);
}

}  // namespace

TEST_CASE("weekdays are working days and weekends are not") {
    const WorkCalendar calendar(std::vector<Date>{});
    CHECK(calendar.is_working_day(d("2026-11-23")));  // Monday
    CHECK(calendar.is_working_day(d("2026-11-27")));  // Friday
    CHECK_FALSE(calendar.is_working_day(d("2026-11-28")));
    CHECK_FALSE(calendar.is_working_day(d("2026-11-29")));
    CHECK(calendar.is_rest_day(d("2026-11-28")));
}

TEST_CASE("a week with a holiday has four working days") {
    const WorkCalendar calendar(std::vector<Date>{d("2026-08-17")});
    CHECK_FALSE(calendar.is_working_day(d("2026-08-17")));
    CHECK(calendar.is_holiday(d("2026-08-17")));
    CHECK(calendar.working_days_between(d("2026-08-17"), d("2026-08-23")) == 4);
}

TEST_CASE("the Ascension week of 2026 has three working days in the embedded calendar") {
    // Thursday 14 May is a holiday and Friday 15 May cuti bersama.
    CHECK(embedded_work_calendar().working_days_between(d("2026-05-11"), d("2026-05-17")) == 3);
}

TEST_CASE("working days between two dates count both ends") {
    const WorkCalendar calendar(std::vector<Date>{});
    CHECK(calendar.working_days_between(d("2026-11-23"), d("2026-11-27")) == 5);
    CHECK(calendar.working_days_between(d("2026-11-23"), d("2026-11-23")) == 1);
    CHECK(calendar.working_days_between(d("2026-11-28"), d("2026-11-28")) == 0);
    CHECK(calendar.working_days_between(d("2026-11-27"), d("2026-11-23")) == 0);
    CHECK(calendar.working_days_between(d("2026-11-23"), d("2026-12-04")) == 10);
}

TEST_CASE("2026 has 240 working days in the embedded calendar") {
    // 261 weekdays, less 13 national holidays on weekdays and 8 days of cuti bersama.
    CHECK(embedded_work_calendar().working_days_between(d("2026-01-01"), d("2026-12-31")) == 240);
}

TEST_CASE("adding working days skips weekends and holidays") {
    const WorkCalendar calendar(std::vector<Date>{d("2026-08-17")});
    SECTION("Friday plus one, over a weekend and a Monday holiday") {
        CHECK(calendar.add_working_days(d("2026-08-14"), 1) == d("2026-08-18"));
    }
    SECTION("fourteen working days after a decision") {
        // 13 Aug (Thu) + 14: 14, 18-21, 24-28, 31 Aug, 1-3 Sep
        CHECK(calendar.add_working_days(d("2026-08-13"), 14) == d("2026-09-03"));
    }
    SECTION("starting on a weekend") {
        CHECK(calendar.add_working_days(d("2026-08-15"), 1) == d("2026-08-18"));
    }
    SECTION("zero is the start itself") {
        CHECK(calendar.add_working_days(d("2026-08-15"), 0) == d("2026-08-15"));
    }
    SECTION("negative counts go back") {
        CHECK(calendar.add_working_days(d("2026-08-18"), -1) == d("2026-08-14"));
        CHECK(calendar.add_working_days(d("2026-08-18"), -7) == d("2026-08-06"));
    }
}

TEST_CASE("the next working day after the Idul Fitri 2026 break is 25 March") {
    // 18 Mar cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri (weekend),
    // 23-24 cuti bersama.
    CHECK(embedded_work_calendar().next_working_day(d("2026-03-17")) == d("2026-03-25"));
    CHECK(embedded_work_calendar().add_working_days(d("2026-03-17"), 2) == d("2026-03-26"));
}

TEST_CASE("the next working day after a Friday is the Monday") {
    const WorkCalendar calendar(std::vector<Date>{});
    CHECK(calendar.next_working_day(d("2026-11-27")) == d("2026-11-30"));
    CHECK(calendar.next_working_day(d("2026-11-23")) == d("2026-11-24"));
}

TEST_CASE("the embedded calendar knows 2025 and 2026 only") {
    CHECK(embedded_work_calendar().knows_year(2025));
    CHECK(embedded_work_calendar().knows_year(2026));
    CHECK_FALSE(embedded_work_calendar().knows_year(2027));
}

TEST_CASE("the holiday table has the SKB counts for 2025 and 2026") {
    int national_2025 = 0, cuti_2025 = 0, national_2026 = 0, cuti_2026 = 0;
    for (const auto& h : holiday_catalogue().entries()) {
        const bool national = h.kind == HolidayKind::Nasional;
        if (h.date.year() == 2025)
            (national ? national_2025 : cuti_2025)++;
        if (h.date.year() == 2026)
            (national ? national_2026 : cuti_2026)++;
        CHECK_FALSE(h.name_id.empty());
        CHECK_FALSE(h.name_en.empty());
    }
    CHECK(national_2025 == 17);
    CHECK(cuti_2025 == 11);
    CHECK(national_2026 == 17);
    CHECK(cuti_2026 == 8);
}

TEST_CASE("cuti bersama never falls on a weekend") {
    for (const auto& h : holiday_catalogue().entries()) {
        if (h.kind != HolidayKind::CutiBersama)
            continue;
        INFO(h.date.iso());
        CHECK(h.date.weekday() != Weekday::Saturday);
        CHECK(h.date.weekday() != Weekday::Sunday);
    }
}

TEST_CASE("the holidays on a date are found with their names") {
    const auto found = holiday_catalogue().on(d("2026-08-17"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == HolidayKind::Nasional);
    CHECK(holiday_catalogue().on(d("2026-08-18")).empty());
    CHECK(holiday_catalogue().on(d("2025-08-18"))[0].kind == HolidayKind::CutiBersama);
}

TEST_CASE("holiday kinds read back from their wire strings") {
    CHECK(pantau::holiday_kind_from_string("NASIONAL") == HolidayKind::Nasional);
    CHECK(pantau::holiday_kind_from_string("CUTI_BERSAMA") == HolidayKind::CutiBersama);
    CHECK(pantau::to_string(HolidayKind::CutiBersama) == "CUTI_BERSAMA");
    CHECK_FALSE(pantau::holiday_kind_from_string("LOKAL"));
}

TEST_CASE("a holiday table with a date that does not exist is refused") {
    const nlohmann::json entry = {
        {"date", "2026-02-30"}, {"kind", "NASIONAL"}, {"name_id", "x"}, {"name_en", "x"}};
    CHECK_THROWS_AS(
        pantau::HolidayCatalogue::from_file({"holidays", "bad", nlohmann::json::array({entry})}),
        std::invalid_argument);
}
