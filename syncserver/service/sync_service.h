// What the server does for each endpoint, with typed inputs: authenticate the
// caller, check its rights and rate, run one store transaction, and answer in
// the protocol's terms. The router (service/router.h) parses HTTP into these calls.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "config.h"
#include "http/message.h"
#include "metrics.h"
#include "report/report.h"
#include "report/report_render.h"
#include "service/directory.h"
#include "service/export.h"
#include "service/rate_limiter.h"
#include "store/server_store.h"

namespace pantau::server {

// Unix ms; injectable so tests can run the server at any date.
using WallClock = std::function<std::int64_t()>;
std::int64_t system_now_ms();

inline constexpr std::string_view kServerVersion = "0.1.0";

class SyncService {
  public:
    SyncService(ServerStore& store, Metrics& metrics, const ServerConfig& config,
                WallClock clock = system_now_ms);

    HttpResponse health();
    // Enrolment and push take the body as it arrived: the rate and the
    // credentials are checked before any of it is parsed.
    HttpResponse enroll(std::string_view body, const std::string& address);
    HttpResponse push(const std::string& authorization, std::string_view body,
                      const std::string& address);
    // A push judged on its headers, before its body is read: a refusal for
    // a wrong token (rate-limited per address), a device over its rate, or
    // an account that may not write. Takes no rate token of a good device.
    std::optional<HttpResponse> admit_push(const std::string& authorization,
                                           const std::string& address);
    HttpResponse pull(const std::string& authorization, const std::string& cursor, int limit,
                      const std::string& address);
    HttpResponse export_data(const std::string& authorization, const ExportQuery& query,
                             const std::string& query_text, const std::string& address);
    // GET /v1/reports/KIND: for hr and oversight over every unit, for a
    // supervisor over their own units only.
    HttpResponse report(const std::string& authorization, ReportKind kind,
                        const ReportFilterText& filters, const RenderOptions& render,
                        const std::string& query_text, const std::string& address);
    // The same for a caller already known (a dashboard session).
    HttpResponse report_for(const Caller& caller, ReportKind kind, const ReportFilterText& filters,
                            const RenderOptions& render, const std::string& query_text,
                            const std::string& address);

    // What the dashboard (web/dashboard.h) shares with the API.
    ServerStore& store() { return store_; }
    std::int64_t now() { return clock_(); }
    const ServerConfig& config() const { return config_; }
    HttpResponse audit(const std::string& authorization, std::int64_t after, int limit,
                       const std::string& address);
    // Pages in id order: `after` is the previous page's "next" (0 to start).
    HttpResponse conflicts(const std::string& authorization, std::int64_t after, int limit,
                           const std::string& address);
    // HR's and oversight's list of the devices of their units' users, with
    // each device's clock skew and whether it is off by more than 5 minutes.
    HttpResponse devices(const std::string& authorization, const std::string& address);
    // With a metrics token configured, for its bearer only; else for loopback callers only.
    HttpResponse metrics(const std::string& authorization, const std::string& address);

  private:
    // The request's caller; when it may not go on, `refusal` says why (401,
    // 429). Failed credentials are rate-limited per address, so tokens cannot
    // be guessed at the server's full speed.
    std::optional<Caller> admit(ServerTransaction& tx, const std::string& authorization,
                                const std::string& address, HttpResponse& refusal);
    std::optional<HttpResponse> rate_limited(RateLimiter& limiter, const std::string& key,
                                             bool take = true);
    // 403 read_only when the caller may not write.
    std::optional<HttpResponse> read_only(const Caller& caller);

    ServerStore& store_;
    Metrics& metrics_;
    ServerConfig config_;
    WallClock clock_;
    RateLimiter device_rate_;
    RateLimiter enroll_rate_;
    RateLimiter bad_credentials_rate_;
};

}  // namespace pantau::server
