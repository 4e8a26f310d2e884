// Backup and restore of the embedded SQLite store (`pantau-server backup` and
// `restore`), with SQLite's online backup API.
//
// A backup copies the store as it was at one moment (one read transaction,
// so a running server keeps writing meanwhile) into FILE.partial, which is
// renamed to FILE once complete: a FILE that exists is a whole backup.
//
// A restore never leaves a half-written store: the backup is checked (a
// Pantau server store, readable, not newer than this program), copied to a
// scratch file beside the store, migrated, given the next generation, and
// only then copied into the store in one SQLite write transaction (the backup
// API again): a crash leaves either the old store or the restored one. The
// new generation is above both the backup's and the replaced store's, so no
// device can take the restored store for one it has synced with. Stop the
// server first: its connections would see the store change under them.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/server_store.h"
#include "sync/protocol.h"

namespace pantau::server {

// "sqlite:PATH" -> PATH; nothing for another kind of store.
std::optional<std::string> sqlite_path_of(const std::string& store_url);

struct StoreFileInfo {
    sync::StoreIdentity store;  // id empty for a store from before identities (schema < 3)
    int schema = 0;
    std::int64_t records = 0;
};

// Whether `path` holds a Pantau server store this program can use, read only.
// Fails with code "not_a_store" and the reason otherwise.
Result<StoreFileInfo> inspect_store_file(const std::string& path);

// Copies the store at `store_path` to `to` (which must not exist yet).
Result<StoreFileInfo> backup_store(const std::string& store_path, const std::string& to);

struct RestoreInfo {
    StoreFileInfo restored;                       // as restored, with its new generation
    std::optional<sync::StoreIdentity> replaced;  // the store that was there, if any
};

// Puts the backup `from` in place of the store at `store_path`. `in_same_change`
// runs on the restored store before it replaces the old one (for its audit
// line), so it lands with it or not at all.
Result<RestoreInfo> restore_store(
    const std::string& store_path, const std::string& from,
    const std::function<void(ServerTransaction&, const RestoreInfo&)>& in_same_change = {});

}  // namespace pantau::server
