// Black-box: the protocol end to end through the real server process.
#include <catch2/catch.hpp>
#include <set>
#include <thread>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "kabupaten.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server::testing;

namespace {

std::vector<store::StoredRecord> employees_of(TestDevice& device) {
    return device.store().list("employee");
}

std::string attendance_status(TestDevice& device, const std::string& unit,
                              const std::string& employee) {
    const Date day = *Date::parse(today_wib());
    auto record = device.store().get("attendance", attendance_id(unit, employee, day));
    return record ? record->data.value("status", "") : "";
}

test::HttpHeaders bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

}  // namespace

TEST_CASE("three devices in two units exchange records through the real server") {
    Kabupaten k;
    const auto unit_a = k.unit("PUSKESMAS", 0);
    const auto unit_b = k.unit("PUSKESMAS", 1);
    auto a1 = k.device(k.supervisor_of(unit_a), "a1");
    auto a2 = k.device(k.supervisor_of(unit_a), "a2");
    auto b1 = k.device(k.supervisor_of(unit_b), "b1");
    for (auto* d : {a1.get(), a2.get(), b1.get()})
        REQUIRE(d->sync(now_ms()) == SyncOutcome::Finished);

    const auto staff_a = employees_of(*a1);
    REQUIRE(staff_a.size() >= 20);
    CHECK(employees_of(*a2).size() == staff_a.size());
    for (const auto& e : employees_of(*b1))
        CHECK(e.unit_id == unit_b);

    // The same employee-day on both phones of unit A, offline; the later edit wins everywhere.
    const auto employee = staff_a[0].id;
    const auto t = now_ms();
    mark(*a1, unit_a, employee, "HADIR", t);
    mark(*a2, unit_a, employee, "SAKIT", t + 1000);
    mark(*a1, unit_a, staff_a[1].id, "HADIR", t);
    mark(*b1, unit_b, employees_of(*b1)[0].id, "HADIR", t);
    for (int round = 0; round < 2; ++round)
        for (auto* d : {a1.get(), a2.get(), b1.get()})
            REQUIRE(d->sync(now_ms()) == SyncOutcome::Finished);

    CHECK(attendance_status(*a1, unit_a, employee) == "SAKIT");
    CHECK(attendance_status(*a2, unit_a, employee) == "SAKIT");
    CHECK(a1->store().count("attendance") == 2);
    CHECK(a2->store().count("attendance") == 2);
    CHECK(b1->store().count("attendance") == 1);
    for (const auto& r : b1->store().list("attendance"))
        CHECK(r.unit_id == unit_b);
    CHECK(a1->store().waiting_count() == 0);

    // The conflict is listed for the unit's supervisors and in HR's export.
    auto client = k.client();
    const auto listed = client.get("/v1/conflicts", bearer(a1->token())).json();
    REQUIRE(listed.at("conflicts").size() == 1);
    CHECK(listed.at("conflicts")[0].at("record_id") ==
          attendance_id(unit_a, employee, *Date::parse(today_wib())));
    CHECK(client.get("/v1/conflicts", bearer(b1->token())).json().at("conflicts").empty());
    const auto exported = run_server_command(
        {"export", "--store", k.store_url, "--type", "conflicts", "--format", "json"});
    REQUIRE(exported.exit_code == 0);
    const auto record_id = attendance_id(unit_a, employee, *Date::parse(today_wib()));
    CHECK(exported.out.find(record_id) != std::string::npos);
}

TEST_CASE("over HTTP: replays are identical, a gap is 409, one bad change is rejected alone") {
    Kabupaten k;
    const auto unit_a = k.unit("PUSKESMAS", 0);
    auto phone = k.device(k.supervisor_of(unit_a), "phone");
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    const auto staff = employees_of(*phone);
    auto change = [&](int i, const std::string& status) {
        return attendance_change(unit_a, staff[static_cast<std::size_t>(i)].id, phone->device_id(),
                                 status);
    };
    auto client = k.client();
    const auto headers = bearer(phone->token());
    std::vector<json> bodies;
    for (int b = 1; b <= 3; ++b)
        bodies.push_back(json{
            {"batch", b}, {"changes", json::array({change(b, "HADIR"), change(b + 3, "HADIR")})}});
    bodies[1]["changes"][1]["data"]["status"] = "TIDUR";  // not in the catalogue

    std::vector<json> answers;
    for (const auto& body : bodies) {
        auto r = client.post("/v1/sync/push", body.dump(), headers);
        REQUIRE(r.status == 200);
        answers.push_back(r.json());
    }
    CHECK(answers[1].at("results")[0].at("status") == "applied");
    CHECK(answers[1].at("results")[1].at("status") == "rejected");
    CHECK_FALSE(answers[1].at("results")[1].at("reason").get<std::string>().empty());

    const auto before = run_server_command(
        {"export", "--store", k.store_url, "--type", "attendance", "--format", "json"});
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        auto replay = client.post("/v1/sync/push", bodies[i].dump(), headers);
        CHECK(replay.status == 200);
        CHECK(replay.json() == answers[i]);
    }
    const auto after = run_server_command(
        {"export", "--store", k.store_url, "--type", "attendance", "--format", "json"});
    CHECK(after.out == before.out);

    auto gap = client.post("/v1/sync/push", json{{"batch", 9}, {"changes", json::array()}}.dump(),
                           headers);
    CHECK(gap.status == 409);
    CHECK(gap.error_code() != "");
    CHECK(gap.json().at("error").at("expected_batch") == 4);

    const auto rejected = run_server_command(
        {"export", "--store", k.store_url, "--type", "rejected", "--format", "csv"});
    REQUIRE(rejected.exit_code == 0);
    CHECK(rejected.out.find(bodies[1]["changes"][1]["id"].get<std::string>()) != std::string::npos);
}

