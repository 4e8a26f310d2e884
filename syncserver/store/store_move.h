// Moving a central store to another (SQLite to PostgreSQL and back): every
// table copied row by row in one read of the source and one write of the
// target, then counted and checksummed on both sides (store/store_tables.h).
// Run with the servers stopped; the source is only read.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

struct TableTally {
    std::string table;
    std::uint64_t rows = 0;
    std::string checksum;
};

struct TableComparison {
    std::string table;
    TableTally from;
    TableTally to;
    bool same() const { return from.rows == to.rows && from.checksum == to.checksum; }
};

struct MoveReport {
    std::vector<TableComparison> tables;
    bool same() const;
    std::uint64_t rows() const;  // in the source, all tables
};

// Every table's count and checksum, in one read.
std::vector<TableTally> tally_store(ServerStore& store);

// Copies `from` into `to`, which must hold no users, devices, records or
// audit yet (its own identity and clock are replaced by the source's, so
// devices find the store they knew). Error target_not_empty otherwise. The
// report compares what was read with what the target holds after commit.
Result<MoveReport> move_store(ServerStore& from, ServerStore& to);

}  // namespace pantau::server
