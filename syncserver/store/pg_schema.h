// The PostgreSQL store's schema, as forward migrations numbered like the
// SQLite store's (store/server_schema.h): it begins at version 7, the SQLite
// store's version when it was added, with the tables that version has, and
// from then on both stores take each new version together, so a store can
// move from one to the other (`pantau-server migrate`) at the same version.
#pragma once

#include <span>
#include <string_view>

namespace pantau::server {

struct PgMigration {
    int version;
    std::string_view sql;
};

std::span<const PgMigration> pg_migrations();

}  // namespace pantau::server
