// Period locks at their edges: HR closes October's attendance with a 72-hour
// grace window. What a phone recorded offline before the lock and sends
// within the grace is accepted; sent after the grace, or recorded after the
// lock, it is refused with period_closed, whatever the phone's wall clock
// says, because the bound comes from its time since boot.
#include "records/period_lock.h"

#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "fixture.h"
#include "service/master_data.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kDay = 24 * kHour;

struct Locked {
    Fixture f;
    std::int64_t lock_at = kNow + kHour;
    std::vector<std::unique_ptr<PhoneFile>> files;

    std::unique_ptr<TestDevice> phone(const std::string& boot) {
        files.push_back(std::make_unique<PhoneFile>(
            PhoneFile{f.dir.string() + "-" + std::to_string(files.size()) + ".db"}));
        auto device = std::make_unique<TestDevice>(router_transport(f), f.code_for(f.supervisor_a),
                                                   files.back()->path);
        device->set_boot(boot, kNow - 2 * kHour);
        REQUIRE(device->sync(f.now) == SyncOutcome::Finished);
        return device;
    }

    // The employee's October day, as the phone records it at its wall time `wall`.
    std::string record(TestDevice& phone, const char* day, std::int64_t wall) {
        const Date date = *Date::parse(day);
        const std::string id = attendance_id(f.unit_a, f.employee_a, date);
        const auto stored =
            phone.store().record({"attendance", id, f.unit_a,
                                  Attendance{f.employee_a, date, "HADIR", std::nullopt,
                                             std::nullopt, std::nullopt, wall, std::nullopt}
                                      .to_json()},
                                 wall);
        REQUIRE(stored);
        return id;
    }

    void close() {
        f.store->write([&](ServerTransaction& tx) {
            REQUIRE(
                close_period(tx, LockKind::Attendance, "2026-10", 72 * kHour, "BKPSDM", lock_at));
        });
    }

    // The phone syncs at `at`, which is the server's time too.
    SyncOutcome sync(TestDevice& phone, std::int64_t at) {
        f.now = at;
        return phone.sync(at);
    }

    bool on_server(const std::string& id) {
        bool found = false;
        f.store->read(
            [&](ServerTransaction& tx) { found = tx.current("attendance", id).has_value(); });
        return found;
    }

    static std::string refused_code(TestDevice& phone) {
        const auto rejected = phone.store().rejected();
        return rejected.size() == 1 ? rejected[0].rejected_code.value_or("") : "";
    }
};

}  // namespace

TEST_CASE("recorded offline before the lock and sent inside the grace, the day is accepted") {
    Locked t;
    auto phone = t.phone("boot-a");
    const auto id = t.record(*phone, "2026-10-30", kNow);
    t.close();
    REQUIRE(t.sync(*phone, t.lock_at + 71 * kHour) == SyncOutcome::Finished);
    CHECK(t.on_server(id));
    CHECK(phone->store().rejected().empty());
}

TEST_CASE(
    "recorded before the lock and sent after the grace, the day is refused as period_closed") {
    Locked t;
    auto phone = t.phone("boot-b");
    const auto id = t.record(*phone, "2026-10-30", kNow);
    t.close();
    REQUIRE(t.sync(*phone, t.lock_at + 72 * kHour + 60'000) == SyncOutcome::Finished);
    CHECK_FALSE(t.on_server(id));
    CHECK(Locked::refused_code(*phone) == "period_closed");
    const auto rejected = phone->store().rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].rejected_reason_id.value_or("").find("minta BKPSDM membuka kembali") !=
          std::string::npos);
}

