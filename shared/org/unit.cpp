#include "org/unit.h"

#include "core/json_fields.h"
#include "core/text.h"
#include "records/field_checks.h"

namespace pantau {

Unit Unit::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    Unit u;
    u.name = r.string("name");
    u.kind = r.string("kind");
    u.parent_id = r.optional_string("parent_id");
    u.timezone = r.string("timezone");
    if (const auto* weeks = r.array("work_weeks", false))
        u.work_weeks = read_work_weeks(*weeks, problems, r.path("work_weeks"));
    r.reject_unknown();
    return u;
}

nlohmann::json Unit::to_json() const {
    nlohmann::json j = {{"name", name}, {"kind", kind}, {"timezone", timezone}};
    if (parent_id)
        j["parent_id"] = *parent_id;
    if (!work_weeks.empty())
        j["work_weeks"] = work_weeks_json(work_weeks);
    return j;
}

Problems Unit::validate() const {
    return validate(unit_kind_catalogue(), time_zone_catalogue());
}

Problems Unit::validate(const UnitKindCatalogue& kinds, const TimeZoneCatalogue& zones) const {
    Problems problems;
    if (is_blank(name))
        add_problem(problems, "data.name", "empty", "Nama unit wajib diisi.",
                    "The unit's name is required.");
    if (!kinds.find(kind))
        add_problem(problems, "data.kind", "unknown_value",
                    "Jenis unit '" + kind + "' tidak dikenal.",
                    "Unit kind '" + kind + "' is not known.");
    if (parent_id)
        check_uuid(problems, "data.parent_id", *parent_id);
    if (!zones.find(timezone))
        add_problem(problems, "data.timezone", "unknown_value",
                    "Zona waktu '" + timezone + "' tidak dikenal.",
                    "Time zone '" + timezone + "' is not known.");
    return problems;
}

}  // namespace pantau
