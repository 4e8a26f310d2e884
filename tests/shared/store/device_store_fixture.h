// What the device store's tests share: an enrolled store in memory, one
// attendance record, the server's answer to a batch and a change from it.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "store/device_store.h"

namespace pantau::store::testing {

using nlohmann::json;
using namespace pantau::sync;

inline const std::string kUnit = "11111111-1111-4111-8111-111111111111";
inline const std::string kRecord = "22222222-2222-4222-8222-222222222222";
inline constexpr std::int64_t kNow = 1'795'400'000'000;

inline DeviceStore enrolled(const std::string& device = "device-a") {
    auto store = DeviceStore::open(":memory:");
    REQUIRE(store.ok());
    REQUIRE(store->set_device_id(device).ok());
    return std::move(store).value();
}

inline LocalEdit attendance(const std::string& status, const std::string& id = kRecord) {
    return {"attendance", id, kUnit,
            json{{"employee_id", "e1"}, {"date", "2026-11-23"}, {"status", status}}};
}

inline PushResponse answer(const OutgoingBatch& batch, ResultStatus status,
                           const std::string& reason = "") {
    PushResponse r;
    r.batch = batch.number;
    for (const auto& c : batch.changes) {
        ChangeResult result;
        result.id = c.id;
        result.status = status;
        result.reason = reason;
        r.results.push_back(std::move(result));
    }
    return r;
}

inline Change server_change(const std::string& version, const std::string& origin,
                            const std::string& status, bool deleted = false) {
    Change c;
    c.type = "attendance";
    c.id = kRecord;
    c.unit_id = kUnit;
    c.version = version;
    c.origin = origin;
    c.deleted = deleted;
    c.data = json{{"employee_id", "e1"}, {"date", "2026-11-23"}, {"status", status}};
    return c;
}

}  // namespace pantau::store::testing
