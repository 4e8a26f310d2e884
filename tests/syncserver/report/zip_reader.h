// Reads the members of a zip archive held in memory (stored or deflated), so
// tests can open an XLSX workbook and look at its sheet XML.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace pantau::testing {

// Member name -> uncompressed bytes; throws std::runtime_error on a damaged archive.
std::map<std::string, std::string> read_zip(std::string_view archive);

// One cell of a worksheet's XML: its attributes and its value.
struct SheetCell {
    std::string ref;    // "B7"
    std::string type;   // the t attribute: "" (a number), "inlineStr", "s", "b", "str"
    std::string style;  // the s attribute: an index into the cell formats ("" when absent)
    std::string value;  // <v> of a number or boolean, or the text of an inline string
};

// Every cell of a worksheet, by reference.
std::map<std::string, SheetCell> sheet_cells(const std::string& sheet_xml);

// The number format code of cell style `style` in styles.xml ("" for General).
std::string number_format(const std::string& styles_xml, const std::string& style);

}  // namespace pantau::testing
