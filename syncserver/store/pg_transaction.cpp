// The central store's queries on PostgreSQL: the same statements as the
// SQLite store's (store/sqlite_transaction.cpp) in PostgreSQL's dialect,
// every value a bound parameter of a prepared statement.
#include <set>

#include "store/pg_connection.h"
#include "store/store_rows.h"

namespace pantau::server {

using nlohmann::json;
using sync::Change;

StoreError pg_store_error(const std::exception& e) {
    if (dynamic_cast<const pqxx::broken_connection*>(&e) ||
        dynamic_cast<const pqxx::in_doubt_error*>(&e))
        return StoreError("storage_unavailable",
                          std::string("The database cannot be reached: ") + e.what());
    if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
        const std::string& state = sql->sqlstate();
        if (state == "53100")
            return StoreError("storage_full",
                              "The database's disk is full; nothing was changed. Free some space "
                              "and retry.");
        if (state == "55P03" || state == "40001" || state == "40P01" || state == "57014")
            return StoreError("storage_busy", "The database is busy; retry shortly.");
        if (state.starts_with("08") || state.starts_with("57P") || state.starts_with("53"))
            return StoreError("storage_unavailable",
                              std::string("The database cannot serve now: ") + e.what());
        return StoreError("storage_error", e.what());
    }
    return StoreError("storage_error", e.what());
}

namespace {

using rows::dump;
using rows::kChangeColumns;
using rows::kDeviceColumns;
using rows::parse_stored;
using rows::select_changes;
using rows::wall_ms;

std::optional<std::string> optional_text(const pqxx::field& f) {
    if (f.is_null())
        return std::nullopt;
    return std::string(f.c_str(), f.size());
}

std::string text(const pqxx::field& f) {
    return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
}

std::int64_t int64(const pqxx::field& f) {
    return f.is_null() ? 0 : f.as<std::int64_t>();
}

std::optional<std::int64_t> optional_int64(const pqxx::field& f) {
    if (f.is_null())
        return std::nullopt;
    return f.as<std::int64_t>();
}

Change read_change(const pqxx::row& row, int first = 0) {
    Change c;
    c.type = text(row[first]);
    c.id = text(row[first + 1]);
    c.unit_id = text(row[first + 2]);
    c.version = text(row[first + 3]);
    c.base = optional_text(row[first + 4]);
    c.origin = text(row[first + 5]);
    c.deleted = int64(row[first + 6]) != 0;
    c.data = parse_stored(text(row[first + 7]));
    return c;
}

Device read_device(const pqxx::row& row) {
    Device d;
    d.id = text(row[0]);
    d.user_id = text(row[1]);
    d.name = text(row[2]);
    d.enrolled_at = int64(row[3]);
    d.revoked_at = optional_int64(row[4]);
    d.last_seen_at = optional_int64(row[5]);
    d.last_address = text(row[6]);
    d.clock_skew_ms = optional_int64(row[7]);
    d.clock_checked_at = optional_int64(row[8]);
    return d;
}

// A set of units as the JSON array the queries unpack with
// jsonb_array_elements_text: one bound parameter however many units.
std::string units_json(const std::set<std::string>& units) {
    return dump(json(units));
}

class PgTransaction final : public ServerTransaction {
  public:
    PgTransaction(PgConnection& c, pqxx::transaction_base& t) : c_(c), t_(t) {}

    // --- sync::CentralStore ---

    std::int64_t last_batch(const std::string& device_id) override {
        return int64(q("SELECT coalesce(max(batch), 0) FROM push_batches WHERE device_id = $1",
                       device_id)[0][0]);
    }

    std::optional<json> stored_response(const std::string& device_id, std::int64_t batch) override {
        const auto r = q("SELECT response FROM push_batches WHERE device_id = $1 AND batch = $2",
                         device_id, batch);
        if (r.empty())
            return std::nullopt;
        return parse_stored(text(r[0][0]));
    }

