// The v1 sync messages (sync-protocol.md) as value types with JSON mapping,
// used by the device engine, the server and the test servers alike.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"
#include "sync/change.h"

namespace pantau::sync {

enum class ResultStatus { Applied, Superseded, Rejected };
std::string to_string(ResultStatus s);
std::optional<ResultStatus> result_status_from_string(std::string_view s);

// The central store that answers: a random id made once with the store and a
// generation that every restore from a backup raises. A device that sees
// another one than before knows the server may have forgotten what it
// acknowledged (README, "Protocol extensions").
struct StoreIdentity {
    std::string id;
    std::int64_t generation = 0;
    bool operator==(const StoreIdentity&) const = default;

    nlohmann::json to_json() const;
    // Nothing when `j` is not {"id": non-empty string, "generation": integer >= 1}.
    static std::optional<StoreIdentity> from_json(const nlohmann::json& j);
};

// Extension: the device's own clocks when it sent a push ("device_time",
// sync/device_time.h), from which the server learns how far the device's
// clock is off and bounds when each change was recorded.
// The device's time a push body carries, if it carries a valid one.
std::optional<DeviceTime> device_time_of(const nlohmann::json& push_body);

// Adds the device's time to a push body as it leaves the device (a batch is
// resent unchanged but for this).
void with_device_time(nlohmann::json& push_body, const DeviceTime& time);

struct PushRequest {
    std::int64_t batch = 0;
    std::vector<nlohmann::json> changes;  // raw: each change is checked on its own
    std::optional<DeviceTime> device_time;

    // Structural checks of the request; a bad change does not fail the request.
    static std::optional<PushRequest> from_json(const nlohmann::json& j, Problems& problems);
    nlohmann::json to_json() const;
};

struct ChangeResult {
    std::string id;
    ResultStatus status = ResultStatus::Applied;
    std::string reason;   // empty unless rejected or superseded: "field: English message"
    std::string version;  // the version stored, when the server re-stamped the change
    // Extensions, with `reason`: a machine code ("invalid_value", "period_closed",
    // "superseded", ...) and the message in Indonesian and in English, so an
    // app shows it in its language. Older servers send none of them.
    std::string code;
    std::string reason_id;
    std::string reason_en;
    bool operator==(const ChangeResult&) const = default;

    // The change stored; `version` when the server re-stamped it.
    static ChangeResult applied(std::string id, std::string version = {});
    // A refusal of the change for `problems` (at least one), or its loss to a newer version.
    static ChangeResult refused(std::string id, ResultStatus status, const Problems& problems);
};

struct PushResponse {
    std::int64_t batch = 0;
    std::vector<ChangeResult> results;
    std::optional<StoreIdentity> store = std::nullopt;  // optional: older servers send none

    static std::optional<PushResponse> from_json(const nlohmann::json& j, Problems& problems);
    nlohmann::json to_json() const;
};

struct PullPage {
    std::vector<Change> changes;
    std::string cursor;
    bool more = false;
    std::optional<StoreIdentity> store = std::nullopt;  // optional: older servers send none

    static std::optional<PullPage> from_json(const nlohmann::json& j, Problems& problems);
    nlohmann::json to_json() const;
};

// {"error": {"code": ..., "message": ...}} plus optional extra fields.
nlohmann::json error_body(std::string_view code, std::string_view message,
                          const nlohmann::json& extra = nlohmann::json::object());

// Reads the next expected batch number from a 409 body, if the server sent one.
std::optional<std::int64_t> expected_batch(const nlohmann::json& error_response);
// The error's code ("" when the body has none).
std::string error_code(const nlohmann::json& error_response);
// The store identity an answer or an error body carries: its "store" field,
// or its error's.
std::optional<StoreIdentity> store_identity(const nlohmann::json& body);

// A pull's cursor names a commit position this store never reached: it was
// given out by a store since restored from an older backup (409).
inline constexpr std::string_view kCursorUnknown = "cursor_unknown";

}  // namespace pantau::sync
