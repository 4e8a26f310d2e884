#include "sync/change.h"

#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/json_fields.h"

namespace pantau::sync {

Change Change::from_json(const nlohmann::json& j, Problems& problems) {
    Change c;
    FieldReader r(j, problems);
    c.type = r.string("type");
    c.id = r.string("id");
    c.unit_id = r.string("unit_id");
    c.version = r.string("version");
    c.base = r.optional_string("base");
    c.origin = r.optional_string("origin").value_or("");
    c.deleted = r.optional_boolean("deleted").value_or(false);
    // A tombstone carries no data: whatever a client sends with it is dropped
    // here, so no replica stores or serves unchecked data behind a delete.
    if (const auto* data = r.object("data", !c.deleted); data && !c.deleted)
        c.data = *data;
    if (const auto* recorded = r.object("recorded", false))
        c.recorded = DeviceTime::from_json(*recorded, problems, "recorded");
    c.resent = r.optional_boolean("resent").value_or(false);
    r.reject_unknown();

    if (!c.id.empty() && !is_uuid(c.id))
        add_problem(problems, "id", "invalid_id", "ID harus UUID.", "The id must be a UUID.");
    if (!c.unit_id.empty() && !is_uuid(c.unit_id))
        add_problem(problems, "unit_id", "invalid_id", "unit_id harus UUID.",
                    "unit_id must be a UUID.");
    if (!c.version.empty() && !Hlc::parse(c.version))
        add_problem(problems, "version", "invalid_version",
                    "Versi harus 16 digit heksadesimal huruf kecil.",
                    "The version must be 16 lowercase hexadecimal digits.");
    if (c.base && !Hlc::parse(*c.base))
        add_problem(problems, "base", "invalid_version",
                    "Versi dasar harus 16 digit heksadesimal huruf kecil atau null.",
                    "The base must be 16 lowercase hexadecimal digits or null.");
    return c;
}

nlohmann::json Change::to_json() const {
    nlohmann::json j{{"type", type},
                     {"id", id},
                     {"unit_id", unit_id},
                     {"version", version},
                     {"base", base ? nlohmann::json(*base) : nlohmann::json(nullptr)},
                     {"origin", origin},
                     {"deleted", deleted},
                     {"data", data}};
    if (recorded)
        j["recorded"] = recorded->to_json();
    if (resent)
        j["resent"] = true;
    return j;
}

}  // namespace pantau::sync
