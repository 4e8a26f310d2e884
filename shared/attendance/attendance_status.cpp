#include "attendance/attendance_status.h"

namespace pantau {

AttendanceStatus AttendanceStatus::read(FieldReader& r, Problems& problems) {
    AttendanceStatus s;
    s.code = r.string("code");
    s.label_id = r.string("label_id");
    s.label_en = r.string("label_en");
    s.needs_minutes = r.boolean("needs_minutes");
    s.needs_leave_kind = r.boolean("needs_leave_kind");
    s.counts_as_present = r.boolean("counts_as_present");
    s.unexcused_absence = r.boolean("unexcused_absence");
    s.lateness_series = r.optional_string("lateness_series");
    s.links_training = r.optional_boolean("links_training").value_or(false);
    s.early_leave_series = r.optional_string("early_leave_series");
    if (s.early_leave_series && !s.lateness_series)
        add_problem(problems, r.path("early_leave_series"), "inconsistent",
                    "Status dengan seri pulang cepat harus punya seri keterlambatan.",
                    "A status with an early-leave series must have a lateness series.");
    if (s.lateness_series && !s.needs_minutes)
        add_problem(problems, r.path("lateness_series"), "inconsistent",
                    "Status dengan seri keterlambatan harus mencatat menit.",
                    "A status with a lateness series must record minutes.");
    if (s.links_training && !s.counts_as_present)
        add_problem(problems, r.path("links_training"), "inconsistent",
                    "Status yang dikaitkan dengan pelatihan harus terhitung hadir.",
                    "A status linked to trainings must count as present.");
    return s;
}

const AttendanceStatusCatalogue& attendance_status_catalogue() {
    static const AttendanceStatusCatalogue catalogue =
        AttendanceStatusCatalogue::from_file(embedded_catalogue("attendance_statuses"));
    return catalogue;
}

}  // namespace pantau
