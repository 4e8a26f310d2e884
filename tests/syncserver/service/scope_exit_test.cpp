// Records that leave a scope: an employee HR moves to another puskesmas, a
// unit moved in the tree. The phones of the old place take them off their
// lists, the new place receives them, and nothing already recorded moves or
// is lost.
#include "sync/scope_exit.h"

#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "fixture.h"
#include "service/directory.h"
#include "service/master_data.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

sync::Change present(const std::string& unit, const std::string& employee, const char* day,
                     std::int64_t at) {
    const Date date = *Date::parse(day);
    return {"attendance",
            attendance_id(unit, employee, date),
            unit,
            "",
            std::nullopt,
            "",
            false,
            Attendance{employee, date, "HADIR", std::nullopt, std::nullopt, std::nullopt, at,
                       std::nullopt}
                .to_json()};
}

bool lists(store::DeviceStore& store, const std::string& unit, const std::string& employee) {
    for (const auto& e : store.list("employee", unit))
        if (e.id == employee)
            return true;
    return false;
}

std::string nip_of(Fixture& f, const std::string& employee) {
    std::string nip;
    f.store->read([&](ServerTransaction& tx) {
        nip = tx.current("employee", employee)->data.at("nip").get<std::string>();
    });
    return nip;
}

std::size_t exits_in(const nlohmann::json& changes) {
    std::size_t n = 0;
    for (const auto& c : changes)
        n += c.at("type") == sync::kScopeExitRecordType ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE(
    "an employee moved to another unit leaves the old unit's phone, reaches the new unit's, "
    "and attendance already recorded stays where it was recorded") {
    Fixture f;
    const PhoneFile file_a{f.dir.string() + "-a.db"};
    const PhoneFile file_b{f.dir.string() + "-b.db"};
    TestDevice a(router_transport(f), f.code_for(f.supervisor_a), file_a.path);
    TestDevice b(router_transport(f), f.code_for(f.supervisor_b), file_b.path);
    const auto day = present(f.unit_a, f.employee_a, "2026-11-23", f.now);
    REQUIRE(a.store().record({"attendance", day.id, f.unit_a, day.data}, f.now));
    REQUIRE(a.sync(f.now) == SyncOutcome::Finished);
    REQUIRE(b.sync(f.now) == SyncOutcome::Finished);
    REQUIRE(lists(a.store(), f.unit_a, f.employee_a));
    REQUIRE_FALSE(lists(b.store(), f.unit_b, f.employee_a));

    f.now += 60'000;
    f.store->write([&](ServerTransaction& tx) {
        const auto moved = move_employee(tx, nip_of(f, f.employee_a), f.unit_b, f.now);
        REQUIRE(moved);
        CHECK(moved->changed);
        CHECK(moved->from_unit == f.unit_a);
    });
    f.now += 60'000;
    REQUIRE(a.sync(f.now) == SyncOutcome::Finished);
    REQUIRE(b.sync(f.now) == SyncOutcome::Finished);

    // The old unit no longer lists her; her name stays for the history it holds.
    CHECK_FALSE(lists(a.store(), f.unit_a, f.employee_a));
    CHECK(lists(a.store(), f.unit_a, f.employee_a2));
    const auto kept = a.store().get("employee", f.employee_a);
    REQUIRE(kept);
    CHECK(kept->data.at("name") == "Siti Rahmawati");
    CHECK(lists(b.store(), f.unit_b, f.employee_a));
    // The exit is applied, not kept as a record.
    CHECK(a.store().count(std::string(sync::kScopeExitRecordType)) == 0);

    // What was recorded stays in unit A, on the phone and on the server, and
    // the new unit does not receive it.
    const auto on_a = a.store().get("attendance", day.id);
    REQUIRE(on_a);
    CHECK(on_a->unit_id == f.unit_a);
    CHECK_FALSE(b.store().get("attendance", day.id));
    f.store->read([&](ServerTransaction& tx) {
        const auto stored = tx.current("attendance", day.id);
        REQUIRE(stored);
        CHECK(stored->unit_id == f.unit_a);
    });

    // HR sees both units: the employee in B, and no exit at all.
    const auto hr = f.pull_all(f.enroll(f.hr));
    CHECK(exits_in(hr) == 0);
    // Moving her back brings her back to A's phone.
    f.store->write([&](ServerTransaction& tx) {
        REQUIRE(move_employee(tx, nip_of(f, f.employee_a), f.unit_a, f.now));
    });
    f.now += 60'000;
    REQUIRE(a.sync(f.now) == SyncOutcome::Finished);
    REQUIRE(b.sync(f.now) == SyncOutcome::Finished);
    CHECK(lists(a.store(), f.unit_a, f.employee_a));
    CHECK_FALSE(lists(b.store(), f.unit_b, f.employee_a));
}

TEST_CASE(
    "a day recorded offline before the employee moved is accepted after the move, a day "
    "after it is refused and kept on the phone") {
    Fixture f;
    const PhoneFile file{f.dir.string() + "-a.db"};
    TestDevice a(router_transport(f), f.code_for(f.supervisor_a), file.path);
    REQUIRE(a.sync(f.now) == SyncOutcome::Finished);
    // Offline: Monday as it happened, and (wrongly) Tuesday ahead of time.
    const auto monday = present(f.unit_a, f.employee_a, "2026-11-23", f.now);
    const auto tuesday = present(f.unit_a, f.employee_a, "2026-11-24", f.now);
    REQUIRE(a.store().record({"attendance", monday.id, f.unit_a, monday.data}, f.now));
    REQUIRE(a.store().record({"attendance", tuesday.id, f.unit_a, tuesday.data}, f.now));
    f.store->write([&](ServerTransaction& tx) {
        REQUIRE(move_employee(tx, nip_of(f, f.employee_a), f.unit_b, f.now + 1'000));
    });
    f.now += 3'600'000;
    REQUIRE(a.sync(f.now) == SyncOutcome::Finished);

    f.store->read([&](ServerTransaction& tx) {
        const auto stored = tx.current("attendance", monday.id);
        REQUIRE(stored);
        CHECK(stored->unit_id == f.unit_a);
        CHECK_FALSE(tx.current("attendance", tuesday.id));
    });
    const auto rejected = a.store().rejected();
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].change.id == tuesday.id);
    CHECK(rejected[0].rejected_code == "unknown_employee");
    CHECK(rejected[0].change.data.at("status") == "HADIR");  // kept, with the reason, on the phone
}

TEST_CASE(
    "a unit moved to another parent leaves the old parent's phones with its records and "
    "reaches the new parent's, and an edit still on its way is kept") {
    Fixture f;
    std::string k1, k2, x, staff, sup_k1, sup_k2, sup_x;
    f.store->write([&](ServerTransaction& tx) {
        k1 = must(
            add_unit(tx, Unit{"Kecamatan Cibiru", "KECAMATAN", f.dinas, "Asia/Jakarta"}, f.now));
        k2 = must(
            add_unit(tx, Unit{"Kecamatan Ujung", "KECAMATAN", f.dinas, "Asia/Jakarta"}, f.now));
        x = must(add_unit(tx, Unit{"Kelurahan Pasir", "KELURAHAN", k1, "Asia/Jakarta"}, f.now));
        staff = must(put_employee(tx,
                                  Employee{"197912052006041002", "Rudi Hartono", EmployeeKind::PNS,
                                           "III/a", "Pengadministrasi", std::nullopt, x, true},
                                  f.now));
        sup_k1 = must(create_user(tx, "Camat Cibiru", Role::Supervisor, {k1}, f.now)).id;
        sup_k2 = must(create_user(tx, "Camat Ujung", Role::Supervisor, {k2}, f.now)).id;
        sup_x = must(create_user(tx, "Lurah Pasir", Role::Supervisor, {x}, f.now)).id;
    });
    const PhoneFile f1{f.dir.string() + "-k1.db"};
    const PhoneFile f2{f.dir.string() + "-k2.db"};
    const PhoneFile fx{f.dir.string() + "-x.db"};
    TestDevice p1(router_transport(f), f.code_for(sup_k1), f1.path);
    TestDevice p2(router_transport(f), f.code_for(sup_k2), f2.path);
    TestDevice px(router_transport(f), f.code_for(sup_x), fx.path);
    const auto monday = present(x, staff, "2026-11-23", f.now);
    REQUIRE(p1.store().record({"attendance", monday.id, x, monday.data}, f.now));
    for (auto* p : {&p1, &p2, &px})
        REQUIRE(p->sync(f.now) == SyncOutcome::Finished);
    REQUIRE(p1.store().get("unit", x));
    REQUIRE_FALSE(p2.store().get("unit", x));

    // Offline, the camat of Cibiru corrects Monday; meanwhile the kelurahan moves.
    auto sick = monday.data;
    sick["status"] = "SAKIT";
    REQUIRE(p1.store().record({"attendance", monday.id, x, sick}, f.now + 1'000));
    f.store->write([&](ServerTransaction& tx) {
        CHECK(move_unit(tx, k1, x, f.now).error().code == "unit_cycle");
        const auto moved = move_unit(tx, x, k2, f.now);
        REQUIRE(moved);
        CHECK(moved->from_parent == k1);
    });
    f.now += 60'000;
    for (auto* p : {&p1, &p2, &px})
        REQUIRE(p->sync(f.now) == SyncOutcome::Finished);

    // The old parent's phone no longer holds the unit, its staff or its days,
    // except its own correction, refused now and kept for the camat to see.
    CHECK_FALSE(p1.store().get("unit", x));
    CHECK_FALSE(p1.store().get("employee", staff));
    REQUIRE(p1.store().get("attendance", monday.id));
    REQUIRE(p1.store().rejected().size() == 1);
    CHECK(p1.store().rejected()[0].rejected_code == "outside_scope");
    CHECK(p1.store().get("unit", k1));
    // The new parent's phone receives the unit with what was recorded there.
    CHECK(p2.store().get("unit", x));
    CHECK(lists(p2.store(), x, staff));
    const auto on_2 = p2.store().get("attendance", monday.id);
    REQUIRE(on_2);
    CHECK(on_2->data.at("status") == "HADIR");
    // The kelurahan's own phone keeps everything.
    CHECK(px.store().get("unit", x));
    CHECK(lists(px.store(), x, staff));
    CHECK(px.store().get("attendance", monday.id));
}
