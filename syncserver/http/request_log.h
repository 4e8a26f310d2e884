// The one access-log line per request, written to stderr. It carries the
// path without its query and never a header value, so secrets that travel in
// the Authorization header or a query string never reach the log.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace pantau::server {

struct RequestLogEntry {
    std::chrono::system_clock::time_point time;
    std::string_view remote_address;
    std::string_view method;  // empty when the request could not be parsed
    std::string_view target;  // the query is cut off here
    int status = 0;
    std::uint64_t bytes_out = 0;
    std::chrono::steady_clock::duration duration{};
    std::string_view device_id;  // empty when unknown
};

// "<ISO time> <remote> <METHOD> <path> <status> <bytes_out> <ms>ms device=<id or ->\n"
std::string format_request_log(const RequestLogEntry& entry);

// Writes a whole line with one call, so lines from several threads never interleave.
void write_log_line(std::string_view line);

}  // namespace pantau::server
