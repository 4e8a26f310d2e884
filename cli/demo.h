// The command-line demo of the core: a device store, master data as the
// server would deliver it, a month of attendance history, today's roll call,
// and the unit's day and PP 94 absence indications printed as a table.
#pragma once

#include <optional>
#include <string>

#include "core/date.h"

namespace pantau::cli {

struct DemoOptions {
    std::string store_path = "pantau-demo.db";
    std::optional<Date> date;  // default: today in WIB, or the last working day before it
    std::int64_t now_ms = 0;
};

int run_demo(const DemoOptions& options);

}  // namespace pantau::cli
