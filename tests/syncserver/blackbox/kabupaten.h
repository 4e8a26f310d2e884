// The setting of the black-box tests: a real pantau-server process over a
// fresh store seeded with `pantau-server demo-data`, and helpers to talk to
// it as devices, as an operator (the admin commands) and as raw HTTP.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "server_process.h"
#include "support/scratch_store.h"
#include "syncserver/http_client.h"
#include "test_device.h"

namespace pantau::server::testing {

class Kabupaten {
  public:
    // A SQLite store lies in `store_folder` when one is given (a small file
    // system, say), else in `dir`.
    explicit Kabupaten(std::vector<std::string> server_args = {},
                       const std::filesystem::path& store_folder = {});

    TempDir dir;
    pantau::testing::ScratchStore scratch;  // the test run's kind of store
    std::string store_url;
    nlohmann::json demo;  // what demo-data --json printed
    ServerProcess server;

    // Runs an admin command on this store; REQUIREs exit 0 and returns its --json output.
    nlohmann::json admin(std::vector<std::string> args);

    // Ids from the demo data.
    std::string unit(const std::string& kind, int index = 0) const;  // index-th unit of a kind
    std::string supervisor_of(const std::string& unit_id) const;
    std::string user_with_role(const std::string& role) const;
    std::string new_code(const std::string& user_id);

    // A transport to the current server process; it follows restarts.
    Transport transport();
    // When set, transports made from now on reach the server through this
    // port (a proxy that follows the server) instead of the server's own.
    std::uint16_t via_port = 0;
    // Called with each request's number (from 1) before the request is sent
    // and again once it is answered, for tests that place a server kill at an
    // exact point; after a kill there the answer is lost, as on a cut line.
    std::function<void(int request, bool answered)> on_request;
    int requests_sent = 0;
    std::unique_ptr<TestDevice> device(const std::string& user_id, const std::string& name);
    test::HttpClient client();
};

// A load balancer in front of servers: each request goes to one of those
// running, chosen at random; a server killed mid-request loses the request,
// as a real one does.
class Balancer {
  public:
    Balancer(std::vector<ServerProcess*> servers, unsigned seed)
        : servers_(std::move(servers)), random_(seed) {}

    Transport transport();
    long answered() const { return answered_; }
    long failed() const { return failed_; }

  private:
    std::optional<std::uint16_t> pick();

    std::vector<ServerProcess*> servers_;
    std::mutex mutex_;
    std::mt19937 random_;
    std::atomic<long> answered_{0};
    std::atomic<long> failed_{0};
};

// Today's date in WIB, as the server sees it.
std::string today_wib();
std::int64_t now_ms();

// Records today's attendance of an employee on the device, at `at_ms` by
// the device's own clock; returns the change that went into the outbox.
sync::Change mark(TestDevice& device, const std::string& unit, const std::string& employee,
                  const std::string& status, std::int64_t at_ms);

// Today's attendance of an employee as a raw change envelope, for requests
// written by hand.
nlohmann::json attendance_change(const std::string& unit, const std::string& employee,
                                 const std::string& origin, const std::string& status = "HADIR");

}  // namespace pantau::server::testing
