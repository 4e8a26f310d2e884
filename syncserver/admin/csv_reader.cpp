#include "admin/csv_reader.h"

#include <cstdint>
#include <optional>

namespace pantau::server {

namespace {

// The line of the first byte that is not well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF included), or nothing.
std::optional<std::size_t> first_bad_utf8_line(std::string_view text) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n')
            ++line;
        std::size_t length = 0;
        std::uint32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            code = c & 0x07;
        } else {
            return line;
        }
        if (i + length > text.size())
            return line;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return line;
            code = (code << 6) | (next & 0x3F);
        }
        static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return line;
        i += length;
    }
    return std::nullopt;
}

bool blank(const CsvRecord& record) {
    return record.fields.size() == 1 &&
           record.fields.front().find_first_not_of(" \t") == std::string::npos;
}

}  // namespace

Result<std::vector<CsvRecord>> read_csv(std::string_view text) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.starts_with(kBom))
        text.remove_prefix(kBom.size());
    if (auto line = first_bad_utf8_line(text))
        return Error{"bad_csv", "line " + std::to_string(*line) +
                                    ": the file is not UTF-8 text (save it as \"CSV UTF-8\")"};

    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    std::string field;
    std::size_t line = 1;
    bool quoted = false;       // inside a quoted field
    bool after_quote = false;  // a quoted field just closed; only a separator may follow
    auto end_record = [&] {
        record.fields.push_back(std::move(field));
        field.clear();
        if (!blank(record))
            records.push_back(std::move(record));
        record = CsvRecord{line, {}};
        after_quote = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                    after_quote = true;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == ',') {
            record.fields.push_back(std::move(field));
            field.clear();
            after_quote = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            ++line;
            end_record();
        } else if (after_quote) {
            return Error{"bad_csv", "line " + std::to_string(line) +
                                        ": text after the closing quote of a field"};
        } else if (c == '"' && field.empty()) {
            quoted = true;
        } else {
            field.push_back(c);
        }
    }
    if (quoted)
        return Error{"bad_csv", "line " + std::to_string(record.line) +
                                    ": a quoted field is not closed before the end of the file"};
    if (!field.empty() || !record.fields.empty() || after_quote)
        end_record();
    return records;
}

}  // namespace pantau::server