    void save_response(const std::string& device_id, std::int64_t batch,
                       const json& response) override {
        q("INSERT INTO push_batches (device_id, batch, response, at) VALUES ($1, $2, $3, $4)",
          device_id, batch, dump(response), wall_ms());
    }

    std::optional<Change> current(const std::string& type, const std::string& id) override {
        const auto r = q(select_changes("WHERE type = $1 AND id = $2"), type, id);
        if (r.empty())
            return std::nullopt;
        return read_change(r[0]);
    }

    void put(const Change& change, const std::optional<std::string>& device_version) override {
        const std::string data = dump(change.data);
        // Under the write lock, max + 1 is the next position in commit order.
        const std::int64_t seq = int64(q("SELECT coalesce(max(seq), 0) + 1 FROM records")[0][0]);
        const auto updated = q(
            "UPDATE records SET seq = $1, unit_id = $2, version = $3, base = $4, origin = $5, "
            "deleted = $6, data = $7, device_version = $8, updated_at = $9 "
            "WHERE type = $10 AND id = $11",
            seq, change.unit_id, change.version, change.base, change.origin,
            std::int64_t{change.deleted}, data, device_version, wall_ms(), change.type, change.id);
        if (updated.affected_rows() == 0) {
            q("INSERT INTO records (seq, type, id, unit_id, version, base, origin, deleted, data, "
              "device_version, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
              seq, change.type, change.id, change.unit_id, change.version, change.base,
              change.origin, std::int64_t{change.deleted}, data, device_version, wall_ms());
        }
        q("INSERT INTO record_history (type, id, version, origin, device_version, deleted, data, "
          "stored_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          change.type, change.id, change.version, change.origin, device_version,
          std::int64_t{change.deleted}, data, wall_ms());
        if (change.type == "attendance")
            put_attendance_fact(change);
    }

    void put_attendance_fact(const Change& change) {
        if (change.deleted) {
            q("DELETE FROM attendance_facts WHERE id = $1", change.id);
            return;
        }
        const auto fact = rows::attendance_fact(change);
        q("INSERT INTO attendance_facts (id, unit_id, employee_id, date, status, minutes, "
          "early_minutes) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET "
          "unit_id = excluded.unit_id, employee_id = excluded.employee_id, date = excluded.date, "
          "status = excluded.status, minutes = excluded.minutes, "
          "early_minutes = excluded.early_minutes",
          change.id, change.unit_id, fact.employee_id, fact.date, fact.status, fact.minutes,
          fact.early_minutes);
    }

    std::optional<std::pair<Date, Date>> attendance_span() override {
        const auto r = q("SELECT min(date), max(date) FROM attendance_facts");
        const auto first = optional_text(r[0][0]);
        const auto last = optional_text(r[0][1]);
        if (!first || !last || !Date::parse(*first) || !Date::parse(*last))
            return std::nullopt;
        return std::pair{*Date::parse(*first), *Date::parse(*last)};
    }

    std::vector<Change> attendance_records_on(Date date) override {
        std::vector<Change> out;
        const auto r =
            q("SELECT r.type, r.id, r.unit_id, r.version, r.base, r.origin, r.deleted, r.data "
              "FROM attendance_facts f JOIN records r ON r.type = 'attendance' AND r.id = f.id "
              "WHERE f.date = $1",
              date.iso());
        for (const auto& row : r)
            out.push_back(read_change(row));
        return out;
    }

    std::vector<AttendanceFact> attendance_between(
        Date from, Date to, const std::vector<std::string>& statuses) override {
        const auto r =
            statuses.empty()
                ? q("SELECT unit_id, employee_id, date, status, minutes, early_minutes FROM "
                    "attendance_facts WHERE date BETWEEN $1 AND $2",
                    from.iso(), to.iso())
                : q("SELECT unit_id, employee_id, date, status, minutes, early_minutes FROM "
                    "attendance_facts WHERE date BETWEEN $1 AND $2 AND status IN "
                    "(SELECT jsonb_array_elements_text($3::jsonb))",
                    from.iso(), to.iso(), dump(json(statuses)));
        std::vector<AttendanceFact> out;
        out.reserve(r.size());
        for (const auto& row : r) {
            const auto date = Date::parse(text(row[2]));
            if (!date)
                continue;
            out.push_back({text(row[0]), text(row[1]), *date, text(row[3]),
                           static_cast<int>(int64(row[4])), static_cast<int>(int64(row[5]))});
        }
        return out;
    }