TEST_CASE("over HTTP: scope, revocation and enrolment codes") {
    Kabupaten k;
    const auto unit_a = k.unit("PUSKESMAS", 0);
    const auto unit_b = k.unit("PUSKESMAS", 1);
    auto a = k.device(k.supervisor_of(unit_a), "a");
    auto b = k.device(k.supervisor_of(unit_b), "b");
    REQUIRE(a->sync(now_ms()) == SyncOutcome::Finished);
    REQUIRE(b->sync(now_ms()) == SyncOutcome::Finished);
    for (const auto& type : {"unit", "employee"})
        for (const auto& r : a->store().list(type))
            CHECK(r.unit_id == unit_a);

    SECTION("a push for another unit is rejected") {
        const auto other = employees_of(*b)[0];
        auto client = k.client();
        const json body = {
            {"batch", 1},
            {"changes", json::array({attendance_change(unit_b, other.id, a->device_id())})}};
        auto r = client.post("/v1/sync/push", body.dump(), bearer(a->token()));
        REQUIRE(r.status == 200);
        CHECK(r.json().at("results")[0].at("status") == "rejected");
        REQUIRE(b->sync(now_ms()) == SyncOutcome::Finished);
        CHECK(b->store().count("attendance") == 0);
    }
    SECTION("a revoked device gets 401 at its next request") {
        k.admin({"device", "revoke", a->device_id()});
        auto client = k.client();
        CHECK(client.get("/v1/sync/pull", bearer(a->token())).status == 401);
        CHECK(a->sync(now_ms()) == SyncOutcome::Stopped);
        CHECK(client.get("/v1/sync/pull", bearer(b->token())).status == 200);
        const auto devices = k.admin({"device", "list"});
        bool seen = false;
        for (const auto& d : devices.at("devices"))
            if (d.at("id") == a->device_id())
                seen = !d.at("revoked_at").is_null();
        CHECK(seen);
    }
    SECTION("a used or expired code gets 401") {
        auto client = k.client();
        const auto code = k.new_code(k.supervisor_of(unit_a));
        const json body = {{"code", code}, {"device_name", "HP"}};
        CHECK(client.post("/v1/enroll", body.dump(), bearer("")).status == 201);
        auto used = client.post("/v1/enroll", body.dump(), bearer(""));
        CHECK(used.status == 401);
        const auto short_lived =
            k.admin({"enroll-code", "--user", k.supervisor_of(unit_a), "--ttl", "1s"});
        std::this_thread::sleep_for(std::chrono::milliseconds(1200));
        auto expired = client.post(
            "/v1/enroll", json{{"code", short_lived.at("code")}, {"device_name", "HP"}}.dump(),
            bearer(""));
        CHECK(expired.status == 401);
        CHECK(expired.body == used.body);
    }
}

TEST_CASE("over HTTP: a device clock a day ahead does not win over a later correct edit") {
    Kabupaten k;
    const auto unit_a = k.unit("PUSKESMAS", 0);
    auto fast = k.device(k.supervisor_of(unit_a), "fast");
    auto good = k.device(k.supervisor_of(unit_a), "good");
    REQUIRE(fast->sync(now_ms()) == SyncOutcome::Finished);
    REQUIRE(good->sync(now_ms()) == SyncOutcome::Finished);
    const auto employee = employees_of(*fast)[0].id;
    const std::int64_t day = 24LL * 3600 * 1000;
    mark(*fast, unit_a, employee, "SAKIT", now_ms() + day);
    REQUIRE(fast->sync(now_ms() + day) == SyncOutcome::Finished);
    REQUIRE(good->sync(now_ms()) == SyncOutcome::Finished);
    REQUIRE(attendance_status(*good, unit_a, employee) == "SAKIT");
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    mark(*good, unit_a, employee, "HADIR", now_ms());
    REQUIRE(good->sync(now_ms()) == SyncOutcome::Finished);
    REQUIRE(fast->sync(now_ms() + day) == SyncOutcome::Finished);
    CHECK(attendance_status(*good, unit_a, employee) == "HADIR");
    CHECK(attendance_status(*fast, unit_a, employee) == "HADIR");
}

TEST_CASE("SIGTERM stops the server with exit code 0") {
    Kabupaten k;
    auto client = k.client();
    CHECK(client.get("/v1/health").status == 200);
    CHECK(k.server.stop(10'000) == 0);
}
