#include "report/report.h"

#include <array>
#include <charconv>

#include "core/timestamp.h"
#include "evaluation/evaluation.h"
#include "evaluation/evaluation_period.h"
#include "evaluation/predikat_curve.h"
#include "org/timezone.h"
#include "report/report_kinds.h"
#include "service/master_data.h"

namespace pantau::server {

namespace {

using nlohmann::json;

constexpr std::array<std::pair<std::string_view, ReportKind>, 7> kKinds = {{
    {"attendance-recap", ReportKind::AttendanceRecap},
    {"pp94", ReportKind::Pp94},
    {"discipline", ReportKind::Discipline},
    {"predikat", ReportKind::Predikat},
    {"ikm", ReportKind::Ikm},
    {"completeness", ReportKind::Completeness},
    {"training", ReportKind::Training},
}};

constexpr std::array<ReportKind, 7> kAllKinds = {
    ReportKind::AttendanceRecap, ReportKind::Pp94, ReportKind::Discipline,
    ReportKind::Predikat,        ReportKind::Ikm,  ReportKind::Completeness,
    ReportKind::Training};

Error bad(std::string message) {
    return Error{"bad_report_query", std::move(message)};
}

bool is_month(std::string_view text) {
    return text.size() == 7 && text[4] == '-' &&
           evaluation_period_kind(text) == PeriodKind::MONTHLY;
}

std::optional<int> year_of(std::string_view text) {
    if (evaluation_period_kind(text) != PeriodKind::ANNUAL)
        return std::nullopt;
    int year = 0;
    std::from_chars(text.data(), text.data() + text.size(), year);
    return year;
}

// Which filters a kind takes, for the message that refuses another.
std::string_view takes(ReportKind kind) {
    switch (kind) {
        case ReportKind::AttendanceRecap:
            return "month";
        case ReportKind::Pp94:
            return "year";
        case ReportKind::Discipline:
            return "year or month (of the case's opening), or neither";
        case ReportKind::Predikat:
            return "period and org_rating";
        case ReportKind::Ikm:
            return "period, year or month";
        case ReportKind::Completeness:
            return "date or month";
        case ReportKind::Training:
            return "year";
    }
    return "";
}

}  // namespace

std::span<const ReportKind> all_report_kinds() {
    return kAllKinds;
}

std::string_view to_string(ReportKind kind) {
    for (const auto& [name, k] : kKinds)
        if (k == kind)
            return name;
    return "attendance-recap";
}

std::optional<ReportKind> report_kind_from_string(std::string_view text) {
    for (const auto& [name, kind] : kKinds)
        if (name == text)
            return kind;
    return std::nullopt;
}

Result<ReportQuery> report_query(ReportKind kind, const ReportFilterText& text, std::int64_t now) {
    ReportQuery q;
    q.kind = kind;
    q.now = now;
    if (!text.unit.empty())
        q.unit = text.unit;
    if (!text.month.empty()) {
        if (!is_month(text.month))
            return bad("month must be YYYY-MM, not '" + text.month + "'.");
        q.month = text.month;
    }
    if (!text.year.empty()) {
        q.year = year_of(text.year);
        if (!q.year)
            return bad("year must be YYYY, not '" + text.year + "'.");
    }
    if (!text.period.empty()) {
        if (!evaluation_period_kind(text.period))
            return bad("period must be YYYY, YYYY-Qn or YYYY-MM, not '" + text.period + "'.");
        q.period = text.period;
    }
    if (!text.date.empty()) {
        q.date = Date::parse(text.date);
        if (!q.date)
            return bad("date must be YYYY-MM-DD, not '" + text.date + "'.");
    }
    if (!text.org_rating.empty()) {
        if (!predikat_curve_catalogue().find(text.org_rating))
            return bad(
                "org_rating must be a rating of the predikat_curve catalogue (ISTIMEWA, "
                "BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG), not '" +
                text.org_rating + "'.");
        q.org_rating = text.org_rating;
    }

    const bool month = q.month.has_value(), year = q.year.has_value(),
               period = q.period.has_value(), date = q.date.has_value(),
               rating = !text.org_rating.empty();
    bool fits = true;
    switch (kind) {
        case ReportKind::AttendanceRecap:
            fits = !year && !period && !date && !rating;
            break;
        case ReportKind::Pp94:
            fits = !month && !period && !date && !rating;
            break;
        case ReportKind::Discipline:
            fits = !(month && year) && !period && !date && !rating;
            break;
        case ReportKind::Predikat:
            fits = !month && !year && !date;
            break;
        case ReportKind::Ikm:
            fits = int(month) + int(year) + int(period) <= 1 && !date && !rating;
            break;
        case ReportKind::Completeness:
            fits = !(month && date) && !year && !period && !rating;
            break;
        case ReportKind::Training:
            fits = !month && !period && !date && !rating;
            break;
    }
    if (!fits)
        return bad("The " + std::string(to_string(kind)) + " report takes " +
                   std::string(takes(kind)) + ".");

    // Defaults: the current month, year or day at the server's fallback zone.
    const Date today = local_date(now, utc_offset_minutes_or_fallback(kFallbackTimeZone));
    char month_text[8];
    std::snprintf(month_text, sizeof month_text, "%04d-%02d", today.year(), today.month());
    if (kind == ReportKind::AttendanceRecap && !month)
        q.month = month_text;
    if ((kind == ReportKind::Pp94 || kind == ReportKind::Training) && !year)
        q.year = today.year();
    // Evaluations and surveys are read per quarter: the last whole one.
    if ((kind == ReportKind::Predikat || kind == ReportKind::Ikm) && !month && !year && !period)
        q.period = evaluation_period_due(today);
    if (kind == ReportKind::Ikm && month)
        q.period = q.month, q.month.reset();
    if (kind == ReportKind::Ikm && year)
        q.period = std::to_string(*q.year), q.year.reset();
    if (kind == ReportKind::Completeness && !month && !date)
        q.date = today;
    return q;
}

Result<Report> run_report(ServerTransaction& tx, const ReportQuery& query,
                          const std::optional<std::set<std::string>>& visible) {
    auto scope = ReportScope::load(tx, query.unit, visible);
    if (!scope)
        return scope.error();
    const auto catalogues = catalogues_in_force(tx);
    const report_detail::Context c{tx, query, *scope, *catalogues};
    switch (query.kind) {
        case ReportKind::AttendanceRecap:
            return report_detail::attendance_recap(c);
        case ReportKind::Pp94:
            return report_detail::pp94_indications(c);
        case ReportKind::Discipline:
            return report_detail::discipline_register(c);
        case ReportKind::Predikat:
            return report_detail::predikat_distribution(c);
        case ReportKind::Ikm:
            return report_detail::ikm(c);
        case ReportKind::Completeness:
            return report_detail::completeness(c);
        case ReportKind::Training:
            return report_detail::training_hours(c);
    }
    return Error{"bad_report_query", "Unknown report."};
}

const json& report_cell(const json& row, std::string_view key) {
    static const json null_value;
    const json* at = &row;
    while (true) {
        if (!at->is_object())
            return null_value;
        const auto dot = key.find('.');
        const auto it = at->find(key.substr(0, dot));
        if (it == at->end())
            return null_value;
        if (dot == std::string_view::npos)
            return *it;
        at = &*it;
        key.remove_prefix(dot + 1);
    }
}

namespace report_detail {

Report start_report(const Context& c, std::string title_id, std::string title_en) {
    Report r;
    r.kind = c.query.kind;
    r.title_id = std::move(title_id);
    r.title_en = std::move(title_en);
    if (c.query.unit) {
        const std::string unit = c.scope.unit_name(*c.query.unit) + " (" + *c.query.unit + ")";
        r.filters.push_back(
            {"Unit", "Unit", unit + " dan sub-unitnya", unit + " and its sub-units"});
    } else {
        r.filters.push_back(
            {"Unit", "Unit", "Semua unit yang dapat Anda lihat", "Every unit you may see"});
    }
    r.filters.push_back({"Dibuat", "Generated", format_timestamp(c.query.now), ""});
    return r;
}

std::pair<Date, Date> month_dates(const std::string& month) {
    return *evaluation_period_dates(month);
}

std::optional<Date> counted_until(Date first, Date last, Date today) {
    const Date yesterday = today.plus_days(-1);
    const Date until = last < yesterday ? last : yesterday;
    if (until < first)
        return std::nullopt;
    return until;
}

Date report_today(const Context& c) {
    const auto& units = c.scope.units();
    return units.empty()
               ? local_date(c.query.now, utc_offset_minutes_or_fallback(kFallbackTimeZone))
               : c.scope.local(c.query.now, units.front()->id);
}

double percent(int hundredths) {
    return hundredths / 100.0;
}

}  // namespace report_detail

}  // namespace pantau::server
