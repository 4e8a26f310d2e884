// The server's domain checks of one incoming change, beyond the envelope,
// scope and write rights that sync/central.h checks: read-only and
// create-only types, the record's own data rules, references that must stay
// inside the change's unit, dates too far ahead, and records that may no
// longer change (decided cases, FINAL evaluations, events, survey answers).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/server_store.h"
#include "sync/central.h"

namespace pantau::server {

// What is wrong with `incoming` (each with a code and a message in both
// languages), or nothing. `now` is the server's time; `context` says who
// sends it and when the device recorded it (period locks' grace).
Problems check_change(ServerTransaction& tx, const sync::Change& incoming,
                      const std::optional<sync::Change>& current, std::int64_t now,
                      const sync::ChangeContext& context);

// check_change bound to one transaction, as apply_push wants it.
sync::ChangeRule change_rule(ServerTransaction& tx, std::int64_t now);

}  // namespace pantau::server
