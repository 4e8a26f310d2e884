#include "org/nip.h"

#include <catch2/catch.hpp>

using pantau::Date;
using pantau::EmployeeKind;
using pantau::has_code;
using pantau::has_reached_age;
using pantau::minimum_appointment_age;
using pantau::nip_warnings;
using pantau::parse_nip;
using pantau::validate_nip;

namespace {

bool refused_with(std::string_view nip, EmployeeKind kind, std::string_view code) {
    const auto problems = validate_nip(nip, kind);
    return !problems.empty() && has_code(problems, code) && !parse_nip(nip, kind);
}

}  // namespace

TEST_CASE("a valid PNS NIP is decoded into birth date, TMT, gender and sequence") {
    const auto parts = parse_nip("198503122010012003", EmployeeKind::PNS);
    REQUIRE(parts);
    CHECK(parts->birth.iso() == "1985-03-12");
    CHECK(parts->appointment_year == 2010);
    CHECK(parts->appointment_month == 1);
    CHECK_FALSE(parts->pppk_digit_14);
    CHECK(parts->gender == 2);
    CHECK(parts->sequence == 3);
    CHECK(validate_nip("198503122010012003", EmployeeKind::PNS).empty());
}

TEST_CASE("a PNS NIP of a man born on 29 February of a leap year is valid") {
    const auto parts = parse_nip("198402292010121999", EmployeeKind::PNS);
    REQUIRE(parts);
    CHECK(parts->birth.iso() == "1984-02-29");
    CHECK(parts->appointment_month == 12);
    CHECK(parts->gender == 1);
    CHECK(parts->sequence == 999);
}

TEST_CASE("a NIP whose birth date is not a real date is refused") {
    SECTION("day 32") {
        CHECK(refused_with("198503322010012003", EmployeeKind::PNS, "nip_birth_date"));
    }
    SECTION("30 February") {
        CHECK(refused_with("198502302010012003", EmployeeKind::PNS, "nip_birth_date"));
    }
    SECTION("29 February of a year that is not a leap year") {
        CHECK(refused_with("198502292010012003", EmployeeKind::PNS, "nip_birth_date"));
    }
    SECTION("month 13") {
        CHECK(refused_with("198513122010012003", EmployeeKind::PNS, "nip_birth_date"));
    }
}

TEST_CASE("a NIP with month 00 in the TMT is refused") {
    CHECK(refused_with("198503122010002003", EmployeeKind::PNS, "nip_tmt_month"));
}

TEST_CASE("a NIP with month 13 in the TMT is refused") {
    CHECK(refused_with("198503122010132003", EmployeeKind::PNS, "nip_tmt_month"));
}

TEST_CASE("a NIP with gender digit 0 or 3 is refused") {
    CHECK(refused_with("198503122010010003", EmployeeKind::PNS, "nip_gender"));
    CHECK(refused_with("198503122010013003", EmployeeKind::PNS, "nip_gender"));
}

TEST_CASE("a NIP with sequence 000 is refused and 001 is accepted") {
    CHECK(refused_with("198503122010012000", EmployeeKind::PNS, "nip_sequence"));
    CHECK(validate_nip("198503122010012001", EmployeeKind::PNS).empty());
}

TEST_CASE("a NIP of 17 or 19 digits is refused for its length") {
    const auto short_problems = validate_nip("19850312201001200", EmployeeKind::PNS);
    REQUIRE(short_problems.size() == 1);
    CHECK(short_problems[0].code == "nip_length");
    const auto long_problems = validate_nip("1985031220100120031", EmployeeKind::PNS);
    REQUIRE(long_problems.size() == 1);
    CHECK(long_problems[0].code == "nip_length");
    CHECK(refused_with("", EmployeeKind::PNS, "nip_length"));
}

