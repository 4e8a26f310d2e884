#include "sync/engine.h"

#include <algorithm>
#include <cmath>

namespace pantau::sync {

SyncEngine::SyncEngine(SyncJournal& journal, EngineConfig config)
    : journal_(journal), config_(config), batch_bytes_(config.batch.max_bytes) {}

Command SyncEngine::handle(const Event& event) {
    return std::visit([this](const auto& e) { return on(e); }, event);
}

Command SyncEngine::on(const SyncRequested&) {
    if (phase_ == Phase::Pushing || phase_ == Phase::Pulling) {
        // A round is running; it goes round once more so the new edits go too.
        requested_again_ = true;
        return Wait{};
    }
    report_ = {};
    requested_again_ = false;
    return next_step();
}

Command SyncEngine::on(const TimerFired&) {
    if (phase_ != Phase::WaitingToRetry)
        return Wait{};
    return next_step();
}

Command SyncEngine::next_step() {
    auto in_flight = journal_.in_flight_batch();
    if (!in_flight)
        return stop(in_flight.error().code, in_flight.error().message);
    if (*in_flight)
        return push(**in_flight);

    BatchLimits limits = config_.batch;
    limits.max_bytes = batch_bytes_;
    auto next = journal_.open_next_batch(limits);
    if (!next)
        return stop(next.error().code, next.error().message);
    if (*next)
        return push(**next);
    return pull();
}

Command SyncEngine::push(const OutgoingBatch& batch) {
    phase_ = Phase::Pushing;
    in_flight_ = batch;
    PushRequest request;
    request.batch = batch.number;
    for (const auto& change : batch.changes)
        request.changes.push_back(change.to_json());
    return SendPush{batch.number, request.to_json()};
}

Command SyncEngine::pull() {
    auto cursor = journal_.pull_cursor();
    if (!cursor)
        return stop(cursor.error().code, cursor.error().message);
    phase_ = Phase::Pulling;
    return SendPull{*cursor, config_.pull_limit};
}

Command SyncEngine::on(const PushAnswered& e) {
    if (phase_ != Phase::Pushing || !in_flight_)
        return Wait{};  // a late answer to a past request
    Problems problems;
    auto response = PushResponse::from_json(e.body, problems);
    if (!response || response->batch != in_flight_->number ||
        response->results.size() != in_flight_->changes.size()) {
        return stop("protocol_error",
                    "The server's push answer does not match the batch sent: " +
                        (problems.empty() ? std::string("wrong batch or result count")
                                          : summarize(problems)));
    }
    auto applied = journal_.apply_push_response(*in_flight_, *response, e.now_ms);
    if (!applied)
        return stop(applied.error().code, applied.error().message);
    // The answer stands (this store applied the batch); if the store is
    // another one than before, what it forgot is queued behind it.
    if (auto observed = journal_.observe_store(response->store, false, e.now_ms); !observed)
        return stop(observed.error().code, observed.error().message);
    report_.pushed.applied += applied->applied;
    report_.pushed.superseded += applied->superseded;
    report_.pushed.rejected += applied->rejected;
    ++report_.batches;
    in_flight_.reset();
    failures_ = 0;
    batch_bytes_ = config_.batch.max_bytes;
    return next_step();
}

Command SyncEngine::on(const PullAnswered& e) {
    if (phase_ != Phase::Pulling)
        return Wait{};
    Problems problems;
    auto page = PullPage::from_json(e.body, problems);
    if (!page)
        return stop("protocol_error",
                    "The server's pull answer is malformed: " + summarize(problems));
    // A page of another store than before continues a cursor it never gave
    // out: it is dropped, what the store may have lost is sent again, and
    // the pulls start again from the start.
    auto observed = journal_.observe_store(page->store, false, e.now_ms);
    if (!observed)
        return stop(observed.error().code, observed.error().message);
    if (*observed)
        return next_step();
    auto applied = journal_.apply_pull_page(*page, e.now_ms);
    if (!applied)
        return stop(applied.error().code, applied.error().message);
    report_.pulled.received += applied->received;
    report_.pulled.conflicts += applied->conflicts;
    ++report_.pages;
    failures_ = 0;
    if (page->more)
        return pull();
    if (requested_again_) {
        requested_again_ = false;
        return next_step();
    }
    return finish();
}

Command SyncEngine::on(const RequestFailed& e) {
    if (phase_ != Phase::Pushing && phase_ != Phase::Pulling)
        return Wait{};
    switch (e.http_status) {
        case 401:
            return stop("unauthorized",
                        "The server no longer accepts this device; enrol it again.");
        case 403:
            return stop("forbidden", "The server refused this device's request.");
        case 409: {
            const bool cursor_unknown =
                phase_ == Phase::Pulling && error_code(e.body) == kCursorUnknown;
            auto observed =
                journal_.observe_store(store_identity(e.body), cursor_unknown, e.now_ms);
            if (!observed)
                return stop(observed.error().code, observed.error().message);
            if (cursor_unknown) {
                failures_ = 0;
                return next_step();
            }
            if (phase_ == Phase::Pushing && in_flight_) {
                const auto expected = expected_batch(e.body);
                if (!expected || *expected < 1)
                    return stop("protocol_error", "409 without the expected batch number.");
                if (auto r = journal_.renumber_batch(in_flight_->number, *expected); !r)
                    return stop(r.error().code, r.error().message);
                return next_step();
            }
            break;
        }
        case 413:
            if (phase_ == Phase::Pushing && in_flight_) {
                // The server never applied it: split it by sending fewer bytes at a time.
                if (in_flight_->changes.size() <= 1)
                    return stop("change_too_large",
                                "One change is larger than the server accepts.");
                if (auto r = journal_.release_batch(in_flight_->number); !r)
                    return stop(r.error().code, r.error().message);
                std::size_t bytes = 0;
                for (const auto& c : in_flight_->changes)
                    bytes += c.data.dump().size();
                batch_bytes_ = std::max<std::size_t>(1, bytes / 2);
                in_flight_.reset();
                return next_step();
            }
            break;
        case 400:
        case 415:
            return stop("protocol_error", "The server could not read this device's request (HTTP " +
                                              std::to_string(e.http_status) + ").");
        default:
            break;
    }
    return retry_later(e);
}

Command SyncEngine::retry_later(const RequestFailed& e) {
    ++failures_;
    phase_ = Phase::WaitingToRetry;
    if (e.retry_after_ms)
        return ScheduleRetry{std::max<std::int64_t>(0, *e.retry_after_ms)};
    const double exponential =
        static_cast<double>(config_.first_retry_ms) * std::pow(2.0, std::min(failures_ - 1, 20));
    const double capped = std::min(exponential, static_cast<double>(config_.max_retry_ms));
    // Half fixed, half random: devices that failed together do not retry together.
    const double jitter = std::clamp(e.jitter, 0.0, 1.0);
    return ScheduleRetry{static_cast<std::int64_t>(capped * (0.5 + 0.5 * jitter))};
}

Command SyncEngine::stop(std::string code, std::string message) {
    phase_ = Phase::Stopped;
    in_flight_.reset();
    return Stopped{std::move(code), std::move(message)};
}

Command SyncEngine::finish() {
    phase_ = Phase::Idle;
    return Finished{report_};
}

}  // namespace pantau::sync
