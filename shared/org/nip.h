// The 18-digit employee number of a civil servant. A PNS's NIP reads
// YYYYMMDD (birth) YYYYMM (TMT CPNS, start of service) G (1 male, 2 female)
// NNN (sequence); a PPPK's NI PPPK has the same shape except that digits
// 13-14 are not a month (a contract count, per secondary sources), so only
// the appointment year is checked. Supervisors type these numbers on phones,
// so every way a number can be wrong gets its own problem code.
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
    std::optional<int> contract_count;     // PPPK only: digits 13-14 (verify)
    int gender = 0;                        // 1 male, 2 female
    int sequence = 0;

    bool operator==(const NipParts&) const = default;
};

// Refusals, with codes nip_length, nip_not_digits, nip_birth_date,
// nip_tmt_month, nip_tmt_before_birth, nip_gender, nip_sequence.
// `field` names the number in the problems ("data.nip").
Problems validate_nip(std::string_view nip, EmployeeKind kind, std::string_view field = "nip");

// The decoded number, or nullopt when validate_nip finds a problem.
std::optional<NipParts> parse_nip(std::string_view nip, EmployeeKind kind);

// Findings that do not refuse the number but deserve a second look: an
// appointment before the 18th birthday (code nip_young_at_tmt). Empty for
// numbers that validate_nip refuses.
Problems nip_warnings(std::string_view nip, EmployeeKind kind, std::string_view field = "nip");

}  // namespace pantau
