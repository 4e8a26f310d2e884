// SyncEngine: the sans-IO sync state machine of a device. It never touches a
// socket or a clock: the transport feeds it events (time and randomness inside
// them) and carries out the one command each event yields. Durable state lives
// in the SyncJournal; the engine only keeps what a restart may forget.
//
//   SyncRequested -> SendPush (resend the unanswered batch, or the next one)
//                 -> ... -> SendPull -> ... -> Finished
//   a failure     -> ScheduleRetry (backoff) -> TimerFired -> resume
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

#include "sync/journal.h"

namespace pantau::sync {

struct EngineConfig {
    BatchLimits batch;
    int pull_limit = 500;
    std::int64_t first_retry_ms = 2'000;
    std::int64_t max_retry_ms = 5 * 60'000;
};

// ---- Events: what happened ----
struct SyncRequested {  // the user asked, the network came back, or the periodic timer
    std::int64_t now_ms = 0;
};
struct PushAnswered {  // 200 to a push
    std::int64_t now_ms = 0;
    nlohmann::json body;
};
struct PullAnswered {  // 200 to a pull
    std::int64_t now_ms = 0;
    nlohmann::json body;
};
struct RequestFailed {
    std::int64_t now_ms = 0;
    int http_status = 0;  // 0: no answer (network down, timeout, connection cut)
    nlohmann::json body;  // the error body, when there was one
    std::optional<std::int64_t> retry_after_ms;
    double jitter = 0.5;  // uniform in [0, 1), supplied by the caller
};
struct TimerFired {
    std::int64_t now_ms = 0;
};
using Event = std::variant<SyncRequested, PushAnswered, PullAnswered, RequestFailed, TimerFired>;

// ---- Commands: what to do next ----
struct SendPush {
    std::int64_t batch = 0;
    nlohmann::json body;  // POST /v1/sync/push
};
struct SendPull {
    std::string cursor;  // GET /v1/sync/pull?cursor=...&limit=...
    int limit = 0;
};
struct ScheduleRetry {
    std::int64_t after_ms = 0;
};
struct SyncReport {
    PushSummary pushed;
    PullSummary pulled;
    int batches = 0;
    int pages = 0;
};
struct Finished {
    SyncReport report;
};
struct Stopped {  // needs a person: re-enrolment, storage full, a protocol fault
    std::string code;
    std::string message;
};
struct Wait {};  // nothing to do for this event
using Command = std::variant<SendPush, SendPull, ScheduleRetry, Finished, Stopped, Wait>;

enum class Phase { Idle, Pushing, Pulling, WaitingToRetry, Stopped };

class SyncEngine {
  public:
    explicit SyncEngine(SyncJournal& journal, EngineConfig config = {});

    Command handle(const Event& event);

    Phase phase() const { return phase_; }
    int consecutive_failures() const { return failures_; }
    const SyncReport& report() const { return report_; }

  private:
    Command on(const SyncRequested& e);
    Command on(const PushAnswered& e);
    Command on(const PullAnswered& e);
    Command on(const RequestFailed& e);
    Command on(const TimerFired& e);

    Command next_step();
    Command push(const OutgoingBatch& batch);
    Command pull();
    Command retry_later(const RequestFailed& e);
    Command stop(std::string code, std::string message);
    Command finish();

    SyncJournal& journal_;
    EngineConfig config_;
    Phase phase_ = Phase::Idle;
    std::optional<OutgoingBatch> in_flight_;
    std::size_t batch_bytes_;
    bool requested_again_ = false;
    int failures_ = 0;
    SyncReport report_;
};

}  // namespace pantau::sync
