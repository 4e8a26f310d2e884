#include "core/timestamp.h"

#include <cstdio>

#include "core/date.h"

namespace pantau {

namespace {

bool read_digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

}  // namespace

std::optional<std::int64_t> parse_timestamp(std::string_view s) {
    if (s.size() < 20 || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return std::nullopt;
    auto date = Date::parse(s.substr(0, 10));
    int hour = 0, minute = 0, second = 0;
    if (!date || !read_digits(s, 11, 2, hour) || !read_digits(s, 14, 2, minute) ||
        !read_digits(s, 17, 2, second) || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    int millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            if (digits < 3)
                millis = millis * 10 + (s[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 3; ++digits)
            millis *= 10;
    }
    if (pos >= s.size())
        return std::nullopt;
    int offset_minutes = 0;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
        int oh = 0, om = 0;
        if (!read_digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s[pos + 3] != ':' ||
            !read_digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset_minutes = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const std::int64_t seconds = date->days_since_epoch() * 86400 + hour * 3600 + minute * 60 +
                                 std::min(second, 59) - std::int64_t{offset_minutes} * 60;
    return seconds * 1000 + millis;
}

std::string format_timestamp(std::int64_t unix_ms) {
    std::int64_t days = unix_ms / 86'400'000;
    std::int64_t rest = unix_ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const Date date = Date::from_days(days);
    const int ms = static_cast<int>(rest % 1000);
    const int total_seconds = static_cast<int>(rest / 1000);
    char buf[40];
    if (ms == 0) {
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", date.iso().c_str(),
                      total_seconds / 3600, total_seconds / 60 % 60, total_seconds % 60);
    } else {
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d.%03dZ", date.iso().c_str(),
                      total_seconds / 3600, total_seconds / 60 % 60, total_seconds % 60, ms);
    }
    return buf;
}

}  // namespace pantau
