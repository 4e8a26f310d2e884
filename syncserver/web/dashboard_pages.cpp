// The dashboard's reading pages: the overview, each report, a case, and the
// public IKM page.
#include <algorithm>
#include <cstdio>

#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "discipline/event_order.h"
#include "evaluation/evaluation_period.h"
#include "org/timezone.h"
#include "records/case_progress.h"
#include "report/report_render.h"
#include "report/report_scope.h"
#include "service/master_data.h"
#include "web/charts.h"
#include "web/dashboard_context.h"

namespace pantau::server::web {

namespace {

// A step's note with what it records beyond it: who decided, the day
// count's proposal and the reason to differ, the close reason, the outcome.
template <typename Lang>
std::string step_details(const DisciplineEvent& ev, const Lang& l) {
    std::string text = ev.note.value_or("");
    const auto add = [&](std::string_view label, const std::string& value) {
        text += (text.empty() ? "" : " · ") + std::string(label) + value;
    };
    if (ev.decided_by)
        add(l.t("Diputus oleh ", "Decided by "), ev.decided_by->name + " (" +
                                                     ev.decided_by->position + ", " +
                                                     ev.decided_by->authority + ")");
    if (ev.proposed_sanction)
        add(l.t("Usulan ", "Proposed "), *ev.proposed_sanction);
    if (ev.deviation_reason)
        add(l.t("Alasan berbeda: ", "Why it differs: "), *ev.deviation_reason);
    if (ev.close_reason)
        add(l.t("Alasan penutupan: ", "Closed for: "), *ev.close_reason);
    if (ev.outcome)
        add(l.t("Hasil: ", "Outcome: "), *ev.outcome);
    return text;
}

}  // namespace

namespace {

using nlohmann::json;

std::string text_of(const json& value) {
    if (value.is_null())
        return "";
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_float()) {
        char text[32];
        std::snprintf(text, sizeof text, "%.2f", value.get<double>());
        return text;
    }
    return value.dump();
}

Language language(const Lang& lang) {
    return lang.en ? Language::En : Language::Id;
}

std::string report_title(ReportKind kind, const Lang& lang) {
    switch (kind) {
        case ReportKind::AttendanceRecap:
            return std::string(lang.t("Rekap kehadiran bulanan", "Monthly attendance recap"));
        case ReportKind::Pp94:
            return std::string(lang.t("Indikasi PP 94/2021", "PP 94/2021 indications"));
        case ReportKind::Discipline:
            return std::string(lang.t("Register kasus disiplin", "Discipline case register"));
        case ReportKind::Predikat:
            return std::string(lang.t("Sebaran predikat kinerja", "Distribution of predikat"));
        case ReportKind::Ikm:
            return std::string(
                lang.t("Indeks Kepuasan Masyarakat", "Community satisfaction index"));
        case ReportKind::Completeness:
            return std::string(lang.t("Kelengkapan pencatatan", "Completeness of the roll calls"));
        case ReportKind::Training:
            return std::string(
                lang.t("Pengembangan kompetensi (JP)", "Competency development (JP)"));
    }
    return "Pantau";
}

// A row's class: what needs attention stands out.
std::string row_class(ReportKind kind, const json& row) {
    if (kind == ReportKind::Pp94 && row.value("acted_on", true) == false)
        return " class=\"alert\"";
    if (kind == ReportKind::Discipline && row.value("overdue", false))
        return " class=\"alert\"";
    if (kind == ReportKind::Completeness && row.value("nothing_recorded", false))
        return " class=\"alert\"";
    if (kind == ReportKind::Predikat && row.value("above_curve", false))
        return " class=\"warn\"";
    if (kind == ReportKind::Training && row.value("short", false))
        return " class=\"warn\"";
    return "";
}

constexpr std::size_t kRowsShown = 300;

// The report's table: the labels of the page's language, numbers right
// aligned, a case id linked to its page, at most kRowsShown rows.
std::string table_of(const Report& r, const Lang& lang) {
    const Language l = language(lang);
    std::string html = "<div class=\"scroll\"><table><thead><tr>";
    // Ids are for downloads and programs; a person reads the unit's name.
    const auto shown = [](const ReportColumn& c) { return c.key != "unit_id"; };
    for (const auto& c : r.columns)
        if (shown(c))
            html += "<th scope=\"col\">" + esc(lang.en ? c.label_en : c.label_id) + "</th>";
    html += "</tr></thead><tbody>";
    const auto cells = [&](const json& row, bool total) {
        std::string out;
        bool labelled = false;
        for (const auto& c : r.columns) {
            if (!shown(c))
                continue;
            const json value = flat_cell(row, c, l);
            std::string text = text_of(value);
            if (total && value.is_null() && c.type == CellType::Text && !labelled) {
                text = std::string(lang.t("Jumlah", "Total"));
                labelled = true;
            }
            const bool number = c.type == CellType::Integer || c.type == CellType::Number;
            out += number ? "<td class=\"num\">" : "<td>";
            if (c.key == "case_id" && !text.empty())
                out += "<a href=\"/kasus/" + esc(text) + "\">" + esc(text.substr(0, 8)) + "</a>";
            else
                out += esc(text);
            out += "</td>";
        }
        return out;
    };
    for (std::size_t i = 0; i < r.rows.size() && i < kRowsShown; ++i)
        html += "<tr" + row_class(r.kind, r.rows[i]) + ">" + cells(r.rows[i], false) + "</tr>";
    html += "</tbody>";
    if (!r.totals.empty()) {
        html += "<tfoot>";
        for (const auto& row : r.totals)
            html += "<tr>" + cells(row, true) + "</tr>";
        html += "</tfoot>";
    }
    html += "</table></div>";
    if (r.rows.size() > kRowsShown)
        html += "<p class=\"hint\">" + std::string(lang.t("Ditampilkan ", "Showing ")) +
                std::to_string(kRowsShown) + std::string(lang.t(" dari ", " of ")) +
                std::to_string(r.rows.size()) +
                std::string(lang.t(" baris; unduh untuk semuanya.", " rows; download for all.")) +
                "</p>";
    if (r.rows.empty())
        html +=
            "<p class=\"empty\">" +
            std::string(lang.t("Tidak ada baris untuk filter ini.", "No rows for these filters.")) +
            "</p>";
    return html;
}

std::string filters_of(const Report& r, const Lang& lang) {
    std::string html = "<dl class=\"filters\">";
    for (const auto& f : r.filters)
        html += "<dt>" + esc(lang.en ? f.label_en : f.label_id) + "</dt><dd>" +
                esc(lang.en && !f.value_en.empty() ? f.value_en : f.value) + "</dd>";
    return html + "</dl>";
}

std::string chart_of(const Report& r, const Lang& lang) {
    if (r.kind == ReportKind::AttendanceRecap && r.series.contains("trend")) {
        const json& trend = r.series["trend"];
        std::vector<std::string> days;
        for (const auto& d : trend["dates"])
            days.push_back(d.get<std::string>().substr(8, 2));
        std::vector<HeatRow> rows;
        for (const auto& u : trend["units"]) {
            HeatRow row{u["unit_name"].get<std::string>(), {}};
            const int staff = u["staff"].get<int>();
            for (const auto& n : u["present"])
                row.cells.push_back(staff ? std::optional<double>(n.get<int>() / double(staff))
                                          : std::nullopt);
            rows.push_back(std::move(row));
        }
        if (rows.empty() || days.empty())
            return "";
        return heatmap(
            std::string(lang.t("Pegawai hadir per hari kerja (bagian dari pegawai aktif)",
                               "Staff present per working day (share of active staff)")),
            days, rows);
    }
    if (r.kind == ReportKind::Predikat) {
        std::vector<std::string> parts;
        const char* codes[] = {"SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"};
        for (const auto& c : r.columns)
            if (c.key.starts_with("count."))
                parts.push_back(lang.en ? c.label_en : c.label_id);
        std::vector<StackRow> rows;
        std::vector<std::optional<double>> caps;
        for (const auto& row : r.rows) {
            if (row["final"].get<int>() == 0)
                continue;
            StackRow s{row["unit_name"].get<std::string>(), {}};
            for (const char* code : codes)
                s.shares.push_back(
                    row["percent"][code].is_number() ? row["percent"][code].get<double>() : 0.0);
            rows.push_back(std::move(s));
            if (caps.empty())
                for (const char* code : codes)
                    caps.push_back(
                        row["max_percent"][code].is_number()
                            ? std::optional<double>(row["max_percent"][code].get<double>())
                            : std::nullopt);
        }
        if (rows.empty())
            return "";
        return stacked_chart(
            std::string(lang.t("Sebaran predikat penilaian final; garis: batas kurva",
                               "Predikat of FINAL evaluations; lines: the curve's caps")),
            parts, rows, caps);
    }
    if (r.kind == ReportKind::Ikm) {
        std::vector<Bar> bars;
        for (const auto& row : r.rows) {
            if (!row["converted"].is_number())
                continue;
            const double v = row["converted"].get<double>();
            std::string text = text_of(row["converted"]) + " " + text_of(row["quality"]);
            if (row["provisional"].get<bool>())
                text += std::string(lang.t(" (sementara)", " (provisional)"));
            bars.push_back({row["unit_name"].get<std::string>(), v,
                            "q-" + text_of(row["quality"]) +
                                (row["provisional"].get<bool>() ? " provisional" : ""),
                            text});
        }
        if (bars.empty())
            return "";
        return bar_chart(
            std::string(lang.t("Nilai IKM per unit (25-100)", "IKM per unit (25-100)")), bars, 25,
            100);
    }
    if (r.kind == ReportKind::Completeness) {
        std::vector<Bar> bars;
        for (const auto& row : r.rows) {
            const int staff = row["staff"].get<int>();
            const int days = row["working_days"].get<int>();
            if (staff == 0 || days == 0)
                continue;
            const double share = std::min(1.0, row["records"].get<int>() / double(staff * days));
            char text[16];
            std::snprintf(text, sizeof text, "%.0f %%", share * 100);
            bars.push_back({row["unit_name"].get<std::string>(), share,
                            share >= 0.999 ? "ok"
                            : share > 0    ? "partial"
                                           : "none",
                            text});
        }
        if (bars.empty())
            return "";
        return bar_chart(std::string(lang.t("Hari pegawai yang tercatat", "Staff-days recorded")),
                         bars, 0, 1);
    }
    return "";
}

// The filter form of a report: the unit and the range its kind takes.
std::string filter_form(ReportKind kind, const Query& query,
                        const std::vector<const ReportUnit*>& units, const Lang& lang) {
    const auto value = [&](const char* key) { return esc(get(query, key)); };
    std::string html = "<form class=\"filter\" method=\"get\"><label>Unit<select name=\"unit\">";
    html += "<option value=\"\">" + std::string(lang.t("Semua unit", "All units")) + "</option>";
    for (const ReportUnit* u : units)
        html += "<option value=\"" + esc(u->id) + "\"" +
                (get(query, "unit") == u->id ? " selected" : "") + ">" + esc(u->name) + "</option>";
    html += "</select></label>";
    const auto field = [&](const char* key, const char* type, std::string_view label,
                           const char* hint) {
        html += "<label>" + std::string(label) + "<input name=\"" + key + "\" type=\"" + type +
                "\" value=\"" + value(key) + "\" placeholder=\"" + hint + "\"></label>";
    };
    switch (kind) {
        case ReportKind::AttendanceRecap:
            field("month", "month", lang.t("Bulan", "Month"), "2026-11");
            break;
        case ReportKind::Pp94:
            field("year", "number", lang.t("Tahun", "Year"), "2026");
            break;
        case ReportKind::Discipline:
            field("year", "number", lang.t("Dibuka tahun", "Opened in year"), "2026");
            break;
        case ReportKind::Predikat:
            field("period", "text", lang.t("Periode", "Period"), "2026-Q3");
            html += "<label>" +
                    std::string(lang.t("Predikat organisasi", "Organisation's rating")) +
                    "<select name=\"org_rating\">";
            for (const char* r : {"BAIK", "ISTIMEWA", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"})
                html += std::string("<option") +
                        (get(query, "org_rating") == r ? " selected" : "") + ">" + r + "</option>";
            html += "</select></label>";
            break;
        case ReportKind::Ikm:
            field("period", "text", lang.t("Periode", "Period"), "2026-Q3");
            break;
        case ReportKind::Completeness:
            field("date", "date", lang.t("Tanggal", "Date"), "2026-11-23");
            field("month", "month", lang.t("atau bulan", "or month"), "2026-11");
            break;
        case ReportKind::Training:
            field("year", "number", lang.t("Tahun", "Year"), "2026");
            break;
    }
    html +=
        "<button type=\"submit\">" + std::string(lang.t("Tampilkan", "Show")) + "</button></form>";
    return html;
}

ReportFilterText filters_from(const Query& q) {
    ReportFilterText t;
    t.unit = get(q, "unit");
    t.month = get(q, "month");
    t.year = get(q, "year");
    t.period = get(q, "period");
    t.date = get(q, "date");
    t.org_rating = get(q, "org_rating");
    return t;
}

// The filters as a query string again, for the download links.
std::string query_string(const ReportFilterText& t) {
    std::string out;
    for (const auto& [key, value] : {std::pair{"unit", t.unit},
                                     {"month", t.month},
                                     {"year", t.year},
                                     {"period", t.period},
                                     {"date", t.date},
                                     {"org_rating", t.org_rating}})
        if (!value.empty())
            out += std::string(out.empty() ? "" : "&") + key + "=" + percent_encode(value);
    return out;
}

}  // namespace

HttpResponse Dashboard::report_page(Context& c, ReportKind kind) {
    ReportFilterText filters = filters_from(c.query);
    // The recap HR opens is the one payroll needs: the last whole month.
    if (kind == ReportKind::AttendanceRecap && filters.month.empty()) {
        const Date today = local_date(c.now, utc_offset_minutes_or_fallback(kFallbackTimeZone));
        const Date last_month =
            Date::from_days(Date::from_ymd(today.year(), today.month(), 1)->days_since_epoch() - 1);
        char month[8];
        std::snprintf(month, sizeof month, "%04d-%02d", last_month.year(), last_month.month());
        filters.month = month;
        c.query["month"] = month;
    }
    const auto query = report_query(kind, filters, c.now);
    std::string body;
    std::vector<const ReportUnit*> units;
    std::optional<Report> report;
    std::string error;
    std::optional<ReportScope> scope;
    service_.store().read([&](ServerTransaction& tx) {
        auto loaded = ReportScope::load(tx, std::nullopt, visible_units(*c.caller));
        if (loaded)
            scope.emplace(std::move(*loaded));
        if (!query) {
            error = query.error().message;
            return;
        }
        auto made = run_report(tx, *query, visible_units(*c.caller));
        if (made)
            report = std::move(*made);
        else
            error = made.error().message;
    });
    if (scope)
        units = scope->units();
    // The form shows the range the report used, defaults included.
    if (query) {
        if (query->month && get(c.query, "month").empty() && get(c.query, "date").empty())
            c.query["month"] = *query->month;
        if (query->period && get(c.query, "period").empty())
            c.query["period"] = *query->period;
        if (query->year && get(c.query, "year").empty() &&
            (kind == ReportKind::Pp94 || kind == ReportKind::Training))
            c.query["year"] = std::to_string(*query->year);
        if (query->date && get(c.query, "date").empty() && get(c.query, "month").empty())
            c.query["date"] = query->date->iso();
    }
    body += filter_form(kind, c.query, units, c.lang);
    int status = 200;
    if (!report) {
        body += "<p class=\"error\" role=\"alert\">" + esc(error) + "</p>";
        status = error.find("outside") != std::string::npos ? 403 : 400;
    } else {
        const std::string q = query_string(filters);
        const std::string base = "/v1/reports/" + std::string(to_string(kind)) + "?" + q +
                                 (q.empty() ? "" : "&") + "lang=" + std::string(c.lang.code());
        body += "<p class=\"downloads\">" + std::string(c.lang.t("Unduh:", "Download:")) +
                " <a class=\"button\" href=\"" + esc(base + "&format=xlsx") + "\">XLSX</a>" +
                " <a class=\"button\" href=\"" + esc(base + "&format=csv&sep=%3B") + "\">CSV (;)" +
                "</a> <a class=\"button\" href=\"" + esc(base + "&format=csv") +
                "\">CSV (,)</a></p>";
        body += filters_of(*report, c.lang);
        body += chart_of(*report, c.lang);
        body += table_of(*report, c.lang);
        service_.store().write([&](ServerTransaction& tx) {
            tx.add_audit({0,
                          c.now,
                          c.viewer->user.id,
                          c.caller->device.id,
                          c.request.remote_address,
                          "report_view",
                          {{"kind", to_string(kind)}, {"rows", report->rows.size()}}});
        });
    }
    return page(c, {report_title(kind, c.lang), std::string(to_string(kind)), "", body}, status);
}

HttpResponse Dashboard::overview(Context& c) {
    const auto visible = visible_units(*c.caller);
    std::optional<Report> today, pp94, cases;
    service_.store().read([&](ServerTransaction& tx) {
        const auto run = [&](ReportKind kind) -> std::optional<Report> {
            auto q = report_query(kind, {}, c.now);
            if (!q)
                return std::nullopt;
            auto r = run_report(tx, *q, visible);
            return r ? std::optional<Report>(std::move(*r)) : std::nullopt;
        };
        today = run(ReportKind::Completeness);
        pp94 = run(ReportKind::Pp94);
        cases = run(ReportKind::Discipline);
    });
    const Lang& l = c.lang;
    std::string body = "<div class=\"cards\">";
    int silent = 0, empty_units = 0, unacted = 0, overdue = 0, due = 0;
    if (today)
        for (const auto& row : today->rows) {
            silent += row["silent_devices"].get<int>();
            empty_units += row["nothing_recorded"].get<bool>() ? 1 : 0;
        }
    if (pp94)
        for (const auto& row : pp94->rows)
            unacted += row["acted_on"].get<bool>() ? 0 : 1;
    std::vector<const json*> urgent;
    if (cases)
        for (const auto& row : cases->rows) {
            if (row["overdue"].get<bool>()) {
                ++overdue;
                urgent.push_back(&row);
            } else if (row["working_days_left"].is_number() &&
                       row["working_days_left"].get<int>() <= 3) {
                ++due;
                urgent.push_back(&row);
            }
        }
    const auto card = [&](int n, std::string_view label, const char* href, bool bad) {
        body += std::string("<a class=\"card") + (bad && n > 0 ? " bad" : "") + "\" href=\"" +
                href + "\"><span class=\"n\">" + std::to_string(n) + "</span><span>" + esc(label) +
                "</span></a>";
    };
    card(empty_units, l.t("Unit tanpa catatan hari ini", "Units with nothing recorded today"),
         "/laporan/completeness", true);
    card(silent, l.t("Perangkat diam > 3 hari", "Devices silent > 3 days"), "/laporan/completeness",
         true);
    card(unacted, l.t("Indikasi PP 94 belum ditindaklanjuti", "PP 94 indications not acted on"),
         "/laporan/pp94", true);
    card(overdue, l.t("Batas waktu kasus terlewat", "Case limits overdue"), "/laporan/discipline",
         true);
    card(due, l.t("Batas waktu dalam 3 hari kerja", "Case limits within 3 working days"),
         "/laporan/discipline", false);
    body += "</div>";

    if (today) {
        body += "<section><h2>" + std::string(l.t("Kelengkapan hari ini", "Today's completeness")) +
                "</h2>";
        body += chart_of(*today, l);
        body += table_of(*today, l);
        body += "</section>";
    }
    if (pp94 && unacted > 0) {
        body += "<section><h2>" +
                std::string(
                    l.t("Indikasi PP 94 belum ditindaklanjuti", "PP 94 indications not acted on")) +
                "</h2><ul class=\"list\">";
        int shown = 0;
        for (const auto& row : pp94->rows) {
            if (row["acted_on"].get<bool>() || ++shown > 10)
                continue;
            body += "<li class=\"alert\">" + esc(text_of(row["name"])) + " (" +
                    esc(text_of(row["unit_name"])) + "): " + esc(text_of(row["total_days"])) +
                    std::string(l.t(" hari, indikasi ", " days, indicating ")) +
                    esc(text_of(row["sanction"])) + "</li>";
        }
        body += "</ul></section>";
    }
    if (!urgent.empty()) {
        body += "<section><h2>" + std::string(l.t("Batas waktu kasus", "Case limits")) +
                "</h2><ul class=\"list\">";
        for (const json* row : urgent) {
            const bool late = (*row)["overdue"].get<bool>();
            body += std::string("<li") + (late ? " class=\"alert\"" : "") + "><a href=\"/kasus/" +
                    esc(text_of((*row)["case_id"])) + "\">" + esc(text_of((*row)["name"])) +
                    "</a> (" + esc(text_of((*row)["unit_name"])) +
                    "): " + esc(text_of((*row)["next_limit"])) + " " +
                    esc(text_of((*row)["limit_date"])) +
                    (late ? std::string(l.t(", terlambat ", ", overdue by ")) +
                                text_of((*row)["overdue_working_days"]) +
                                std::string(l.t(" hari kerja", " working days"))
                          : std::string()) +
                    "</li>";
        }
        body += "</ul></section>";
    }
    return page(c, {std::string(l.t("Ringkasan", "Overview")), "overview", "", body});
}

HttpResponse Dashboard::case_page(Context& c, const std::string& case_id) {
    std::optional<sync::Change> record;
    std::vector<sync::Change> events;
    std::optional<ReportScope> scope;
    std::shared_ptr<const CatalogueSet> catalogues;
    service_.store().read([&](ServerTransaction& tx) {
        record = tx.current("discipline_case", case_id);
        if (!record || record->deleted)
            return;
        auto loaded = ReportScope::load(tx, std::nullopt, visible_units(*c.caller));
        if (loaded)
            scope.emplace(std::move(*loaded));
        events = tx.discipline_events(case_id);
        catalogues = catalogues_in_force(tx);
    });
    if (!record || record->deleted || !scope)
        return not_found(c);
    if (!scope->covers(record->unit_id))
        return not_found(c);  // another unit's case does not exist for this viewer
    const Lang& l = c.lang;
    Problems ignored;
    const DisciplineCase dc = DisciplineCase::from_json(record->data, ignored);
    std::vector<OrderedEvent> ordered;
    for (const auto& e : events) {
        if (e.deleted)
            continue;
        Problems problems;
        ordered.push_back({e.id, e.version, DisciplineEvent::from_json(e.data, problems)});
    }
    order_events(ordered);
    const auto steps = steps_of(ordered);
    const ReportEmployee* e = scope->employee(dc.employee_id);
    const WorkCalendar calendar =
        e ? scope->calendar_of(catalogues->work_calendar(), *e)
          : scope->unit_calendar(catalogues->work_calendar(), record->unit_id);
    const CaseProgress p =
        case_progress(steps, scope->utc_offset_minutes(record->unit_id),
                      scope->local(c.now, record->unit_id), *catalogues, calendar);
    std::string body = "<dl class=\"filters\">";
    const auto item = [&](std::string_view label, const std::string& value) {
        body += "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>";
    };
    item(l.t("Pegawai", "Employee"), e ? e->name + " (" + e->nip + ")" : dc.employee_id);
    item("Unit", scope->unit_name(record->unit_id));
    std::string cited = dc.article;
    for (const auto& other : dc.other_articles)
        cited += ", " + other;
    item(l.t("Pasal", "Article"), cited);
    item(l.t("Tingkat (perkiraan)", "Level (estimate)"), dc.level_estimate);
    item(l.t("Asal", "Source"), dc.source.value_or("-"));
    item(l.t("Ringkasan", "Summary"), dc.summary);
    item(l.t("Dibuka", "Opened"), local_time(dc.opened_at));
    item(l.t("Tahap sekarang", "Current state"), std::string(to_string(p.state)));
    if (p.next_due)
        item(l.t("Batas berikut", "Next limit"),
             std::string(l.en ? p.next_due->rule.description_en : p.next_due->rule.description_id) +
                 ": " + p.next_due->date.iso() +
                 (p.overdue ? std::string(l.t(" (terlambat ", " (overdue by ")) +
                                  std::to_string(p.overdue_working_days) +
                                  std::string(l.t(" hari kerja)", " working days)"))
                            : std::string()));
    if (const auto remedy = remedy_status(steps, scope->utc_offset_minutes(record->unit_id),
                                          *catalogues, calendar)) {
        item(l.t("Hukuman berlaku", "Sanction in force"), remedy->sanction.value_or("-"));
        if (remedy->remedy && remedy->filing_last_day)
            item(l.en ? remedy->remedy->title_en : remedy->remedy->title_id,
                 std::string(l.t("paling lambat ", "by ")) + remedy->filing_last_day->iso() +
                     (remedy->filed_on
                          ? std::string(l.t(", diajukan ", ", filed ")) + remedy->filed_on->iso()
                          : std::string()) +
                     (remedy->outcome ? " · " + *remedy->outcome : std::string()));
        if (remedy->effective_on)
            item(l.t("Berlaku mulai", "In effect from"), remedy->effective_on->iso());
    }
    body +=
        "</dl><h2>" +
        std::string(l.t("Riwayat langkah (tidak dapat diubah)", "History of steps (immutable)")) +
        "</h2><div class=\"scroll\"><table><thead><tr>";
    for (const auto h :
         {l.t("Waktu", "Time"), l.t("Langkah", "Step"), l.t("Oleh", "By"), l.t("Catatan", "Note"),
          l.t("Hukuman", "Sanction"), l.t("Dokumen", "Documents"), l.t("Koreksi atas", "Corrects"),
          l.t("Perangkat", "Device"), l.t("Versi", "Version")})
        body += "<th scope=\"col\">" + esc(h) + "</th>";
    body += "</tr></thead><tbody>";
    std::map<std::string, std::string> origin_of;
    for (const auto& ev : events)
        origin_of[ev.id] = ev.origin;
    for (const auto& o : ordered) {
        const DisciplineEvent& ev = o.event;
        body += std::string("<tr") + (ev.is_correction() ? " class=\"warn\"" : "") + "><td>" +
                esc(local_time(ev.at)) + "</td><td>" + esc(std::string(to_string(ev.step))) +
                "</td><td>" + esc(ev.actor) + "</td><td>" + esc(step_details(ev, l)) + "</td><td>" +
                esc(ev.sanction.value_or("")) + "</td><td class=\"num\">" +
                std::to_string(ev.documents.size()) + "</td><td>" +
                esc(ev.corrects ? ev.corrects->substr(0, 8) : "") + "</td><td>" +
                esc(origin_of[o.id].substr(0, 8)) + "</td><td><code>" + esc(o.version) +
                "</code></td></tr>";
    }
    body += "</tbody></table></div>";
    return page(c,
                {std::string(l.t("Kasus disiplin", "Discipline case")) + " " + case_id.substr(0, 8),
                 "discipline", "", body});
}

HttpResponse Dashboard::public_page(Context& c) {
    // The last quarter that has ended: the results citizens can see.
    ReportFilterText filters;
    filters.period =
        evaluation_period_due(local_date(c.now, utc_offset_minutes_or_fallback(kFallbackTimeZone)));
    std::optional<Report> report;
    service_.store().read([&](ServerTransaction& tx) {
        auto q = report_query(ReportKind::Ikm, filters, c.now);
        if (!q)
            return;
        auto r = run_report(tx, *q, std::nullopt);
        if (r)
            report = std::move(*r);
    });
    const Lang& l = c.lang;
    std::string body =
        "<p>" +
        std::string(l.t("Hasil Survei Kepuasan Masyarakat (SKM, PermenPANRB 14/2017) per unit "
                        "layanan untuk periode ",
                        "Results of the community satisfaction survey (SKM, PermenPANRB "
                        "14/2017) per service unit for the period ")) +
        esc(filters.period) + ". " +
        std::string(l.t("Hanya angka gabungan; tidak ada nama atau NIP.",
                        "Aggregates only; no name or NIP.")) +
        "</p>";
    if (report && !report->rows.empty()) {
        body += chart_of(*report, l);
        body +=
            "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Unit</th><th "
            "scope=\"col\">" +
            std::string(l.t("Responden", "Responses")) +
            "</th><th scope=\"col\">IKM</th><th scope=\"col\">" +
            std::string(l.t("Mutu", "Quality")) + "</th><th scope=\"col\">" +
            std::string(l.t("Keterangan", "Note")) + "</th></tr></thead><tbody>";
        for (const auto& row : report->rows)
            body += "<tr><td>" + esc(text_of(row["unit_name"])) + "</td><td class=\"num\">" +
                    esc(text_of(row["respondents"])) + "</td><td class=\"num\">" +
                    esc(text_of(row["converted"])) + "</td><td>" + esc(text_of(row["quality"])) +
                    " " + esc(text_of(l.en ? row["quality_label_en"] : row["quality_label"])) +
                    "</td><td>" +
                    (row["provisional"].get<bool>()
                         ? std::string(l.t("Sementara: sampel belum mencukupi",
                                           "Provisional: the sample is still small"))
                         : std::string()) +
                    "</td></tr>";
        body += "</tbody></table></div>";
    } else {
        body += "<p class=\"empty\">" +
                std::string(l.t("Belum ada hasil survei untuk periode ini.",
                                "No survey results for this period yet.")) +
                "</p>";
    }
    return page(
        c, {std::string(l.t("Hasil survei kepuasan masyarakat", "Community satisfaction results")),
            "public", "", body});
}

}  // namespace pantau::server::web
