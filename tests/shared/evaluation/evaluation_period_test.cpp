#include "evaluation/evaluation_period.h"

#include <catch2/catch.hpp>

#include "evaluation/evaluation.h"

using pantau::Date;
using pantau::evaluation_period_dates;
using pantau::evaluation_period_due;
using pantau::evaluation_quarter_of;

namespace {

std::string due_on(const char* iso) {
    return evaluation_period_due(*Date::parse(iso));
}

}  // namespace

TEST_CASE("a day belongs to the quarter of its month") {
    CHECK(evaluation_quarter_of(*Date::parse("2026-01-01")) == "2026-Q1");
    CHECK(evaluation_quarter_of(*Date::parse("2026-03-31")) == "2026-Q1");
    CHECK(evaluation_quarter_of(*Date::parse("2026-04-01")) == "2026-Q2");
    CHECK(evaluation_quarter_of(*Date::parse("2026-09-30")) == "2026-Q3");
    CHECK(evaluation_quarter_of(*Date::parse("2026-12-31")) == "2026-Q4");
}

TEST_CASE("on the last day of a quarter that quarter is not yet due, the one before is") {
    CHECK(due_on("2026-03-31") == "2025-Q4");
    CHECK(due_on("2026-06-30") == "2026-Q1");
    CHECK(due_on("2026-09-30") == "2026-Q2");
    CHECK(due_on("2026-12-31") == "2026-Q3");
}

TEST_CASE("on the first day of the next quarter the quarter that just ended is due") {
    CHECK(due_on("2026-04-01") == "2026-Q1");
    CHECK(due_on("2026-07-01") == "2026-Q2");
    CHECK(due_on("2026-10-01") == "2026-Q3");
    CHECK(due_on("2027-01-01") == "2026-Q4");
}

TEST_CASE("the period due is the latest quarter that ended before the day") {
    for (const char* iso : {"2026-01-01", "2026-02-15", "2026-03-31", "2026-04-01", "2026-12-31"}) {
        INFO(iso);
        const Date today = *Date::parse(iso);
        const auto dates = evaluation_period_dates(evaluation_period_due(today));
        REQUIRE(dates);
        CHECK(dates->second < today);
        // The quarter after it is the running one: no later quarter has ended.
        CHECK(evaluation_quarter_of(dates->second.plus_days(1)) == evaluation_quarter_of(today));
        CHECK_FALSE(evaluation_period_dates(evaluation_quarter_of(today))->second < today);
    }
}
