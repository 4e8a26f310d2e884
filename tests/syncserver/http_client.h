// A small blocking HTTP/1.1 client for tests that talk to a real server over
// a socket: keep-alive requests with a timeout on every step, plain or TLS,
// plus raw byte access for malformed, slow or partial requests. It shares no
// code with the server, so the two check each other.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pantau::test {

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

struct HttpClientResponse {
    int status = 0;
    std::map<std::string, std::string> headers;  // names in lowercase
    std::string body;                            // gzip-decoded when it came gzip-encoded
    std::string raw_body;                        // as it came over the wire

    // The value of a header, "" when absent; the name in any case.
    std::string header(std::string_view name) const;
    nlohmann::json json() const;  // throws when the body is not JSON
    // The protocol's {"error":{"code":...}} code, "" when there is none.
    std::string error_code() const;
};

class HttpClient {
  public:
    // With tls, the server's certificate is checked against trusted_cert_file
    // when one is given, and not checked at all otherwise.
    HttpClient(std::string host, std::uint16_t port, bool tls = false,
               std::string trusted_cert_file = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    // The bound for each connect, write and read; 10 s unless changed.
    void set_timeout(std::chrono::milliseconds timeout);

    // One request on the kept-alive connection, connecting first when there
    // is none. A Host header is added, and Content-Length when there is a
    // body. When a reused connection turns out closed by the server before
    // any answer, the request is sent once more on a new one. Throws
    // std::runtime_error when no complete answer arrives.
    HttpClientResponse request(std::string_view method, std::string_view target,
                               std::string_view body = {}, const HttpHeaders& headers = {});
    HttpClientResponse get(std::string_view target, const HttpHeaders& headers = {});
    HttpClientResponse post(std::string_view target, std::string_view body,
                            const HttpHeaders& headers = {});

    void connect();  // throws std::runtime_error when it cannot connect
    void close();
    bool connected() const;
    int connections_opened() const;  // TCP connections made so far

    // Raw access on the current connection (connect() first).
    // False when the connection failed while sending.
    bool send_raw(std::string_view bytes);
    // Reads one HTTP response; nullopt when the connection closed or failed
    // first. The connection stays open even when the response says
    // Connection: close, so that a test can watch the server close it.
    std::optional<HttpClientResponse> read_response(bool head_request = false);
    // The next bytes that arrive within `wait`: "" when none came in time or
    // the server closed the connection (see peer_closed()).
    std::string read_available(std::chrono::milliseconds wait);
    // True when the server closes the connection within `wait` (or it is
    // closed already); data that arrives meanwhile is discarded.
    bool wait_for_close(std::chrono::milliseconds wait);
    // Whether a raw read has seen the server close the connection.
    bool peer_closed() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pantau::test
