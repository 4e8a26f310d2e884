// The embedded SQLite store's schema, as forward migrations.
#pragma once

#include <span>

#include "store/sqlite.h"

namespace pantau::server {

std::span<const sqlite::Migration> server_migrations();
// The version the migrations lead to: the last one's, so that adding a
// migration is the only change a new schema needs.
int server_schema_version();

}  // namespace pantau::server
