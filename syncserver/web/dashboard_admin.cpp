// The dashboard's administrative pages: devices (and revoking one),
// enrolment codes with their QR, and the audit log with the conflicts and
// rejected changes oversight follows up.
#include <algorithm>
#include <map>

#include "core/json_fields.h"
#include "core/timestamp.h"
#include "org/timezone.h"
#include "service/directory.h"
#include "web/dashboard_context.h"
#include "web/qr.h"

namespace pantau::server::web {

namespace {

using nlohmann::json;

std::string unit_names(const std::vector<std::string>& ids,
                       const std::map<std::string, std::string>& names) {
    std::string out;
    for (const auto& id : ids) {
        const auto it = names.find(id);
        out += (out.empty() ? "" : ", ") + (it == names.end() ? id : it->second);
    }
    return out;
}

std::map<std::string, std::string> unit_name_map(ServerTransaction& tx) {
    std::map<std::string, std::string> names;
    for (const auto& u : tx.records_of_type("unit"))
        if (!u.deleted)
            names[u.id] = text_or_empty(u.data, "name");
    return names;
}

}  // namespace

HttpResponse Dashboard::devices_page(Context& c, const std::string& notice) {
    if (c.viewer->user.role == Role::Supervisor)
        return forbidden(c);
    const Lang& l = c.lang;
    const bool may_revoke = c.viewer->user.role == Role::Hr;
    std::vector<Device> devices;
    std::map<std::string, User> users;
    std::map<std::string, std::string> names;
    service_.store().read([&](ServerTransaction& tx) {
        devices = tx.devices();
        for (auto& u : tx.users())
            users.emplace(u.id, std::move(u));
        names = unit_name_map(tx);
    });
    std::sort(devices.begin(), devices.end(), [](const Device& a, const Device& b) {
        return a.last_seen_at.value_or(0) > b.last_seen_at.value_or(0);
    });
    std::string body;
    if (!notice.empty())
        body += "<p class=\"notice\" role=\"status\">" + esc(notice) + "</p>";
    body += "<div class=\"scroll\"><table><thead><tr>";
    for (const auto h :
         {l.t("Perangkat", "Device"), l.t("Pengguna", "User"), l.t("Peran", "Role"),
          l.t("Unit", "Units"), l.t("Didaftarkan", "Enrolled"),
          l.t("Sinkron terakhir", "Last sync"), l.t("Alamat", "Address"),
          l.t("Selisih jam", "Clock skew"), l.t("Status", "Status"), std::string_view()})
        body += "<th scope=\"col\">" + esc(h) + "</th>";
    body += "</tr></thead><tbody>";
    constexpr std::int64_t kSilentMs = 3LL * 24 * 3600 * 1000;
    for (const auto& d : devices) {
        const auto user = users.find(d.user_id);
        const bool silent =
            !d.revoked_at && (!d.last_seen_at || c.now - *d.last_seen_at > kSilentMs);
        body += std::string("<tr") +
                (d.revoked_at ? " class=\"muted\""
                 : silent     ? " class=\"warn\""
                              : "") +
                " data-device=\"" + esc(d.id) + "\"><td>" + esc(d.name) + "<br><code>" +
                esc(d.id.substr(0, 8)) + "</code></td><td>" +
                esc(user == users.end() ? d.user_id : user->second.name) + "</td><td>" +
                esc(user == users.end() ? "" : std::string(to_string(user->second.role))) +
                "</td><td>" +
                esc(user == users.end() ? "" : unit_names(user->second.units, names)) +
                "</td><td>" + esc(local_time(d.enrolled_at)) + "</td><td>" +
                esc(local_time(d.last_seen_at)) + "</td><td>" + esc(d.last_address) +
                "</td><td class=\"num\">" +
                esc(d.clock_skew_ms ? std::to_string(*d.clock_skew_ms / 1000) + " s" : "-") +
                "</td><td>";
        if (d.revoked_at)
            body += esc(std::string(l.t("dicabut ", "revoked ")) + local_time(*d.revoked_at));
        else
            body += esc(silent ? l.t("diam > 3 hari", "silent > 3 days") : l.t("aktif", "active"));
        body += "</td><td>";
        if (may_revoke && !d.revoked_at)
            body += "<form method=\"post\" action=\"/perangkat/cabut\" data-confirm=\"" +
                    esc(std::string(l.t("Cabut perangkat ", "Revoke device ")) + d.name + "?") +
                    "\">" + csrf_field(*c.viewer) +
                    "<input type=\"hidden\" name=\"device\" value=\"" + esc(d.id) +
                    "\"><button type=\"submit\" class=\"danger\">" +
                    std::string(l.t("Cabut", "Revoke")) + "</button></form>";
        body += "</td></tr>";
    }
    body += "</tbody></table></div>";
    if (devices.empty())
        body += "<p class=\"empty\">" +
                std::string(l.t("Belum ada perangkat.", "No devices yet.")) + "</p>";
    return page(c, {std::string(l.t("Perangkat", "Devices")), "devices", "/perangkat", body});
}

HttpResponse Dashboard::revoke_device(Context& c) {
    if (c.viewer->user.role != Role::Hr)
        return forbidden(c);
    const std::string id(get(c.form, "device"));
    bool revoked = false;
    service_.store().write([&](ServerTransaction& tx) {
        revoked = !id.empty() && tx.revoke_device(id, c.now);
        if (revoked)
            tx.add_audit({0,
                          c.now,
                          c.viewer->user.id,
                          c.caller->device.id,
                          c.request.remote_address,
                          "device_revoke",
                          {{"device_id", id}}});
    });
    if (!revoked)
        return devices_page(c,
                            std::string(c.lang.t("Perangkat tidak dikenal.", "Unknown device.")));
    return devices_page(c, std::string(c.lang.t("Perangkat dicabut; permintaan berikutnya ditolak.",
                                                "Device revoked; its next request is refused.")));
}

HttpResponse Dashboard::codes_page(Context& c) {
    if (c.viewer->user.role != Role::Hr)
        return forbidden(c);
    const Lang& l = c.lang;
    std::vector<User> users;
    std::map<std::string, std::string> names;
    service_.store().read([&](ServerTransaction& tx) {
        users = tx.users();
        names = unit_name_map(tx);
    });
    std::string body = "<p>" +
                       std::string(l.t("Kode sekali pakai untuk mendaftarkan HP seorang pengguna. "
                                       "Tunjukkan kodenya atau pindai QR-nya dari aplikasi.",
                                       "A one-time code that enrols a user's phone. Show the "
                                       "code, or scan its QR from the app.")) +
                       "</p><form class=\"filter\" method=\"post\" action=\"/kode\">" +
                       csrf_field(*c.viewer) + "<label>" + std::string(l.t("Pengguna", "User")) +
                       "<select name=\"user\" required>";
    for (const auto& u : users)
        body += "<option value=\"" + esc(u.id) + "\">" + esc(u.name) + " (" +
                std::string(to_string(u.role)) +
                (u.units.empty() ? "" : ": " + unit_names(u.units, names)) + ")</option>";
    body += "</select></label><label>" + std::string(l.t("Berlaku", "Valid for")) +
            "<select name=\"ttl\"><option value=\"24\">24 " + std::string(l.t("jam", "hours")) +
            "</option><option value=\"72\" selected>72 " + std::string(l.t("jam", "hours")) +
            "</option><option value=\"168\">7 " + std::string(l.t("hari", "days")) +
            "</option></select></label><button type=\"submit\">" +
            std::string(l.t("Buat kode", "Issue a code")) + "</button></form>";
    return page(c,
                {std::string(l.t("Kode pendaftaran", "Enrolment codes")), "codes", "/kode", body});
}

HttpResponse Dashboard::issue_code(Context& c) {
    if (c.viewer->user.role != Role::Hr)
        return forbidden(c);
    const Lang& l = c.lang;
    const std::string user_id(get(c.form, "user"));
    const std::string ttl_text(get(c.form, "ttl"));
    const std::int64_t hours = ttl_text == "24" ? 24 : ttl_text == "168" ? 168 : 72;
    const std::int64_t ttl = hours * 3'600'000;
    std::optional<Result<std::string>> code;
    std::optional<User> user;
    service_.store().write([&](ServerTransaction& tx) {
        user = tx.user(user_id);
        if (!user)
            return;
        code.emplace(issue_enroll_code(tx, user_id, ttl, c.now));
        if (*code)
            tx.add_audit({0,
                          c.now,
                          c.viewer->user.id,
                          c.caller->device.id,
                          c.request.remote_address,
                          "enroll_code",
                          {{"for_user_id", user_id}, {"expires_at", c.now + ttl}}});
    });
    if (!user || !code || !*code)
        return page(
            c,
            {std::string(l.t("Kode pendaftaran", "Enrolment codes")), "codes", "/kode",
             "<p class=\"error\" role=\"alert\">" +
                 esc(code && !*code
                         ? (*code).error().message
                         : std::string(l.t("Pengguna tidak dikenal.", "Unknown user."))) +
                 "</p><p><a href=\"/kode\">" + std::string(l.t("Kembali", "Back")) + "</a></p>"},
            400);
    const std::string server = (c.request.secure ? "https://" : "http://") + c.request.host;
    const std::string uri = enrolment_uri(server, **code);
    std::string body =
        "<div class=\"code\"><p>" + std::string(l.t("Untuk", "For")) + " <strong>" +
        esc(user->name) + "</strong></p><p class=\"big\" id=\"enroll-code\">" + esc(**code) +
        "</p>" + qr_svg(uri) + "<p class=\"hint\">" +
        esc(std::string(l.t("Server: ", "Server: ")) + server) + "<br>" +
        esc(std::string(l.t("Berlaku sampai ", "Valid until ")) + local_time(c.now + ttl)) +
        "<br><code id=\"enroll-uri\">" + esc(uri) + "</code></p></div><p><a href=\"/kode\">" +
        std::string(l.t("Buat kode lain", "Issue another code")) + "</a></p>";
    return page(c,
                {std::string(l.t("Kode pendaftaran", "Enrolment code")), "codes", "/kode", body});
}

HttpResponse Dashboard::audit_page(Context& c) {
    if (c.viewer->user.role != Role::Oversight)
        return forbidden(c);
    const Lang& l = c.lang;
    const std::string action(get(c.query, "action"));
    const std::string who(get(c.query, "user"));
    const auto from = Date::parse(get(c.query, "from"));
    const auto to = Date::parse(get(c.query, "to"));
    const int offset = utc_offset_minutes_or_fallback(kFallbackTimeZone);
    std::vector<AuditEntry> shown;
    std::map<std::string, User> users;
    std::vector<StoredConflict> conflicts;
    std::vector<StoredRejection> rejections;
    service_.store().read([&](ServerTransaction& tx) {
        for (auto& u : tx.users())
            users.emplace(u.id, std::move(u));
        // Newest first, up to 200 matches within the newest 20,000 entries.
        std::int64_t before = 0;
        for (int scanned = 0; scanned < 20'000 && shown.size() < 200;) {
            const auto page = tx.audit_before(before, 1000);
            if (page.empty())
                break;
            for (const auto& e : page) {
                before = e.id;
                ++scanned;
                const Date day = local_date(e.at, offset);
                const auto u = users.find(e.user_id);
                const std::string name = u == users.end() ? e.user_id : u->second.name;
                if ((!action.empty() && e.action != action) ||
                    (!who.empty() && name.find(who) == std::string::npos && e.user_id != who) ||
                    (from && day < *from) || (to && *to < day))
                    continue;
                if (shown.size() < 200)
                    shown.push_back(e);
            }
        }
        for (std::int64_t after = 0;;) {
            auto page = tx.conflicts_after(after, std::nullopt, 500);
            for (auto& e : page)
                conflicts.push_back(std::move(e));
            if (page.size() < 500)
                break;
            after = conflicts.back().id;
        }
        for (std::int64_t after = 0;;) {
            auto page = tx.rejections_after(after, 500);
            for (auto& e : page)
                rejections.push_back(std::move(e));
            if (page.size() < 500)
                break;
            after = rejections.back().id;
        }
    });
    std::string body = "<form class=\"filter\" method=\"get\"><label>" +
                       std::string(l.t("Tindakan", "Action")) + "<input name=\"action\" value=\"" +
                       esc(action) +
                       "\" placeholder=\"push, export, report, device_revoke\"></label><label>" +
                       std::string(l.t("Pengguna", "User")) + "<input name=\"user\" value=\"" +
                       esc(who) + "\"></label><label>" + std::string(l.t("Dari", "From")) +
                       "<input type=\"date\" name=\"from\" value=\"" + esc(get(c.query, "from")) +
                       "\"></label><label>" + std::string(l.t("Sampai", "To")) +
                       "<input type=\"date\" name=\"to\" value=\"" + esc(get(c.query, "to")) +
                       "\"></label><button type=\"submit\">" +
                       std::string(l.t("Saring", "Filter")) + "</button></form>";
    body += "<h2>" + std::string(l.t("Jejak audit", "Audit trail")) +
            "</h2><div class=\"scroll\"><table id=\"audit\"><thead><tr>";
    for (const auto h :
         {l.t("Waktu", "Time"), l.t("Pengguna", "User"), l.t("Perangkat", "Device"),
          l.t("Alamat", "Address"), l.t("Tindakan", "Action"), l.t("Rincian", "Detail")})
        body += "<th scope=\"col\">" + esc(h) + "</th>";
    body += "</tr></thead><tbody>";
    for (const auto& e : shown) {
        const auto u = users.find(e.user_id);
        body += "<tr><td>" + esc(local_time(e.at)) + "</td><td>" +
                esc(u == users.end() ? e.user_id : u->second.name) + "</td><td><code>" +
                esc(e.device_id.substr(0, 17)) + "</code></td><td>" + esc(e.address) + "</td><td>" +
                esc(e.action) + "</td><td><code>" + esc(e.detail.dump().substr(0, 160)) +
                "</code></td></tr>";
    }
    body += "</tbody></table></div>";

    body += "<h2>" + std::string(l.t("Konflik", "Conflicts")) + " (" +
            std::to_string(conflicts.size()) + ")</h2><div class=\"scroll\"><table><thead><tr>";
    for (const auto h : {l.t("Waktu", "Time"), l.t("Jenis", "Type"), l.t("Catatan", "Record"),
                         l.t("Menang", "Winner"), l.t("Kalah", "Loser")})
        body += "<th scope=\"col\">" + esc(h) + "</th>";
    body += "</tr></thead><tbody>";
    for (auto it = conflicts.rbegin(); it != conflicts.rend() && it - conflicts.rbegin() < 100;
         ++it)
        body += "<tr><td>" + esc(local_time(it->conflict.detected_at)) + "</td><td>" +
                esc(it->conflict.type) + "</td><td><code>" +
                esc(it->conflict.record_id.substr(0, 8)) + "</code></td><td><code>" +
                esc(it->conflict.winner.origin.substr(0, 8)) + "</code></td><td><code>" +
                esc(it->conflict.loser.origin.substr(0, 8)) + "</code></td></tr>";
    body += "</tbody></table></div>";

    body += "<h2>" + std::string(l.t("Perubahan ditolak", "Rejected changes")) + " (" +
            std::to_string(rejections.size()) + ")</h2><div class=\"scroll\"><table><thead><tr>";
    for (const auto h : {l.t("Waktu", "Time"), l.t("Perangkat", "Device"), l.t("Jenis", "Type"),
                         l.t("Alasan", "Reason")})
        body += "<th scope=\"col\">" + esc(h) + "</th>";
    body += "</tr></thead><tbody>";
    for (auto it = rejections.rbegin(); it != rejections.rend() && it - rejections.rbegin() < 100;
         ++it)
        body += "<tr><td>" + esc(local_time(it->rejected.at)) + "</td><td><code>" +
                esc(it->rejected.device_id.substr(0, 8)) + "</code></td><td>" +
                esc(text_or_empty(it->rejected.change, "type")) + "</td><td>" +
                esc(it->rejected.reason) + "</td></tr>";
    body += "</tbody></table></div>";
    return page(c, {std::string(l.t("Audit dan tindak lanjut", "Audit and follow-up")), "audit",
                    "/audit", body});
}

}  // namespace pantau::server::web
