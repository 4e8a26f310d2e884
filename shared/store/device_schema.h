// The device store's schema history. Each entry takes the schema one version
// forward; released entries are never edited, only appended to.
#pragma once

#include <span>

#include "store/sqlite.h"

namespace pantau::store {

std::span<const sqlite::Migration> device_migrations();
inline constexpr int kDeviceSchemaVersion = 8;

}  // namespace pantau::store
