// The central store's queries on SQLite: the same statements as the
// PostgreSQL store's (store/pg_transaction.cpp) in SQLite's dialect, every
// value a bound parameter of a statement compiled once per connection.
#include <set>

#include "store/sqlite_connection.h"
#include "store/store_rows.h"

namespace pantau::server {

using nlohmann::json;
using sync::Change;

namespace {

using rows::dump;
using rows::kChangeColumns;
using rows::kDeviceColumns;
using rows::parse_stored;
using rows::select_changes;
using rows::wall_ms;

Change read_change(const sqlite::Statement& row, int first = 0) {
    Change c;
    c.type = row.text(first);
    c.id = row.text(first + 1);
    c.unit_id = row.text(first + 2);
    c.version = row.text(first + 3);
    c.base = row.optional_text(first + 4);
    c.origin = row.text(first + 5);
    c.deleted = row.int64(first + 6) != 0;
    c.data = parse_stored(row.text(first + 7));
    return c;
}

Device read_device(const sqlite::Statement& row) {
    Device d;
    d.id = row.text(0);
    d.user_id = row.text(1);
    d.name = row.text(2);
    d.enrolled_at = row.int64(3);
    d.revoked_at = row.optional_int64(4);
    d.last_seen_at = row.optional_int64(5);
    d.last_address = row.text(6);
    d.clock_skew_ms = row.optional_int64(7);
    d.clock_checked_at = row.optional_int64(8);
    return d;
}

class SqliteTransaction final : public ServerTransaction {
  public:
    explicit SqliteTransaction(SqliteConnection& c) : c_(c) {}

    // --- sync::CentralStore ---

    std::int64_t last_batch(const std::string& device_id) override {
        auto& s = c_.sql("SELECT coalesce(max(batch), 0) FROM push_batches WHERE device_id = ?1");
        s.bind_all(device_id);
        s.step();
        return s.int64(0);
    }

    std::optional<json> stored_response(const std::string& device_id, std::int64_t batch) override {
        auto& s = c_.sql("SELECT response FROM push_batches WHERE device_id = ?1 AND batch = ?2");
        s.bind_all(device_id, batch);
        if (!s.step())
            return std::nullopt;
        return parse_stored(s.text(0));
    }

    void save_response(const std::string& device_id, std::int64_t batch,
                       const json& response) override {
        c_.sql("INSERT INTO push_batches (device_id, batch, response, at) VALUES (?1, ?2, ?3, ?4)")
            .bind_all(device_id, batch, dump(response), wall_ms())
            .run();
    }

    std::optional<Change> current(const std::string& type, const std::string& id) override {
        auto& s = c_.sql(select_changes("WHERE type = ?1 AND id = ?2"));
        s.bind_all(type, id);
        if (!s.step())
            return std::nullopt;
        return read_change(s);
    }

    void put(const Change& change, const std::optional<std::string>& device_version) override {
        const std::string data = dump(change.data);
        // A changed record moves to the end of the commit order, so a cursor
        // that has passed its old position still sees it again.
        auto& next = c_.sql("SELECT coalesce(max(seq), 0) + 1 FROM records");
        next.step();
        const std::int64_t seq = next.int64(0);
        auto& update = c_.sql(
            "UPDATE records SET seq = ?1, unit_id = ?2, version = ?3, base = ?4, origin = ?5, "
            "deleted = ?6, data = ?7, device_version = ?8, updated_at = ?9 "
            "WHERE type = ?10 AND id = ?11");
        update
            .bind_all(seq, change.unit_id, change.version, change.base, change.origin,
                      std::int64_t{change.deleted}, data, device_version, wall_ms(), change.type,
                      change.id)
            .run();
        if (c_.db.changes() == 0) {
            c_.sql(
                  "INSERT INTO records (seq, type, id, unit_id, version, base, origin, deleted, "
                  "data, device_version, updated_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .bind_all(seq, change.type, change.id, change.unit_id, change.version, change.base,
                          change.origin, std::int64_t{change.deleted}, data, device_version,
                          wall_ms())
                .run();
        }
        c_.sql(
              "INSERT INTO record_history (type, id, version, origin, device_version, deleted, "
              "data, stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bind_all(change.type, change.id, change.version, change.origin, device_version,
                      std::int64_t{change.deleted}, data, wall_ms())
            .run();
        if (change.type == "attendance")
            put_attendance_fact(change);
    }

