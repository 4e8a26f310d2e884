// Reading CSV files that HR exports from spreadsheets (RFC 4180): quoted
// fields with doubled quotes, commas and line breaks inside quotes, LF or
// CRLF line ends, and the UTF-8 byte order mark Excel writes. The text must
// be UTF-8, since names are shown on phones and sent as JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace pantau::server {

struct CsvRecord {
    std::size_t line = 0;  // the line the record starts on, counting from 1
    std::vector<std::string> fields;
};

// Every non-blank record in order. Fails ("bad_csv") on an unterminated
// quote, text after a closing quote, or bytes that are not UTF-8, naming the line.
Result<std::vector<CsvRecord>> read_csv(std::string_view text);

}  // namespace pantau::server
