// The server's domain checks of one incoming change, beyond the envelope,
// scope and write rights that sync/central.h checks: read-only and
// create-only types, the record's own data rules, references that must stay
// inside the change's unit, dates too far ahead, and records that may no
// longer change (decided cases, FINAL evaluations, events, survey answers).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "records/catalogue_set.h"
#include "store/server_store.h"
#include "sync/central.h"

namespace pantau::server {

// What is wrong with `incoming` (each with a code and a message in both
// languages), or nothing. `now` is the server's time; `context` says who
// sends it and when the device recorded it (period locks' grace); the
// record's data and its case's steps are checked with `catalogues`
// (catalogues_in_force of the store, service/master_data.h).
Problems check_change(ServerTransaction& tx, const sync::Change& incoming,
                      const std::optional<sync::Change>& current, std::int64_t now,
                      const sync::ChangeContext& context, const CatalogueSet& catalogues);

// check_change bound to one transaction and one set, as apply_push wants it;
// the set must outlive the rule.
sync::ChangeRule change_rule(ServerTransaction& tx, std::int64_t now,
                             const CatalogueSet& catalogues);

}  // namespace pantau::server
