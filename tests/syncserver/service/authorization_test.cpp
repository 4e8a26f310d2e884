// The authorisation matrix, from one table: every role against every
// endpoint, with the data of the caller's own unit, of a sub-unit and of
// another unit. An endpoint the router serves but the table lacks fails the
// test, so a new endpoint cannot arrive without its row.

#include <array>
#include <catch2/catch.hpp>
#include <functional>
#include <map>

#include "fixture.h"
#include "org/employee.h"
#include "org/unit.h"
#include "service/directory.h"
#include "service/master_data.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

// Who calls: the columns of the table.
enum Who { OwnUnit, SubUnit, OtherUnit, ParentUnit, Hr, Oversight, Revoked, Nobody, kWho };
constexpr std::array<const char*, kWho> kWhoNames = {"supervisor of unit A",
                                                     "supervisor of a sub-unit of A",
                                                     "supervisor of unit B",
                                                     "supervisor of the dinas above A and B",
                                                     "hr",
                                                     "oversight",
                                                     "revoked device of unit A",
                                                     "no token"};

struct Row {
    std::string_view method;
    std::string_view path;
    std::string_view what;  // the case, and the key of its check below
    std::array<std::string_view, kWho> expected;
};

// "applied"/"rejected": a push's result; "sees"/"blind": whether the answer
// holds the data of that unit; a number: the HTTP status.
constexpr Row kMatrix[] = {
    {"GET", "/v1/health", "health", {"200", "200", "200", "200", "200", "200", "200", "200"}},
    {"POST",
     "/v1/enroll",
     "enrol with a used code",
     {"401", "401", "401", "401", "401", "401", "401", "401"}},
    {"POST",
     "/v1/sync/push",
     "push a record of unit A",
     {"applied", "rejected", "rejected", "applied", "403", "403", "401", "401"}},
    {"POST",
     "/v1/sync/push",
     "push a record of the sub-unit",
     {"applied", "applied", "rejected", "applied", "403", "403", "401", "401"}},
    {"POST",
     "/v1/sync/push",
     "push a record of unit B",
     {"rejected", "rejected", "applied", "applied", "403", "403", "401", "401"}},
    {"GET",
     "/v1/sync/pull",
     "pull unit A's staff",
     {"sees", "blind", "blind", "sees", "sees", "sees", "401", "401"}},
    {"GET",
     "/v1/sync/pull",
     "pull the sub-unit's staff",
     {"sees", "sees", "blind", "sees", "sees", "sees", "401", "401"}},
    {"GET",
     "/v1/sync/pull",
     "pull unit B's staff",
     {"blind", "blind", "sees", "sees", "sees", "sees", "401", "401"}},
    {"GET",
     "/v1/conflicts",
     "list unit A's conflicts",
     {"sees", "blind", "blind", "sees", "sees", "sees", "401", "401"}},
    {"GET",
     "/v1/export",
     "export attendance",
     {"403", "403", "403", "403", "200", "200", "401", "401"}},
    {"GET",
     "/v1/devices",
     "list the devices",
     {"403", "403", "403", "403", "200", "200", "401", "401"}},
    {"GET",
     "/v1/audit",
     "read the audit log",
     {"403", "403", "403", "403", "403", "200", "401", "401"}},
    {"GET",
     "/v1/reports/",
     "report on every unit one may see: unit A's staff",
     {"sees", "blind", "blind", "sees", "sees", "sees", "401", "401"}},
    {"GET",
     "/v1/reports/",
     "report filtered to unit B",
     {"403", "403", "sees", "sees", "sees", "sees", "401", "401"}},
    {"GET",
     "/metrics",
     "metrics from another machine",
     {"403", "403", "403", "403", "403", "403", "403", "403"}},
};

