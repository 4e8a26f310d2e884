// What the case-progress tests build their cases from: dates, a time of day
// in WIB, and a step of one case recorded by the head of the puskesmas.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "discipline/discipline_event.h"

namespace pantau::testing {

inline Date d(const char* iso) {
    return *Date::parse(iso);
}

inline constexpr int kWib = 7 * 60;
inline const std::string kCase = "2d8e4c5a-0b3f-4a7c-9e9d-3c4d5e6f7081";

// 10:00 WIB on `iso`.
inline std::int64_t at(const char* iso) {
    return (d(iso).days_since_epoch() * 86'400 + 3 * 3'600) * 1000;
}

inline DisciplineEvent step(CaseState s, const char* recorded) {
    DisciplineEvent e;
    e.case_id = kCase;
    e.step = s;
    e.at = at(recorded);
    e.actor = "Kepala Puskesmas";
    return e;
}

}  // namespace pantau::testing
