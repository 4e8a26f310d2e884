#include "org/employee_kind.h"

namespace pantau {

std::string_view to_string(EmployeeKind kind) {
    switch (kind) {
        case EmployeeKind::PNS:
            return "PNS";
        case EmployeeKind::PPPK:
            return "PPPK";
    }
    return "PNS";
}

std::optional<EmployeeKind> employee_kind_from_string(std::string_view text) {
    if (text == "PNS")
        return EmployeeKind::PNS;
    if (text == "PPPK")
        return EmployeeKind::PPPK;
    return std::nullopt;
}

}  // namespace pantau
