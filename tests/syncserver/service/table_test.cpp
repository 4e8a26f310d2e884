// Export tables written as CSV: quoted and guarded so that no cell runs as a
// spreadsheet formula, whichever separator the spreadsheet splits on.
#include "service/table.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "admin/csv_reader.h"

using nlohmann::json;
using namespace pantau::server;

namespace {

// Splits CSV text as a spreadsheet would with `separator`: RFC 4180 quotes, CRLF rows.
std::vector<std::string> cells_as_read(const std::string& text, char separator) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cells.back().push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cells.back().push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator || c == '\n') {
            cells.emplace_back();
        } else if (c != '\r') {
            cells.back().push_back(c);
        }
    }
    return cells;
}

}  // namespace

TEST_CASE("no cell starts a formula whichever separator the spreadsheet splits on") {
    const std::vector<std::string> hostile = {
        "x;=HYPERLINK(1)", "x,=HYPERLINK(1)", "x\t=HYPERLINK(1)", "a;b;+cmd|' /C calc'!A0",
        "1;@SUM(A1)",      "ok;-2+3",         "x\n=1+1",          "  ;=1"};
    Table table;
    table.columns = {"n", "note"};
    for (std::size_t i = 0; i < hostile.size(); ++i)
        table.add({std::to_string(i)}, {json(i), json(hostile[i])});
    const std::string csv = render_csv(table);
    for (const char separator : {',', ';', '\t'}) {
        INFO("separator " << separator);
        for (const auto& cell : cells_as_read(csv, separator)) {
            INFO(cell);
            CHECK((cell.empty() ||
                   std::string_view("=+-@").find(cell.front()) == std::string_view::npos));
        }
    }
    // Read with the file's own separator, every note comes back whole.
    const auto rows = read_csv(csv);
    REQUIRE(rows);
    REQUIRE(rows->size() == hostile.size() + 1);
    for (std::size_t i = 0; i < hostile.size(); ++i)
        CHECK((*rows)[i + 1].fields.at(1) == hostile[i]);
}

TEST_CASE("a CSV for Excel begins with the byte-order mark and splits on the separator asked for") {
    Table table;
    table.columns = {"nip", "nama"};
    table.add({"1"}, {json("198503122010012003"), json("Siti Rahmawati, S.Kep.")});
    const std::string semicolons = render_csv(table, {';', true});
    REQUIRE(semicolons.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(semicolons.substr(3) == "nip;nama\r\n198503122010012003;\"Siti Rahmawati, S.Kep.\"\r\n");
    CHECK(render_csv(table, {',', false}) ==
          "nip,nama\r\n198503122010012003,\"Siti Rahmawati, S.Kep.\"\r\n");
    CHECK(render_csv(table).rfind("\xEF\xBB\xBFnip,nama\r\n", 0) == 0);  // the default
    CHECK(csv_separator_from_string(";") == ';');
    CHECK(csv_separator_from_string("tab") == '\t');
    CHECK(csv_separator_from_string("") == ',');
    CHECK_FALSE(csv_separator_from_string("|"));
}
