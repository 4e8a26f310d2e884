#include "sync/device_time.h"

#include <catch2/catch.hpp>

#include "sync/change.h"

using namespace pantau;
using namespace pantau::sync;

namespace {

constexpr std::int64_t kNow = 1'795'400'000'000;
constexpr std::int64_t kDay = 86'400'000;

}  // namespace

TEST_CASE("an edit's time is bounded by the time since boot, not by the wall clock") {
    // Edited at uptime 1000 s; the push left at uptime 8200 s (two hours
    // later) and arrived now: the edit was made two hours ago.
    const DeviceTime edit{kNow - 2 * 3'600'000, 1'000'000, "boot-1"};
    const DeviceTime sent{kNow, 8'200'000, "boot-1"};
    CHECK(recorded_by_ms(edit, sent, kNow) == kNow - 7'200'000);
    // The user set the clock a day back after the edit, or a day ahead: the
    // wall times do not enter the bound.
    CHECK(recorded_by_ms(edit, DeviceTime{kNow - kDay, 8'200'000, "boot-1"}, kNow) ==
          kNow - 7'200'000);
    CHECK(recorded_by_ms(DeviceTime{kNow + kDay, 1'000'000, "boot-1"}, sent, kNow) ==
          kNow - 7'200'000);
}

TEST_CASE("an edit of an earlier boot came before the sending boot began") {
    const DeviceTime edit{kNow - kDay, 50'000'000, "boot-1"};
    const DeviceTime sent{kNow, 600'000, "boot-2"};
    CHECK(recorded_by_ms(edit, sent, kNow) == kNow - 600'000);
}

TEST_CASE("without both readings, or with readings that contradict, there is no bound") {
    const DeviceTime sent{kNow, 8'200'000, "boot-1"};
    CHECK_FALSE(recorded_by_ms(std::nullopt, sent, kNow));
    CHECK_FALSE(recorded_by_ms(sent, std::nullopt, kNow));
    CHECK_FALSE(recorded_by_ms(DeviceTime{kNow, 9'000'000, "boot-1"}, sent, kNow));
    CHECK_FALSE(recorded_by_ms(DeviceTime{kNow, 1'000, ""}, sent, kNow));
}

TEST_CASE("a change carries its recording clocks as an optional field, checked like device_time") {
    nlohmann::json j{
        {"type", "attendance"},
        {"id", "7a1d6b0e-3c5f-4c1a-9e2b-8f6d4a2c1b0e"},
        {"unit_id", "5d2c8e1f-6a4b-4f3e-8c7d-1b9a0e2f3c4d"},
        {"version", "0000019a5e3c2b10"},
        {"data", nlohmann::json::object()},
        {"recorded", {{"wall", "2026-11-23T02:00:00Z"}, {"uptime_ms", 5}, {"boot_id", "b"}}}};
    Problems problems;
    const Change change = Change::from_json(j, problems);
    CHECK(problems.empty());
    REQUIRE(change.recorded);
    CHECK(change.recorded->uptime_ms == 5);
    CHECK(change.to_json().at("recorded") == j.at("recorded"));

    j["recorded"]["uptime_ms"] = -1;
    (void)Change::from_json(j, problems);
    CHECK_FALSE(problems.empty());
    problems.clear();
    j["recorded"] = {{"wall", "2026-11-23T02:00:00Z"}, {"uptime_ms", 5}};
    (void)Change::from_json(j, problems);
    CHECK_FALSE(problems.empty());
    problems.clear();
    j.erase("recorded");
    CHECK_FALSE(Change::from_json(j, problems).recorded);
    CHECK_FALSE(Change::from_json(j, problems).to_json().contains("recorded"));
}