    // The attendance_facts row of a current attendance record (schema v5).
    void put_attendance_fact(const Change& change) {
        if (change.deleted) {
            c_.sql("DELETE FROM attendance_facts WHERE id = ?1").bind_all(change.id).run();
            return;
        }
        const auto fact = rows::attendance_fact(change);
        c_.sql(
              "INSERT OR REPLACE INTO attendance_facts (id, unit_id, employee_id, date, status, "
              "minutes, early_minutes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind_all(change.id, change.unit_id, fact.employee_id, fact.date, fact.status,
                      fact.minutes, fact.early_minutes)
            .run();
    }

    std::optional<std::pair<Date, Date>> attendance_span() override {
        auto& s = c_.sql("SELECT min(date), max(date) FROM attendance_facts");
        if (!s.step())
            return std::nullopt;
        const auto first = s.optional_text(0);
        const auto last = s.optional_text(1);
        if (!first || !last || !Date::parse(*first) || !Date::parse(*last))
            return std::nullopt;
        return std::pair{*Date::parse(*first), *Date::parse(*last)};
    }

    std::vector<Change> attendance_records_on(Date date) override {
        std::vector<Change> out;
        auto& s = c_.sql(
            "SELECT r.type, r.id, r.unit_id, r.version, r.base, r.origin, r.deleted, r.data "
            "FROM attendance_facts f JOIN records r ON r.type = 'attendance' AND r.id = f.id "
            "WHERE f.date = ?1");
        s.bind_all(date.iso());
        while (s.step())
            out.push_back(read_change(s));
        return out;
    }

    std::vector<AttendanceFact> attendance_between(
        Date from, Date to, const std::vector<std::string>& statuses) override {
        std::vector<AttendanceFact> out;
        auto& s =
            statuses.empty()
                ? c_.sql(
                      "SELECT unit_id, employee_id, date, status, minutes, early_minutes FROM "
                      "attendance_facts WHERE date BETWEEN ?1 AND ?2")
                : c_.sql(
                      "SELECT unit_id, employee_id, date, status, minutes, early_minutes FROM "
                      "attendance_facts WHERE date BETWEEN ?1 AND ?2 AND status IN "
                      "(SELECT value FROM json_each(?3))");
        if (statuses.empty())
            s.bind_all(from.iso(), to.iso());
        else
            s.bind_all(from.iso(), to.iso(), dump(json(statuses)));
        while (s.step()) {
            const auto date = Date::parse(s.text(2));
            if (!date)
                continue;  // a record the change rules would not have stored
            out.push_back({s.text(0), s.text(1), *date, s.text(3), static_cast<int>(s.int64(4)),
                           static_cast<int>(s.int64(5))});
        }
        return out;
    }

    std::vector<sync::CommittedChange> changes_after(std::int64_t seq,
                                                     const std::set<std::string>& units,
                                                     std::size_t limit) override {
        auto& s = c_.sql("SELECT seq, " + std::string(kChangeColumns) +
                         ", length(CAST(data AS BLOB)) FROM records WHERE seq > ?1 AND unit_id IN "
                         "(SELECT value FROM json_each(?2)) ORDER BY seq LIMIT ?3");
        s.bind_all(seq, dump(json(units)), static_cast<std::int64_t>(limit));
        std::vector<sync::CommittedChange> out;
        while (s.step())
            out.push_back({s.int64(0), read_change(s, 1), static_cast<std::size_t>(s.int64(9))});
        return out;
    }

    void add_conflict(const sync::ConflictRecord& c) override {
        c_.sql(
              "INSERT INTO conflicts (type, record_id, unit_id, winner, loser, detected_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind_all(c.type, c.record_id, c.unit_id, dump(c.winner.to_json()),
                      dump(c.loser.to_json()), c.detected_at)
            .run();
    }

