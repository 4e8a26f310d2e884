// Day statuses of attendance (HADIR, TERLAMBAT, CUTI, TANPA_KETERANGAN, ...).
// There is no single national list, so statuses are strings checked against
// the "attendance_statuses" catalogue, and rules ask the catalogue what a
// status means (needs minutes? counts as unexcused absence?) instead of
// naming codes in logic.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace pantau {

struct AttendanceStatus {
    std::string code;
    std::string label_id;
    std::string label_en;
    bool needs_minutes = false;     // late / early-leave minutes are recorded
    bool needs_leave_kind = false;  // a leave_kinds code is recorded
    bool counts_as_present = false;
    bool unexcused_absence = false;  // counts towards the PP 94/2021 thresholds
    // The lateness band series ("TL", "PSW") whose minutes accumulate.
    std::optional<std::string> lateness_series;

    bool operator==(const AttendanceStatus&) const = default;
};

class AttendanceStatusCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed or repeated.
    static AttendanceStatusCatalogue from_file(const CatalogueFile& file);

    const AttendanceStatus* find(std::string_view code) const;
    const std::vector<AttendanceStatus>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<AttendanceStatus> entries_;
};

// The embedded "attendance_statuses" catalogue, loaded once.
const AttendanceStatusCatalogue& attendance_status_catalogue();

}  // namespace pantau
