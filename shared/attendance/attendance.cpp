#include "attendance/attendance.h"

#include <cmath>
#include <limits>

#include "core/json_fields.h"
#include "core/timestamp.h"
#include "records/field_checks.h"

namespace pantau {

namespace {

std::optional<Location> read_location(FieldReader& r, Problems& problems) {
    const auto* object = r.object("location", false);
    if (!object)
        return std::nullopt;
    FieldReader l(*object, problems, r.path("location"));
    Location location;
    location.lat = l.number("lat");
    location.lon = l.number("lon");
    location.accuracy_m = l.optional_number("accuracy_m");
    l.reject_unknown();
    return location;
}

bool within(double value, double low, double high) {
    return value >= low && value <= high;
}

void out_of_range(Problems& problems, const std::string& field, const std::string& range) {
    add_problem(problems, field, "out_of_range",
                "Kolom '" + field + "' harus di antara " + range + ".",
                "Field '" + field + "' must be between " + range + ".");
}

std::optional<int> read_minutes(FieldReader& r, Problems& problems, const char* key) {
    auto minutes = r.optional_integer(key);
    if (!minutes)
        return std::nullopt;
    if (*minutes < std::numeric_limits<int>::min() || *minutes > std::numeric_limits<int>::max()) {
        out_of_range(problems, r.path(key), "1 .. " + std::to_string(Attendance::kMaxMinutes));
        return std::nullopt;
    }
    return static_cast<int>(*minutes);
}

}  // namespace

Attendance Attendance::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    Attendance a;
    a.employee_id = r.string("employee_id");
    a.date = r.date("date").value_or(a.date);
    a.status = r.string("status");
    a.minutes = read_minutes(r, problems, "minutes");
    a.early_minutes = read_minutes(r, problems, "early_minutes");
    a.leave_kind = r.optional_string("leave_kind");
    a.training_id = r.optional_string("training_id");
    a.note = r.optional_string("note");
    a.recorded_at = r.timestamp("recorded_at");
    a.location = read_location(r, problems);
    r.reject_unknown();
    return a;
}

nlohmann::json Attendance::to_json() const {
    nlohmann::json j = {{"employee_id", employee_id},
                        {"date", date.iso()},
                        {"status", status},
                        {"recorded_at", format_timestamp(recorded_at)}};
    if (minutes)
        j["minutes"] = *minutes;
    if (early_minutes)
        j["early_minutes"] = *early_minutes;
    if (leave_kind)
        j["leave_kind"] = *leave_kind;
    if (training_id)
        j["training_id"] = *training_id;
    if (note)
        j["note"] = *note;
    if (location) {
        nlohmann::json l = {{"lat", location->lat}, {"lon", location->lon}};
        if (location->accuracy_m)
            l["accuracy_m"] = *location->accuracy_m;
        j["location"] = std::move(l);
    }
    return j;
}

Problems Attendance::validate() const {
    return validate(attendance_status_catalogue(), leave_kind_catalogue());
}

Problems Attendance::validate(const AttendanceStatusCatalogue& statuses,
                              const LeaveKindCatalogue& leave_kinds) const {
    Problems problems;
    check_uuid(problems, "data.employee_id", employee_id);

    const auto* s = statuses.find(status);
    if (!s)
        add_problem(problems, "data.status", "unknown_value",
                    "Status kehadiran '" + status + "' tidak dikenal.",
                    "Attendance status '" + status + "' is not known.");

    if (s && s->needs_minutes && !minutes)
        add_problem(problems, "data.minutes", "required",
                    "Status " + status + " wajib mencantumkan jumlah menit.",
                    "Status " + status + " requires the number of minutes.");
    if (s && !s->needs_minutes && minutes)
        add_problem(problems, "data.minutes", "not_allowed",
                    "Status " + status + " tidak mencatat menit.",
                    "Status " + status + " does not record minutes.");
    if (minutes && (*minutes < 1 || *minutes > kMaxMinutes))
        out_of_range(problems, "data.minutes", "1 .. " + std::to_string(kMaxMinutes));

    if (early_minutes) {
        if (s && !s->early_leave_series)
            add_problem(problems, "data.early_minutes", "not_allowed",
                        "Status " + status + " tidak mencatat menit pulang cepat.",
                        "Status " + status + " does not record early-leave minutes.");
        if (*early_minutes < 1 || *early_minutes > kMaxMinutes)
            out_of_range(problems, "data.early_minutes", "1 .. " + std::to_string(kMaxMinutes));
        else if (minutes && *minutes >= 1 && *minutes <= kMaxMinutes &&
                 *minutes + *early_minutes > kMaxMinutes)
            add_problem(problems, "data.early_minutes", "out_of_range",
                        "Menit terlambat dan pulang cepat bersama melebihi " +
                            std::to_string(kMaxMinutes) + " menit sehari.",
                        "Late and early-leave minutes together exceed the day's " +
                            std::to_string(kMaxMinutes) + " minutes.");
    }

    if (s && s->needs_leave_kind && !leave_kind)
        add_problem(problems, "data.leave_kind", "required",
                    "Status " + status + " wajib mencantumkan jenis cuti.",
                    "Status " + status + " requires a leave kind.");
    if (s && !s->needs_leave_kind && leave_kind)
        add_problem(problems, "data.leave_kind", "not_allowed",
                    "Status " + status + " tidak mencatat jenis cuti.",
                    "Status " + status + " does not record a leave kind.");
    if (leave_kind && !leave_kinds.find(*leave_kind))
        add_problem(problems, "data.leave_kind", "unknown_value",
                    "Jenis cuti '" + *leave_kind + "' tidak dikenal.",
                    "Leave kind '" + *leave_kind + "' is not known.");

    if (training_id) {
        check_uuid(problems, "data.training_id", *training_id);
        if (s && !(s->counts_as_present && s->links_training))
            add_problem(problems, "data.training_id", "not_allowed",
                        "Status " + status + " tidak dikaitkan dengan pelatihan.",
                        "Status " + status + " is not linked to a training.");
    }

    if (note)
        check_max_length(problems, "data.note", *note, kMaxNoteLength);

    if (location) {
        if (!within(location->lat, -90.0, 90.0))
            out_of_range(problems, "data.location.lat", "-90 .. 90");
        if (!within(location->lon, -180.0, 180.0))
            out_of_range(problems, "data.location.lon", "-180 .. 180");
        if (location->accuracy_m &&
            !(std::isfinite(*location->accuracy_m) && *location->accuracy_m >= 0.0))
            add_problem(problems, "data.location.accuracy_m", "out_of_range",
                        "Akurasi lokasi harus angka yang tidak negatif.",
                        "The location accuracy must be a non-negative number.");
    }
    return problems;
}

}  // namespace pantau
