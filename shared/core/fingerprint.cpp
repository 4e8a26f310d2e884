#include "core/fingerprint.h"

#include <cctype>

namespace pantau {

namespace {

// No I, L, O or U: a fingerprint read aloud or typed from paper survives.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kGroup = 5;

}  // namespace

std::string key_fingerprint(std::span<const std::uint8_t> sha256) {
    static_assert(kAlphabet.size() == 32);
    if (sha256.size() != 32)
        return {};
    std::string out;
    std::uint32_t bits = 0;
    int held = 0;
    std::size_t next = 0;
    for (std::size_t symbol = 0; symbol < kFingerprintLength; ++symbol) {
        if (held < 5) {
            bits = (bits << 8) | sha256[next++];
            held += 8;
        }
        held -= 5;
        if (symbol > 0 && symbol % kGroup == 0)
            out.push_back('-');
        out.push_back(kAlphabet[(bits >> held) & 0x1f]);
    }
    return out;
}

std::string normalize_fingerprint(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == '-' || std::isspace(static_cast<unsigned char>(c)))
            continue;
        char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (upper == 'O')
            upper = '0';
        else if (upper == 'I' || upper == 'L')
            upper = '1';
        out.push_back(upper);
    }
    return out;
}

}  // namespace pantau
