// Two phones record the same employee-day offline. The phone whose edit
// loses at the server must learn of it: a conflict with both values, from
// which "keep mine" makes a new edit on top of the winner that every replica
// then holds.
#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "fixture.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

nlohmann::json day(const Fixture& f, const std::string& status, std::int64_t at) {
    return Attendance{f.employee_a, *Date::parse("2026-11-23"),
                      status,       std::nullopt,
                      std::nullopt, std::nullopt,
                      at,           std::nullopt}
        .to_json();
}

}  // namespace

TEST_CASE(
    "the phone whose edit lost lists the conflict with both values and keep mine "
    "converges everywhere") {
    Fixture f;
    const PhoneFile file_a{f.dir.string() + "-a.db"};
    const PhoneFile file_b{f.dir.string() + "-b.db"};
    TestDevice a(router_transport(f), f.code_for(f.supervisor_a), file_a.path);
    TestDevice b(router_transport(f), f.code_for(f.supervisor_a), file_b.path);
    REQUIRE(a.sync(f.now) == SyncOutcome::Finished);
    REQUIRE(b.sync(f.now) == SyncOutcome::Finished);

    // Offline, B marks the day first (SAKIT), A a minute later (HADIR).
    const auto id = attendance_id(f.unit_a, f.employee_a, *Date::parse("2026-11-23"));
    REQUIRE(b.store().record({"attendance", id, f.unit_a, day(f, "SAKIT", f.now)}, f.now));
    REQUIRE(a.store().record({"attendance", id, f.unit_a, day(f, "HADIR", f.now + 60'000)},
                             f.now + 60'000));
    REQUIRE(a.sync(f.now + 120'000) == SyncOutcome::Finished);
    REQUIRE(b.sync(f.now + 120'000) == SyncOutcome::Finished);  // B's edit is superseded

    // B shows A's value, and lists what it lost.
    CHECK(b.store().get("attendance", id)->data.at("status") == "HADIR");
    const auto conflicts = b.store().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].local_data.at("status") == "SAKIT");
    CHECK(conflicts[0].local_origin == b.device_id());
    CHECK(conflicts[0].remote_data.at("status") == "HADIR");
    CHECK(conflicts[0].remote_origin == a.device_id());
    CHECK(a.store().conflicts().empty());  // A's edit won; A overwrote nothing it had seen

    // Keep mine: B's value again, as a new edit on top of the winner.
    const auto current = b.store().get("attendance", id);
    REQUIRE(
        b.store().record({"attendance", id, f.unit_a, conflicts[0].local_data}, f.now + 180'000));
    REQUIRE(b.store().resolve_conflict(conflicts[0].seq));
    REQUIRE(b.sync(f.now + 180'000) == SyncOutcome::Finished);
    REQUIRE(a.sync(f.now + 240'000) == SyncOutcome::Finished);

    const auto on_a = a.store().get("attendance", id);
    const auto on_b = b.store().get("attendance", id);
    std::optional<sync::Change> on_server;
    f.store->read([&](ServerTransaction& tx) { on_server = tx.current("attendance", id); });
    REQUIRE(on_server);
    CHECK(on_server->data.at("status") == "SAKIT");
    CHECK(on_a->data.at("status") == "SAKIT");
    CHECK(on_b->data.at("status") == "SAKIT");
    CHECK(on_a->version == on_server->version);
    CHECK(on_b->version == on_server->version);
    CHECK(on_server->base == current->version);  // made on top of the winner: no new conflict
    CHECK(b.store().conflicts().empty());
    CHECK(a.store().conflicts().empty());
}
