#include "org/employee.h"

#include "core/json_fields.h"
#include "core/text.h"
#include "org/nip.h"
#include "records/field_checks.h"

namespace pantau {

Employee Employee::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    Employee e;
    e.nip = r.string("nip");
    e.name = r.string("name");
    e.kind = r.enumeration<EmployeeKind>("kind", employee_kind_from_string).value_or(e.kind);
    e.golongan = r.string("golongan");
    e.jabatan = r.string("jabatan");
    e.jabatan_kind = r.enumeration<JabatanKind>("jabatan_kind", jabatan_kind_from_string, false);
    e.unit_id = r.string("unit_id");
    e.active = r.boolean("active");
    r.reject_unknown();
    return e;
}

nlohmann::json Employee::to_json() const {
    nlohmann::json j = {{"nip", nip},           {"name", name},       {"kind", to_string(kind)},
                        {"golongan", golongan}, {"jabatan", jabatan}, {"unit_id", unit_id},
                        {"active", active}};
    if (jabatan_kind)
        j["jabatan_kind"] = to_string(*jabatan_kind);
    return j;
}

Problems Employee::validate() const {
    return validate(golongan_catalogue());
}

Problems Employee::validate(const GolonganCatalogue& catalogue) const {
    Problems problems = validate_nip(nip, kind, "data.nip");
    if (is_blank(name))
        add_problem(problems, "data.name", "empty", "Nama pegawai wajib diisi.",
                    "The employee's name is required.");
    if (!catalogue.find(kind, golongan)) {
        const std::string k(to_string(kind));
        add_problem(problems, "data.golongan", "unknown_value",
                    "Golongan '" + golongan + "' tidak dikenal untuk " + k + ".",
                    "Golongan '" + golongan + "' is not known for " + k + ".");
    }
    check_uuid(problems, "data.unit_id", unit_id);
    return problems;
}

Problems Employee::warnings() const {
    return nip_warnings(nip, kind, "data.nip");
}

}  // namespace pantau
