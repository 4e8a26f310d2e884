#include "test_device.h"

#include <stdexcept>

#include "clock/boot.h"
#include "records/record_types.h"

namespace pantau::server::testing {

using nlohmann::json;

TestDevice::TestDevice(Transport transport, const std::string& code, const std::string& path)
    : transport_(std::move(transport)), path_(path) {
    const auto answer = transport_("POST", "/v1/enroll",
                                   json{{"code", code}, {"device_name", "test phone"}}.dump(), "");
    if (!answer || answer->status != 201)
        throw std::runtime_error("enrolment failed: " + (answer ? answer->body : "no answer"));
    enrolment_ = json::parse(answer->body);
    device_id_ = enrolment_.at("device_id").get<std::string>();
    token_ = enrolment_.at("token").get<std::string>();
    restart();
    if (!store_->set_device_id(device_id_))
        throw std::runtime_error("cannot set the device id");
}

void TestDevice::restart() {
    store_.reset();
    auto opened = store::DeviceStore::open(path_);
    if (!opened)
        throw std::runtime_error("cannot open the device store: " + opened.error().message);
    store_ = std::make_unique<store::DeviceStore>(std::move(*opened));
    store_->set_validator(
        [](const std::string& type, const json& data) { return check_record_data(type, data); });
    install_boot_clock();
}

void TestDevice::set_boot(std::string boot_id, std::int64_t booted_at_ms) {
    boot_ = std::pair{std::move(boot_id), booted_at_ms};
    install_boot_clock();
}

void TestDevice::install_boot_clock() {
    if (!boot_)
        return;
    store_->set_boot_clock([this](std::int64_t wall_ms) {
        return sync::DeviceTime{wall_ms, wall_ms - clock_offset_ms_ - boot_->second, boot_->first};
    });
}

std::optional<HttpResult> TestDevice::send(const sync::Command& command) {
    if (const auto* push = std::get_if<sync::SendPush>(&command)) {
        nlohmann::json body = push->body;
        sync::with_device_time(
            body, boot_ ? sync::DeviceTime{now_ms_ + clock_offset_ms_, now_ms_ - boot_->second,
                                           boot_->first}
                        : sync::DeviceTime{now_ms_ + clock_offset_ms_, uptime_ms(), boot_id()});
        return transport_("POST", "/v1/sync/push", body.dump(), token_);
    }
    const auto& pull = std::get<sync::SendPull>(command);
    return transport_(
        "GET", "/v1/sync/pull?cursor=" + pull.cursor + "&limit=" + std::to_string(pull.limit), "",
        token_);
}

SyncOutcome TestDevice::sync(std::int64_t now_ms, int max_failures) {
    now_ms_ = now_ms;
    sync::SyncEngine engine(*store_);
    sync::Command command = engine.handle(sync::SyncRequested{now_ms});
    int failures = 0;
    for (int step = 0; step < 100'000; ++step) {
        if (std::holds_alternative<sync::Finished>(command))
            return SyncOutcome::Finished;
        if (const auto* stopped = std::get_if<sync::Stopped>(&command)) {
            last_stop_ = stopped->code + ": " + stopped->message;
            return SyncOutcome::Stopped;
        }
        if (std::holds_alternative<sync::ScheduleRetry>(command)) {
            if (failures >= max_failures)
                return SyncOutcome::GaveUp;
            command = engine.handle(sync::TimerFired{now_ms});
            continue;
        }
        if (std::holds_alternative<sync::Wait>(command))
            return SyncOutcome::GaveUp;
        const bool is_push = std::holds_alternative<sync::SendPush>(command);
        const auto answer = send(command);
        if (answer && answer->status == 200) {
            failures = 0;
            const json body = json::parse(answer->body);
            command = is_push ? engine.handle(sync::PushAnswered{now_ms, body})
                              : engine.handle(sync::PullAnswered{now_ms, body});
            continue;
        }
        ++failures;
        sync::RequestFailed failed{now_ms, answer ? answer->status : 0, json(), std::nullopt, 0.5};
        if (answer)
            failed.body = json::parse(answer->body, nullptr, false);
        command = engine.handle(failed);
    }
    throw std::runtime_error("a sync did not end");
}

}  // namespace pantau::server::testing
