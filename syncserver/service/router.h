// The router: a function from an HTTP request to a response, testable
// without sockets. It matches method and path, checks the content type,
// parses JSON and query parameters, and calls the SyncService. Nothing a
// client sends makes it throw.
#pragma once

#include "http/message.h"
#include "service/sync_service.h"

namespace pantau::server {

class Router final : public RequestHandler {
  public:
    explicit Router(SyncService& service) : service_(service) {}
    HttpResponse handle(const HttpRequest& request) override;

  private:
    HttpResponse route(const HttpRequest& request);
    SyncService& service_;
};

}  // namespace pantau::server