TEST_CASE("recorded after the lock by a phone that has not heard of it, the day is refused") {
    Locked t;
    auto phone = t.phone("boot-c");
    t.close();
    const auto id = t.record(*phone, "2026-10-30", t.lock_at + 60'000);
    REQUIRE(t.sync(*phone, t.lock_at + 2 * 60'000) == SyncOutcome::Finished);
    CHECK_FALSE(t.on_server(id));
    CHECK(Locked::refused_code(*phone) == "period_closed");
}

TEST_CASE("a phone's wall clock set back a day does not sneak an edit made after the lock in") {
    Locked t;
    auto phone = t.phone("boot-d");
    t.close();
    phone->set_clock_offset(-kDay);
    // Made 5 minutes after the lock; the phone's clock says a day earlier.
    const auto id = t.record(*phone, "2026-10-30", t.lock_at + 5 * 60'000 - kDay);
    REQUIRE(t.sync(*phone, t.lock_at + kHour) == SyncOutcome::Finished);
    CHECK_FALSE(t.on_server(id));
    CHECK(Locked::refused_code(*phone) == "period_closed");
}

TEST_CASE("an edit made offline before a clock change keeps its true time: accepted in the grace") {
    Locked t;
    auto phone = t.phone("boot-e");
    const auto id = t.record(*phone, "2026-10-30", kNow);  // before the lock, clock right
    t.close();
    phone->set_clock_offset(kDay);  // then the user sets the clock a day ahead
    REQUIRE(t.sync(*phone, t.lock_at + 2 * kHour) == SyncOutcome::Finished);
    CHECK(t.on_server(id));
    CHECK(phone->store().rejected().empty());
}

TEST_CASE("a phone that holds the lock refuses the edit before it is made, until HR reopens") {
    Locked t;
    auto phone = t.phone("boot-f");
    t.close();
    REQUIRE(t.sync(*phone, t.lock_at + 60'000) == SyncOutcome::Finished);  // the lock arrives

    const Date date = *Date::parse("2026-10-29");
    const auto data = Attendance{t.f.employee_a, date,         "HADIR",   std::nullopt,
                                 std::nullopt,   std::nullopt, t.lock_at, std::nullopt}
                          .to_json();
    const std::string id = attendance_id(t.f.unit_a, t.f.employee_a, date);
    const auto refusal = phone->store().closed_period_refusal("attendance", nlohmann::json(), data,
                                                              t.lock_at + kHour);
    REQUIRE(refusal);
    CHECK(refusal->code == "period_closed");
    CHECK(refusal->message_id.find("Periode presensi 2026-10 sudah ditutup oleh BKPSDM") !=
          std::string::npos);
    const auto refused =
        phone->store().record({"attendance", id, t.f.unit_a, data}, t.lock_at + kHour);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "period_closed");
    CHECK(phone->store().waiting_count() == 0);
    // November is not closed.
    CHECK_FALSE(phone->store().closed_period_refusal(
        "attendance", nlohmann::json(),
        Attendance{t.f.employee_a, *Date::parse("2026-11-02"), "HADIR", std::nullopt, std::nullopt,
                   std::nullopt, t.lock_at, std::nullopt}
            .to_json(),
        t.lock_at + kHour));

    t.f.store->write([&](ServerTransaction& tx) {
        const auto reopened = reopen_period(tx, LockKind::Attendance, "2026-10", t.lock_at + kHour);
        REQUIRE(reopened);
        CHECK(reopened->changed);
    });
    REQUIRE(t.sync(*phone, t.lock_at + 2 * kHour) == SyncOutcome::Finished);
    REQUIRE(phone->store().record({"attendance", id, t.f.unit_a, data}, t.lock_at + 2 * kHour));
    REQUIRE(t.sync(*phone, t.lock_at + 3 * kHour) == SyncOutcome::Finished);
    CHECK(t.on_server(id));
}

TEST_CASE("a period that has not ended cannot be closed, and a bad one is refused with its form") {
    Fixture f;
    f.store->write([&](ServerTransaction& tx) {
        CHECK(close_period(tx, LockKind::Attendance, "2026-11", 0, "BKPSDM", f.now).error().code ==
              "period_not_ended");
        CHECK(close_period(tx, LockKind::Attendance, "2026-13", 0, "BKPSDM", f.now).error().code ==
              "invalid_period");
        CHECK(close_period(tx, LockKind::Evaluation, "2026-Q5", 0, "BKPSDM", f.now).error().code ==
              "invalid_period");
        const auto q3 = close_period(tx, LockKind::Evaluation, "2026-Q3", 0, "BKPSDM", f.now);
        REQUIRE(q3);
        CHECK(q3->changed);
        const auto again = close_period(tx, LockKind::Evaluation, "2026-Q3", 0, "BKPSDM", f.now);
        REQUIRE(again);
        CHECK_FALSE(again->changed);
        CHECK(period_locks(tx).size() == 1);
    });
}
