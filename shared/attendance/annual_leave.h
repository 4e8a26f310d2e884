// Cuti tahunan of a year: a year's own right plus what carries over from the
// two years before (PP 11/2017 Pasal 311-313, verify the ayat). The figures
// are the CUTI_TAHUNAN entry of the leave_kinds catalogue (AnnualLeaveRule):
// 12 working days a year; up to 6 unused days carry into the next year, which
// then holds at most 18; a right not used 2 or more years in a row gives at
// most 24 in the next year. Cuti bersama does not reduce it (Pasal 333).
#pragma once

#include <optional>

#include "attendance/leave_kind.h"

namespace pantau {

// The working days of cuti tahunan taken in each of the two years before;
// nullopt for a year in which there was no right to it yet (less than one
// year of continuous service).
struct PriorAnnualLeave {
    std::optional<int> used_last_year = std::nullopt;
    std::optional<int> used_year_before = std::nullopt;
};

// The working days of cuti tahunan a civil servant who has the right to it
// this year may take in it, including this year's own right. Only a year's
// own right carries over: the unused days are the entitlement less what was
// taken, never below 0.
int annual_leave_days(const AnnualLeaveRule& rule, const PriorAnnualLeave& prior);

// The same with the rule of the catalogue's CUTI_TAHUNAN entry; nullopt when
// that entry carries no rule.
std::optional<int> annual_leave_days(const LeaveKindCatalogue& kinds,
                                     const PriorAnnualLeave& prior);

}  // namespace pantau
