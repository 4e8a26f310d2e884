// The server's side of the protocol as pure functions over a narrow store
// interface: apply a push batch (numbering, replay, merge, conflicts,
// rejections, re-stamping of far-ahead clocks) and read a pull page in commit
// order within the caller's scope. The sync server runs them inside one store
// transaction per request; tests run them over MemoryCentralStore.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "clock/hlc.h"
#include "sync/change.h"
#include "sync/protocol.h"

namespace pantau {
class CatalogueSet;
}

namespace pantau::sync {

// The scope of master data every caller reads whatever its units (the
// catalogues): the nil UUID, which names no unit. A pull always includes it;
// a push never may write to it.
inline constexpr std::string_view kGlobalScopeUnit = "00000000-0000-0000-0000-000000000000";

struct CallerScope {
    std::string device_id;
    std::set<std::string> units;  // the user's units and all their sub-units
    bool may_write = true;        // false for HR and oversight
};

struct ConflictRecord {
    std::string type;
    std::string record_id;
    std::string unit_id;
    Change winner;
    Change loser;
    std::int64_t detected_at = 0;
};

struct RejectedRecord {
    std::string device_id;
    std::int64_t batch = 0;
    nlohmann::json change;
    std::string reason;
    std::int64_t at = 0;
};

struct CommittedChange {
    std::int64_t seq = 0;  // commit position; a pull cursor names one
    Change change;
    std::size_t data_bytes = 0;  // the size of the stored data, for the pull page's byte bound
};

// What a central store offers the protocol functions. Every call of one
// request happens inside the one transaction the caller opened.
class CentralStore {
  public:
    virtual ~CentralStore() = default;

    virtual std::int64_t last_batch(const std::string& device_id) = 0;  // 0: none yet
    virtual std::optional<nlohmann::json> stored_response(const std::string& device_id,
                                                          std::int64_t batch) = 0;
    virtual void save_response(const std::string& device_id, std::int64_t batch,
                               const nlohmann::json& response) = 0;

    virtual std::optional<Change> current(const std::string& type, const std::string& id) = 0;
    // Makes `change` the record's current version at the next commit position.
    // `device_version` is the device's own version when the server re-stamped it.
    virtual void put(const Change& change, const std::optional<std::string>& device_version) = 0;
    virtual std::vector<CommittedChange> changes_after(std::int64_t seq,
                                                       const std::set<std::string>& units,
                                                       std::size_t limit) = 0;

    virtual void add_conflict(const ConflictRecord& conflict) = 0;
    virtual void add_rejected(const RejectedRecord& rejected) = 0;
    // Forgets what replays and the rejected log no longer need: the stored
    // answers of the device's batches before `first_batch_kept`, and all but
    // its newest `rejected_kept` rejected changes.
    virtual void trim_device_logs(const std::string& device_id, std::int64_t first_batch_kept,
                                  std::size_t rejected_kept) = 0;

    virtual Hlc clock() = 0;
    virtual void save_clock(Hlc last) = 0;

    // Which store this is (its id and restore generation); every answer carries it.
    virtual StoreIdentity identity() = 0;
    // The highest commit position given out so far (0: none); a cursor beyond
    // it was given out by a store this one was restored over.
    virtual std::int64_t last_seq() = 0;
};

// What a rule knows of the request a change came in.
struct ChangeContext {
    const CallerScope& caller;
    // The latest server time the edit can have been made (device_time.h's
    // recorded_by_ms), when the device stamped the edit and the push.
    std::optional<std::int64_t> recorded_by_ms;
    // The device sends again a version the server acknowledged before a restore.
    bool resent = false;
};

// Domain checks of one change against the record it would replace; returns
// what is wrong with it (each with a code and a message in both languages),
// or nothing. Envelope, scope and write rights are checked before.
using ChangeRule = std::function<Problems(
    const Change& incoming, const std::optional<Change>& current, const ChangeContext& context)>;

struct CentralConfig {
    std::size_t max_changes_per_batch = 1000;
    std::int64_t max_clock_ahead_ms = 5 * 60'000;
    std::size_t max_pull_limit = 1000;
    // A page stops once its records' data pass this many bytes (a page
    // always holds at least one change): a phone on a slow line downloads
    // pages it can finish.
    std::size_t max_pull_bytes = 2 * 1024 * 1024;
    // What the store keeps per device, so that a device pushing junk costs
    // bounded disk: the answers of its last batches (a phone only ever
    // replays its latest), its newest rejected changes, each logged whole up
    // to a size and beyond it as its envelope and its size.
    std::int64_t batches_kept_per_device = 16;
    std::size_t rejected_kept_per_device = 1000;
    std::size_t rejected_change_bytes = 8 * 1024;
    // The catalogue tables incoming data is normalised with
    // (normalised_record_data); nullptr: the set in force in this process.
    const CatalogueSet* catalogues = nullptr;
};

struct Reply {
    int status = 200;
    nlohmann::json body;
    std::size_t conflicts = 0;  // conflicts this push recorded (for the server's metrics)
};

Reply apply_push(CentralStore& store, const CallerScope& caller, const nlohmann::json& request,
                 std::int64_t now_ms, const ChangeRule& rule, const CentralConfig& config = {});

// `cursor` is what the previous page returned ("" to start); limit <= 0 means
// the maximum. A cursor beyond the store's end is 409 cursor_unknown: the
// device starts again from "" instead of skipping what came since.
Reply read_pull(CentralStore& store, const CallerScope& caller, const std::string& cursor,
                int limit, const CentralConfig& config = {});

std::string encode_cursor(std::int64_t seq);
std::optional<std::int64_t> decode_cursor(const std::string& cursor);

}  // namespace pantau::sync
