#include "web/dashboard.h"

#include "service/directory.h"
#include "service/secrets.h"
#include "web/dashboard_context.h"

namespace pantau::server::web {

namespace {

constexpr std::string_view kLangCookie = "pantau_lang";
constexpr std::string_view kSignInCookie = "pantau_signin";  // the sign-in form's CSRF token

std::string cookie(std::string_view name, std::string_view value, std::string_view attributes,
                   bool secure) {
    return std::string(name) + "=" + std::string(value) + "; Path=/; " + std::string(attributes) +
           (secure ? "; Secure" : "");
}

// Headers every dashboard answer carries.
void harden(HttpResponse& r, bool cacheable) {
    r.headers.emplace_back("Content-Security-Policy",
                           "default-src 'none'; style-src 'self'; script-src 'self'; "
                           "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                           "base-uri 'none'");
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    r.headers.emplace_back("X-Frame-Options", "DENY");
    r.headers.emplace_back("Referrer-Policy", "same-origin");
    r.headers.emplace_back("Cache-Control", cacheable ? "public, max-age=3600" : "no-store");
}

bool is_form(std::string_view content_type) {
    return content_type.substr(0, content_type.find(';')) == "application/x-www-form-urlencoded";
}

// A relative address on this site, for where to go after signing in.
std::string safe_next(std::string_view next) {
    if (next.empty() || next.front() != '/' || next.starts_with("//") ||
        next.find('\\') != std::string_view::npos || next.starts_with("/masuk"))
        return "/";
    return std::string(next);
}

}  // namespace

HttpResponse redirect(const std::string& location) {
    HttpResponse r;
    r.status = 303;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "See " + location + "\n";
    r.headers.emplace_back("Location", location);
    return r;
}

Dashboard::Dashboard(SyncService& service)
    : service_(service),
      login_failures_(RateLimit{5.0 / 900.0, 5.0}),
      address_failures_(RateLimit{20.0 / 900.0, 20.0}) {}

bool Dashboard::serves(std::string_view path) {
    return !path.starts_with("/v1/") && path != "/metrics";
}

std::optional<Dashboard::Session> Dashboard::session(const HttpRequest& request) {
    const auto cookies = parse_cookies(request.cookie);
    const auto it = cookies.find(kSessionCookie);
    if (it == cookies.end())
        return std::nullopt;
    std::optional<Session> out;
    const std::int64_t now = service_.now();
    // Most page loads only read: a session's last use is written once a
    // minute at most, and an expired one is ended in a write of its own.
    bool write = false;
    service_.store().read(
        [&](ServerTransaction& tx) { write = session_needs_write(tx, it->second, now); });
    const auto resolve = [&](ServerTransaction& tx) {
        const auto signed_in = session_of(tx, it->second, now);
        if (!signed_in)
            return;
        Caller c;
        c.user = signed_in->user;
        // The audit trail names a session by the start of its hash, never the token.
        c.device.id = "web:" + signed_in->session.token_hash.substr(0, 12);
        c.device.user_id = c.user.id;
        c.device.name = "dashboard";
        c.scope.device_id = c.device.id;
        c.scope.units = scope_units(tx, c.user);
        c.scope.may_write = false;
        out = Session{std::move(c), signed_in->session.csrf, signed_in->session.token_hash};
    };
    if (write)
        service_.store().write(resolve);
    else
        service_.store().read(resolve);
    return out;
}

std::optional<Caller> Dashboard::session_caller(const HttpRequest& request) {
    auto s = session(request);
    if (!s)
        return std::nullopt;
    return std::move(s->caller);
}

HttpResponse Dashboard::handle(const HttpRequest& request) {
    const auto question = request.target.find('?');
    const std::string path = request.target.substr(0, question);
    auto query = parse_query(question == std::string::npos
                                 ? std::string_view()
                                 : std::string_view(request.target).substr(question + 1));
    Context c{request, path, query.value_or(Query{}), {}, {}, false, {}, {}, {}, service_.now()};
    const auto cookies = parse_cookies(request.cookie);
    if (const auto lang = get(c.query, "lang"); lang == "en" || lang == "id") {
        c.lang.en = lang == "en";
        c.lang_chosen = true;
    } else if (const auto it = cookies.find(kLangCookie); it != cookies.end()) {
        c.lang.en = it->second == "en";
    }

    HttpResponse response;
    if (path == "/favicon.ico") {
        response.status = 204;
        response.content_type.clear();
        harden(response, true);
        return response;
    }
    if (path.starts_with("/static/")) {
        response = asset(path);
        harden(response, response.status == 200);
        return response;
    }
    if (!query) {
        response = page(c,
                        {std::string(c.lang.t("Alamat tidak sah", "Malformed address")), "", "/",
                         "<p>" +
                             std::string(c.lang.t("Alamat halaman ini tidak terbaca.",
                                                  "This page's address cannot be read.")) +
                             "</p>"},
                        400);
    } else if (request.method == "POST" && !is_form(request.content_type)) {
        response = page(c, {"415", "", "/", "<p>Formulir tidak dikenal / Unknown form.</p>"}, 415);
    } else {
        if (request.method == "POST")
            c.form = parse_query(request.body).value_or(Query{});
        response = route(c);
    }
    if (c.lang_chosen)
        response.headers.emplace_back(
            "Set-Cookie",
            cookie(kLangCookie, c.lang.code(), "Max-Age=31536000; SameSite=Lax", request.secure));
    harden(response, false);
    return response;
}

HttpResponse Dashboard::route(Context& c) {
    const std::string& p = c.path;
    const std::string& m = c.request.method;
    if (p == "/publik" && m == "GET")
        return public_page(c);
    if (p == "/masuk" && m == "GET")
        return sign_in_page(c, "");
    if (p == "/masuk" && m == "POST")
        return sign_in(c);

    // Everything else needs a session.
    if (auto s = session(c.request)) {
        c.viewer = Viewer{s->caller.user, s->csrf};
        c.session_hash = s->token_hash;
        c.caller = std::move(s->caller);
    }
    if (!c.viewer) {
        if (m != "GET")
            return page(c,
                        {std::string(c.lang.t("Sesi berakhir", "Session ended")), "", "/masuk",
                         "<p><a href=\"/masuk\">" +
                             std::string(c.lang.t("Masuk lagi", "Sign in again")) + "</a></p>"},
                        401);
        return redirect("/masuk?next=" + percent_encode(c.request.target));
    }
    if (m == "POST") {
        if (auto refused = check_post(c))
            return *refused;
        if (p == "/keluar")
            return sign_out(c);
        if (p == "/perangkat/cabut")
            return revoke_device(c);
        if (p == "/kode")
            return issue_code(c);
        return not_found(c);
    }
    if (m != "GET")
        return not_found(c);
    if (p == "/")
        return overview(c);
    constexpr std::string_view kReport = "/laporan/";
    if (p.starts_with(kReport)) {
        const auto kind = report_kind_from_string(std::string_view(p).substr(kReport.size()));
        return kind ? report_page(c, *kind) : not_found(c);
    }
    constexpr std::string_view kCase = "/kasus/";
    if (p.starts_with(kCase))
        return case_page(c, p.substr(kCase.size()));
    if (p == "/perangkat")
        return devices_page(c);
    if (p == "/kode")
        return codes_page(c);
    if (p == "/audit")
        return audit_page(c);
    return not_found(c);
}

std::optional<HttpResponse> Dashboard::check_post(Context& c) {
    // A browser sends Origin with every POST; another site's form has its own.
    const std::string& origin = c.request.origin;
    const std::string own = (c.request.secure ? "https://" : "http://") + c.request.host;
    const bool origin_ok = origin.empty() || origin == own;
    const std::string given(get(c.form, "csrf"));
    if (!origin_ok || given.empty() || !same_secret(given, c.viewer->csrf))
        return page(c,
                    {std::string(c.lang.t("Permintaan ditolak", "Request refused")), "", "/",
                     "<p>" +
                         std::string(c.lang.t(
                             "Formulir ini tidak membawa token keamanan sesi Anda. Muat ulang "
                             "halaman lalu coba lagi.",
                             "This form does not carry your session's security token. Reload "
                             "the page and try again.")) +
                         "</p>"},
                    403);
    return std::nullopt;
}

HttpResponse Dashboard::sign_in_page(Context& c, const std::string& message, int status) {
    // The form's token stays the one the browser already holds, so a second
    // page loaded meanwhile (another tab, an icon) does not void this form.
    const auto cookies = parse_cookies(c.request.cookie);
    const auto held = cookies.find(kSignInCookie);
    const bool reuse = held != cookies.end() && held->second.size() == 64 &&
                       held->second.find_first_not_of("0123456789abcdef") == std::string::npos;
    const std::string token = reuse ? held->second : new_device_token();
    std::string body = "<form class=\"signin\" method=\"post\" action=\"/masuk\">";
    if (!message.empty())
        body += "<p class=\"error\" role=\"alert\">" + esc(message) + "</p>";
    body += "<input type=\"hidden\" name=\"csrf\" value=\"" + token + "\">";
    body +=
        "<input type=\"hidden\" name=\"next\" value=\"" +
        esc(safe_next(get(c.query, "next").empty() ? get(c.form, "next") : get(c.query, "next"))) +
        "\">";
    body += "<label>" + std::string(c.lang.t("Nama pengguna", "Login")) +
            "<input name=\"login\" autocomplete=\"username\" required autofocus></label>";
    body += "<label>" + std::string(c.lang.t("Kata sandi", "Password")) +
            "<input name=\"password\" type=\"password\" autocomplete=\"current-password\" "
            "required></label>";
    body += "<button type=\"submit\">" + std::string(c.lang.t("Masuk", "Sign in")) + "</button>";
    body += "</form><p class=\"hint\"><a href=\"/publik\">" +
            std::string(c.lang.t("Hasil survei kepuasan masyarakat (tanpa masuk)",
                                 "Community satisfaction results (no sign-in)")) +
            "</a></p>";
    HttpResponse r =
        page(c, {std::string(c.lang.t("Masuk", "Sign in")), "", "/masuk", body}, status);
    r.headers.emplace_back(
        "Set-Cookie",
        cookie(kSignInCookie, token, "Max-Age=1800; HttpOnly; SameSite=Strict", c.request.secure));
    return r;
}

HttpResponse Dashboard::sign_in(Context& c) {
    const auto cookies = parse_cookies(c.request.cookie);
    const auto pre = cookies.find(kSignInCookie);
    const std::string given(get(c.form, "csrf"));
    const std::string own = (c.request.secure ? "https://" : "http://") + c.request.host;
    if (pre == cookies.end() || given.empty() || !same_secret(given, pre->second) ||
        (!c.request.origin.empty() && c.request.origin != own))
        return sign_in_page(c,
                            std::string(c.lang.t("Formulir kedaluwarsa; silakan coba lagi.",
                                                 "The form expired; please try again.")),
                            403);
    std::string login(get(c.form, "login"));
    for (auto& ch : login)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const std::string password(get(c.form, "password"));
    const std::string& address = c.request.remote_address;
    const double t = static_cast<double>(c.now) / 1000.0;
    const std::string login_key = login.substr(0, 64);
    const auto wait = std::max(login_failures_.peek(login_key, t).value_or(0),
                               address_failures_.peek(address, t).value_or(0));
    if (wait > 0) {
        HttpResponse r = sign_in_page(
            c,
            std::string(c.lang.t("Terlalu banyak percobaan yang gagal. Coba lagi dalam ",
                                 "Too many failed attempts. Try again in ")) +
                std::to_string((wait + 59) / 60) + std::string(c.lang.t(" menit.", " minutes.")),
            429);
        r.headers.emplace_back("Retry-After", std::to_string(wait));
        return r;
    }
    std::optional<NewSession> session;
    service_.store().write([&](ServerTransaction& tx) {
        session = pantau::server::sign_in(tx, login, password, address, c.now);
        // Whatever session this browser had ends: signing in never keeps an old token.
        if (const auto old = cookies.find(kSessionCookie); old != cookies.end())
            tx.end_web_session(hash_secret(old->second));
        tx.add_audit({0,
                      c.now,
                      session ? session->user.id : std::string(),
                      "web",
                      address,
                      session ? "web_sign_in" : "web_sign_in_failed",
                      {{"login", login_key}}});
    });
    if (!session) {
        login_failures_.take(login_key, t);
        address_failures_.take(address, t);
        return sign_in_page(c,
                            std::string(c.lang.t("Nama pengguna atau kata sandi salah.",
                                                 "Wrong login or password.")),
                            401);
    }
    HttpResponse r = redirect(safe_next(get(c.form, "next")));
    r.headers.emplace_back("Set-Cookie",
                           cookie(kSessionCookie, session->token,
                                  "Max-Age=" + std::to_string(kSessionLifetimeMs / 1000) +
                                      "; HttpOnly; SameSite=Strict",
                                  c.request.secure));
    r.headers.emplace_back(
        "Set-Cookie",
        cookie(kSignInCookie, "", "Max-Age=0; HttpOnly; SameSite=Strict", c.request.secure));
    return r;
}

HttpResponse Dashboard::sign_out(Context& c) {
    service_.store().write([&](ServerTransaction& tx) {
        tx.end_web_session(c.session_hash);
        tx.add_audit({0, c.now, c.viewer->user.id, c.caller->device.id, c.request.remote_address,
                      "web_sign_out", nlohmann::json::object()});
    });
    HttpResponse r = redirect("/masuk");
    r.headers.emplace_back(
        "Set-Cookie",
        cookie(kSessionCookie, "", "Max-Age=0; HttpOnly; SameSite=Strict", c.request.secure));
    return r;
}

HttpResponse Dashboard::page(Context& c, PageParts parts, int status) {
    HttpResponse r;
    r.status = status;
    r.content_type = "text/html; charset=utf-8";
    if (parts.path.empty())
        parts.path = c.path;
    r.body = render_page(c.viewer ? &*c.viewer : nullptr, c.lang, parts);
    if (c.caller)
        r.device_id = c.caller->device.id;
    return r;
}

HttpResponse Dashboard::forbidden(Context& c) {
    return page(c,
                {std::string(c.lang.t("Tidak diizinkan", "Not allowed")), "", "",
                 "<p>" +
                     std::string(c.lang.t("Halaman ini bukan untuk peran akun Anda.",
                                          "This page is not for your account's role.")) +
                     "</p>"},
                403);
}

HttpResponse Dashboard::not_found(Context& c) {
    return page(c,
                {std::string(c.lang.t("Tidak ditemukan", "Not found")), "", "",
                 "<p><a href=\"/\">" + std::string(c.lang.t("Ke ringkasan", "To the overview")) +
                     "</a></p>"},
                404);
}

}  // namespace pantau::server::web
