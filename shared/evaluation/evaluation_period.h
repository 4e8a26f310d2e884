// Which evaluation period is due: a period counts as missing only once it has
// ended. On the last day of a quarter that quarter is still running and the
// one before it is due; from the first day of the next quarter the quarter
// that just ended is. The phone's home alert, the server's reports (their
// default period) and the public page all ask this one function.
#pragma once

#include <string>

#include "core/date.h"

namespace pantau {

// The quarter that holds the day: "2026-Q4" for 1 October to 31 December 2026.
std::string evaluation_quarter_of(const Date& day);

// The last quarter that has ended before `today`: "2026-Q3" from 1 October to
// 31 December 2026, "2026-Q4" from 1 January 2027.
std::string evaluation_period_due(const Date& today);

}  // namespace pantau
