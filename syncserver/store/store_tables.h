// Every table of the central store with its columns, as both stores have
// them at the current schema version: what `pantau-server migrate` copies
// row by row and checksums on both sides. A table or column added by a
// migration is added here too (the store tests compare this list with each
// store's own catalogue).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pantau::server {

struct StoreColumn {
    std::string_view name;
    bool integer = false;  // bigint / INTEGER; otherwise text
};

struct StoreTable {
    std::string_view name;
    std::span<const StoreColumn> columns;
};

// A value as stored: null, an integer or a text.
using StoreCell = std::optional<std::variant<std::int64_t, std::string>>;
using StoreRow = std::vector<StoreCell>;

// Parents before the tables that refer to them.
std::span<const StoreTable> store_tables();
// The table of that name; throws std::out_of_range for a name not listed.
const StoreTable& store_table(std::string_view name);
// The index of a column in the table's list; throws std::out_of_range.
std::size_t column_index(const StoreTable& table, std::string_view column);

// The statements that read a whole table and add one row to it, columns in
// the table's order; `placeholder` is '?' (SQLite: ?1, ?2...) or '$'
// (PostgreSQL: $1, $2...). Names come from the list above, never from input.
std::string select_all_sql(const StoreTable& table);
std::string insert_sql(const StoreTable& table, char placeholder);

// A checksum of a table's rows that does not depend on their order: the
// sum, lane by lane, of each row's SHA-256, with the row count. Two stores
// whose tables hold the same rows have the same checksums.
class TableChecksum {
  public:
    void add(const StoreRow& row);
    std::uint64_t rows() const { return rows_; }
    std::string hex() const;

  private:
    std::uint64_t rows_ = 0;
    std::array<std::uint64_t, 4> lanes_{};
};

}  // namespace pantau::server
