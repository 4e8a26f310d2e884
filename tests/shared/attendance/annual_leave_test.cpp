#include "attendance/annual_leave.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>

using pantau::annual_leave_days;
using pantau::AnnualLeaveRule;
using pantau::leave_kind_catalogue;
using pantau::LeaveKindCatalogue;
using pantau::PriorAnnualLeave;
using json = nlohmann::json;

namespace {

const AnnualLeaveRule& shipped_rule() {
    const auto* annual = leave_kind_catalogue().find("CUTI_TAHUNAN");
    REQUIRE(annual);
    REQUIRE(annual->annual_rule);
    return *annual->annual_rule;
}

// The used days of last year that leave `unused` of the year's 12.
PriorAnnualLeave unused_last_year(int unused) {
    return {12 - unused, 12};
}

json cuti_tahunan(json extra) {
    json entry = {{"code", "CUTI_TAHUNAN"},
                  {"label_id", "Cuti tahunan"},
                  {"label_en", "Annual leave"},
                  {"max_length_id", "12 hari kerja."},
                  {"max_length_en", "12 working days."}};
    if (extra.is_object())
        entry.update(extra);
    return entry;
}

}  // namespace

TEST_CASE("the shipped catalogue carries the cuti tahunan figures 12, 6, 18 and 24") {
    CHECK(shipped_rule() == AnnualLeaveRule{12, 6, 18, 24});
    for (const auto& kind : leave_kind_catalogue().entries())
        if (kind.code != "CUTI_TAHUNAN") {
            INFO(kind.code);
            CHECK_FALSE(kind.annual_rule);
        }
}

TEST_CASE("a year after one without the right to annual leave holds only its own 12 days") {
    CHECK(annual_leave_days(shipped_rule(), {}) == 12);
    CHECK(annual_leave_days(shipped_rule(), {std::nullopt, 0}) == 12);
}

TEST_CASE("unused days of last year carry over up to 6, so a year holds at most 18") {
    const auto& rule = shipped_rule();
    SECTION("all 12 taken: nothing carries") {
        CHECK(annual_leave_days(rule, unused_last_year(0)) == 12);
    }
    SECTION("5 unused carry in full") {
        CHECK(annual_leave_days(rule, unused_last_year(5)) == 17);
    }
    SECTION("6 unused, the most that carries") {
        CHECK(annual_leave_days(rule, unused_last_year(6)) == 18);
    }
    SECTION("7 unused: the 7th day is lost") {
        CHECK(annual_leave_days(rule, unused_last_year(7)) == 18);
    }
    SECTION("11 unused after 1 day taken") {
        CHECK(annual_leave_days(rule, {1, 0}) == 18);
    }
    SECTION("more taken than the year's own 12 (a carry used up) leaves nothing") {
        CHECK(annual_leave_days(rule, {15, 12}) == 12);
    }
}

TEST_CASE("a right not used two years in a row gives at most 24 days") {
    const auto& rule = shipped_rule();
    SECTION("nothing taken in either year") {
        CHECK(annual_leave_days(rule, {0, 0}) == 24);
    }
    SECTION("one day taken the year before: only one year unused, 18") {
        CHECK(annual_leave_days(rule, {0, 1}) == 18);
    }
    SECTION("one day taken last year: 18 at most") {
        CHECK(annual_leave_days(rule, {1, 0}) == 18);
    }
    SECTION("no right the year before: one unused year, 18") {
        CHECK(annual_leave_days(rule, {0, std::nullopt}) == 18);
    }
}

TEST_CASE("the catalogue form uses the rule of the CUTI_TAHUNAN entry") {
    CHECK(annual_leave_days(leave_kind_catalogue(), {0, 0}) == 24);
    const auto without_rule =
        LeaveKindCatalogue::from_file({"leave_kinds", "t", json::array({cuti_tahunan({})})});
    CHECK_FALSE(annual_leave_days(without_rule, {0, 0}));
    const auto other =
        LeaveKindCatalogue::from_file({"leave_kinds", "t",
                                       json::array({cuti_tahunan({{"entitlement_days", 10},
                                                                  {"max_carry_days", 5},
                                                                  {"max_after_one_year", 15},
                                                                  {"max_after_two_years", 20}})})});
    CHECK(annual_leave_days(other, {4, 10}) == 15);
    CHECK(annual_leave_days(other, {0, 0}) == 20);
}

TEST_CASE("a leave kind with part of the annual-leave rule or bad figures is refused") {
    const auto refused = [](json extra) {
        return [extra] {
            (void)LeaveKindCatalogue::from_file(
                {"leave_kinds", "t", json::array({cuti_tahunan(extra)})});
        };
    };
    CHECK_THROWS_AS(refused({{"entitlement_days", 12}})(), std::invalid_argument);
    CHECK_THROWS_AS(refused({{"entitlement_days", 12},
                             {"max_carry_days", 6},
                             {"max_after_one_year", 11},
                             {"max_after_two_years", 24}})(),
                    std::invalid_argument);
    CHECK_THROWS_AS(refused({{"entitlement_days", 12},
                             {"max_carry_days", 6},
                             {"max_after_one_year", 18},
                             {"max_after_two_years", 17}})(),
                    std::invalid_argument);
    CHECK_THROWS_AS(refused({{"entitlement_days", 0},
                             {"max_carry_days", 6},
                             {"max_after_one_year", 18},
                             {"max_after_two_years", 24}})(),
                    std::invalid_argument);
    CHECK_THROWS_AS(refused({{"max_carry_day", 6}})(), std::invalid_argument);
}