    std::vector<sync::CommittedChange> changes_after(std::int64_t seq,
                                                     const std::set<std::string>& units,
                                                     std::size_t limit) override {
        const auto r = q("SELECT seq, " + std::string(kChangeColumns) +
                             ", octet_length(data) FROM records WHERE seq > $1 AND unit_id IN "
                             "(SELECT jsonb_array_elements_text($2::jsonb)) ORDER BY seq LIMIT $3",
                         seq, units_json(units), static_cast<std::int64_t>(limit));
        std::vector<sync::CommittedChange> out;
        out.reserve(r.size());
        for (const auto& row : r)
            out.push_back(
                {int64(row[0]), read_change(row, 1), static_cast<std::size_t>(int64(row[9]))});
        return out;
    }

    void add_conflict(const sync::ConflictRecord& c) override {
        q("INSERT INTO conflicts (id, type, record_id, unit_id, winner, loser, detected_at) "
          "VALUES ((SELECT coalesce(max(id), 0) + 1 FROM conflicts), $1, $2, $3, $4, $5, $6)",
          c.type, c.record_id, c.unit_id, dump(c.winner.to_json()), dump(c.loser.to_json()),
          c.detected_at);
    }

    void add_rejected(const sync::RejectedRecord& r) override {
        q("INSERT INTO rejected_changes (id, device_id, batch, change, reason, at) "
          "VALUES ((SELECT coalesce(max(id), 0) + 1 FROM rejected_changes), $1, $2, $3, $4, $5)",
          r.device_id, r.batch, dump(r.change), r.reason, r.at);
    }

    void trim_device_logs(const std::string& device_id, std::int64_t first_batch_kept,
                          std::size_t rejected_kept) override {
        q("DELETE FROM push_batches WHERE device_id = $1 AND batch < $2", device_id,
          first_batch_kept);
        q("DELETE FROM rejected_changes WHERE device_id = $1 AND id <= "
          "(SELECT id FROM rejected_changes WHERE device_id = $1 ORDER BY id DESC "
          "LIMIT 1 OFFSET $2)",
          device_id, static_cast<std::int64_t>(rejected_kept));
    }

    Hlc clock() override {
        const auto r = q("SELECT value FROM meta WHERE key = 'hlc'");
        if (r.empty())
            return Hlc{};
        return Hlc::parse(text(r[0][0])).value_or(Hlc{});
    }

