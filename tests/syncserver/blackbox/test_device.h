// A phone in black-box tests: the real device store and sync engine, with
// a blocking HTTP transport instead of the app's. A sync runs the engine's
// commands until it finishes, stops, or the network fails too often.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "store/device_store.h"
#include "sync/engine.h"

namespace pantau::server::testing {

struct HttpResult {
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers;  // lower-case names
};

// One request to the server; nothing when the network failed (no answer).
using Transport =
    std::function<std::optional<HttpResult>(const std::string& method, const std::string& target,
                                            const std::string& body, const std::string& token)>;

enum class SyncOutcome { Finished, Stopped, GaveUp };

class TestDevice {
  public:
    // Enrols with `code` through `transport` and opens a store at `path`.
    TestDevice(Transport transport, const std::string& code, const std::string& path);

    // Reopens the same store, as after an app restart (unsent work stays).
    void restart();

    // Runs one sync; after `max_failures` failed requests in a row it gives up.
    SyncOutcome sync(std::int64_t now_ms, int max_failures = 3);

    // The device's wall clock runs this far from the time each sync is given
    // (a phone whose user set it wrong); it is sent with every push.
    void set_clock_offset(std::int64_t ms) { clock_offset_ms_ = ms; }
    // The device booted at this (true) time with this boot id: its time
    // since boot, at each edit (recorded with the wall time the test gives,
    // which includes the clock offset) and each push, follows from it.
    // Without it, the process's real uptime and boot id.
    void set_boot(std::string boot_id, std::int64_t booted_at_ms);

    store::DeviceStore& store() { return *store_; }
    const std::string& device_id() const { return device_id_; }
    const std::string& token() const { return token_; }
    const nlohmann::json& enrolment() const { return enrolment_; }
    const std::string& last_stop() const { return last_stop_; }

  private:
    std::optional<HttpResult> send(const sync::Command& command);
    Transport transport_;
    std::string path_;
    std::string device_id_;
    std::string token_;
    nlohmann::json enrolment_;
    std::unique_ptr<store::DeviceStore> store_;
    std::string last_stop_;
    std::int64_t clock_offset_ms_ = 0;
    std::optional<std::pair<std::string, std::int64_t>> boot_;  // id, true time of boot
    void install_boot_clock();
    std::int64_t now_ms_ = 0;
};

}  // namespace pantau::server::testing
