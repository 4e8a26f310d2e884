#include "store/server_schema.h"

namespace pantau::server {

namespace {

// v1: the records with their commit order, the push log, the sync logs, the
// directory of users and devices, and the audit trail.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE records (
    seq INTEGER PRIMARY KEY,          -- commit position; a record moves to the end when it changes
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    version TEXT NOT NULL,
    base TEXT,
    origin TEXT NOT NULL,
    deleted INTEGER NOT NULL,
    data TEXT NOT NULL,
    device_version TEXT,              -- the device's own version when the server re-stamped it
    updated_at INTEGER NOT NULL,
    UNIQUE (type, id)
);
CREATE INDEX records_by_unit ON records (unit_id, seq);
CREATE INDEX records_by_case ON records (json_extract(data, '$.case_id'))
    WHERE type = 'discipline_event';
CREATE INDEX records_by_nip ON records (json_extract(data, '$.nip'))
    WHERE type = 'employee';

-- Every version ever stored, for oversight: who recorded what, and when.
CREATE TABLE record_history (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    origin TEXT NOT NULL,
    device_version TEXT,
    deleted INTEGER NOT NULL,
    data TEXT NOT NULL,
    stored_at INTEGER NOT NULL
);
CREATE INDEX record_history_by_record ON record_history (type, id);

CREATE TABLE push_batches (
    device_id TEXT NOT NULL,
    batch INTEGER NOT NULL,
    response TEXT NOT NULL,
    at INTEGER NOT NULL,
    PRIMARY KEY (device_id, batch)
) WITHOUT ROWID;

CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    unit_id TEXT NOT NULL,
    winner TEXT NOT NULL,
    loser TEXT NOT NULL,
    detected_at INTEGER NOT NULL
);

CREATE TABLE rejected_changes (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    batch INTEGER NOT NULL,
    change TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE user_units (
    user_id TEXT NOT NULL REFERENCES users (id),
    unit_id TEXT NOT NULL,
    PRIMARY KEY (user_id, unit_id)
) WITHOUT ROWID;

CREATE TABLE enroll_codes (
    code_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    enrolled_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_seen_at INTEGER,
    last_address TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    address TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
)sql";

// Trimming a device's rejected log (CentralConfig::rejected_kept_per_device)
// walks its entries newest first.
constexpr std::string_view kV2 = R"sql(
CREATE INDEX rejected_changes_by_device ON rejected_changes (device_id, id);
)sql";

// v3: the store's identity, sent with every sync answer: a random id made
// once, and a generation that `pantau-server restore` raises, so a device
// learns when the server forgot what it had acknowledged.
constexpr std::string_view kV3 = R"sql(
INSERT OR IGNORE INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(16))));
INSERT OR IGNORE INTO meta (key, value) VALUES ('store_generation', '1');
)sql";

// v4: how far each device's clock was off at its last push that said.
constexpr std::string_view kV4 = R"sql(
ALTER TABLE devices ADD COLUMN clock_skew_ms INTEGER;
ALTER TABLE devices ADD COLUMN clock_checked_at INTEGER;
)sql";

// v5: what reports count of each current attendance record, in plain
// columns with an index by date, kept by put() beside the record itself, so
// a year's recap reads index ranges instead of parsing every record's JSON.
constexpr std::string_view kV5 = R"sql(
CREATE TABLE attendance_facts (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL,
    employee_id TEXT NOT NULL,
    date TEXT NOT NULL,
    status TEXT NOT NULL,
    minutes INTEGER NOT NULL
);
CREATE INDEX attendance_facts_by_date ON attendance_facts (date);
INSERT INTO attendance_facts (id, unit_id, employee_id, date, status, minutes)
    SELECT id, unit_id, coalesce(json_extract(data, '$.employee_id'), ''),
           coalesce(json_extract(data, '$.date'), ''), coalesce(json_extract(data, '$.status'), ''),
           CASE WHEN typeof(json_extract(data, '$.minutes')) = 'integer'
                THEN json_extract(data, '$.minutes') ELSE 0 END
    FROM records WHERE type = 'attendance' AND deleted = 0;
)sql";

// v6: sign-in names and password hashes (Argon2id, encoded with their
// parameters and salt) for the web dashboard, and its sessions, kept only as
// hashes of the cookie's token.
constexpr std::string_view kV6 = R"sql(
ALTER TABLE users ADD COLUMN login TEXT;
ALTER TABLE users ADD COLUMN password_hash TEXT;
CREATE UNIQUE INDEX users_by_login ON users (login) WHERE login IS NOT NULL;
CREATE TABLE web_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    csrf TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    address TEXT NOT NULL
);
CREATE INDEX web_sessions_by_user ON web_sessions (user_id);
)sql";

// v7: the early-leave minutes of a day that also started late
// (Attendance::early_minutes), beside its late minutes, filled from the
// records already stored.
constexpr std::string_view kV7 = R"sql(
ALTER TABLE attendance_facts ADD COLUMN early_minutes INTEGER NOT NULL DEFAULT 0;
UPDATE attendance_facts SET early_minutes = (
    SELECT json_extract(r.data, '$.early_minutes') FROM records r
    WHERE r.type = 'attendance' AND r.id = attendance_facts.id)
WHERE id IN (SELECT id FROM records WHERE type = 'attendance' AND deleted = 0
             AND typeof(json_extract(data, '$.early_minutes')) = 'integer');
)sql";

constexpr sqlite::Migration kMigrations[] = {{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4},
                                             {5, kV5}, {6, kV6}, {7, kV7}};

}  // namespace

std::span<const sqlite::Migration> server_migrations() {
    return kMigrations;
}

int server_schema_version() {
    return std::end(kMigrations)[-1].version;
}

}  // namespace pantau::server
