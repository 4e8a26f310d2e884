// The embedded SQLite store's schema, as forward migrations.
#pragma once

#include <span>

#include "store/sqlite.h"

namespace pantau::server {

std::span<const sqlite::Migration> server_migrations();
inline constexpr int kServerSchemaVersion = 6;

}  // namespace pantau::server
