// The demo kabupaten's recent past, so every dashboard page has something to
// show on first start: about three months of attendance for every field unit
// (mostly present, with lateness, leave and sick days, and a few runs of
// unexcused days that reach PP 94 thresholds), discipline cases in several
// states, the last quarter's evaluations and SKM responses. Deterministic
// ids and choices: a second run finds what the first wrote and adds nothing.
#pragma once

#include <cstdint>

#include "admin/demo_data.h"
#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

struct DemoHistory {
    int attendance = 0;  // written on this run
    int cases = 0;
    int evaluations = 0;
    int surveys = 0;
};

Result<DemoHistory> seed_demo_history(ServerTransaction& tx, const DemoData& demo,
                                      std::int64_t now);

}  // namespace pantau::server
