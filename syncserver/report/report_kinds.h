// The builders of each report kind (report.h dispatches to them) and what
// they share.
#pragma once

#include "records/catalogue_set.h"
#include "report/report.h"
#include "report/report_scope.h"

namespace pantau::server::report_detail {

struct Context {
    ServerTransaction& tx;
    const ReportQuery& query;
    const ReportScope& scope;
    const CatalogueSet& catalogues;
};

Report attendance_recap(const Context& c);
Report pp94_indications(const Context& c);
Report completeness(const Context& c);
Report discipline_register(const Context& c);
Report predikat_distribution(const Context& c);
Report ikm(const Context& c);
Report training_hours(const Context& c);

// A report with its titles and the filters every report prints: the unit
// filter and the time it was made.
Report start_report(const Context& c, std::string title_id, std::string title_en);

// The first and last day of "YYYY-MM".
std::pair<Date, Date> month_dates(const std::string& month);

// `last`, or the day before `today` when `last` is later: days still to
// come are not counted as unrecorded. nullopt when the range has not begun.
std::optional<Date> counted_until(Date first, Date last, Date today);

// Today at the first unit covered (WIB when none): what a report that spans
// units calls "today".
Date report_today(const Context& c);

// Percent with two decimals, from hundredths.
double percent(int hundredths);

}  // namespace pantau::server::report_detail
