#include "store/device_schema.h"

namespace pantau::store {

namespace {

// v1: records as the device sees them, the outbox of unacknowledged local
// changes, and a key-value table for identity, clock and cursor.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE records (
    type    TEXT NOT NULL,
    id      TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    version TEXT NOT NULL,
    origin  TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    data    TEXT NOT NULL,
    PRIMARY KEY (type, id)
) WITHOUT ROWID;

CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    type       TEXT NOT NULL,
    id         TEXT NOT NULL,
    unit_id    TEXT NOT NULL,
    version    TEXT NOT NULL,
    base       TEXT,
    deleted    INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    data       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    batch      INTEGER
);
CREATE INDEX outbox_by_batch ON outbox (batch);
CREATE INDEX outbox_by_record ON outbox (type, id);
)sql";

// v2: the last server-confirmed state of each record, so a rejected local
// change can be undone, and the conflicts a person should look at.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE records ADD COLUMN confirmed_version TEXT;
ALTER TABLE records ADD COLUMN confirmed_origin TEXT;
ALTER TABLE records ADD COLUMN confirmed_deleted INTEGER;
ALTER TABLE records ADD COLUMN confirmed_data TEXT;
UPDATE records SET confirmed_version = version, confirmed_origin = origin,
                   confirmed_deleted = deleted, confirmed_data = data
 WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.type = records.type AND o.id = records.id);

CREATE TABLE conflicts (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    type           TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    local_version  TEXT NOT NULL,
    local_origin   TEXT NOT NULL,
    local_data     TEXT NOT NULL,
    remote_version TEXT NOT NULL,
    remote_origin  TEXT NOT NULL,
    remote_data    TEXT NOT NULL,
    detected_at    INTEGER NOT NULL,
    resolved       INTEGER NOT NULL DEFAULT 0
);
)sql";

// v3: rejected changes stay in the outbox with the server's reason, and the
// roll-call screen reads a unit's day through an index.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE outbox ADD COLUMN rejected_reason TEXT;
ALTER TABLE outbox ADD COLUMN rejected_at INTEGER;
CREATE INDEX records_by_unit ON records (type, unit_id);
CREATE INDEX attendance_by_day ON records (unit_id, json_extract(data, '$.date'))
    WHERE type = 'attendance';
)sql";

// v4: every version of a record this device made or received (master data
// aside), so a corrected roll call can show what it said before.
constexpr std::string_view kV4 = R"sql(
CREATE TABLE history (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    type    TEXT NOT NULL,
    id      TEXT NOT NULL,
    version TEXT NOT NULL,
    origin  TEXT NOT NULL,
    deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    data    TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    UNIQUE (type, id, version, origin)
);
)sql";

// v5: an outbox entry that sends again a version the server once
// acknowledged and then lost in a restore; a later edit does not fold into
// it, so the server stores that version again as it was.
constexpr std::string_view kV5 = R"sql(
ALTER TABLE outbox ADD COLUMN resend INTEGER NOT NULL DEFAULT 0;
)sql";

// v6: a rejection keeps the server's code and its Indonesian reason, so the
// app shows the reason in its language.
constexpr std::string_view kV6 = R"sql(
ALTER TABLE outbox ADD COLUMN rejected_code TEXT;
ALTER TABLE outbox ADD COLUMN rejected_reason_id TEXT;
)sql";

// v7: this device's edits the server answered "superseded" (another
// device's newer version won), each kept until the winner arrives in a pull
// and the two become a conflict the supervisor reviews.
constexpr std::string_view kV7 = R"sql(
CREATE TABLE superseded (
    type    TEXT NOT NULL,
    id      TEXT NOT NULL,
    version TEXT NOT NULL,
    data    TEXT NOT NULL,
    at      INTEGER NOT NULL,
    PRIMARY KEY (type, id)
);
)sql";

// v8: each outbox entry keeps the device's time since boot and boot id at
// its latest edit (its wall time is created_at), so the server can bound
// when the edit was made whatever the wall clock said (sync/device_time.h).
// And what others made (master data, other devices' records) is marked
// stale after a restore of the server until the pull from the start brings
// it again; what that pull does not bring is then dropped (a lock or a move
// HR made after the backup, another phone's edit the store forgot: that
// phone sends it again if it still may).
constexpr std::string_view kV8 = R"sql(
ALTER TABLE outbox ADD COLUMN recorded_uptime INTEGER;
ALTER TABLE outbox ADD COLUMN recorded_boot TEXT;
ALTER TABLE records ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
)sql";

constexpr sqlite::Migration kMigrations[] = {{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4},
                                             {5, kV5}, {6, kV6}, {7, kV7}, {8, kV8}};

}  // namespace

std::span<const sqlite::Migration> device_migrations() {
    return kMigrations;
}

}  // namespace pantau::store