    void add_rejected(const sync::RejectedRecord& r) override {
        c_.sql(
              "INSERT INTO rejected_changes (device_id, batch, change, reason, at) "
              "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind_all(r.device_id, r.batch, dump(r.change), r.reason, r.at)
            .run();
    }

    void trim_device_logs(const std::string& device_id, std::int64_t first_batch_kept,
                          std::size_t rejected_kept) override {
        c_.sql("DELETE FROM push_batches WHERE device_id = ?1 AND batch < ?2")
            .bind_all(device_id, first_batch_kept)
            .run();
        c_.sql(
              "DELETE FROM rejected_changes WHERE device_id = ?1 AND id <= "
              "(SELECT id FROM rejected_changes WHERE device_id = ?1 ORDER BY id DESC "
              "LIMIT 1 OFFSET ?2)")
            .bind_all(device_id, static_cast<std::int64_t>(rejected_kept))
            .run();
    }

    Hlc clock() override {
        auto& s = c_.sql("SELECT value FROM meta WHERE key = 'hlc'");
        if (!s.step())
            return Hlc{};
        return Hlc::parse(s.text(0)).value_or(Hlc{});
    }

    void save_clock(Hlc last) override {
        c_.sql(
              "INSERT INTO meta (key, value) VALUES ('hlc', ?1) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind_all(last.to_string())
            .run();
    }

    sync::StoreIdentity identity() override {
        auto& s = c_.sql(
            "SELECT (SELECT value FROM meta WHERE key = 'store_id'), "
            "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'store_generation'), "
            "1)");
        s.step();
        return {s.is_null(0) ? std::string() : s.text(0), s.int64(1)};
    }

    std::int64_t last_seq() override {
        auto& s = c_.sql("SELECT coalesce(max(seq), 0) FROM records");
        s.step();
        return s.int64(0);
    }

    // --- directory ---

    void add_user(const User& user) override {
        c_.sql("INSERT INTO users (id, name, role, created_at) VALUES (?1, ?2, ?3, ?4)")
            .bind_all(user.id, user.name, to_string(user.role), user.created_at)
            .run();
        for (const auto& unit : user.units)
            c_.sql("INSERT OR IGNORE INTO user_units (user_id, unit_id) VALUES (?1, ?2)")
                .bind_all(user.id, unit)
                .run();
    }

    std::optional<User> user(const std::string& id) override {
        auto& s = c_.sql("SELECT id, name, role, created_at, login FROM users WHERE id = ?1");
        s.bind_all(id);
        if (!s.step())
            return std::nullopt;
        User u = read_user(s);
        u.units = units_of(u.id);
        return u;
    }

    std::vector<User> users() override {
        std::vector<User> out;
        auto& s =
            c_.sql("SELECT id, name, role, created_at, login FROM users ORDER BY created_at, id");
        while (s.step())
            out.push_back(read_user(s));
        for (auto& u : out)
            u.units = units_of(u.id);
        return out;
    }

    void set_user_login(const std::string& user_id, const std::string& login) override {
        c_.sql("UPDATE users SET login = ?2 WHERE id = ?1").bind_all(user_id, login).run();
    }

    std::optional<User> user_by_login(const std::string& login) override {
        auto& s = c_.sql("SELECT id, name, role, created_at, login FROM users WHERE login = ?1");
        s.bind_all(login);
        if (!s.step())
            return std::nullopt;
        User u = read_user(s);
        u.units = units_of(u.id);
        return u;
    }

    void set_password_hash(const std::string& user_id, const std::string& hash) override {
        c_.sql("UPDATE users SET password_hash = ?2 WHERE id = ?1").bind_all(user_id, hash).run();
    }

    std::optional<std::string> password_hash(const std::string& user_id) override {
        auto& s = c_.sql("SELECT password_hash FROM users WHERE id = ?1");
        s.bind_all(user_id);
        if (!s.step())
            return std::nullopt;
        return s.optional_text(0);
    }

    void add_web_session(const WebSession& w) override {
        c_.sql(
              "INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, expires_at, "
              "last_seen_at, address) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind_all(w.token_hash, w.user_id, w.csrf, w.created_at, w.expires_at, w.last_seen_at,
                      w.address)
            .run();
    }

    std::optional<WebSession> web_session(const std::string& token_hash) override {
        auto& s = c_.sql(
            "SELECT token_hash, user_id, csrf, created_at, expires_at, last_seen_at, address "
            "FROM web_sessions WHERE token_hash = ?1");
        s.bind_all(token_hash);
        if (!s.step())
            return std::nullopt;
        return WebSession{s.text(0),  s.text(1),  s.text(2), s.int64(3),
                          s.int64(4), s.int64(5), s.text(6)};
    }

    void touch_web_session(const std::string& token_hash, std::int64_t now) override {
        c_.sql("UPDATE web_sessions SET last_seen_at = ?2 WHERE token_hash = ?1")
            .bind_all(token_hash, now)
            .run();
    }

    void end_web_session(const std::string& token_hash) override {
        c_.sql("DELETE FROM web_sessions WHERE token_hash = ?1").bind_all(token_hash).run();
    }

    void end_web_sessions_of(const std::string& user_id) override {
        c_.sql("DELETE FROM web_sessions WHERE user_id = ?1").bind_all(user_id).run();
    }

    void add_enroll_code(const std::string& code_hash, const std::string& user_id,
                         std::int64_t created_at, std::int64_t expires_at) override {
        c_.sql(
              "INSERT INTO enroll_codes (code_hash, user_id, created_at, expires_at) "
              "VALUES (?1, ?2, ?3, ?4)")
            .bind_all(code_hash, user_id, created_at, expires_at)
            .run();
    }

    std::optional<std::string> redeem_enroll_code(const std::string& code_hash,
                                                  std::int64_t now) override {
        auto& s = c_.sql(
            "UPDATE enroll_codes SET used_at = ?2 "
            "WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2 RETURNING user_id");
        s.bind_all(code_hash, now);
        if (!s.step())
            return std::nullopt;
        std::string user_id = s.text(0);
        while (s.step()) {
        }
        return user_id;
    }

    void add_device(const Device& d, const std::string& token_hash) override {
        c_.sql(
              "INSERT INTO devices (id, user_id, name, token_hash, enrolled_at, last_seen_at, "
              "last_address) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind_all(d.id, d.user_id, d.name, token_hash, d.enrolled_at, d.last_seen_at,
                      d.last_address)
            .run();
    }

    std::optional<Device> device_by_token_hash(const std::string& token_hash) override {
        auto& s = c_.sql(std::string(kDeviceColumns) + "WHERE token_hash = ?1");
        s.bind_all(token_hash);
        if (!s.step())
            return std::nullopt;
        return read_device(s);
    }

    std::optional<Device> device(const std::string& id) override {
        auto& s = c_.sql(std::string(kDeviceColumns) + "WHERE id = ?1");
        s.bind_all(id);
        if (!s.step())
            return std::nullopt;
        return read_device(s);
    }

    std::vector<Device> devices() override {
        std::vector<Device> out;
        auto& s = c_.sql(std::string(kDeviceColumns) + "ORDER BY enrolled_at, id");
        while (s.step())
            out.push_back(read_device(s));
        return out;
    }

    bool revoke_device(const std::string& id, std::int64_t now) override {
        c_.sql("UPDATE devices SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1")
            .bind_all(id, now)
            .run();
        return c_.db.changes() > 0;
    }

    void note_clock(const std::string& id, std::int64_t skew_ms, std::int64_t at) override {
        c_.sql("UPDATE devices SET clock_skew_ms = ?2, clock_checked_at = ?3 WHERE id = ?1")
            .bind_all(id, skew_ms, at)
            .run();
    }

    void touch_device(const std::string& id, std::int64_t now,
                      const std::string& address) override {
        c_.sql("UPDATE devices SET last_seen_at = ?2, last_address = ?3 WHERE id = ?1")
            .bind_all(id, now, address)
            .run();
    }

    // --- master data and logs ---

    std::vector<Change> records_of_type(const std::string& type) override {
        std::vector<Change> out;
        auto& s = c_.sql(select_changes("WHERE type = ?1 ORDER BY seq"));
        s.bind_all(type);
        while (s.step())
            out.push_back(read_change(s));
        return out;
    }

    void reissue_unit(const std::string& unit_id) override {
        c_.sql(
              "UPDATE records SET seq = m.top + r.rn "
              "FROM (SELECT seq AS old, row_number() OVER (ORDER BY seq) AS rn FROM records "
              "WHERE unit_id = ?1) AS r, (SELECT max(seq) AS top FROM records) AS m "
              "WHERE records.seq = r.old")
            .bind_all(unit_id)
            .run();
    }

    std::vector<Change> discipline_events(const std::string& case_id) override {
        std::vector<Change> out;
        auto& s =
            c_.sql(select_changes("WHERE type = 'discipline_event' AND "
                                  "json_extract(data, '$.case_id') = ?1 ORDER BY seq"));
        s.bind_all(case_id);
        while (s.step())
            out.push_back(read_change(s));
        return out;
    }

    std::optional<Change> employee_by_nip(const std::string& nip) override {
        auto& s =
            c_.sql(select_changes("WHERE type = 'employee' AND json_extract(data, '$.nip') = ?1"));
        s.bind_all(nip);
        if (!s.step())
            return std::nullopt;
        return read_change(s);
    }

    void add_audit(const AuditEntry& e) override {
        c_.sql(
              "INSERT INTO audit (at, user_id, device_id, address, action, detail) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind_all(e.at, e.user_id, e.device_id, e.address, e.action, dump(e.detail))
            .run();
    }

    std::vector<AuditEntry> audit_before(std::int64_t before_id, std::size_t limit) override {
        auto& s = c_.sql(
            "SELECT id, at, user_id, device_id, address, action, detail FROM audit "
            "WHERE ?1 = 0 OR id < ?1 ORDER BY id DESC LIMIT ?2");
        s.bind_all(before_id, static_cast<std::int64_t>(limit));
        return read_audit(s);
    }

    std::vector<AuditEntry> audit_after(std::int64_t after_id, std::size_t limit) override {
        auto& s = c_.sql(
            "SELECT id, at, user_id, device_id, address, action, detail FROM audit "
            "WHERE id > ?1 ORDER BY id LIMIT ?2");
        s.bind_all(after_id, static_cast<std::int64_t>(limit));
        return read_audit(s);
    }

    // The rows of a query over audit's columns in their table order.
    static std::vector<AuditEntry> read_audit(sqlite::Statement& s) {
        std::vector<AuditEntry> out;
        while (s.step())
            out.push_back({s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5),
                           parse_stored(s.text(6))});
        return out;
    }

    std::vector<StoredConflict> conflicts_after(std::int64_t after_id,
                                                const std::optional<std::set<std::string>>& units,
                                                std::size_t limit) override {
        std::vector<StoredConflict> out;
        auto& s = c_.sql(
            "SELECT id, type, record_id, unit_id, winner, loser, detected_at FROM conflicts "
            "WHERE id > ?1 AND (?2 IS NULL OR unit_id IN (SELECT value FROM json_each(?2))) "
            "ORDER BY id LIMIT ?3");
        s.bind_all(after_id, units ? std::optional<std::string>(dump(json(*units))) : std::nullopt,
                   static_cast<std::int64_t>(limit));
        while (s.step()) {
            Problems ignored;
            sync::ConflictRecord c{s.text(1),
                                   s.text(2),
                                   s.text(3),
                                   Change::from_json(parse_stored(s.text(4)), ignored),
                                   Change::from_json(parse_stored(s.text(5)), ignored),
                                   s.int64(6)};
            out.push_back({s.int64(0), std::move(c)});
        }
        return out;
    }

    std::vector<StoredRejection> rejections_after(std::int64_t after_id,
                                                  std::size_t limit) override {
        std::vector<StoredRejection> out;
        auto& s = c_.sql(
            "SELECT id, device_id, batch, change, reason, at FROM rejected_changes WHERE id > ?1 "
            "ORDER BY id LIMIT ?2");
        s.bind_all(after_id, static_cast<std::int64_t>(limit));
        while (s.step())
            out.push_back(
                {s.int64(0),
                 {s.text(1), s.int64(2), parse_stored(s.text(3)), s.text(4), s.int64(5)}});
        return out;
    }

    void scan_rows(const StoreTable& table,
                   const std::function<void(const StoreRow&)>& each) override {
        auto& s = c_.sql(select_all_sql(table));
        StoreRow row(table.columns.size());
        while (s.step()) {
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                const int column = static_cast<int>(i);
                if (s.is_null(column))
                    row[i].reset();
                else if (table.columns[i].integer)
                    row[i] = s.int64(column);
                else
                    row[i] = s.text(column);
            }
            each(row);
        }
    }

    void insert_row(const StoreTable& table, const StoreRow& row) override {
        auto& s = c_.sql(insert_sql(table, '?'));
        for (std::size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
            const int index = static_cast<int>(i + 1);
            if (!row[i])
                s.bind(index, std::nullopt);
            else if (const auto* number = std::get_if<std::int64_t>(&*row[i]))
                s.bind(index, *number);
            else
                s.bind(index, std::get<std::string>(*row[i]));
        }
        s.run();
    }

    void clear_table(const StoreTable& table) override {
        c_.sql("DELETE FROM " + std::string(table.name)).run();
    }

  private:
    static User read_user(const sqlite::Statement& s) {
        User u;
        u.id = s.text(0);
        u.name = s.text(1);
        u.role = role_from_string(s.text(2)).value_or(Role::Supervisor);
        u.created_at = s.int64(3);
        u.login = s.optional_text(4);
        return u;
    }

    std::vector<std::string> units_of(const std::string& user_id) {
        std::vector<std::string> units;
        auto& s = c_.sql("SELECT unit_id FROM user_units WHERE user_id = ?1 ORDER BY unit_id");
        s.bind_all(user_id);
        while (s.step())
            units.push_back(s.text(0));
        return units;
    }

    SqliteConnection& c_;
};

}  // namespace

std::unique_ptr<ServerTransaction> sqlite_transaction(SqliteConnection& c) {
    return std::make_unique<SqliteTransaction>(c);
}

}  // namespace pantau::server
