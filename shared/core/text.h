// Small text measures shared by the record checks: limits count characters
// a person sees (UTF-8 code points), not bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace pantau {

inline std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;  // continuation bytes belong to the character before
    return count;
}

inline bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

}  // namespace pantau
