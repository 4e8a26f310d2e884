// An HttpServer running in this process on 127.0.0.1 (port 0) with an echo
// handler, for the HTTP shell's tests. The echo handler answers with what it
// received; "/slow" waits until the test releases it; "/text" answers 4 KiB
// of plain text; "/stream" 16 MiB made in 64 KiB pieces (HttpResponse::stream),
// "/stream-fails" a stream that throws after two pieces; "/throw" throws.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "config.h"
#include "http/message.h"
#include "http/server.h"
#include "metrics.h"
#include "syncserver/http_client.h"

namespace pantau::server::testing {

// Short timeouts, so that tests of timeouts stay fast.
ServerConfig fast_config();

class EchoHandler : public RequestHandler {
  public:
    HttpResponse handle(const HttpRequest& request) override;
    // Refuses "Authorization: Bearer refused" on the headers (401), and
    // counts the requests it was asked about.
    std::optional<HttpResponse> admit(const HttpRequest& head) override;
    int admissions() const { return admissions_.load(); }

    // "/slow" requests block until release_slow() (or 10 s).
    bool wait_until_slow_started(std::chrono::milliseconds wait);
    void release_slow();

  private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool slow_started_ = false;
    bool slow_released_ = false;
    std::atomic<int> admissions_{0};
};

class RunningServer {
  public:
    explicit RunningServer(const ServerConfig& config = fast_config());
    ~RunningServer();
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;

    // shutdown(), then waits for run() to return; how long that took.
    std::chrono::milliseconds stop();
    bool stopped() const { return stopped_; }

    test::HttpClient client(bool tls = false, const std::string& trusted_cert = {}) const;

    EchoHandler handler;
    Metrics metrics;
    HttpServer server;

  private:
    std::thread thread_;
    bool stopped_ = false;
};

}  // namespace pantau::server::testing
