#include "admin/demo_data.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "admin/demo_staff.h"
#include "admin_fixture.h"
#include "org/employee.h"
#include "org/nip.h"
#include "service/directory.h"

using namespace pantau;
using namespace pantau::server;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Snapshot {
    std::map<std::string, std::string> unit_versions;
    std::map<std::string, std::string> employee_versions;  // by NIP
    std::vector<User> users;
};

Snapshot snapshot(const AdminFixture& f) {
    Snapshot s;
    f.open()->read([&](ServerTransaction& tx) {
        for (const auto& u : tx.records_of_type("unit"))
            s.unit_versions[u.id] = u.version;
        for (const auto& e : tx.records_of_type("employee"))
            s.employee_versions[e.data.at("nip")] = e.version;
        s.users = tx.users();
    });
    return s;
}

}  // namespace

TEST_CASE("demo-data seeds a kabupaten of seven units with valid staff, users and codes") {
    AdminFixture f;
    const Outcome o = f.run({"demo-data", "--json"});
    INFO(o.err);
    REQUIRE(o.code == 0);
    const auto j = o.json();

    REQUIRE(j.at("units").size() == 7);
    std::map<std::string, nlohmann::json> units;
    std::map<std::string, int> kinds;
    for (const auto& u : j.at("units")) {
        units[u.at("id")] = u;
        ++kinds[u.at("kind")];
        CHECK(u.at("name").is_string());
    }
    CHECK(kinds ==
          std::map<std::string, int>{{"PEMDA", 1}, {"OPD", 1}, {"PUSKESMAS", 3}, {"KECAMATAN", 2}});
    for (const auto& [id, u] : units) {
        if (u.at("kind") == "PEMDA") {
            CHECK(u.at("parent_id").is_null());
            CHECK(u.at("name") == "Pemerintah Kabupaten Sukamaju");
        } else {
            const auto& parent = units.at(u.at("parent_id"));
            const std::string expected = u.at("kind") == "PUSKESMAS" ? "OPD" : "PEMDA";
            CHECK(parent.at("kind") == expected);
        }
    }

    std::map<std::string, std::vector<Employee>> staff;
    f.open()->read([&](ServerTransaction& tx) {
        for (const auto& change : tx.records_of_type("employee")) {
            Problems problems;
            staff[change.unit_id].push_back(Employee::from_json(change.data, problems));
            CHECK(problems.empty());
        }
    });
    for (const auto& [id, u] : units) {
        const bool field = u.at("kind") == "PUSKESMAS" || u.at("kind") == "KECAMATAN";
        if (!field) {
            CHECK_FALSE(staff.contains(id));
            continue;
        }
        const auto& people = staff[id];
        INFO(u.at("name"));
        CHECK(people.size() >= 20);
        CHECK(people.size() <= 60);
        CHECK(u.at("employees") == people.size());
        std::set<EmployeeKind> employee_kinds;
        for (const auto& e : people) {
            INFO(e.nip << " " << e.name);
            CHECK(validate_nip(e.nip, e.kind).empty());
            CHECK(nip_warnings(e.nip, e.kind).empty());
            CHECK(e.validate().empty());
            CHECK(e.active);
            employee_kinds.insert(e.kind);
        }
        CHECK(employee_kinds.size() == 2);  // PNS and PPPK
    }

    REQUIRE(j.at("users").size() == 7);
    std::map<std::string, int> roles;
    for (const auto& u : j.at("users")) {
        ++roles[u.at("role")];
        CHECK(u.at("id").is_string());
        if (u.at("role") == "supervisor") {
            REQUIRE(u.at("units").size() == 1);
            const std::string kind = units.at(u.at("units")[0]).at("kind");
            CHECK((kind == "PUSKESMAS" || kind == "KECAMATAN"));
        } else {
            CHECK(u.at("units").empty());
        }
    }
    CHECK(roles == std::map<std::string, int>{{"supervisor", 5}, {"hr", 1}, {"oversight", 1}});

    REQUIRE(j.at("enroll_codes").size() == 7);
    std::set<std::string> codes;
    for (const auto& c : j.at("enroll_codes")) {
        codes.insert(c.at("code").get<std::string>());
        CHECK(c.at("user").is_string());
        if (c.at("role") == "supervisor")
            CHECK(c.at("unit").is_string());
        else
            CHECK(c.at("unit").is_null());
    }
    CHECK(codes.size() == 7);
    CHECK(j.at("holidays").at("count").is_number());
}

TEST_CASE("running demo-data again duplicates nothing and issues fresh codes") {
    AdminFixture f;
    const Outcome first = f.run({"demo-data", "--json"});
    REQUIRE(first.code == 0);
    const Snapshot before = snapshot(f);

    const Outcome second = f.run({"demo-data", "--json"});
    REQUIRE(second.code == 0);
    const Snapshot after = snapshot(f);

    CHECK(after.unit_versions == before.unit_versions);
    CHECK(after.employee_versions == before.employee_versions);
    CHECK(after.users.size() == before.users.size());
    CHECK(second.json().at("users") != nlohmann::json());
    for (std::size_t i = 0; i < 7; ++i) {
        CHECK(second.json().at("users")[i].at("id") == first.json().at("users")[i].at("id"));
        CHECK(second.json().at("enroll_codes")[i].at("code") !=
              first.json().at("enroll_codes")[i].at("code"));
    }
    CHECK(second.json().at("employees").at("written") == 0);
}

TEST_CASE("a demo supervisor's code enrols a device that sees only its puskesmas") {
    AdminFixture f;
    const auto j = f.run({"demo-data", "--json"}).json();
    const std::string puskesmas = demo_unit_id("puskesmas-cibeureum");
    std::string code;
    for (const auto& c : j.at("enroll_codes"))
        if (c.at("unit") == puskesmas)
            code = c.at("code");
    REQUIRE_FALSE(code.empty());
    f.open()->write([&](ServerTransaction& tx) {
        auto enrolment = enroll(tx, code, "HP Kepala Puskesmas", now_ms(), "127.0.0.1");
        REQUIRE(enrolment);
        CHECK(enrolment->units == std::vector<std::string>{puskesmas});
    });
}

TEST_CASE("demo-data prints a readable table of units, users and codes") {
    AdminFixture f;
    const Outcome o = f.run({"demo-data"});
    REQUIRE(o.code == 0);
    for (const char* text : {"Dinas Kesehatan Kabupaten Sukamaju", "UPT Puskesmas Margahayu",
                             "Kecamatan Cibeureum", "supervisor", "oversight", "Holiday calendar"})
        CHECK(o.out.find(text) != std::string::npos);
}

TEST_CASE("the demo staff generator gives the same people for the same seed") {
    std::set<std::string> taken_a;
    std::set<std::string> taken_b;
    auto a = demo_staff("PUSKESMAS", demo_unit_id("x"), 40, 7, taken_a);
    auto b = demo_staff("PUSKESMAS", demo_unit_id("x"), 40, 7, taken_b);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);
    CHECK(taken_a.size() == 40);
    CHECK(a->front().jabatan == "Dokter Ahli Madya");
    CHECK_FALSE(demo_staff("SEKOLAH", demo_unit_id("x"), 20, 7, taken_a));
}
