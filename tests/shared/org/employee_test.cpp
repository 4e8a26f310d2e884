#include "org/employee.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using pantau::Employee;
using pantau::EmployeeKind;
using pantau::has_code;
using pantau::has_problem;
using pantau::JabatanKind;
using pantau::Problems;

namespace {

Employee perawat() {
    Employee e;
    e.nip = "198503122010012003";
    e.name = "Siti Rahmawati";
    e.kind = EmployeeKind::PNS;
    e.golongan = "III/c";
    e.jabatan = "Perawat Ahli Muda";
    e.jabatan_kind = JabatanKind::AhliMuda;
    e.unit_id = "3f1c2b4a-9d8e-4c7b-a6f5-0e1d2c3b4a59";
    e.active = true;
    return e;
}

json perawat_json() {
    return {{"nip", "198503122010012003"},
            {"name", "Siti Rahmawati"},
            {"kind", "PNS"},
            {"golongan", "III/c"},
            {"jabatan", "Perawat Ahli Muda"},
            {"jabatan_kind", "AHLI_MUDA"},
            {"unit_id", "3f1c2b4a-9d8e-4c7b-a6f5-0e1d2c3b4a59"},
            {"active", true}};
}

}  // namespace

TEST_CASE("an employee is written as the protocol's data object") {
    CHECK(perawat().to_json() == perawat_json());
}

TEST_CASE("an employee survives a JSON round trip") {
    Problems problems;
    SECTION("with a jabatan kind") {
        CHECK(Employee::from_json(perawat().to_json(), problems) == perawat());
        CHECK(problems.empty());
    }
    SECTION("without a jabatan kind, which is then omitted") {
        auto e = perawat();
        e.jabatan_kind.reset();
        e.active = false;
        CHECK_FALSE(e.to_json().contains("jabatan_kind"));
        CHECK(Employee::from_json(e.to_json(), problems) == e);
        CHECK(problems.empty());
    }
    SECTION("a PPPK") {
        auto e = perawat();
        e.kind = EmployeeKind::PPPK;
        e.nip = "199107152021211001";
        e.golongan = "IX";
        CHECK(Employee::from_json(e.to_json(), problems) == e);
        CHECK(problems.empty());
        CHECK(e.validate().empty());
    }
}

TEST_CASE("a valid employee has no problems and no warnings") {
    CHECK(perawat().validate().empty());
    CHECK(perawat().warnings().empty());
}

TEST_CASE("an employee with a bad NIP is refused on the nip field") {
    auto e = perawat();
    e.nip = "198503122010132003";
    const auto problems = e.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.nip");
    CHECK(problems[0].code == "nip_tmt_month");
}

TEST_CASE("the NIP is checked by the rules of the employee's kind") {
    auto e = perawat();
    e.nip = "199107152021251001";  // digits 13-14 are not a month
    e.golongan = "IX";
    e.kind = EmployeeKind::PPPK;
    CHECK(e.validate().empty());
    e.kind = EmployeeKind::PNS;
    e.golongan = "III/a";
    CHECK(has_code(e.validate(), "nip_tmt_month"));
}

TEST_CASE(
    "an employee's age at appointment is checked by their kind: 20 for a PPPK, 18 for a PNS") {
    auto e = perawat();
    e.kind = EmployeeKind::PPPK;
    e.golongan = "IX";
    e.nip = "200201012021211001";  // 19 years 364 days on 31 December 2021
    REQUIRE(e.validate().empty());
    const auto warnings = e.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].field == "data.nip");
    CHECK(warnings[0].code == "nip_young_at_tmt");
    e.nip = "200112312021211001";  // 20 years 0 days on 31 December 2021
    CHECK(e.warnings().empty());
    e.kind = EmployeeKind::PNS;
    e.golongan = "II/a";
    e.nip = "200201012020011001";  // TMT CPNS 1 January 2020: 18 years 0 days
    REQUIRE(e.validate().empty());
    CHECK(e.warnings().empty());
    e.nip = "200201022020011001";  // born a day later: 17 years 364 days
    CHECK(has_code(e.warnings(), "nip_young_at_tmt"));
}

