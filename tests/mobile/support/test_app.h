// TestApp: a real AppCore over a real device store in a temporary folder,
// with a clock the test sets, enrolled to a unit of the demo kind with a
// dozen employees, as if a first pull had brought them. Sync timers are off;
// nothing talks to a network unless the test starts a server.
#pragma once

#include <QTemporaryDir>
#include <chrono>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app_core.h"
#include "records/period_lock.h"

namespace pantau::test {

inline constexpr auto kUnitId = "4e0c5c2a-1b7d-4f1e-9a55-0c1a2b3c4d5e";
inline constexpr auto kOtherUnitId = "7a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6";
// 2026-11-23 (a Monday) 09:00 WIB.
inline constexpr std::int64_t kMondayMorningMs = 1'795'399'200'000;

struct SeedEmployee {
    std::string id;
    std::string name;
    std::string nip;
    std::string jabatan;
    std::string unit_id = kUnitId;
    bool active = true;
    std::string kind = "PNS";
};

// Employee ids are UUIDs, as the record types require: staff_id(1) ..
// staff_id(12) are the active staff of kUnitId (sorted by name in that
// order), staff_id(13) is inactive, staff_id(101) and (102) are of another unit.
std::string staff_id(int n);

// "00000000-0000-4000-8000-<n, 12 digits>": ids a test can name.
std::string fixed_uuid(int n);

// A step of `case_id` in unit kUnitId, as another device would have sent it.
nlohmann::json event_change(const std::string& case_id, const std::string& step,
                            const std::string& at, const std::string& id);

// Twelve active staff of kUnitId, one inactive, and two of another unit.
std::vector<SeedEmployee> default_staff();

class TestApp {
  public:
    explicit TestApp(std::vector<SeedEmployee> staff = default_staff(), bool enrol = true);
    ~TestApp();

    mobile::AppCore& core() { return *core_; }
    store::DeviceStore& store_unsafe();  // only after flush(): the worker is idle
    void flush() { core_->database().flush(); }

    std::int64_t now_ms = kMondayMorningMs;
    void advance_days(int days) { now_ms += std::int64_t{days} * 86'400'000; }

    // Re-creates the AppCore over the same folder, as after an app restart.
    void restart();

    // Writes server changes into the store as a pull page would.
    void pull(const std::vector<nlohmann::json>& changes);
    // Central HR closed `period` of `kind` an hour ago, without grace, as a pull brings it.
    void pull_closed_period(LockKind kind, const std::string& period);

    const std::vector<SeedEmployee>& staff() const { return staff_; }
    QString dir() const { return dir_.path(); }

  private:
    void open();
    QTemporaryDir dir_;
    std::vector<SeedEmployee> staff_;
    std::unique_ptr<mobile::AppCore> core_;
};

// Runs the event loop until `done()` holds; false after `timeout`.
bool wait_until(const std::function<bool()>& done,
                std::chrono::milliseconds timeout = std::chrono::seconds(10));

// Runs the event loop for pending work (database answers, queued signals).
void settle(mobile::AppCore& core);

}  // namespace pantau::test
