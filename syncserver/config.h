// Every limit and timeout of the sync server, as named fields of one struct.
// `pantau-server serve` fills it from its flags; tests set fields directly.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace pantau::server {

using namespace std::chrono_literals;

struct HttpLimits {
    std::size_t body_limit = 8 * 1024 * 1024;  // bytes, after gzip decoding too (413)
    std::size_t header_limit = 16 * 1024;      // bytes of the request line and headers (431)
    std::size_t enroll_body_limit = 4 * 1024;  // POST /v1/enroll: a code and a name (413)
    // A body larger than this (or chunked, or gzip) is read only after the
    // handler admitted the request on its headers (RequestHandler::admit).
    std::size_t admit_before_body_above = 64 * 1024;
    // A request must arrive whole within this time, or the connection gets 408
    // and is closed: a slow client cannot hold the server for long.
    std::chrono::milliseconds request_timeout = 15s;
    std::chrono::milliseconds idle_timeout = 30s;  // keep-alive wait for the next request
    std::chrono::milliseconds write_timeout = 30s;
    std::size_t max_connections = 1024;
    // One address may not hold every slot. Phones behind one carrier NAT
    // share an address, so this is well above what one office opens at once.
    std::size_t max_connections_per_address = 64;
    // Request bodies being received or handled, in bytes (a Content-Length
    // counts as soon as it is announced, a chunked body as it arrives):
    // beyond either bound a request gets 503 and a Retry-After.
    std::size_t bodies_in_flight_limit = 256 * 1024 * 1024;
    std::size_t bodies_in_flight_per_address = 32 * 1024 * 1024;
};

struct RateLimit {
    double per_second = 20.0;  // sustained requests per device (or per address for enrolment)
    double burst = 120.0;      // requests allowed at once
};

struct ServerConfig {
    std::string listen_host = "127.0.0.1";
    std::uint16_t listen_port = 8787;
    int io_threads = 2;       // --threads: threads running the sockets
    int worker_threads = 16;  // threads running handlers (which may wait on the store)
    std::string tls_cert_file;
    std::string tls_key_file;
    HttpLimits http;
    RateLimit device_rate;
    RateLimit enroll_rate{1.0, 10.0};
    RateLimit bad_credentials_rate{1.0, 20.0};  // per address: requests with a wrong token
    // GET /metrics: empty serves loopback callers only; else callers with
    // "Authorization: Bearer <metrics_token>" (--metrics-token).
    std::string metrics_token;
    std::chrono::milliseconds shutdown_grace = 8s;  // draining bound after SIGTERM

    std::size_t max_changes_per_batch = 1000;
    std::size_t max_pull_limit = 1000;
    std::size_t max_pull_bytes = 2 * 1024 * 1024;  // of record data per pull page
    // Kept per device (sync::CentralConfig says why).
    std::int64_t batches_kept_per_device = 16;
    std::size_t rejected_kept_per_device = 1000;
    std::int64_t max_clock_ahead_ms = 5 * 60'000;
    std::size_t max_group_commit = 64;  // push batches sharing one transaction
};

}  // namespace pantau::server