struct Matrix {
    Matrix() : f(config()) {
        f.store->write([&](ServerTransaction& tx) {
            sub_unit =
                add_unit(tx, Unit{"Rawat Inap Sukamaju", "BIDANG", f.unit_a, "Asia/Jakarta"}, f.now)
                    .value();
            sub_employee =
                put_employee(tx,
                             Employee{"199203152019032001", "Rina Marlina", EmployeeKind::PNS,
                                      "II/c", "Perawat Terampil", std::nullopt, sub_unit, true},
                             f.now)
                    .value();
            sub_supervisor =
                create_user(tx, "Kepala Ruang Rawat Inap", Role::Supervisor, {sub_unit}, f.now)
                    .value()
                    .id;
            dinas_supervisor =
                create_user(tx, "Kepala Dinas", Role::Supervisor, {f.dinas}, f.now).value().id;
        });
        const std::array<std::string, 6> users = {f.supervisor_a,   sub_supervisor, f.supervisor_b,
                                                  dinas_supervisor, f.hr,           f.oversight};
        for (std::size_t i = 0; i < users.size(); ++i)
            tokens[i] = f.enroll(users[i], &devices[i]);
        std::string revoked_device;
        tokens[Revoked] = f.enroll(f.supervisor_a, &revoked_device);
        f.store->write([&](ServerTransaction& tx) { tx.revoke_device(revoked_device, f.now); });

        // A conflict in unit A, between two phones of its supervisor.
        std::string d1, d2;
        const auto t1 = f.enroll(f.supervisor_a, &d1);
        const auto t2 = f.enroll(f.supervisor_a, &d2);
        f.push(t1, 1,
               {attendance(f.unit_a, f.employee_a, "2026-11-02", "HADIR", version_at(f.now), d1)
                    .to_json()});
        f.push(t2, 1,
               {attendance(f.unit_a, f.employee_a, "2026-11-02", "IZIN", version_at(f.now + 1), d2)
                    .to_json()});
        used_code = f.code_for(f.hr);
        f.request("POST", "/v1/enroll", json{{"code", used_code}, {"device_name", "x"}}.dump());
    }

    static ServerConfig config() {
        ServerConfig c;
        c.bad_credentials_rate = {100, 10'000};  // the matrix sends many on purpose
        return c;
    }

    HttpResponse call(Who who, const std::string& method, const std::string& target,
                      const std::string& body = "") {
        return f.router->handle(
            http_request(method, target, body, who == Nobody ? "" : tokens[who], "10.20.30.40"));
    }

    std::string push(Who who, const std::string& unit, const std::string& employee) {
        // A fresh employee-day each time, so no push supersedes another.
        const std::string date = "2026-10-" + std::to_string(10 + day++);
        const auto change =
            attendance(unit, employee, date, "HADIR", version_at(f.now), devices[who]);
        const auto response =
            call(who, "POST", "/v1/sync/push",
                 json{{"batch", ++batches[who]}, {"changes", {change.to_json()}}}.dump());
        if (response.status != 200) {
            --batches[who];
            return std::to_string(response.status);
        }
        return body_of(response).at("results").at(0).at("status").get<std::string>();
    }

    std::string pull_sees(Who who, const std::string& unit) {
        std::string cursor;
        bool seen = false;
        for (int page = 0; page < 100; ++page) {
            const auto response = call(who, "GET", "/v1/sync/pull?cursor=" + cursor);
            if (response.status != 200)
                return std::to_string(response.status);
            const auto body = body_of(response);
            for (const auto& c : body.at("changes"))
                seen = seen || (c.at("type") == "employee" && c.at("unit_id") == unit);
            cursor = body.at("cursor").get<std::string>();
            if (!body.at("more").get<bool>())
                return seen ? "sees" : "blind";
        }
        return "pull never ended";
    }

    std::string conflicts_seen(Who who, const std::string& unit) {
        const auto response = call(who, "GET", "/v1/conflicts");
        if (response.status != 200)
            return std::to_string(response.status);
        const auto body = body_of(response);
        for (const auto& c : body.at("conflicts"))
            if (c.at("unit_id") == unit)
                return "sees";
        return "blind";
    }

    // Whether an attendance recap lists the staff of `unit`.
    std::string report_sees(Who who, const std::string& unit, const std::string& filter = "") {
        const auto response = call(who, "GET",
                                   "/v1/reports/attendance-recap?month=2026-11" +
                                       (filter.empty() ? "" : "&unit=" + filter));
        if (response.status != 200)
            return std::to_string(response.status);
        const auto body = body_of(response);
        for (const auto& row : body.at("rows"))
            if (row.at("unit_id") == unit)
                return "sees";
        return "blind";
    }

    std::string status(Who who, const std::string& method, const std::string& target,
                       const std::string& body = "") {
        return std::to_string(call(who, method, target, body).status);
    }

    Fixture f;
    std::string sub_unit, sub_employee, sub_supervisor, dinas_supervisor, used_code;
    std::array<std::string, kWho> tokens;
    std::array<std::string, kWho> devices;
    std::array<std::int64_t, kWho> batches{};
    int day = 0;
};

}  // namespace