    void save_clock(Hlc last) override {
        q("INSERT INTO meta (key, value) VALUES ('hlc', $1) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          last.to_string());
    }

    sync::StoreIdentity identity() override {
        const auto r =
            q("SELECT (SELECT value FROM meta WHERE key = 'store_id'), "
              "coalesce((SELECT CAST(value AS bigint) FROM meta WHERE key = 'store_generation'), "
              "1)");
        return {text(r[0][0]), int64(r[0][1])};
    }

    std::int64_t last_seq() override {
        return int64(q("SELECT coalesce(max(seq), 0) FROM records")[0][0]);
    }

    // --- directory ---

    void add_user(const User& user) override {
        q("INSERT INTO users (id, name, role, created_at) VALUES ($1, $2, $3, $4)", user.id,
          user.name, std::string(to_string(user.role)), user.created_at);
        for (const auto& unit : user.units)
            q("INSERT INTO user_units (user_id, unit_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
              user.id, unit);
    }

    std::optional<User> user(const std::string& id) override {
        const auto r = q("SELECT id, name, role, created_at, login FROM users WHERE id = $1", id);
        if (r.empty())
            return std::nullopt;
        User u = read_user(r[0]);
        u.units = units_of(u.id);
        return u;
    }

    std::vector<User> users() override {
        std::vector<User> out;
        for (const auto& row : q("SELECT id, name, role, created_at, login FROM users "
                                 "ORDER BY created_at, id COLLATE \"C\""))
            out.push_back(read_user(row));
        for (auto& u : out)
            u.units = units_of(u.id);
        return out;
    }

    void set_user_login(const std::string& user_id, const std::string& login) override {
        q("UPDATE users SET login = $2 WHERE id = $1", user_id, login);
    }

    std::optional<User> user_by_login(const std::string& login) override {
        const auto r =
            q("SELECT id, name, role, created_at, login FROM users WHERE login = $1", login);
        if (r.empty())
            return std::nullopt;
        User u = read_user(r[0]);
        u.units = units_of(u.id);
        return u;
    }

    void set_password_hash(const std::string& user_id, const std::string& hash) override {
        q("UPDATE users SET password_hash = $2 WHERE id = $1", user_id, hash);
    }

    std::optional<std::string> password_hash(const std::string& user_id) override {
        const auto r = q("SELECT password_hash FROM users WHERE id = $1", user_id);
        if (r.empty())
            return std::nullopt;
        return optional_text(r[0][0]);
    }

    void add_web_session(const WebSession& w) override {
        q("INSERT INTO web_sessions (token_hash, user_id, csrf, created_at, expires_at, "
          "last_seen_at, address) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          w.token_hash, w.user_id, w.csrf, w.created_at, w.expires_at, w.last_seen_at, w.address);
    }

    std::optional<WebSession> web_session(const std::string& token_hash) override {
        const auto r =
            q("SELECT token_hash, user_id, csrf, created_at, expires_at, last_seen_at, address "
              "FROM web_sessions WHERE token_hash = $1",
              token_hash);
        if (r.empty())
            return std::nullopt;
        const auto& row = r[0];
        return WebSession{text(row[0]),  text(row[1]),  text(row[2]), int64(row[3]),
                          int64(row[4]), int64(row[5]), text(row[6])};
    }

    void touch_web_session(const std::string& token_hash, std::int64_t now) override {
        q("UPDATE web_sessions SET last_seen_at = $2 WHERE token_hash = $1", token_hash, now);
    }

    void end_web_session(const std::string& token_hash) override {
        q("DELETE FROM web_sessions WHERE token_hash = $1", token_hash);
    }

    void end_web_sessions_of(const std::string& user_id) override {
        q("DELETE FROM web_sessions WHERE user_id = $1", user_id);
    }

    void add_enroll_code(const std::string& code_hash, const std::string& user_id,
                         std::int64_t created_at, std::int64_t expires_at) override {
        q("INSERT INTO enroll_codes (code_hash, user_id, created_at, expires_at) "
          "VALUES ($1, $2, $3, $4)",
          code_hash, user_id, created_at, expires_at);
    }

    std::optional<std::string> redeem_enroll_code(const std::string& code_hash,
                                                  std::int64_t now) override {
        const auto r =
            q("UPDATE enroll_codes SET used_at = $2 "
              "WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id",
              code_hash, now);
        if (r.empty())
            return std::nullopt;
        return text(r[0][0]);
    }

    void add_device(const Device& d, const std::string& token_hash) override {
        q("INSERT INTO devices (id, user_id, name, token_hash, enrolled_at, last_seen_at, "
          "last_address) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          d.id, d.user_id, d.name, token_hash, d.enrolled_at, d.last_seen_at, d.last_address);
    }

    std::optional<Device> device_by_token_hash(const std::string& token_hash) override {
        const auto r = q(std::string(kDeviceColumns) + "WHERE token_hash = $1", token_hash);
        if (r.empty())
            return std::nullopt;
        return read_device(r[0]);
    }

    std::optional<Device> device(const std::string& id) override {
        const auto r = q(std::string(kDeviceColumns) + "WHERE id = $1", id);
        if (r.empty())
            return std::nullopt;
        return read_device(r[0]);
    }

    std::vector<Device> devices() override {
        std::vector<Device> out;
        for (const auto& row :
             q(std::string(kDeviceColumns) + "ORDER BY enrolled_at, id COLLATE \"C\""))
            out.push_back(read_device(row));
        return out;
    }

    bool revoke_device(const std::string& id, std::int64_t now) override {
        return q("UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1", id, now)
                   .affected_rows() > 0;
    }

    void note_clock(const std::string& id, std::int64_t skew_ms, std::int64_t at) override {
        q("UPDATE devices SET clock_skew_ms = $2, clock_checked_at = $3 WHERE id = $1", id, skew_ms,
          at);
    }

    void touch_device(const std::string& id, std::int64_t now,
                      const std::string& address) override {
        q("UPDATE devices SET last_seen_at = $2, last_address = $3 WHERE id = $1", id, now,
          address);
    }

    // --- master data and logs ---

    std::vector<Change> records_of_type(const std::string& type) override {
        std::vector<Change> out;
        for (const auto& row : q(select_changes("WHERE type = $1 ORDER BY seq"), type))
            out.push_back(read_change(row));
        return out;
    }

    void reissue_unit(const std::string& unit_id) override {
        q("UPDATE records SET seq = m.top + r.rn "
          "FROM (SELECT seq AS old, row_number() OVER (ORDER BY seq) AS rn FROM records "
          "WHERE unit_id = $1) AS r, (SELECT max(seq) AS top FROM records) AS m "
          "WHERE records.seq = r.old",
          unit_id);
    }

    std::vector<Change> discipline_events(const std::string& case_id) override {
        std::vector<Change> out;
        for (const auto& row : q(select_changes("WHERE type = 'discipline_event' AND "
                                                "(data::jsonb ->> 'case_id') = $1 ORDER BY seq"),
                                 case_id))
            out.push_back(read_change(row));
        return out;
    }

    std::optional<Change> employee_by_nip(const std::string& nip) override {
        const auto r =
            q(select_changes("WHERE type = 'employee' AND (data::jsonb ->> 'nip') = $1"), nip);
        if (r.empty())
            return std::nullopt;
        return read_change(r[0]);
    }

    void add_audit(const AuditEntry& e) override {
        q("INSERT INTO audit (id, at, user_id, device_id, address, action, detail) "
          "VALUES ((SELECT coalesce(max(id), 0) + 1 FROM audit), $1, $2, $3, $4, $5, $6)",
          e.at, e.user_id, e.device_id, e.address, e.action, dump(e.detail));
    }

    std::vector<AuditEntry> audit_before(std::int64_t before_id, std::size_t limit) override {
        return read_audit(
            q("SELECT id, at, user_id, device_id, address, action, detail FROM audit "
              "WHERE $1::bigint = 0 OR id < $1::bigint ORDER BY id DESC LIMIT $2",
              before_id, static_cast<std::int64_t>(limit)));
    }

    std::vector<AuditEntry> audit_after(std::int64_t after_id, std::size_t limit) override {
        return read_audit(
            q("SELECT id, at, user_id, device_id, address, action, detail FROM audit "
              "WHERE id > $1 ORDER BY id LIMIT $2",
              after_id, static_cast<std::int64_t>(limit)));
    }

    static std::vector<AuditEntry> read_audit(const pqxx::result& r) {
        std::vector<AuditEntry> out;
        out.reserve(r.size());
        for (const auto& row : r)
            out.push_back({int64(row[0]), int64(row[1]), text(row[2]), text(row[3]), text(row[4]),
                           text(row[5]), parse_stored(text(row[6]))});
        return out;
    }

    std::vector<StoredConflict> conflicts_after(std::int64_t after_id,
                                                const std::optional<std::set<std::string>>& units,
                                                std::size_t limit) override {
        std::vector<StoredConflict> out;
        const auto r =
            q("SELECT id, type, record_id, unit_id, winner, loser, detected_at FROM conflicts "
              "WHERE id > $1 AND ($2::jsonb IS NULL OR unit_id IN "
              "(SELECT jsonb_array_elements_text($2::jsonb))) ORDER BY id LIMIT $3",
              after_id, units ? std::optional<std::string>(units_json(*units)) : std::nullopt,
              static_cast<std::int64_t>(limit));
        for (const auto& row : r) {
            Problems ignored;
            sync::ConflictRecord c{text(row[1]),
                                   text(row[2]),
                                   text(row[3]),
                                   Change::from_json(parse_stored(text(row[4])), ignored),
                                   Change::from_json(parse_stored(text(row[5])), ignored),
                                   int64(row[6])};
            out.push_back({int64(row[0]), std::move(c)});
        }
        return out;
    }

    std::vector<StoredRejection> rejections_after(std::int64_t after_id,
                                                  std::size_t limit) override {
        std::vector<StoredRejection> out;
        const auto r =
            q("SELECT id, device_id, batch, change, reason, at FROM rejected_changes WHERE id > $1 "
              "ORDER BY id LIMIT $2",
              after_id, static_cast<std::int64_t>(limit));
        for (const auto& row : r)
            out.push_back({int64(row[0]),
                           {text(row[1]), int64(row[2]), parse_stored(text(row[3])), text(row[4]),
                            int64(row[5])}});
        return out;
    }

    // --- whole tables ---

    void scan_rows(const StoreTable& table,
                   const std::function<void(const StoreRow&)>& each) override {
        // A cursor, so that a table of millions of rows is read in pieces.
        pqxx::icursorstream rows(t_, select_all_sql(table), "pantau_scan", 2000);
        StoreRow row(table.columns.size());
        pqxx::result piece;
        while (rows >> piece) {
            for (const auto& r : piece) {
                for (std::size_t i = 0; i < table.columns.size(); ++i) {
                    const auto f = r[static_cast<int>(i)];
                    if (f.is_null())
                        row[i].reset();
                    else if (table.columns[i].integer)
                        row[i] = f.as<std::int64_t>();
                    else
                        row[i] = std::string(f.c_str(), f.size());
                }
                each(row);
            }
        }
    }

    void insert_row(const StoreTable& table, const StoreRow& row) override {
        std::vector<std::optional<std::string>> texts(table.columns.size());
        for (std::size_t i = 0; i < row.size() && i < texts.size(); ++i) {
            if (!row[i])
                continue;
            if (const auto* number = std::get_if<std::int64_t>(&*row[i]))
                texts[i] = std::to_string(*number);
            else
                texts[i] = std::get<std::string>(*row[i]);
        }
        // Parameters go as text; the server converts each to its column's type.
        t_.exec_prepared(c_.prepared(insert_sql(table, '$')),
                         pqxx::prepare::make_dynamic_params(texts));
    }

    void clear_table(const StoreTable& table) override {
        q("DELETE FROM " + std::string(table.name));
    }

  private:
    template <typename... Args>
    pqxx::result q(std::string_view sql, const Args&... args) {
        return t_.exec_prepared(c_.prepared(sql), args...);
    }

    static User read_user(const pqxx::row& row) {
        User u;
        u.id = text(row[0]);
        u.name = text(row[1]);
        u.role = role_from_string(text(row[2])).value_or(Role::Supervisor);
        u.created_at = int64(row[3]);
        u.login = optional_text(row[4]);
        return u;
    }

    std::vector<std::string> units_of(const std::string& user_id) {
        std::vector<std::string> units;
        for (const auto& row :
             q("SELECT unit_id FROM user_units WHERE user_id = $1 ORDER BY unit_id COLLATE \"C\"",
               user_id))
            units.push_back(text(row[0]));
        return units;
    }

    PgConnection& c_;
    pqxx::transaction_base& t_;
};

}  // namespace

std::unique_ptr<ServerTransaction> pg_transaction(PgConnection& c, pqxx::transaction_base& t) {
    return std::make_unique<PgTransaction>(c, t);
}

}  // namespace pantau::server
