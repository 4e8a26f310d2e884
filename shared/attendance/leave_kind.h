// Kinds of leave (cuti) of PP 11/2017 as amended, recorded with the CUTI
// status. Kept as the "leave_kinds" catalogue with a note on the maximum
// length for the supervisor, since the length rules depend on service years
// and documents the app does not hold.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

namespace pantau {

struct LeaveKind {
    std::string code;  // "CUTI_TAHUNAN"
    std::string label_id;
    std::string label_en;
    std::string max_length_id;
    std::string max_length_en;

    bool operator==(const LeaveKind&) const = default;
};

class LeaveKindCatalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed or repeated.
    static LeaveKindCatalogue from_file(const CatalogueFile& file);

    const LeaveKind* find(std::string_view code) const;
    const std::vector<LeaveKind>& entries() const { return entries_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<LeaveKind> entries_;
};

// The embedded "leave_kinds" catalogue, loaded once.
const LeaveKindCatalogue& leave_kind_catalogue();

}  // namespace pantau