TEST_CASE("an employee's golongan must be in the catalogue for their kind") {
    auto e = perawat();
    SECTION("a PPPK golongan for a PNS") {
        e.golongan = "IX";
        const auto problems = e.validate();
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "data.golongan");
        CHECK(problems[0].code == "unknown_value");
    }
    SECTION("a PNS golongan for a PPPK") {
        e.kind = EmployeeKind::PPPK;
        e.nip = "199107152021211001";
        e.golongan = "III/a";
        CHECK(has_problem(e.validate(), "data.golongan"));
    }
    SECTION("a golongan that does not exist") {
        e.golongan = "IV/f";
        CHECK(has_problem(e.validate(), "data.golongan"));
    }
    SECTION("the code is case-sensitive") {
        e.golongan = "iii/a";
        CHECK(has_problem(e.validate(), "data.golongan"));
    }
}

TEST_CASE("an employee without a name is refused") {
    auto e = perawat();
    e.name = "";
    CHECK(has_code(e.validate(), "empty"));
    e.name = "  \t";
    const auto problems = e.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.name");
}

TEST_CASE("an employee's unit_id must be a lowercase UUID") {
    auto e = perawat();
    for (const auto* bad :
         {"", "unit-7", "3F1C2B4A-9D8E-4C7B-A6F5-0E1D2C3B4A59", "3f1c2b4a9d8e4c7ba6f50e1d2c3b4a59",
          "3f1c2b4a-9d8e-4c7b-a6f5-0e1d2c3b4a5"}) {
        INFO(bad);
        e.unit_id = bad;
        const auto problems = e.validate();
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].field == "data.unit_id");
        CHECK(problems[0].code == "invalid_uuid");
    }
}

TEST_CASE("an employee appointed before 18 is valid but warned about") {
    auto e = perawat();
    e.nip = "199005102008052001";
    CHECK(e.validate().empty());
    const auto warnings = e.warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].field == "data.nip");
}

TEST_CASE("an employee with an unknown field is refused") {
    auto j = perawat_json();
    j["salary"] = 5000000;
    Problems problems;
    Employee::from_json(j, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "data.salary");
    CHECK(problems[0].code == "unknown_field");
}

TEST_CASE("an employee with fields of the wrong type is refused") {
    Problems problems;
    auto j = perawat_json();
    SECTION("a numeric NIP") {
        j["nip"] = 198503122010012003LL;
        Employee::from_json(j, problems);
        CHECK(has_problem(problems, "data.nip"));
        CHECK(has_code(problems, "wrong_type"));
    }
    SECTION("active as text") {
        j["active"] = "true";
        Employee::from_json(j, problems);
        CHECK(has_problem(problems, "data.active"));
    }
    SECTION("a kind that is not PNS or PPPK") {
        j["kind"] = "CPNS";
        Employee::from_json(j, problems);
        CHECK(has_code(problems, "unknown_value"));
    }
    SECTION("an unknown jabatan kind") {
        j["jabatan_kind"] = "KEPALA";
        Employee::from_json(j, problems);
        CHECK(has_problem(problems, "data.jabatan_kind"));
    }
    SECTION("data that is not an object") {
        Employee::from_json(json::array(), problems);
        CHECK(has_code(problems, "not_object"));
    }
    CHECK(problems.size() == 1);
}

TEST_CASE("an employee missing required fields gets one problem per field") {
    Problems problems;
    Employee::from_json(json::object(), problems);
    CHECK(problems.size() == 7);
    for (const auto* field : {"data.nip", "data.name", "data.kind", "data.golongan", "data.jabatan",
                              "data.unit_id", "data.active"}) {
        INFO(field);
        CHECK(has_problem(problems, field));
    }
    CHECK_FALSE(has_problem(problems, "data.jabatan_kind"));
}