TEST_CASE("a NIP with letters or spaces is refused") {
    SECTION("a letter in an 18-character text is only a digits problem") {
        const auto problems = validate_nip("19850312201001200A", EmployeeKind::PNS);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].code == "nip_not_digits");
    }
    SECTION("an 18-character text with a space") {
        CHECK(refused_with("1985031 2010012003", EmployeeKind::PNS, "nip_not_digits"));
    }
    SECTION("the printed form with spaces is refused for digits and length") {
        const auto problems = validate_nip("19850312 201001 2 003", EmployeeKind::PNS);
        CHECK(has_code(problems, "nip_not_digits"));
        CHECK(has_code(problems, "nip_length"));
    }
}

TEST_CASE("a NIP whose TMT is not after the birth date is refused") {
    SECTION("TMT years before birth") {
        CHECK(refused_with("198503121984062003", EmployeeKind::PNS, "nip_tmt_before_birth"));
    }
    SECTION("TMT in the birth month, before the birthday") {
        CHECK(refused_with("198503121985032003", EmployeeKind::PNS, "nip_tmt_before_birth"));
    }
    SECTION("TMT on the first of the month of a birth on the first") {
        CHECK(refused_with("198503011985032003", EmployeeKind::PNS, "nip_tmt_before_birth"));
    }
    SECTION("TMT the month after birth is not refused") {
        CHECK(validate_nip("198503121985042003", EmployeeKind::PNS).empty());
    }
}

TEST_CASE("every problem of a NIP is reported at once, in the given field") {
    const auto problems = validate_nip("198503122010133000", EmployeeKind::PNS, "data.nip");
    REQUIRE(problems.size() == 3);
    CHECK(has_code(problems, "nip_tmt_month"));
    CHECK(has_code(problems, "nip_gender"));
    CHECK(has_code(problems, "nip_sequence"));
    for (const auto& p : problems) {
        CHECK(p.field == "data.nip");
        CHECK_FALSE(p.message_id.empty());
        CHECK_FALSE(p.message_en.empty());
    }
}

TEST_CASE("a PNS appointed before turning 18 gets a warning, not a refusal") {
    SECTION("TMT on the first of the birthday month, before the 18th birthday") {
        const auto nip = "199005102008052001";
        CHECK(validate_nip(nip, EmployeeKind::PNS).empty());
        const auto warnings = nip_warnings(nip, EmployeeKind::PNS);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].code == "nip_young_at_tmt");
        CHECK(warnings[0].field == "nip");
    }
    SECTION("TMT on the 18th birthday itself is not flagged") {
        CHECK(nip_warnings("199005012008052001", EmployeeKind::PNS).empty());
    }
    SECTION("TMT the month after the 18th birthday is not flagged") {
        CHECK(nip_warnings("199005102008062001", EmployeeKind::PNS).empty());
    }
    SECTION("a refused NIP has no warnings") {
        CHECK(nip_warnings("199005102008132001", EmployeeKind::PNS).empty());
    }
}

TEST_CASE("an NI PPPK reads digit 13 as the PPPK mark and does not read digit 14 as a month") {
    for (const auto* nip : {"199107152021211001", "199107152021201001", "199107152021291001"}) {
        INFO(nip);
        CHECK(validate_nip(nip, EmployeeKind::PPPK).empty());
    }
    CHECK(has_code(validate_nip("199107152021251001", EmployeeKind::PNS), "nip_tmt_month"));
    const auto parts = parse_nip("199107152021251001", EmployeeKind::PPPK);
    REQUIRE(parts);
    CHECK(parts->birth.iso() == "1991-07-15");
    CHECK(parts->appointment_year == 2021);
    CHECK_FALSE(parts->appointment_month);
    CHECK(parts->pppk_digit_14 == 5);
    CHECK(parts->gender == 1);
    CHECK(parts->sequence == 1);
}

TEST_CASE("an NI PPPK whose digit 13 is not 2 is refused") {
    for (const auto* nip :
         {"199107152021011001", "199107152021111001", "199107152021311001", "199107152021911001"}) {
        INFO(nip);
        CHECK(refused_with(nip, EmployeeKind::PPPK, "nip_pppk_mark"));
    }
}

