// SyncJournal: what the sync engine needs from a device's durable state. The
// device store implements it on SQLite; every method is one transaction, so a
// crash between any two calls loses nothing and duplicates nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "sync/change.h"
#include "sync/protocol.h"

namespace pantau::sync {

struct BatchLimits {
    std::size_t max_changes = 500;
    std::size_t max_bytes =
        1 << 20;  // of the changes' data JSON; keeps requests under the server's body limit
};

struct OutgoingBatch {
    std::int64_t number = 0;
    std::vector<Change> changes;
};

struct PushSummary {
    int applied = 0;
    int superseded = 0;
    int rejected = 0;
};

struct PullSummary {
    int received = 0;
    int conflicts = 0;
};

class SyncJournal {
  public:
    virtual ~SyncJournal() = default;

    // The batch sent but not yet answered, if any: it is resent unchanged.
    virtual Result<std::optional<OutgoingBatch>> in_flight_batch() = 0;
    // Assigns the next batch number to the oldest waiting changes within the limits.
    virtual Result<std::optional<OutgoingBatch>> open_next_batch(const BatchLimits& limits) = 0;
    // The server expects another number (409): the unanswered batch takes it.
    virtual Result<void> renumber_batch(std::int64_t from, std::int64_t to) = 0;
    // The server never applied the batch (413): its changes wait again, unnumbered.
    virtual Result<void> release_batch(std::int64_t number) = 0;
    virtual Result<PushSummary> apply_push_response(const OutgoingBatch& batch,
                                                    const PushResponse& response,
                                                    std::int64_t now_ms) = 0;
    // Applies the page and saves its cursor in the same transaction.
    virtual Result<PullSummary> apply_pull_page(const PullPage& page, std::int64_t now_ms) = 0;
    virtual Result<std::string> pull_cursor() = 0;
    // The store that answered (when the answer named one), and whether it
    // refused the pull cursor as unknown. The first store seen is
    // remembered. Another one (restored from a backup) or an unknown cursor
    // means the server may have lost what it acknowledged: in one
    // transaction the device queues again every record it made itself
    // (ahead of its unsent edits) and starts its pulls again from the start.
    // True when it did so.
    virtual Result<bool> observe_store(const std::optional<StoreIdentity>& store,
                                       bool cursor_unknown, std::int64_t now_ms) = 0;
};

}  // namespace pantau::sync
