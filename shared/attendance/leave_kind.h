// Kinds of leave (cuti) of PP 11/2017 as amended, recorded with the CUTI
// status. Kept as the "leave_kinds" catalogue with a note on the maximum
// length for the supervisor, since the length rules depend on service years
// and documents the app does not hold.
#pragma once

#include <optional>
#include <string>

#include "core/coded_catalogue.h"

namespace pantau {

// The carry-over figures of cuti tahunan (PP 11/2017 Pasal 311-313, verify),
// on the CUTI_TAHUNAN entry; annual_leave.h computes a year's days from them.
struct AnnualLeaveRule {
    int entitlement_days = 0;     // a year's own right: 12 working days
    int max_carry_days = 0;       // unused days that carry into the next year: 6
    int max_after_one_year = 0;   // the most a year can hold after one unused year: 18
    int max_after_two_years = 0;  // after 2 or more years in a row not taken: 24

    bool operator==(const AnnualLeaveRule&) const = default;
};

struct LeaveKind {
    std::string code;  // "CUTI_TAHUNAN"
    std::string label_id;
    std::string label_en;
    std::string max_length_id;
    std::string max_length_en;
    // CUTI_TAHUNAN only: all four of entitlement_days, max_carry_days,
    // max_after_one_year and max_after_two_years, or none of them.
    std::optional<AnnualLeaveRule> annual_rule = std::nullopt;

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
