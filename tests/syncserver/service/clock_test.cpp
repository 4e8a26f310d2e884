// Trusted time, the server's side: each push says what the device's clock
// read as it left, the server keeps how far that clock is off, HR sees the
// devices off by more than five minutes, and a change re-stamped because its
// clock ran ahead is written in the audit trail.
#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "fixture.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

const json* device_in(const json& list, const std::string& id) {
    for (const auto& d : list.at("devices"))
        if (d.at("id") == id)
            return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("a phone an hour slow and one a day fast are flagged, one a minute off is not") {
    Fixture f;
    const PhoneFile files[] = {{f.dir.string() + "-slow.db"},
                               {f.dir.string() + "-fast.db"},
                               {f.dir.string() + "-near.db"}};
    TestDevice slow(router_transport(f), f.code_for(f.supervisor_a), files[0].path);
    TestDevice fast(router_transport(f), f.code_for(f.supervisor_a), files[1].path);
    TestDevice near(router_transport(f), f.code_for(f.supervisor_b), files[2].path);
    slow.set_clock_offset(-kHourMs);
    fast.set_clock_offset(24 * kHourMs);
    near.set_clock_offset(60'000);

    // Each records a day and syncs; the one a day fast stamps its edit with its own clock.
    const Date day = *Date::parse("2026-11-23");
    const auto mark = [&](TestDevice& phone, const std::string& unit, const std::string& employee,
                          std::int64_t device_now) {
        const Attendance a{employee,     day,          "HADIR",    std::nullopt,
                           std::nullopt, std::nullopt, device_now, std::nullopt};
        REQUIRE(phone.store().record(
            {"attendance", attendance_id(unit, employee, day), unit, a.to_json()}, device_now));
        REQUIRE(phone.sync(f.now) == SyncOutcome::Finished);
    };
    mark(slow, f.unit_a, f.employee_a, f.now - kHourMs);
    mark(fast, f.unit_a, f.employee_a2, f.now - kHourMs);  // recorded_at is real, the HLC is not
    REQUIRE(
        fast.store().record({"attendance", attendance_id(f.unit_a, f.employee_a2, day), f.unit_a,
                             Attendance{f.employee_a2, day, "SAKIT", std::nullopt, std::nullopt,
                                        std::nullopt, f.now - kHourMs, std::nullopt}
                                 .to_json()},
                            f.now + 24 * kHourMs));
    REQUIRE(fast.sync(f.now) == SyncOutcome::Finished);
    mark(near, f.unit_b, f.employee_b, f.now);

    const auto listed = f.request("GET", "/v1/devices", "", f.enroll(f.hr));
    REQUIRE(listed.status == 200);
    const json list = body_of(listed);
    const json* s = device_in(list, slow.device_id());
    const json* q = device_in(list, fast.device_id());
    const json* n = device_in(list, near.device_id());
    REQUIRE(s);
    REQUIRE(q);
    REQUIRE(n);
    CHECK(s->at("clock_skew_ms") == -kHourMs);
    CHECK(s->at("clock_off") == true);
    CHECK(q->at("clock_skew_ms") == 24 * kHourMs);
    CHECK(q->at("clock_off") == true);
    CHECK(n->at("clock_skew_ms") == 60'000);
    CHECK(n->at("clock_off") == false);

    // The fast phone's edit was re-stamped with the server's time, and the
    // audit trail says so with both versions.
    std::vector<AuditEntry> restamps;
    f.store->read([&](ServerTransaction& tx) {
        for (auto& e : tx.audit_after(0, 1000))
            if (e.action == "restamp")
                restamps.push_back(std::move(e));
    });
    REQUIRE(restamps.size() == 1);
    CHECK(restamps[0].device_id == fast.device_id());
    CHECK(restamps[0].detail.at("id") == attendance_id(f.unit_a, f.employee_a2, day));
    CHECK(restamps[0].detail.at("device_version") != restamps[0].detail.at("version"));
    CHECK(fast.store().get("attendance", attendance_id(f.unit_a, f.employee_a2, day))->version ==
          restamps[0].detail.at("version"));
}

TEST_CASE("the device list is for HR and oversight") {
    Fixture f;
    CHECK(f.request("GET", "/v1/devices", "", f.enroll(f.supervisor_a)).status == 403);
    CHECK(f.request("GET", "/v1/devices", "", f.enroll(f.oversight)).status == 200);
    CHECK(f.request("GET", "/v1/devices").status == 401);
}
