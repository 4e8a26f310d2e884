#include "attendance/leave_kind.h"

namespace pantau {

LeaveKind LeaveKind::read(FieldReader& r, Problems& problems) {
    LeaveKind kind;
    kind.code = r.string("code");
    kind.label_id = r.string("label_id");
    kind.label_en = r.string("label_en");
    kind.max_length_id = r.string("max_length_id");
    kind.max_length_en = r.string("max_length_en");
    const auto entitlement = r.optional_integer("entitlement_days");
    const auto carry = r.optional_integer("max_carry_days");
    const auto one = r.optional_integer("max_after_one_year");
    const auto two = r.optional_integer("max_after_two_years");
    const int given = int(entitlement.has_value()) + int(carry.has_value()) + int(one.has_value()) +
                      int(two.has_value());
    if (given == 0)
        return kind;
    if (given != 4) {
        add_problem(problems, r.path("entitlement_days"), "incomplete",
                    "Aturan cuti tahunan harus berisi entitlement_days, max_carry_days, "
                    "max_after_one_year dan max_after_two_years sekaligus.",
                    "The annual-leave rule needs entitlement_days, max_carry_days, "
                    "max_after_one_year and max_after_two_years together.");
        return kind;
    }
    const AnnualLeaveRule rule{static_cast<int>(*entitlement), static_cast<int>(*carry),
                               static_cast<int>(*one), static_cast<int>(*two)};
    // Each cap holds at least a year's own right, and two unused years at least one.
    if (rule.entitlement_days < 1 || rule.max_carry_days < 0 ||
        rule.max_after_one_year < rule.entitlement_days ||
        rule.max_after_two_years < rule.max_after_one_year)
        add_problem(problems, r.path("entitlement_days"), "out_of_range",
                    "Angka aturan cuti tahunan tidak sah.",
                    "The figures of the annual-leave rule are not valid.");
    else
        kind.annual_rule = rule;
    return kind;
}

const LeaveKindCatalogue& leave_kind_catalogue() {
    static const LeaveKindCatalogue catalogue =
        LeaveKindCatalogue::from_file(embedded_catalogue("leave_kinds"));
    return catalogue;
}

}  // namespace pantau
