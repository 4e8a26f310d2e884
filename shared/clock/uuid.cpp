#include "clock/uuid.h"

#include <algorithm>
#include <stdexcept>

#include "clock/sha1.h"

namespace pantau {

namespace {

constexpr std::size_t kTextLength = 36;

bool is_dash_position(std::size_t i) {
    return i == 8 || i == 13 || i == 18 || i == 23;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

UuidBytes with_version(UuidBytes bytes, std::uint8_t version) {
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | (version << 4));
    // RFC 4122 variant: the two high bits of byte 8 are 10.
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);
    return bytes;
}

}  // namespace

std::optional<UuidBytes> parse_uuid(std::string_view text) {
    if (text.size() != kTextLength)
        return std::nullopt;
    UuidBytes bytes{};
    std::size_t nibble = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_dash_position(i)) {
            if (text[i] != '-')
                return std::nullopt;
            continue;
        }
        const int value = hex_value(text[i]);
        if (value < 0)
            return std::nullopt;
        auto& byte = bytes[nibble / 2];
        byte = static_cast<std::uint8_t>(nibble % 2 == 0 ? value << 4 : byte | value);
        ++nibble;
    }
    return bytes;
}

bool is_uuid(std::string_view text) {
    return parse_uuid(text).has_value();
}

std::string format_uuid(const UuidBytes& bytes) {
    constexpr char kHexDigits[] = "0123456789abcdef";
    std::string text;
    text.reserve(kTextLength);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text.push_back('-');
        text.push_back(kHexDigits[bytes[i] >> 4]);
        text.push_back(kHexDigits[bytes[i] & 0xF]);
    }
    return text;
}

std::string uuid_v4(const UuidBytes& random_bytes) {
    return format_uuid(with_version(random_bytes, 4));
}

std::string uuid_v5(const UuidBytes& namespace_bytes, std::string_view name) {
    Sha1 hash;
    hash.update(namespace_bytes.data(), namespace_bytes.size());
    hash.update(name);
    const Sha1Digest digest = hash.finish();
    UuidBytes bytes{};
    std::copy_n(digest.begin(), bytes.size(), bytes.begin());
    return format_uuid(with_version(bytes, 5));
}

std::string uuid_v5(std::string_view namespace_uuid, std::string_view name) {
    const auto namespace_bytes = parse_uuid(namespace_uuid);
    if (!namespace_bytes)
        throw std::invalid_argument("UUID namespace is not a canonical lowercase UUID: " +
                                    std::string(namespace_uuid));
    return uuid_v5(*namespace_bytes, name);
}

std::string attendance_id(std::string_view unit_id, std::string_view employee_id,
                          const Date& date) {
    std::string name = "attendance/";
    name.append(unit_id).append("/").append(employee_id).append("/").append(date.iso());
    return uuid_v5(kPantauNamespace, name);
}

std::string evaluation_id(std::string_view employee_id, std::string_view period) {
    std::string name = "evaluation/";
    name.append(employee_id).append("/").append(period);
    return uuid_v5(kPantauNamespace, name);
}

}  // namespace pantau
