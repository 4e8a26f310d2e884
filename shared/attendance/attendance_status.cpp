#include "attendance/attendance_status.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

AttendanceStatusCatalogue AttendanceStatusCatalogue::from_file(const CatalogueFile& file) {
    AttendanceStatusCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        AttendanceStatus s;
        s.code = r.string("code");
        s.label_id = r.string("label_id");
        s.label_en = r.string("label_en");
        s.needs_minutes = r.boolean("needs_minutes");
        s.needs_leave_kind = r.boolean("needs_leave_kind");
        s.counts_as_present = r.boolean("counts_as_present");
        s.unexcused_absence = r.boolean("unexcused_absence");
        s.lateness_series = r.optional_string("lateness_series");
        r.reject_unknown();
        if (s.lateness_series && !s.needs_minutes)
            add_problem(problems, r.path("lateness_series"), "inconsistent",
                        "Status dengan seri keterlambatan harus mencatat menit.",
                        "A status with a lateness series must record minutes.");
        if (catalogue.find(s.code))
            add_problem(problems, r.path("code"), "duplicate", "Kode status berulang.",
                        "Repeated status code.");
        catalogue.entries_.push_back(std::move(s));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const AttendanceStatus* AttendanceStatusCatalogue::find(std::string_view code) const {
    for (const auto& s : entries_)
        if (s.code == code)
            return &s;
    return nullptr;
}

const AttendanceStatusCatalogue& attendance_status_catalogue() {
    static const AttendanceStatusCatalogue catalogue =
        AttendanceStatusCatalogue::from_file(embedded_catalogue("attendance_statuses"));
    return catalogue;
}

}  // namespace pantau
