#include "store/store_move.h"

#include <map>

namespace pantau::server {

namespace {

// Thrown from a scan to stop it at its first row.
struct FoundRow {};

bool has_rows(ServerTransaction& tx, const StoreTable& table) {
    try {
        tx.scan_rows(table, [](const StoreRow&) { throw FoundRow{}; });
    } catch (const FoundRow&) {
        return true;
    }
    return false;
}

}  // namespace

bool MoveReport::same() const {
    for (const auto& t : tables)
        if (!t.same())
            return false;
    return true;
}

std::uint64_t MoveReport::rows() const {
    std::uint64_t n = 0;
    for (const auto& t : tables)
        n += t.from.rows;
    return n;
}

std::vector<TableTally> tally_store(ServerStore& store) {
    std::vector<TableTally> out;
    store.read([&](ServerTransaction& tx) {
        out.clear();
        for (const auto& table : store_tables()) {
            TableChecksum sum;
            tx.scan_rows(table, [&](const StoreRow& row) { sum.add(row); });
            out.push_back({std::string(table.name), sum.rows(), sum.hex()});
        }
    });
    return out;
}

Result<MoveReport> move_store(ServerStore& from, ServerStore& to) {
    bool empty = true;
    to.read([&](ServerTransaction& tx) {
        for (const auto* name : {"users", "devices", "records", "audit"})
            empty = empty && !has_rows(tx, store_table(name));
    });
    if (!empty)
        return Error{"target_not_empty",
                     "The target store already holds data; move into a new, empty store."};

    std::map<std::string, TableTally> read_side;
    from.read([&](ServerTransaction& source) {
        read_side.clear();
        to.write([&](ServerTransaction& target) {
            for (const auto& table : store_tables()) {
                // The new store's own identity and clock give way to the
                // source's: devices must find the store they knew.
                target.clear_table(table);
                TableChecksum sum;
                source.scan_rows(table, [&](const StoreRow& row) {
                    sum.add(row);
                    target.insert_row(table, row);
                });
                read_side[std::string(table.name)] = {std::string(table.name), sum.rows(),
                                                      sum.hex()};
            }
        });
    });

    MoveReport report;
    for (auto& written : tally_store(to))
        report.tables.push_back({written.table, read_side[written.table], written});
    return report;
}

}  // namespace pantau::server
