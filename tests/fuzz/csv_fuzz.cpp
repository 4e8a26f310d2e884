// The employee import from a CSV file HR exported from a spreadsheet: the
// CSV reader, then import_employees over a store holding the world's units,
// inside a transaction that is rolled back after each input.
//
// Properties: nothing throws; every field read is UTF-8 and every record
// starts on a later line than the one before; an import without errors has an
// id for each row, and one with errors names none. The input read as the
// cells of an export table (rows at LF, cells at 0x1F): the CSV the export
// writes reads back with the import's reader cell for cell.
#include <string>

#include "admin/csv_reader.h"
#include "admin/employee_import.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/server_world.h"
#include "fuzz/world.h"
#include "service/table.h"

namespace {

using namespace pantau;
using namespace pantau::server;

struct RollBack {};

bool is_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t point = 0;
        if (byte < 0x80) {
            ++i;
            continue;
        } else if ((byte & 0xE0) == 0xC0) {
            length = 2, point = byte & 0x1F;
        } else if ((byte & 0xF0) == 0xE0) {
            length = 3, point = byte & 0x0F;
        } else if ((byte & 0xF8) == 0xF0) {
            length = 4, point = byte & 0x07;
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            point = (point << 6) | (next & 0x3F);
        }
        const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (point < smallest[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// The cell as an export writes it and the reader gives it back: a cell a
// spreadsheet would run as a formula gains a leading apostrophe.
std::string guarded(std::string cell) {
    if (!cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
        cell.insert(cell.begin(), '\'');
    return cell;
}

// The input as an export table: rows split at LF, cells at the unit separator
// (0x1F), every row as wide as the header. The export's CSV must read back
// with the import's reader cell for cell.
void check_export_reads_back(std::string_view text) {
    constexpr std::size_t kColumns = 3;
    Table table;
    table.columns = {"id", "name", "note"};
    std::vector<std::vector<std::string>> expected{table.columns};
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        std::vector<nlohmann::json> cells;
        std::vector<std::string> row;
        for (std::size_t i = 0; i < kColumns; ++i) {
            const auto cut = line.find('\x1f');
            cells.emplace_back(std::string(line.substr(0, cut)));
            row.push_back(guarded(std::string(line.substr(0, cut))));
            line = cut == std::string_view::npos ? std::string_view() : line.substr(cut + 1);
        }
        table.add({}, std::move(cells));
        expected.push_back(std::move(row));
    }
    const auto read = read_csv(render_csv(table));
    fuzz::require(static_cast<bool>(read), "an export's CSV reads back");
    fuzz::require(read->size() == expected.size(), "an export's CSV reads back row for row");
    for (std::size_t i = 0; i < expected.size(); ++i)
        fuzz::require((*read)[i].fields == expected[i],
                      "every exported cell reads back as written");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto store = fuzz::fresh_server_store();
    const std::string_view text = fuzz::as_text(data, size);

    const auto records = read_csv(text);
    if (records) {
        std::size_t line = 0;
        for (const auto& record : *records) {
            fuzz::require(record.line > line, "each record starts on a later line");
            line = record.line;
            for (const auto& field : record.fields)
                fuzz::require(is_utf8(field), "every field read is UTF-8");
        }
    }

    if (is_utf8(text) && text.find('\0') == std::string_view::npos)
        check_export_reads_back(text);

    try {
        store->write([&](ServerTransaction& tx) {
            const ImportReport report = import_employees(tx, text, fuzz::kNow);
            if (report.ok()) {
                fuzz::require(
                    records && !records->empty() && report.ids.size() == records->size() - 1,
                    "an import without errors has an id for each row");
                for (std::size_t i = 0; i < report.ids.size(); ++i)
                    fuzz::require(!report.ids[i].empty(), "every imported row has an id");
            } else {
                fuzz::require(report.ids.empty(), "a refused import names no ids");
            }
            throw RollBack{};
        });
    } catch (const RollBack&) {
    }
    return 0;
}
