#include "http/request_log.h"

#include <catch2/catch.hpp>

using pantau::server::format_request_log;
using pantau::server::RequestLogEntry;

namespace {

RequestLogEntry entry() {
    RequestLogEntry e;
    // 2026-11-23T07:31:05.042Z
    e.time = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'419'065'042));
    e.remote_address = "10.1.2.3";
    e.method = "GET";
    e.target = "/v1/sync/pull?cursor=c5&token=secret";
    e.status = 200;
    e.bytes_out = 1234;
    e.duration = std::chrono::microseconds(7'600);
    e.device_id = "dev-1";
    return e;
}

}  // namespace

TEST_CASE("a request log line has time, remote, method, path, status, bytes, ms and device") {
    CHECK(format_request_log(entry()) ==
          "2026-11-23T07:31:05.042Z 10.1.2.3 GET /v1/sync/pull 200 1234 7ms device=dev-1\n");
}

TEST_CASE("a request log line never carries the query string") {
    const auto line = format_request_log(entry());
    CHECK(line.find("secret") == std::string::npos);
    CHECK(line.find('?') == std::string::npos);
}

TEST_CASE("a request log line marks unknown fields with a dash and cannot be split") {
    auto e = entry();
    e.method = "";
    e.device_id = "";
    e.target = "/a b\r\nFAKE 200";
    CHECK(format_request_log(e) ==
          "2026-11-23T07:31:05.042Z 10.1.2.3 - /a?b??FAKE?200 200 1234 7ms device=-\n");
}
