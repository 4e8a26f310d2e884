#include "org/nip.h"

#include <string>
#include <tuple>

#include "core/json_fields.h"

namespace pantau {

namespace {

constexpr std::size_t kNipLength = 18;
constexpr int kPnsMinimumAge = 18;
constexpr int kPppkMinimumAge = 20;

int digits_value(std::string_view digits) {
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

std::string label(EmployeeKind kind) {
    return kind == EmployeeKind::PNS ? "NIP" : "NI PPPK";
}

// Decodes what can be decoded and records every refusal in `problems`.
std::optional<NipParts> decode(std::string_view nip, EmployeeKind kind, std::string_view field,
                               Problems& problems) {
    const std::string f(field), l = label(kind);
    const std::size_t before = problems.size();
    bool digits_only = true;
    for (char c : nip)
        if (c < '0' || c > '9')
            digits_only = false;
    if (!digits_only)
        add_problem(problems, f, "nip_not_digits", l + " hanya boleh berisi angka, tanpa spasi.",
                    "The " + l + " may contain digits only, without spaces.");
    if (nip.size() != kNipLength)
        add_problem(problems, f, "nip_length",
                    l + " harus 18 digit; yang diisi " + std::to_string(nip.size()) + " karakter.",
                    "The " + l + " must have 18 digits; " + std::to_string(nip.size()) +
                        " characters were given.");
    if (problems.size() != before)
        return std::nullopt;

    NipParts parts;
    const auto birth = Date::parse_compact(nip.substr(0, 8));
    if (!birth)
        add_problem(problems, f, "nip_birth_date",
                    "Digit 1-8 " + l + " harus tanggal lahir yang sah (TTTTBBHH).",
                    "Digits 1-8 of the " + l + " must be a real birth date (YYYYMMDD).");
    parts.appointment_year = digits_value(nip.substr(8, 4));
    const int digits_13_14 = digits_value(nip.substr(12, 2));
    if (kind == EmployeeKind::PNS) {
        if (digits_13_14 < 1 || digits_13_14 > 12)
            add_problem(problems, f, "nip_tmt_month",
                        "Digit 13-14 NIP adalah bulan TMT CPNS dan harus 01 sampai 12.",
                        "Digits 13-14 of the NIP are the month of the TMT CPNS and must be 01 to "
                        "12.");
        else
            parts.appointment_month = digits_13_14;
    } else {
        if (nip[12] != '2')
            add_problem(problems, f, "nip_pppk_mark",
                        "Digit 13 NI PPPK harus 2 (tanda nomor PPPK).",
                        "Digit 13 of the NI PPPK must be 2 (the mark of a PPPK number).");
        if (parts.appointment_year < kFirstPppkYear)
            add_problem(problems, f, "nip_pppk_year",
                        "Tahun pengangkatan NI PPPK (digit 9-12) tidak boleh sebelum " +
                            std::to_string(kFirstPppkYear) + " (PP 49/2018).",
                        "The appointment year of the NI PPPK (digits 9-12) cannot be before " +
                            std::to_string(kFirstPppkYear) + " (PP 49/2018).");
        parts.pppk_digit_14 = digits_13_14 % 10;
    }
    parts.gender = nip[14] - '0';
    if (parts.gender != 1 && parts.gender != 2)
        add_problem(problems, f, "nip_gender",
                    "Digit 15 " + l + " harus 1 (laki-laki) atau 2 (perempuan).",
                    "Digit 15 of the " + l + " must be 1 (male) or 2 (female).");
    parts.sequence = digits_value(nip.substr(15, 3));
    if (parts.sequence == 0)
        add_problem(problems, f, "nip_sequence",
                    "Nomor urut " + l + " (digit 16-18) tidak boleh 000.",
                    "The sequence number of the " + l + " (digits 16-18) must not be 000.");

    if (birth) {
        parts.birth = *birth;
        // A PNS's TMT is the first day of its month; a PPPK's appointment is
        // known to the year only, so it is refused only when surely too early.
        const bool before_birth =
            kind == EmployeeKind::PNS
                ? parts.appointment_month &&
                      std::tuple(parts.appointment_year, *parts.appointment_month, 1) <=
                          std::tuple(birth->year(), birth->month(), birth->day())
                : parts.appointment_year < birth->year();
        if (before_birth)
            add_problem(problems, f, "nip_tmt_before_birth",
                        "Tanggal pengangkatan dalam " + l + " tidak boleh sebelum tanggal lahir.",
                        "The appointment date in the " + l + " must be after the birth date.");
    }
    if (problems.size() != before)
        return std::nullopt;
    return parts;
}

}  // namespace

int minimum_appointment_age(EmployeeKind kind) {
    return kind == EmployeeKind::PPPK ? kPppkMinimumAge : kPnsMinimumAge;
}

bool has_reached_age(const Date& birth, int years, const Date& day) {
    return std::tuple(birth.year() + years, birth.month(), birth.day()) <=
           std::tuple(day.year(), day.month(), day.day());
}

Problems validate_nip(std::string_view nip, EmployeeKind kind, std::string_view field) {
    Problems problems;
    decode(nip, kind, field, problems);
    return problems;
}

std::optional<NipParts> parse_nip(std::string_view nip, EmployeeKind kind) {
    Problems problems;
    return decode(nip, kind, "nip", problems);
}

Problems nip_warnings(std::string_view nip, EmployeeKind kind, std::string_view field) {
    Problems warnings;
    const auto parts = parse_nip(nip, kind);
    if (!parts)
        return warnings;
    // The appointment day, or for a PPPK the last day it can be (the number
    // holds its year only), so only a surely young appointment is flagged.
    const auto appointed =
        parts->appointment_month
            ? Date::from_ymd(parts->appointment_year, *parts->appointment_month, 1)
            : Date::from_ymd(parts->appointment_year, 12, 31);
    const int minimum = minimum_appointment_age(kind);
    if (appointed && !has_reached_age(parts->birth, minimum, *appointed)) {
        const std::string l = label(kind), age = std::to_string(minimum);
        add_problem(warnings, std::string(field), "nip_young_at_tmt",
                    "Menurut " + l + ", pegawai diangkat sebelum berusia " + age +
                        " tahun; periksa kembali.",
                    "According to the " + l + ", the employee was appointed before turning " + age +
                        "; please check.");
    }
    return warnings;
}

}  // namespace pantau
