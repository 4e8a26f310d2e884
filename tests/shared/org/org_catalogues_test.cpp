#include <catch2/catch.hpp>

#include "core/catalogue.h"
#include "org/golongan.h"
#include "org/jabatan.h"
#include "org/timezone.h"
#include "org/unit_kind.h"

using nlohmann::json;
using pantau::EmployeeKind;
using pantau::golongan_catalogue;
using pantau::JabatanGroup;
using pantau::JabatanKind;

TEST_CASE("the golongan catalogue has I/a..IV/e for PNS and I..XVII for PPPK") {
    const auto& catalogue = golongan_catalogue();
    int pns = 0, pppk = 0;
    for (const auto& g : catalogue.entries())
        (g.kind == EmployeeKind::PNS ? pns : pppk)++;
    CHECK(pns == 17);
    CHECK(pppk == 17);
    REQUIRE(catalogue.find(EmployeeKind::PNS, "I/a"));
    CHECK(catalogue.find(EmployeeKind::PNS, "I/a")->rank == 1);
    REQUIRE(catalogue.find(EmployeeKind::PNS, "IV/e"));
    CHECK(catalogue.find(EmployeeKind::PNS, "IV/e")->rank == 17);
    CHECK(catalogue.find(EmployeeKind::PPPK, "XVII"));
    CHECK_FALSE(catalogue.find(EmployeeKind::PNS, "I/e"));
    CHECK_FALSE(catalogue.find(EmployeeKind::PPPK, "XVIII"));
    CHECK_FALSE(catalogue.version().empty());
}

TEST_CASE("a PNS golongan carries its pangkat title") {
    const auto& catalogue = golongan_catalogue();
    CHECK(catalogue.find(EmployeeKind::PNS, "III/a")->pangkat == "Penata Muda");
    CHECK(catalogue.find(EmployeeKind::PNS, "III/d")->pangkat == "Penata Tingkat I");
    CHECK(catalogue.find(EmployeeKind::PNS, "IV/a")->pangkat == "Pembina");
    CHECK(catalogue.find(EmployeeKind::PNS, "II/a")->pangkat == "Pengatur Muda");
    CHECK(catalogue.find(EmployeeKind::PNS, "I/a")->pangkat == "Juru Muda");
    CHECK(catalogue.find(EmployeeKind::PPPK, "IX")->pangkat.empty());
}

TEST_CASE("a golongan catalogue can be supplied and a malformed one is refused") {
    const auto custom = pantau::GolonganCatalogue::from_file(
        {"golongan", "test", json::array({{{"code", "X"}, {"kind", "PPPK"}, {"rank", 10}}})});
    CHECK(custom.version() == "test");
    CHECK(custom.find(EmployeeKind::PPPK, "X"));
    CHECK_FALSE(custom.find(EmployeeKind::PPPK, "IX"));
    CHECK_THROWS_AS(
        pantau::GolonganCatalogue::from_file(
            {"golongan", "bad", json::array({{{"code", "X"}, {"kind", "HONORER"}, {"rank", 1}}})}),
        std::invalid_argument);
    const json twice = {{"code", "X"}, {"kind", "PPPK"}, {"rank", 10}};
    CHECK_THROWS_AS(
        pantau::GolonganCatalogue::from_file({"golongan", "bad", json::array({twice, twice})}),
        std::invalid_argument);
}

TEST_CASE("every jabatan kind reads back from its wire string and has a group") {
    const std::vector<std::pair<JabatanKind, JabatanGroup>> kinds = {
        {JabatanKind::JptUtama, JabatanGroup::Jpt},
        {JabatanKind::JptMadya, JabatanGroup::Jpt},
        {JabatanKind::JptPratama, JabatanGroup::Jpt},
        {JabatanKind::Administrator, JabatanGroup::Administrasi},
        {JabatanKind::Pengawas, JabatanGroup::Administrasi},
        {JabatanKind::Pelaksana, JabatanGroup::Administrasi},
        {JabatanKind::AhliPertama, JabatanGroup::FungsionalKeahlian},
        {JabatanKind::AhliMuda, JabatanGroup::FungsionalKeahlian},
        {JabatanKind::AhliMadya, JabatanGroup::FungsionalKeahlian},
        {JabatanKind::AhliUtama, JabatanGroup::FungsionalKeahlian},
        {JabatanKind::Pemula, JabatanGroup::FungsionalKeterampilan},
        {JabatanKind::Terampil, JabatanGroup::FungsionalKeterampilan},
        {JabatanKind::Mahir, JabatanGroup::FungsionalKeterampilan},
        {JabatanKind::Penyelia, JabatanGroup::FungsionalKeterampilan},
    };
    for (const auto& [kind, group] : kinds) {
        INFO(pantau::to_string(kind));
        CHECK(pantau::jabatan_kind_from_string(pantau::to_string(kind)) == kind);
        CHECK(pantau::group_of(kind) == group);
        CHECK(pantau::jabatan_group_from_string(pantau::to_string(group)) == group);
        CHECK_FALSE(pantau::label_id(kind).empty());
    }
    CHECK(pantau::to_string(JabatanKind::JptPratama) == "JPT_PRATAMA");
    CHECK(pantau::to_string(JabatanKind::AhliPertama) == "AHLI_PERTAMA");
    CHECK_FALSE(pantau::jabatan_kind_from_string("ahli_pertama"));
    CHECK_FALSE(pantau::jabatan_group_from_string("STRUKTURAL"));
}