TEST_CASE("an NI PPPK with a TMT year before 2019 is refused and 2019 is accepted") {
    CHECK(refused_with("199107152018211001", EmployeeKind::PPPK, "nip_pppk_year"));
    CHECK(validate_nip("199107152019211001", EmployeeKind::PPPK).empty());
    // The same digits are a valid PNS NIP of a TMT CPNS in 2018: the year rule is the PPPK's.
    CHECK(validate_nip("199107152018121001", EmployeeKind::PNS).empty());
}

TEST_CASE("an NI PPPK is refused for its own bad cases") {
    SECTION("bad birth date") {
        CHECK(refused_with("199102302021211001", EmployeeKind::PPPK, "nip_birth_date"));
    }
    SECTION("gender digit 0 or 3") {
        CHECK(refused_with("199107152021210001", EmployeeKind::PPPK, "nip_gender"));
        CHECK(refused_with("199107152021213001", EmployeeKind::PPPK, "nip_gender"));
    }
    SECTION("gender 2 is a woman") {
        const auto parts = parse_nip("199107152021212001", EmployeeKind::PPPK);
        REQUIRE(parts);
        CHECK(parts->gender == 2);
    }
    SECTION("sequence 000") {
        CHECK(refused_with("199107152021211000", EmployeeKind::PPPK, "nip_sequence"));
    }
    SECTION("17 digits") {
        CHECK(refused_with("19910715202121100", EmployeeKind::PPPK, "nip_length"));
    }
    SECTION("a letter") {
        CHECK(refused_with("1991071520212110O1", EmployeeKind::PPPK, "nip_not_digits"));
    }
    SECTION("appointment year before the birth year") {
        CHECK(refused_with("202107152020211001", EmployeeKind::PPPK, "nip_tmt_before_birth"));
    }
    SECTION("the problems name the NI PPPK, not the NIP") {
        const auto problems = validate_nip("199107152021213001", EmployeeKind::PPPK);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].message_en.find("NI PPPK") != std::string::npos);
    }
}

TEST_CASE("an age is reached on the birthday, not the day before") {
    const Date birth = *Date::parse("2001-03-10");
    CHECK_FALSE(has_reached_age(birth, 20, *Date::parse("2021-03-09")));  // 19 years 364 days
    CHECK(has_reached_age(birth, 20, *Date::parse("2021-03-10")));
    CHECK_FALSE(has_reached_age(birth, 18, *Date::parse("2019-03-09")));
    CHECK(has_reached_age(birth, 18, *Date::parse("2019-03-10")));
    SECTION("a 29 February birthday falls on 1 March in other years") {
        const Date leap = *Date::parse("2004-02-29");
        CHECK_FALSE(has_reached_age(leap, 20, *Date::parse("2024-02-28")));
        CHECK(has_reached_age(leap, 20, *Date::parse("2024-02-29")));
        CHECK_FALSE(has_reached_age(leap, 18, *Date::parse("2022-02-28")));
        CHECK(has_reached_age(leap, 18, *Date::parse("2022-03-01")));
    }
}

TEST_CASE("a PNS is appointed from 18 and a PPPK from 20") {
    CHECK(minimum_appointment_age(EmployeeKind::PNS) == 18);
    CHECK(minimum_appointment_age(EmployeeKind::PPPK) == 20);
}

TEST_CASE("a PPPK is flagged as young only when under 20 on the last day of the appointment year") {
    SECTION("born 1 January 2002, TMT 2021: 19 years 364 days on 31 December 2021") {
        const auto warnings = nip_warnings("200201012021211001", EmployeeKind::PPPK);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings[0].code == "nip_young_at_tmt");
        CHECK(warnings[0].message_id.find("20 tahun") != std::string::npos);
        CHECK(warnings[0].message_en.find("turning 20") != std::string::npos);
    }
    SECTION("born 31 December 2001, TMT 2021: 20 years 0 days on 31 December 2021") {
        CHECK(nip_warnings("200112312021211001", EmployeeKind::PPPK).empty());
    }
    SECTION("a 19-year-old PPPK is flagged where a PNS of 19 is not") {
        CHECK_FALSE(nip_warnings("200206012021211001", EmployeeKind::PPPK).empty());
        CHECK(nip_warnings("200206012021061001", EmployeeKind::PNS).empty());
    }
}
