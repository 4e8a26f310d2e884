#include "store/store_tables.h"

#include <openssl/evp.h>

#include <cstdio>
#include <stdexcept>

namespace pantau::server {

namespace {

constexpr StoreColumn kUsers[] = {{"id"},    {"name"},         {"role"}, {"created_at", true},
                                  {"login"}, {"password_hash"}};
constexpr StoreColumn kUserUnits[] = {{"user_id"}, {"unit_id"}};
constexpr StoreColumn kEnrollCodes[] = {
    {"code_hash"}, {"user_id"}, {"created_at", true}, {"expires_at", true}, {"used_at", true}};
constexpr StoreColumn kDevices[] = {{"id"},
                                    {"user_id"},
                                    {"name"},
                                    {"token_hash"},
                                    {"enrolled_at", true},
                                    {"revoked_at", true},
                                    {"last_seen_at", true},
                                    {"last_address"},
                                    {"clock_skew_ms", true},
                                    {"clock_checked_at", true}};
constexpr StoreColumn kWebSessions[] = {
    {"token_hash"},         {"user_id"}, {"csrf"}, {"created_at", true}, {"expires_at", true},
    {"last_seen_at", true}, {"address"}};
constexpr StoreColumn kRecords[] = {
    {"seq", true}, {"type"},          {"id"},   {"unit_id"},        {"version"},         {"base"},
    {"origin"},    {"deleted", true}, {"data"}, {"device_version"}, {"updated_at", true}};
constexpr StoreColumn kRecordHistory[] = {
    {"type"},          {"id"},   {"version"},        {"origin"}, {"device_version"},
    {"deleted", true}, {"data"}, {"stored_at", true}};
constexpr StoreColumn kAttendanceFacts[] = {
    {"id"},     {"unit_id"},       {"employee_id"},        {"date"},
    {"status"}, {"minutes", true}, {"early_minutes", true}};
constexpr StoreColumn kPushBatches[] = {{"device_id"}, {"batch", true}, {"response"}, {"at", true}};
constexpr StoreColumn kConflicts[] = {{"id", true}, {"type"},  {"record_id"},        {"unit_id"},
                                      {"winner"},   {"loser"}, {"detected_at", true}};
constexpr StoreColumn kRejected[] = {{"id", true}, {"device_id"}, {"batch", true},
                                     {"change"},   {"reason"},    {"at", true}};
constexpr StoreColumn kAudit[] = {{"id", true}, {"at", true}, {"user_id"}, {"device_id"},
                                  {"address"},  {"action"},   {"detail"}};
constexpr StoreColumn kMeta[] = {{"key"}, {"value"}};

constexpr StoreTable kTables[] = {
    {"users", kUsers},
    {"user_units", kUserUnits},
    {"enroll_codes", kEnrollCodes},
    {"devices", kDevices},
    {"web_sessions", kWebSessions},
    {"records", kRecords},
    {"record_history", kRecordHistory},
    {"attendance_facts", kAttendanceFacts},
    {"push_batches", kPushBatches},
    {"conflicts", kConflicts},
    {"rejected_changes", kRejected},
    {"audit", kAudit},
    {"meta", kMeta},
};

// Each cell framed so that no two different rows read the same: a tag, and
// for a text its length before its bytes.
std::string serialise(const StoreRow& row) {
    std::string out;
    for (const auto& cell : row) {
        if (!cell) {
            out += 'N';
        } else if (const auto* number = std::get_if<std::int64_t>(&*cell)) {
            out += 'i';
            out += std::to_string(*number);
            out += ';';
        } else {
            const auto& text = std::get<std::string>(*cell);
            out += 's';
            out += std::to_string(text.size());
            out += ':';
            out += text;
        }
    }
    return out;
}

}  // namespace

std::span<const StoreTable> store_tables() {
    return kTables;
}

const StoreTable& store_table(std::string_view name) {
    for (const auto& table : kTables)
        if (table.name == name)
            return table;
    throw std::out_of_range("no store table " + std::string(name));
}

std::size_t column_index(const StoreTable& table, std::string_view column) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].name == column)
            return i;
    throw std::out_of_range("no column " + std::string(column) + " in " + std::string(table.name));
}

std::string select_all_sql(const StoreTable& table) {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        sql += (i ? ", " : "") + std::string(table.columns[i].name);
    return sql + " FROM " + std::string(table.name);
}

std::string insert_sql(const StoreTable& table, char placeholder) {
    std::string sql = "INSERT INTO " + std::string(table.name) + " (";
    std::string values;
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
        sql += (i ? ", " : "") + std::string(table.columns[i].name);
        values += (i ? ", " : "") + std::string(1, placeholder) + std::to_string(i + 1);
    }
    return sql + ") VALUES (" + values + ")";
}

void TableChecksum::add(const StoreRow& row) {
    const std::string bytes = serialise(row);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1 ||
        length < 32)
        throw std::runtime_error("SHA-256 is not available");
    for (std::size_t lane = 0; lane < lanes_.size(); ++lane) {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < 8; ++i)  // little-endian, whatever the machine
            value |= std::uint64_t{digest[lane * 8 + i]} << (8 * i);
        lanes_[lane] += value;  // modulo 2^64
    }
    ++rows_;
}

std::string TableChecksum::hex() const {
    std::string out;
    char part[17];
    for (const auto lane : lanes_) {
        std::snprintf(part, sizeof part, "%016llx", static_cast<unsigned long long>(lane));
        out += part;
    }
    return out;
}

}  // namespace pantau::server
