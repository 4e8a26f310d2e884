// The sync server restored from an older backup (`pantau-server backup`,
// `restore`) over its real SQLite store, with three phones (the real device
// store and sync engine, through the router): what the phones hold that the
// backup missed comes back, nothing is duplicated, and all converge.
#include <catch2/catch.hpp>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "admin/commands.h"
#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "fixture.h"
#include "store/sqlite.h"
#include "syncserver/blackbox/test_device.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

int admin(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int code = run_admin_command(args, out, err);
    INFO(out.str() << err.str());
    CHECK(code == 0);
    return code;
}

// id -> (version, origin, deleted) of every attendance record.
using Held = std::map<std::string, std::tuple<std::string, std::string, bool>>;

Held held_by(TestDevice& phone) {
    Held out;
    auto rows = phone.store().database().prepare(
        "SELECT id, version, origin, deleted FROM records WHERE type = 'attendance'");
    while (rows.step())
        out[rows.text(0)] = {rows.text(1), rows.text(2), rows.int64(3) != 0};
    return out;
}

Held held_by_server(Fixture& f, const std::optional<std::string>& unit = std::nullopt) {
    Held out;
    f.store->read([&](ServerTransaction& tx) {
        for (const auto& c : tx.records_of_type("attendance"))
            if (!unit || c.unit_id == *unit)
                out[c.id] = {c.version, c.origin, c.deleted};
    });
    return out;
}

struct Phones {
    Fixture& f;
    std::vector<std::unique_ptr<PhoneFile>> files;
    std::vector<std::unique_ptr<TestDevice>> phones;
    std::vector<std::string> units;

    TestDevice& add(const std::string& user, const std::string& unit) {
        files.push_back(std::make_unique<PhoneFile>(
            PhoneFile{f.dir.string() + "-phone-" + std::to_string(files.size()) + ".db"}));
        phones.push_back(std::make_unique<TestDevice>(router_transport(f), f.code_for(user),
                                                      files.back()->path));
        units.push_back(unit);
        return *phones.back();
    }

    void sync_all() {
        for (int round = 0; round < 2; ++round)
            for (auto& phone : phones) {
                INFO(phone->last_stop());
                REQUIRE(phone->sync(f.now) == SyncOutcome::Finished);
            }
    }
};

std::string mark(TestDevice& phone, const std::string& unit, const std::string& employee,
                 const std::string& date, const std::string& status, std::int64_t now) {
    const Date day = *Date::parse(date);
    const Attendance a{employee,     day,          status, std::nullopt,
                       std::nullopt, std::nullopt, now,    std::nullopt};
    const auto id = attendance_id(unit, employee, day);
    const auto recorded = phone.store().record({"attendance", id, unit, a.to_json()}, now);
    INFO((recorded ? std::string() : recorded.error().message));
    REQUIRE(recorded);
    return id;
}

}  // namespace

TEST_CASE("a server restored from an older backup ends with every record a phone still holds",
          "[sqlite]") {
    Fixture f;
    const std::string url = "sqlite:" + (f.dir / "central.db").string();
    const std::string backup = (f.dir / "backup.db").string();
    Phones p{f, {}, {}, {}};
    auto& a1 = p.add(f.supervisor_a, f.unit_a);
    auto& a2 = p.add(f.supervisor_a, f.unit_a);
    auto& b = p.add(f.supervisor_b, f.unit_b);

    // Before the backup: one record each, synced.
    const auto shared_day = mark(a1, f.unit_a, f.employee_a, "2026-11-20", "HADIR", f.now);
    mark(a2, f.unit_a, f.employee_a2, "2026-11-20", "HADIR", f.now);
    const auto b_day = mark(b, f.unit_b, f.employee_b, "2026-11-20", "HADIR", f.now);
    p.sync_all();
    admin({"backup", "--to", backup, "--store", url});  // while the server serves

    // After it: new records, a correction, a deletion, and an overwrite of
    // another phone's record, all acknowledged.
    f.now += 60'000;
    mark(a1, f.unit_a, f.employee_a, "2026-11-21", "SAKIT", f.now);
    mark(a2, f.unit_a, f.employee_a, "2026-11-20", "IZIN", f.now);  // over a1's record
    mark(a2, f.unit_a, f.employee_a2, "2026-11-21", "IZIN", f.now);
    mark(b, f.unit_b, f.employee_b, "2026-11-21", "HADIR", f.now);
    REQUIRE(b.store().record({"attendance", b_day, f.unit_b, json::object(), true}, f.now));
    p.sync_all();
    const Held before_a = held_by_server(f, f.unit_a);
    const Held before_b = held_by_server(f, f.unit_b);
    REQUIRE(before_a.size() == 4);
    REQUIRE(before_b.size() == 2);
    REQUIRE(std::get<1>(before_a.at(shared_day)) == a2.device_id());
    // And an edit not sent yet.
    f.now += 60'000;
    const auto unsent = mark(a1, f.unit_a, f.employee_a2, "2026-11-22", "HADIR", f.now);
    Held expected_a = before_a;
    expected_a[unsent] = held_by(a1).at(unsent);

    // The server stops, its store is restored from the backup, it starts again.
    f.router.reset();
    f.service.reset();
    f.store.reset();
    admin({"restore", "--from", backup, "--store", url});
    f.store = open_store(url);
    f.service =
        std::make_unique<SyncService>(*f.store, f.metrics, ServerConfig{}, [&f] { return f.now; });
    f.router = std::make_unique<Router>(*f.service);
    REQUIRE(held_by_server(f).size() == 3);  // what the backup held

    f.now += 60'000;
    p.sync_all();
    CHECK(held_by_server(f, f.unit_a) == expected_a);
    CHECK(held_by_server(f, f.unit_b) == before_b);
    CHECK(held_by(a1) == expected_a);
    CHECK(held_by(a2) == expected_a);
    CHECK(held_by(b) == before_b);
    for (auto& phone : p.phones)
        CHECK(phone->store().waiting_count() == 0);
    // Nothing twice: every version was stored once, and nothing was refused.
    auto db = sqlite::Database::open((f.dir / "central.db").string());
    CHECK(db.scalar_int("SELECT count(*) FROM (SELECT 1 FROM record_history "
                        "GROUP BY type, id, version, origin HAVING count(*) > 1)") == 0);
    CHECK(db.scalar_int("SELECT count(*) FROM rejected_changes") == 0);
}

TEST_CASE("pull answers name the store and a cursor beyond its end is 409 cursor_unknown") {
    Fixture f;
    const auto token = f.enroll(f.supervisor_a);
    const auto page = f.request("GET", "/v1/sync/pull?cursor=", "", token);
    REQUIRE(page.status == 200);
    const auto store = body_of(page).at("store");
    CHECK(store.at("id").get<std::string>().size() == 32);
    CHECK(store.at("generation") == 1);
    const auto cursor = body_of(page).at("cursor").get<std::string>();
    const auto beyond = f.request("GET", "/v1/sync/pull?cursor=c999999", "", token);
    CHECK(beyond.status == 409);
    CHECK(body_of(beyond).at("error").at("code") == "cursor_unknown");
    CHECK(body_of(beyond).at("error").at("store") == store);
    CHECK(f.request("GET", "/v1/sync/pull?cursor=" + cursor, "", token).status == 200);
}
