// The HTTP request and response as the router sees them: plain values with
// the body already decoded, free of Beast types, so the whole protocol can be
// tested without sockets. The HTTP shell (http/server.h) converts.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pantau::server {

struct HttpRequest {
    std::string method;  // "GET", "POST", ...
    std::string target;  // path and query, e.g. "/v1/sync/pull?cursor=c5&limit=100"
    std::string authorization;
    std::string content_type;
    std::string body;  // gzip already decoded
    std::string remote_address;
    // For the dashboard: its session cookie, and where a form came from.
    std::string cookie;
    std::string host;
    std::string origin;
    bool secure = false;  // arrived over TLS
};

// A body made a piece at a time, for answers too large to hold (a year of
// attendance): the session writes each piece as an HTTP/1.1 chunk, with the
// write timeout per piece rather than for the whole body, so a slow link
// that keeps reading gets it all. next() runs on a worker thread, one call
// at a time, and may block on the store; nothing at the end. An exception
// cuts the answer short (the client sees an incomplete chunked body).
class BodySource {
  public:
    virtual ~BodySource() = default;
    virtual std::optional<std::string> next() = 0;
};

struct HttpResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::shared_ptr<BodySource> stream;  // when set, the body; `body` is ignored
    std::vector<std::pair<std::string, std::string>> headers;  // e.g. Retry-After
    std::string device_id;  // who asked, for the request log; empty if unknown

    static HttpResponse json(int status, const nlohmann::json& body);
    static HttpResponse error(int status, std::string_view code, std::string_view message);
};

// What the HTTP shell calls for every complete request. Runs on a worker
// thread and may block (on the store); must never throw for client input.
class RequestHandler {
  public:
    virtual ~RequestHandler() = default;
    virtual HttpResponse handle(const HttpRequest& request) = 0;
    // Called on the headers alone (`head` has no body) before a large body is
    // read; an answer refuses the request unread. Same thread rules as handle().
    virtual std::optional<HttpResponse> admit(const HttpRequest& head) {
        (void)head;
        return std::nullopt;
    }
};

}  // namespace pantau::server
