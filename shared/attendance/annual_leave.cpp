#include "attendance/annual_leave.h"

#include <algorithm>

namespace pantau {

int annual_leave_days(const AnnualLeaveRule& rule, const PriorAnnualLeave& prior) {
    if (!prior.used_last_year)
        return rule.entitlement_days;
    const bool last_unused = *prior.used_last_year <= 0;
    const bool before_unused = prior.used_year_before && *prior.used_year_before <= 0;
    if (last_unused && before_unused)
        return rule.max_after_two_years;
    const int unused = std::max(0, rule.entitlement_days - *prior.used_last_year);
    return std::min(rule.max_after_one_year,
                    rule.entitlement_days + std::min(unused, rule.max_carry_days));
}

std::optional<int> annual_leave_days(const LeaveKindCatalogue& kinds,
                                     const PriorAnnualLeave& prior) {
    const LeaveKind* annual = kinds.find("CUTI_TAHUNAN");
    if (!annual || !annual->annual_rule)
        return std::nullopt;
    return annual_leave_days(*annual->annual_rule, prior);
}

}  // namespace pantau
