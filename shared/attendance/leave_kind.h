// Kinds of leave (cuti) of PP 11/2017 as amended, recorded with the CUTI
// status. Kept as the "leave_kinds" catalogue with a note on the maximum
// length for the supervisor, since the length rules depend on service years
// and documents the app does not hold.
#pragma once

#include <string>

#include "core/coded_catalogue.h"

namespace pantau {

struct LeaveKind {
    std::string code;  // "CUTI_TAHUNAN"
    std::string label_id;
    std::string label_en;
    std::string max_length_id;
    std::string max_length_en;

    bool operator==(const LeaveKind&) const = default;

    static LeaveKind read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode jenis cuti berulang.",
                                                  "Repeated leave kind code."};
};

using LeaveKindCatalogue = CodedCatalogue<LeaveKind>;

// The embedded "leave_kinds" catalogue, loaded once: the shipped copy, which a
// newer version from the server may replace. What records are checked and
// shown with is current_catalogues()->leave_kinds() (records/catalogue_set.h).
const LeaveKindCatalogue& leave_kind_catalogue();

}  // namespace pantau
