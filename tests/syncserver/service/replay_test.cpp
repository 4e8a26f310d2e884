// A replayed batch gets the answer stored when it was first applied, never
// one computed afresh. The batch here holds changes whose answers a fresh
// computation could not reproduce once the world has moved on: a change
// re-stamped from a clock running ahead, one rejected for a date the server's
// clock has since reached, one superseded by a version that has since been
// replaced, and one applied that has since lost to another device.
#include <catch2/catch.hpp>

#include "fixture.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

constexpr std::int64_t kDay = 24 * 3'600'000;

json records_of(Fixture& f) {
    json all = json::array();
    f.store->read([&](ServerTransaction& tx) {
        for (const auto& c : tx.changes_after(0, {f.unit_a, f.unit_b, f.dinas}, 10'000))
            all.push_back(c.change.to_json());
    });
    return all;
}

}  // namespace

TEST_CASE("a replay returns the stored answer even when a fresh one would differ") {
    Fixture f;
    std::string device_a, device_b;
    const auto a = f.enroll(f.supervisor_a, &device_a);
    const auto b = f.enroll(f.supervisor_a, &device_b);

    // Phone B already holds a newer version of one employee-day.
    const auto newer =
        attendance(f.unit_a, f.employee_a2, "2026-11-20", "SAKIT", version_at(kNow + 50), device_b);
    REQUIRE(f.push(b, 1, {newer.to_json()}).at("results")[0].at("status") == "applied");

    const auto plain =
        attendance(f.unit_a, f.employee_a, "2026-11-19", "HADIR", version_at(kNow), device_a);
    const auto ahead = attendance(f.unit_a, f.employee_a, "2026-11-20", "HADIR",
                                  version_at(kNow + kDay), device_a);  // a clock a day fast
    const auto too_early = attendance(f.unit_a, f.employee_a, "2026-11-26", "HADIR",
                                      version_at(kNow + 1), device_a);  // three days ahead
    const auto older =
        attendance(f.unit_a, f.employee_a2, "2026-11-20", "HADIR", version_at(kNow + 10), device_a);
    const std::vector<json> batch = {plain.to_json(), ahead.to_json(), too_early.to_json(),
                                     older.to_json()};
    const auto first = f.push(a, 1, batch);
    INFO(first.dump());
    const auto& results = first.at("results");
    REQUIRE(results[0].at("status") == "applied");
    REQUIRE(results[1].at("status") == "applied");
    REQUIRE(results[1].contains("version"));  // re-stamped with the server's time
    REQUIRE(results[2].at("status") == "rejected");
    REQUIRE(results[3].at("status") == "superseded");

    // The world moves on: three days pass, and phone B overwrites two of those records.
    f.now += 3 * kDay;
    const auto over_plain = attendance(f.unit_a, f.employee_a, "2026-11-19", "IZIN",
                                       version_at(f.now), device_b, plain.version);
    const auto over_newer = attendance(f.unit_a, f.employee_a2, "2026-11-20", "DINAS_LUAR",
                                       version_at(f.now + 1), device_b, newer.version);
    const auto second = f.push(b, 2, {over_plain.to_json(), over_newer.to_json()});
    INFO(second.dump());
    REQUIRE(second.at("results")[0].at("status") == "applied");
    REQUIRE(second.at("results")[1].at("status") == "applied");
    const auto before = records_of(f);

    // Phone A never got its answer and sends batch 1 again, unchanged.
    const auto replay = f.push(a, 1, batch);
    CHECK(replay == first);
    CHECK(records_of(f) == before);

    // Computed afresh, the same changes would be answered otherwise: the
    // rejected one is now within the date limit and applies as batch 2.
    const auto fresh = f.push(a, 2, {too_early.to_json()});
    CHECK(fresh.at("results")[0].at("status") == "applied");
}

TEST_CASE("a replay of a batch whose changes were all rejected stores nothing") {
    Fixture f;
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);
    const auto bad =
        attendance(f.unit_a, f.employee_a, "2026-11-23", "NGOPI", version_at(kNow), device);
    const auto first = f.push(token, 1, {bad.to_json()});
    REQUIRE(first.at("results")[0].at("status") == "rejected");
    std::size_t logged = 0;
    f.store->read([&](ServerTransaction& tx) { logged = tx.rejections_after(0, 1000).size(); });
    REQUIRE(logged == 1);

    CHECK(f.push(token, 1, {bad.to_json()}) == first);
    f.store->read([&](ServerTransaction& tx) {
        // The replay is not logged as a second rejection.
        CHECK(tx.rejections_after(0, 1000).size() == 1);
        CHECK_FALSE(tx.current("attendance", bad.id));
    });
}
