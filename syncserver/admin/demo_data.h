// The demo kabupaten `pantau-server demo-data` seeds: Pemerintah Kabupaten
// Sukamaju with its Dinas Kesehatan, three puskesmas and two kecamatan
// offices, their staff, a supervisor for each field unit, an HR and an
// oversight user, and a fresh enrolment code for every user. Ids are
// name-based, so running it again finds what it made and adds nothing twice.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

// The demo kabupaten's zone (WIB).
inline constexpr std::string_view kDemoTimeZone = "Asia/Jakarta";

struct DemoUnit {
    std::string id;
    std::string name;
    std::string kind;
    std::optional<std::string> parent_id;
    std::string timezone;
    int employees = 0;
    bool created = false;  // false: it was there from an earlier run
};

struct DemoUser {
    User user;
    std::optional<std::string> unit;  // the supervisor's unit; none for HR and oversight
    std::string code;                 // a fresh enrolment code
    std::int64_t code_expires_at = 0;
    bool created = false;
};

struct DemoData {
    std::vector<DemoUnit> units;
    std::vector<DemoUser> users;
    int employees = 0;          // in the field units
    int employees_written = 0;  // new or changed on this run
};

// The demo unit id for a slug such as "puskesmas-sukamaju" (the device demo
// of pantau-cli uses the same ids).
std::string demo_unit_id(const std::string& slug);

// Seeds (or finds) the demo kabupaten and issues one code per user, valid for `code_ttl_ms`.
Result<DemoData> seed_demo_data(ServerTransaction& tx, std::int64_t now, std::int64_t code_ttl_ms);

}  // namespace pantau::server
