// Employee: master data of one civil servant as it travels in sync (type
// "employee"). Central HR owns it; devices only read it, so validation here
// guards what the server accepts from HR systems and what the app displays.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/problem.h"
#include "org/employee_kind.h"
#include "org/golongan.h"
#include "org/jabatan.h"

namespace pantau {

struct Employee {
    std::string nip;  // NIP for PNS, NI PPPK for PPPK
    std::string name;
    EmployeeKind kind = EmployeeKind::PNS;
    std::string golongan;  // a code of the golongan catalogue for `kind`
    std::string jabatan;   // the position's name, e.g. "Perawat Ahli Pertama"
    std::optional<JabatanKind> jabatan_kind;
    std::string unit_id;
    bool active = true;

    static Employee from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    Problems validate() const;
    Problems validate(const GolonganCatalogue& golongan) const;
    // Doubts that do not refuse the record: an appointment younger than the
    // kind allows (18 for a PNS, 20 for a PPPK; org/nip.h).
    Problems warnings() const;

    bool operator==(const Employee&) const = default;
};

}  // namespace pantau
