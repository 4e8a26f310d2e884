#include "web/html.h"

#include <cstdio>

#include "core/date.h"
#include "org/timezone.h"

namespace pantau::server::web {

std::string esc(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out.push_back(c);
        }
    }
    return out;
}

std::string csrf_field(const Viewer& viewer) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(viewer.csrf) + "\">";
}

std::string local_time(std::optional<std::int64_t> unix_ms) {
    if (!unix_ms)
        return "-";
    const int offset = utc_offset_minutes_or_fallback(kFallbackTimeZone);
    const std::int64_t local = *unix_ms + static_cast<std::int64_t>(offset) * 60'000;
    const Date d = local_date(*unix_ms, offset);
    const std::int64_t in_day = ((local % 86'400'000) + 86'400'000) % 86'400'000;
    char text[32];
    std::snprintf(text, sizeof text, "%s %02d:%02d", d.iso().c_str(),
                  static_cast<int>(in_day / 3'600'000), static_cast<int>(in_day / 60'000 % 60));
    return text;
}

namespace {

struct NavEntry {
    const char* key;
    const char* href;
    const char* id;
    const char* en;
    bool supervisor, hr, oversight;
};

constexpr NavEntry kNav[] = {
    {"overview", "/", "Ringkasan", "Overview", true, true, true},
    {"attendance-recap", "/laporan/attendance-recap", "Rekap kehadiran", "Attendance", true, true,
     true},
    {"pp94", "/laporan/pp94", "Indikasi PP 94", "PP 94", true, true, true},
    {"discipline", "/laporan/discipline", "Kasus disiplin", "Cases", true, true, true},
    {"predikat", "/laporan/predikat", "Predikat", "Predikat", true, true, true},
    {"ikm", "/laporan/ikm", "IKM", "IKM", true, true, true},
    {"completeness", "/laporan/completeness", "Kelengkapan", "Completeness", true, true, true},
    {"training", "/laporan/training", "Kompetensi (JP)", "Training (JP)", true, true, true},
    {"devices", "/perangkat", "Perangkat", "Devices", false, true, true},
    {"codes", "/kode", "Kode pendaftaran", "Enrolment codes", false, true, false},
    {"audit", "/audit", "Audit", "Audit", false, false, true},
    {"public", "/publik", "Halaman publik", "Public page", true, true, true},
};

}  // namespace

std::string render_page(const Viewer* viewer, const Lang& lang, const PageParts& parts) {
    std::string html;
    html.reserve(parts.body.size() + 4096);
    html += "<!DOCTYPE html>\n<html lang=\"";
    html += lang.code();
    html +=
        "\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>";
    html += esc(parts.title);
    html +=
        " · Pantau</title><link rel=\"stylesheet\" href=\"/static/app.css\">"
        "<script src=\"/static/app.js\" defer></script></head><body>";
    html += "<header class=\"top\"><a class=\"brand\" href=\"/\">Pantau</a>";
    if (viewer) {
        html += "<nav aria-label=\"";
        html += lang.t("Menu utama", "Main menu");
        html += "\">";
        for (const auto& e : kNav) {
            const Role role = viewer->user.role;
            const bool allowed = role == Role::Hr          ? e.hr
                                 : role == Role::Oversight ? e.oversight
                                                           : e.supervisor;
            if (!allowed)
                continue;
            html += "<a href=\"";
            html += e.href;
            html += "\"";
            if (parts.active == e.key)
                html += " aria-current=\"page\"";
            html += ">";
            html += lang.t(e.id, e.en);
            html += "</a>";
        }
        html += "</nav>";
    }
    html += "<div class=\"account\">";
    const std::string separator = parts.path.find('?') == std::string::npos ? "?" : "&";
    html += "<a class=\"lang\" href=\"" + esc(parts.path + separator) +
            "lang=" + (lang.en ? "id\">Bahasa Indonesia" : "en\">English") + "</a>";
    if (viewer) {
        html += "<span class=\"who\">" + esc(viewer->user.name) + " (" +
                std::string(to_string(viewer->user.role)) + ")</span>";
        html += "<form method=\"post\" action=\"/keluar\">" + csrf_field(*viewer) +
                "<button type=\"submit\">" + std::string(lang.t("Keluar", "Sign out")) +
                "</button></form>";
    }
    html += "</div></header><main>";
    html += "<h1>" + esc(parts.title) + "</h1>";
    html += parts.body;
    html += "</main><footer>Pantau · ";
    html += lang.t("Pengawasan lapangan ASN", "Field supervision of civil servants");
    html += "</footer></body></html>\n";
    return html;
}

}  // namespace pantau::server::web