TEST_CASE("employee kinds read back from PNS and PPPK only") {
    CHECK(pantau::employee_kind_from_string("PNS") == EmployeeKind::PNS);
    CHECK(pantau::employee_kind_from_string("PPPK") == EmployeeKind::PPPK);
    CHECK(pantau::to_string(EmployeeKind::PPPK) == "PPPK");
    CHECK_FALSE(pantau::employee_kind_from_string("pns"));
    CHECK_FALSE(pantau::employee_kind_from_string("HONORER"));
}

TEST_CASE("the Indonesian time zones have their UTC offsets") {
    CHECK(pantau::utc_offset_minutes("Asia/Jakarta") == 420);
    CHECK(pantau::utc_offset_minutes("Asia/Pontianak") == 420);
    CHECK(pantau::utc_offset_minutes("Asia/Makassar") == 480);
    CHECK(pantau::utc_offset_minutes("Asia/Jayapura") == 540);
    CHECK(pantau::time_zone_catalogue().find("Asia/Makassar")->abbreviation == "WITA");
    CHECK(pantau::time_zone_catalogue().find("Asia/Jayapura")->abbreviation == "WIT");
}

TEST_CASE("a time zone outside the catalogue has no offset") {
    CHECK_FALSE(pantau::utc_offset_minutes("Asia/Tokyo"));
    CHECK_FALSE(pantau::utc_offset_minutes("WIB"));
    CHECK_FALSE(pantau::utc_offset_minutes("asia/jakarta"));
}

TEST_CASE("a time zone catalogue with an impossible offset is refused") {
    const json zone = {{"code", "Asia/Nowhere"},
                       {"abbreviation", "X"},
                       {"utc_offset_minutes", 60 * 20},
                       {"label_id", "x"},
                       {"label_en", "x"}};
    CHECK_THROWS_AS(pantau::TimeZoneCatalogue::from_file({"timezones", "bad", json::array({zone})}),
                    std::invalid_argument);
}

TEST_CASE("the unit kinds include the levels of a regional government") {
    const auto& kinds = pantau::unit_kind_catalogue();
    for (const auto* code : {"PEMDA", "OPD", "KECAMATAN", "KELURAHAN", "PUSKESMAS", "UPT"}) {
        INFO(code);
        REQUIRE(kinds.find(code));
        CHECK_FALSE(kinds.find(code)->label_id.empty());
        CHECK_FALSE(kinds.find(code)->label_en.empty());
    }
    CHECK_FALSE(kinds.find("KANTOR"));
}

TEST_CASE("a unit's offset comes from its record and falls back to WIB") {
    using nlohmann::json;
    CHECK(pantau::unit_utc_offset_minutes(json{{"timezone", "Asia/Makassar"}}) == 480);
    CHECK(pantau::unit_utc_offset_minutes(json{{"timezone", "Asia/Jayapura"}}) == 540);
    // No zone, an unknown one, a wrong type or no record at all: WIB.
    CHECK(pantau::unit_utc_offset_minutes(json{{"name", "Puskesmas"}}) == 420);
    CHECK(pantau::unit_utc_offset_minutes(json{{"timezone", "Asia/Tokyo"}}) == 420);
    CHECK(pantau::unit_utc_offset_minutes(json{{"timezone", 8}}) == 420);
    CHECK(pantau::unit_utc_offset_minutes(json()) == 420);
    CHECK(pantau::unit_utc_offset_minutes(json::array()) == 420);
    CHECK(pantau::utc_offset_minutes_or_fallback("Asia/Pontianak") == 420);
    CHECK(pantau::utc_offset_minutes_or_fallback("") == 420);
    CHECK(pantau::utc_offset_minutes_or_fallback("Asia/Makassar") == 480);
}
