#include "store/pg_schema.h"

namespace pantau::server {

namespace {

// Version 7, as the SQLite store has it after its migrations 1 to 7 (see
// store/server_schema.cpp for what each column means). Integers are bigint
// and text is text, so every value moves between the stores unchanged;
// record data stays JSON text, byte for byte, and the two lookups into it
// have expression indexes. Row ids (conflicts, rejected_changes, audit) are
// given by the store as max + 1 under the write lock, as SQLite's rowids
// are, instead of by a sequence whose values a rollback would skip.
constexpr std::string_view kV7 = R"sql(
CREATE TABLE records (
    seq bigint PRIMARY KEY,
    type text NOT NULL,
    id text NOT NULL,
    unit_id text NOT NULL,
    version text NOT NULL,
    base text,
    origin text NOT NULL,
    deleted bigint NOT NULL,
    data text NOT NULL,
    device_version text,
    updated_at bigint NOT NULL,
    UNIQUE (type, id)
);
CREATE INDEX records_by_unit ON records (unit_id, seq);
CREATE INDEX records_by_case ON records ((data::jsonb ->> 'case_id'))
    WHERE type = 'discipline_event';
CREATE INDEX records_by_nip ON records ((data::jsonb ->> 'nip'))
    WHERE type = 'employee';

CREATE TABLE record_history (
    type text NOT NULL,
    id text NOT NULL,
    version text NOT NULL,
    origin text NOT NULL,
    device_version text,
    deleted bigint NOT NULL,
    data text NOT NULL,
    stored_at bigint NOT NULL
);
CREATE INDEX record_history_by_record ON record_history (type, id);

CREATE TABLE push_batches (
    device_id text NOT NULL,
    batch bigint NOT NULL,
    response text NOT NULL,
    at bigint NOT NULL,
    PRIMARY KEY (device_id, batch)
);

CREATE TABLE conflicts (
    id bigint PRIMARY KEY,
    type text NOT NULL,
    record_id text NOT NULL,
    unit_id text NOT NULL,
    winner text NOT NULL,
    loser text NOT NULL,
    detected_at bigint NOT NULL
);

CREATE TABLE rejected_changes (
    id bigint PRIMARY KEY,
    device_id text NOT NULL,
    batch bigint NOT NULL,
    change text NOT NULL,
    reason text NOT NULL,
    at bigint NOT NULL
);
CREATE INDEX rejected_changes_by_device ON rejected_changes (device_id, id);

CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO meta (key, value) VALUES ('store_id', replace(gen_random_uuid()::text, '-', ''));
INSERT INTO meta (key, value) VALUES ('store_generation', '1');

CREATE TABLE users (
    id text PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL,
    created_at bigint NOT NULL,
    login text,
    password_hash text
);
CREATE UNIQUE INDEX users_by_login ON users (login) WHERE login IS NOT NULL;
CREATE TABLE user_units (
    user_id text NOT NULL REFERENCES users (id),
    unit_id text NOT NULL,
    PRIMARY KEY (user_id, unit_id)
);

CREATE TABLE enroll_codes (
    code_hash text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id),
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    used_at bigint
);

CREATE TABLE devices (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id),
    name text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    enrolled_at bigint NOT NULL,
    revoked_at bigint,
    last_seen_at bigint,
    last_address text NOT NULL DEFAULT '',
    clock_skew_ms bigint,
    clock_checked_at bigint
);

CREATE TABLE audit (
    id bigint PRIMARY KEY,
    at bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    address text NOT NULL,
    action text NOT NULL,
    detail text NOT NULL
);

CREATE TABLE attendance_facts (
    id text PRIMARY KEY,
    unit_id text NOT NULL,
    employee_id text NOT NULL,
    date text NOT NULL,
    status text NOT NULL,
    minutes bigint NOT NULL,
    early_minutes bigint NOT NULL DEFAULT 0
);
CREATE INDEX attendance_facts_by_date ON attendance_facts (date);

CREATE TABLE web_sessions (
    token_hash text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users (id),
    csrf text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    last_seen_at bigint NOT NULL,
    address text NOT NULL
);
CREATE INDEX web_sessions_by_user ON web_sessions (user_id);
)sql";

constexpr PgMigration kMigrations[] = {{7, kV7}};

}  // namespace

std::span<const PgMigration> pg_migrations() {
    return kMigrations;
}

}  // namespace pantau::server