TEST_CASE("authorisation matrix: every role against every endpoint, own and other units' data") {
    Matrix m;
    const std::map<std::string_view, std::function<std::string(Who)>> checks = {
        {"health", [&](Who w) { return m.status(w, "GET", "/v1/health"); }},
        {"enrol with a used code",
         [&](Who w) {
             return m.status(w, "POST", "/v1/enroll",
                             json{{"code", m.used_code}, {"device_name", "HP"}}.dump());
         }},
        {"push a record of unit A", [&](Who w) { return m.push(w, m.f.unit_a, m.f.employee_a); }},
        {"push a record of the sub-unit",
         [&](Who w) { return m.push(w, m.sub_unit, m.sub_employee); }},
        {"push a record of unit B", [&](Who w) { return m.push(w, m.f.unit_b, m.f.employee_b); }},
        {"pull unit A's staff", [&](Who w) { return m.pull_sees(w, m.f.unit_a); }},
        {"pull the sub-unit's staff", [&](Who w) { return m.pull_sees(w, m.sub_unit); }},
        {"pull unit B's staff", [&](Who w) { return m.pull_sees(w, m.f.unit_b); }},
        {"list unit A's conflicts", [&](Who w) { return m.conflicts_seen(w, m.f.unit_a); }},
        {"export attendance",
         [&](Who w) { return m.status(w, "GET", "/v1/export?type=attendance&format=json"); }},
        {"read the audit log", [&](Who w) { return m.status(w, "GET", "/v1/audit"); }},
        {"list the devices", [&](Who w) { return m.status(w, "GET", "/v1/devices"); }},
        {"report on every unit one may see: unit A's staff",
         [&](Who w) { return m.report_sees(w, m.f.unit_a); }},
        {"report filtered to unit B",
         [&](Who w) { return m.report_sees(w, m.f.unit_b, m.f.unit_b); }},
        {"metrics from another machine", [&](Who w) { return m.status(w, "GET", "/metrics"); }},
    };

    for (const auto& row : kMatrix) {
        const auto check = checks.find(row.what);
        REQUIRE(check != checks.end());
        for (int who = 0; who < kWho; ++who) {
            INFO(row.method << " " << row.path << ": " << row.what << ", as "
                            << kWhoNames[static_cast<std::size_t>(who)]);
            CHECK(check->second(static_cast<Who>(who)) ==
                  row.expected[static_cast<std::size_t>(who)]);
        }
    }
}

TEST_CASE("authorisation matrix: every endpoint the router serves has its rows") {
    for (const auto& route : Router::routes()) {
        INFO(route.method << " " << route.path);
        bool covered = false;
        for (const auto& row : kMatrix)
            covered = covered || (row.method == route.method && row.path == route.path);
        CHECK(covered);
    }
    for (const auto& row : kMatrix) {
        INFO(row.method << " " << row.path);
        bool served = false;
        for (const auto& route : Router::routes())
            served = served || (row.method == route.method && row.path == route.path);
        CHECK(served);
    }
}
