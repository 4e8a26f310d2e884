#include "core/date.h"

#include <cstdio>

namespace pantau {

namespace {

// Days from civil, after Howard Hinnant's public-domain algorithm.
std::int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

}  // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12)
        return std::nullopt;
    if (day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return std::nullopt;
    const auto y = iso.substr(0, 4), m = iso.substr(5, 2), d = iso.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d))
        return std::nullopt;
    return from_ymd(to_int(y), to_int(m), to_int(d));
}

std::optional<Date> Date::parse_compact(std::string_view digits) {
    if (digits.size() != 8 || !all_digits(digits))
        return std::nullopt;
    return from_ymd(to_int(digits.substr(0, 4)), to_int(digits.substr(4, 2)),
                    to_int(digits.substr(6, 2)));
}

Date Date::from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

std::int64_t Date::days_since_epoch() const {
    return days_from_civil(year_, month_, day_);
}

Weekday Date::weekday() const {
    // 1970-01-01 was a Thursday (4).
    const std::int64_t days = days_since_epoch();
    const std::int64_t iso = ((days % 7 + 7) % 7 + 3) % 7 + 1;
    return static_cast<Weekday>(iso);
}

std::string Date::iso() const {
    char buf[11];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
    return buf;
}

Date local_date(std::int64_t unix_ms, int utc_offset_minutes) {
    const std::int64_t local_ms = unix_ms + std::int64_t{utc_offset_minutes} * 60'000;
    const std::int64_t ms_per_day = 86'400'000;
    std::int64_t days = local_ms / ms_per_day;
    if (local_ms % ms_per_day < 0)
        --days;
    return Date::from_days(days);
}

}  // namespace pantau
