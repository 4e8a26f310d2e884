// Date: a civil (calendar) date without a time zone. Attendance dates are the
// local dates of a unit, so they are never derived from a UTC instant here.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pantau {

enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

class Date {
  public:
    constexpr Date() = default;

    // nullopt when y/m/d is not a real date (1900..9999).
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Strict "YYYY-MM-DD".
    static std::optional<Date> parse(std::string_view iso);
    // Compact "YYYYMMDD", as in a NIP.
    static std::optional<Date> parse_compact(std::string_view digits);
    static Date from_days(std::int64_t days_since_epoch);

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }

    std::int64_t days_since_epoch() const;  // 1970-01-01 is 0
    Weekday weekday() const;
    Date plus_days(std::int64_t n) const { return from_days(days_since_epoch() + n); }
    std::string iso() const;

    auto operator<=>(const Date&) const = default;

  private:
    constexpr Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
    int year_ = 1970;
    int month_ = 1;
    int day_ = 1;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Local calendar date of a UTC instant for a fixed UTC offset (Indonesian
// zones have no daylight saving: WIB +7, WITA +8, WIT +9).
Date local_date(std::int64_t unix_ms, int utc_offset_minutes);

}  // namespace pantau
