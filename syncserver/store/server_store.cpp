#include "store/server_store.h"

#include "store/pg_server_store.h"
#include "store/sqlite_server_store.h"

namespace pantau::server {

std::string_view to_string(Role role) {
    switch (role) {
        case Role::Supervisor:
            return "supervisor";
        case Role::Hr:
            return "hr";
        case Role::Oversight:
            return "oversight";
    }
    return "supervisor";
}

std::optional<Role> role_from_string(std::string_view text) {
    if (text == "supervisor")
        return Role::Supervisor;
    if (text == "hr")
        return Role::Hr;
    if (text == "oversight")
        return Role::Oversight;
    return std::nullopt;
}

std::unique_ptr<ServerStore> open_store(const std::string& url) {
    constexpr std::string_view kSqlite = "sqlite:";
    if (url.starts_with(kSqlite) && url.size() > kSqlite.size())
        return std::make_unique<SqliteServerStore>(url.substr(kSqlite.size()));
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return std::make_unique<PgServerStore>(url);
    throw StoreError("bad_store_url",
                     "The store must be given as sqlite:PATH or postgresql://USER@HOST/DATABASE, "
                     "not '" +
                         redact_store_url(url) + "'.");
}

}  // namespace pantau::server
