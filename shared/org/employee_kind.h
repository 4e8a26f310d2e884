// The two kinds of civil servant (ASN): PNS (career civil servants, CPNS
// included) and PPPK (contract civil servants). The kind decides how a NIP is
// read, which golongan apply and which discipline rules are selectable.
#pragma once

#include <optional>
#include <string_view>

namespace pantau {

enum class EmployeeKind { PNS, PPPK };

std::string_view to_string(EmployeeKind kind);
std::optional<EmployeeKind> employee_kind_from_string(std::string_view text);

}  // namespace pantau
