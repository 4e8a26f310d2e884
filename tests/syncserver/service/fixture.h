// A sync server without sockets: the test run's store (a SQLite file in a
// temporary folder, or a PostgreSQL database: support/scratch_store.h), the
// service and the router, with two puskesmas under a dinas, staff in each,
// and helpers that enrol devices and speak the protocol through the router.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"
#include "discipline/discipline_event.h"
#include "http/message.h"
#include "metrics.h"
#include "service/router.h"
#include "service/sync_service.h"
#include "store/server_store.h"
#include "support/scratch_store.h"
#include "sync/change.h"
#include "syncserver/blackbox/test_device.h"

namespace pantau::server::testing {

// The value of a result that must succeed; fails the test with its error otherwise.
template <typename T>
T must(Result<T> result) {
    if (!result)
        FAIL(result.error().code << ": " << result.error().message);
    return std::move(*result);
}

// 2026-11-23 09:00 WIB.
inline constexpr std::int64_t kNow = 1'795'400'000'000;

struct Fixture {
    explicit Fixture(ServerConfig config = {});
    ~Fixture();

    std::filesystem::path dir;
    std::unique_ptr<pantau::testing::ScratchStore> scratch;
    std::string store_url;  // the store's URL, for tests that open it again
    std::unique_ptr<ServerStore> store;
    Metrics metrics;
    std::int64_t now = kNow;
    std::unique_ptr<SyncService> service;
    std::unique_ptr<Router> router;

    std::string dinas, unit_a, unit_b;
    std::string employee_a, employee_a2, employee_b;
    std::string supervisor_a, supervisor_b, hr, oversight;

    std::string code_for(const std::string& user_id, std::int64_t ttl_ms = 3'600'000);
    // Enrols a device of the user; returns its token.
    std::string enroll(const std::string& user_id, std::string* device_id = nullptr);

    HttpResponse request(const std::string& method, const std::string& target,
                         const std::string& body = "", const std::string& token = "");
    nlohmann::json push(const std::string& token, std::int64_t batch,
                        const std::vector<nlohmann::json>& changes, int expect_status = 200);
    nlohmann::json pull_all(const std::string& token);  // every change, following `more`
};

nlohmann::json body_of(const HttpResponse& response);

// A request as a phone sends it: JSON when there is a body, a bearer token
// when there is one.
HttpRequest http_request(const std::string& method, const std::string& target,
                         const std::string& body = "", const std::string& token = "",
                         const std::string& address = "127.0.0.1");

// A phone enrolled for a user, pushing through the router with its own
// token, device id and batch numbers.
struct Phone {
    Phone(Fixture& fixture, const std::string& user_id);

    Fixture* f;
    std::string device;
    std::string token;
    std::int64_t batch = 0;

    // Pushes one change as this phone (its origin set to the phone) in the next
    // batch; returns the change's result.
    nlohmann::json push(sync::Change change);
    nlohmann::json push_raw(const nlohmann::json& change);
};

// A phone's database file, removed with its WAL and journal at the end of the test.
struct PhoneFile {
    std::string path;
    ~PhoneFile();
};

// A TestDevice's transport straight into the fixture's router.
Transport router_transport(Fixture& f);

// A change of `type` without base and origin (a Phone sets the origin).
sync::Change record(const std::string& type, const std::string& id, const std::string& unit,
                    const std::string& version, nlohmann::json data);
// A step of a case recorded by the head of the unit.
DisciplineEvent step(const std::string& case_id, CaseState state, std::int64_t at);

// An attendance change of `origin` for an employee-day.
sync::Change attendance(const std::string& unit, const std::string& employee,
                        const std::string& date, const std::string& status,
                        const std::string& version, const std::string& origin,
                        std::optional<std::string> base = std::nullopt);
std::string version_at(std::int64_t ms, std::uint16_t counter = 0);

}  // namespace pantau::server::testing
