// The web dashboard for central HR, oversight and the heads of units,
// served by pantau-server at "/": sign-in with a session cookie, the
// overview, every report with its filters, charts and downloads, a case's
// history, the devices and enrolment codes, the audit log, and a public
// page of IKM results that needs no sign-in.
//
// Security: sessions are random 256-bit tokens in an HttpOnly,
// SameSite=Strict cookie (Secure under TLS) kept only as hashes; signing
// in always makes a new session (no fixation); every POST carries the
// session's CSRF token and, when the browser sends one, an Origin of this
// host; sign-in failures are limited per login and per address (in this
// process's memory: a restart forgets them, which only restores the
// allowance); pages carry a strict Content-Security-Policy.
#pragma once

#include <optional>
#include <string>

#include "http/message.h"
#include "http/query.h"
#include "service/rate_limiter.h"
#include "service/sync_service.h"
#include "service/web_accounts.h"
#include "web/html.h"

namespace pantau::server::web {

inline constexpr std::string_view kSessionCookie = "pantau_session";

class Dashboard {
  public:
    explicit Dashboard(SyncService& service);

    // Everything but the API (/v1/...) and /metrics.
    static bool serves(std::string_view path);
    HttpResponse handle(const HttpRequest& request);

    // The signed-in caller a request's session cookie names, for the API's
    // report downloads; nothing when there is no live session.
    std::optional<Caller> session_caller(const HttpRequest& request);

  private:
    struct Context;
    struct Session {
        Caller caller;
        std::string csrf;
        std::string token_hash;
    };
    std::optional<Session> session(const HttpRequest& request);
    HttpResponse route(Context& c);

    HttpResponse sign_in_page(Context& c, const std::string& message, int status = 200);
    HttpResponse sign_in(Context& c);
    HttpResponse sign_out(Context& c);
    HttpResponse overview(Context& c);
    HttpResponse report_page(Context& c, ReportKind kind);
    HttpResponse case_page(Context& c, const std::string& case_id);
    HttpResponse devices_page(Context& c, const std::string& notice = {});
    HttpResponse revoke_device(Context& c);
    HttpResponse codes_page(Context& c);
    HttpResponse issue_code(Context& c);
    HttpResponse audit_page(Context& c);
    HttpResponse public_page(Context& c);
    HttpResponse asset(std::string_view path);

    HttpResponse page(Context& c, PageParts parts, int status = 200);
    HttpResponse forbidden(Context& c);
    HttpResponse not_found(Context& c);
    // A POST's CSRF token and origin; an answer when they do not hold.
    std::optional<HttpResponse> check_post(Context& c);

    SyncService& service_;
    RateLimiter login_failures_;    // per login
    RateLimiter address_failures_;  // per address
};

}  // namespace pantau::server::web
