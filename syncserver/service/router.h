// The router: a function from an HTTP request to a response, testable
// without sockets. It matches method and path, checks the content type,
// parses JSON and query parameters, and calls the SyncService. Nothing a
// client sends makes it throw.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "http/message.h"
#include "service/sync_service.h"

namespace pantau::server {

namespace web {
class Dashboard;
}

// The API under /v1/ and /metrics; every other path is the web dashboard
// (web/dashboard.h).
class Router final : public RequestHandler {
  public:
    struct Route {
        std::string_view method;
        std::string_view path;
    };
    // Every endpoint the router serves (the authorisation matrix test
    // checks that each one is in its table).
    static std::span<const Route> routes();

    explicit Router(SyncService& service);
    ~Router() override;
    HttpResponse handle(const HttpRequest& request) override;
    std::optional<HttpResponse> admit(const HttpRequest& head) override;

  private:
    HttpResponse route(const HttpRequest& request);
    SyncService& service_;
    std::unique_ptr<web::Dashboard> dashboard_;
};

}  // namespace pantau::server
