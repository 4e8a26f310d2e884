// This device's time since boot and the id of its boot, so that the time of
// an edit can be bounded even when the user changes the wall clock: two
// readings of the same boot are a true interval apart.
#pragma once

#include <cstdint>
#include <string>

namespace pantau {

// Milliseconds since the device booted (the monotonic clock, which a user
// cannot set).
std::int64_t uptime_ms();

// The kernel's id of the current boot (/proc/sys/kernel/random/boot_id on
// Linux and Android); where there is none, an id made once per process, so
// readings of different processes are never taken for one boot.
const std::string& boot_id();

}  // namespace pantau
