// The 18-digit employee number of a civil servant. A PNS's NIP reads
// YYYYMMDD (birth) YYYYMM (TMT CPNS, start of service) G (1 male, 2 female)
// NNN (sequence) (Peraturan Kepala BKN 43/2007). A PPPK's NI PPPK reads
// YYYYMMDD (birth) YYYY (the year of the TMT, the first appointment) 2 (the
// mark of a PPPK number) D (one digit whose meaning no source we hold settles:
// some secondary sources call digits 13-14 a count of work agreements, others
// a code of the appointment round or of part-time PPPK; verify, so it is kept
// unnamed and unchecked) G (1 male, 2 female) NNN (sequence). Supervisors type
// these numbers on phones, so every way a number can be wrong gets its own
// problem code.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/problem.h"
#include "org/employee_kind.h"

namespace pantau {

struct NipParts {
    Date birth;
    int appointment_year = 0;
    std::optional<int> appointment_month;  // PNS only: the TMT CPNS month
    int gender = 0;                        // 1 male, 2 female
    int sequence = 0;
    // PPPK only: digit 14, after the PPPK mark "2"; its meaning is not settled (verify).
    std::optional<int> pppk_digit_14 = std::nullopt;

    bool operator==(const NipParts&) const = default;
};

// The youngest age at which a civil servant of the kind is appointed: 18 for
// a PNS (PP 11/2017 Pasal 23 ayat (1) huruf a), 20 for a PPPK (PP 49/2018
// Pasal 16 huruf a, verify). Both set the age at application, so an
// appointment, which comes later, is never younger.
int minimum_appointment_age(EmployeeKind kind);

// Whether someone born on `birth` is `years` old on `day` (on the birthday
// itself they are; a 29 February birthday falls on 1 March in other years).
bool has_reached_age(const Date& birth, int years, const Date& day);

// The first year of an NI PPPK: PPPK are appointed under PP 49/2018, so no
// TMT of a PPPK lies before 2019.
inline constexpr int kFirstPppkYear = 2019;

// Refusals, with codes nip_length, nip_not_digits, nip_birth_date,
// nip_tmt_month, nip_tmt_before_birth, nip_gender, nip_sequence, and for an
// NI PPPK nip_pppk_mark (digit 13 is not 2) and nip_pppk_year (a TMT year
// before kFirstPppkYear).
// `field` names the number in the problems ("data.nip").
Problems validate_nip(std::string_view nip, EmployeeKind kind, std::string_view field = "nip");

// The decoded number, or nullopt when validate_nip finds a problem.
std::optional<NipParts> parse_nip(std::string_view nip, EmployeeKind kind);

// Findings that do not refuse the number but deserve a second look: an
// appointment before minimum_appointment_age (code nip_young_at_tmt). A PNS's
// appointment is the first day of the TMT month; a PPPK's is known to the year
// only, so it is flagged only when the person is under 20 even on 31 December
// of that year. Empty for numbers that validate_nip refuses.
Problems nip_warnings(std::string_view nip, EmployeeKind kind, std::string_view field = "nip");

}  // namespace pantau
