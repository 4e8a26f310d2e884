// Day statuses of attendance (HADIR, TERLAMBAT, CUTI, TANPA_KETERANGAN, ...).
// There is no single national list, so statuses are strings checked against
// the "attendance_statuses" catalogue, and rules ask the catalogue what a
// status means (needs minutes? counts as unexcused absence?) instead of
// naming codes in logic.
#pragma once

#include <optional>
#include <string>

#include "core/coded_catalogue.h"

namespace pantau {

struct AttendanceStatus {
    std::string code;
    std::string label_id;
    std::string label_en;
    bool needs_minutes = false;     // late / early-leave minutes are recorded
    bool needs_leave_kind = false;  // a leave_kinds code is recorded
    bool counts_as_present = false;
    bool unexcused_absence = false;  // counts towards the PP 94/2021 thresholds
    // A day of it may name the training it was spent at (DIKLAT); optional
    // in the catalogue, false when absent.
    bool links_training = false;
    // The lateness band series ("TL", "PSW") whose minutes accumulate.
    std::optional<std::string> lateness_series;
    // The lateness band series ("PSW") that early-leave minutes recorded on
    // the same day as this status (Attendance::early_minutes) are banded in;
    // only on a status with a lateness_series. Optional in the catalogue;
    // early minutes are refused on a status without it.
    std::optional<std::string> early_leave_series = std::nullopt;

    bool operator==(const AttendanceStatus&) const = default;

    // Refuses a lateness series on a status that records no minutes, and a
    // training link on one that does not count as present.
    static AttendanceStatus read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode status berulang.", "Repeated status code."};
};

using AttendanceStatusCatalogue = CodedCatalogue<AttendanceStatus>;

// The embedded "attendance_statuses" catalogue, loaded once: the shipped copy, which a
// newer version from the server may replace. What records are checked and
// shown with is current_catalogues()->attendance_statuses() (records/catalogue_set.h).
const AttendanceStatusCatalogue& attendance_status_catalogue();

}  // namespace pantau
