#include "service/sync_service.h"

#include <boost/asio/ip/address.hpp>
#include <chrono>

#include "core/json_fields.h"
#include "core/json_parse.h"
#include "core/text.h"
#include "core/timestamp.h"
#include "service/change_rules.h"
#include "service/directory.h"
#include "service/master_data.h"
#include "service/secrets.h"
#include "sync/central.h"

namespace pantau::server {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxDeviceNameChars = 100;
HttpResponse unauthorized() {
    return HttpResponse::error(401, "unauthorized",
                               "This device is not enrolled, or its token was revoked.");
}

json unit_json(ServerTransaction& tx, const std::string& id) {
    json unit = {{"id", id}};
    if (auto record = tx.current("unit", id); record && !record->deleted)
        unit.update(record->data);
    return unit;
}

// Who sent what in one push, for the audit trail.
json push_detail(const json& request, const json& response) {
    json changes = json::array();
    const auto& sent = request.at("changes");
    const auto& results = response.at("results");
    for (std::size_t i = 0; i < results.size(); ++i) {
        json item = {{"id", results[i].value("id", "")},
                     {"status", results[i].value("status", "")}};
        if (i < sent.size() && sent[i].is_object()) {
            for (const char* key : {"type", "unit_id", "version"})
                if (auto it = sent[i].find(key); it != sent[i].end() && it->is_string())
                    item[key] = *it;
        }
        changes.push_back(std::move(item));
    }
    return {{"batch", response.at("batch")}, {"changes", std::move(changes)}};
}

sync::CentralConfig central_config(const ServerConfig& config) {
    sync::CentralConfig c;
    c.max_changes_per_batch = config.max_changes_per_batch;
    c.max_clock_ahead_ms = config.max_clock_ahead_ms;
    c.max_pull_limit = config.max_pull_limit;
    c.max_pull_bytes = config.max_pull_bytes;
    c.batches_kept_per_device = config.batches_kept_per_device;
    c.rejected_kept_per_device = config.rejected_kept_per_device;
    return c;
}

bool is_loopback(const std::string& address) {
    boost::system::error_code ec;
    const auto parsed = boost::asio::ip::make_address(address, ec);
    return !ec && parsed.is_loopback();
}

}  // namespace

std::int64_t system_now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

SyncService::SyncService(ServerStore& store, Metrics& metrics, const ServerConfig& config,
                         WallClock clock)
    : store_(store),
      metrics_(metrics),
      config_(config),
      clock_(std::move(clock)),
      device_rate_(config.device_rate),
      enroll_rate_(config.enroll_rate),
      bad_credentials_rate_(config.bad_credentials_rate) {}

std::optional<HttpResponse> SyncService::rate_limited(RateLimiter& limiter, const std::string& key,
                                                      bool take) {
    using namespace std::chrono;
    const double now = duration<double>(steady_clock::now().time_since_epoch()).count();
    const auto wait = take ? limiter.take(key, now) : limiter.peek(key, now);
    if (!wait)
        return std::nullopt;
    auto response = HttpResponse::error(
        429, "rate_limited", "Too many requests; try again in " + std::to_string(*wait) + " s.");
    response.headers.emplace_back("Retry-After", std::to_string(*wait));
    return response;
}

std::optional<Caller> SyncService::admit(ServerTransaction& tx, const std::string& authorization,
                                         const std::string& address, HttpResponse& refusal) {
    auto caller = authenticate(tx, authorization);
    if (!caller) {
        auto limited = rate_limited(bad_credentials_rate_, address);
        refusal = limited ? std::move(*limited) : unauthorized();
        return std::nullopt;
    }
    if (auto limited = rate_limited(device_rate_, caller->device.id)) {
        refusal = std::move(*limited);
        refusal.device_id = caller->device.id;
        return std::nullopt;
    }
    return caller;
}

std::optional<HttpResponse> SyncService::read_only(const Caller& caller) {
    if (caller.scope.may_write)
        return std::nullopt;
    auto response = HttpResponse::error(403, "read_only",
                                        "This account reads field records but does not send them.");
    response.device_id = caller.device.id;
    return response;
}

std::optional<HttpResponse> SyncService::admit_push(const std::string& authorization,
                                                    const std::string& address) {
    std::optional<HttpResponse> refusal;
    store_.read([&](ServerTransaction& tx) {
        const auto caller = authenticate(tx, authorization);
        if (!caller) {
            auto limited = rate_limited(bad_credentials_rate_, address);
            refusal = limited ? std::move(*limited) : unauthorized();
            return;
        }
        refusal = rate_limited(device_rate_, caller->device.id, false);
        if (refusal)
            refusal->device_id = caller->device.id;
        else
            refusal = read_only(*caller);
    });
    return refusal;
}

HttpResponse SyncService::health() {
    return HttpResponse::json(200, {{"status", "ok"}, {"version", kServerVersion}});
}

HttpResponse SyncService::metrics(const std::string& authorization, const std::string& address) {
    const bool allowed = config_.metrics_token.empty()
                             ? is_loopback(address)
                             : same_secret(authorization, "Bearer " + config_.metrics_token);
    if (!allowed)
        return HttpResponse::error(403, "forbidden",
                                   config_.metrics_token.empty()
                                       ? "Metrics are served to this machine only."
                                       : "Metrics need the metrics token.");
    HttpResponse response;
    response.content_type = "text/plain; version=0.0.4; charset=utf-8";
    response.body = metrics_.render();
    return response;
}

HttpResponse SyncService::enroll(std::string_view body_text, const std::string& address) {
    if (auto limited = rate_limited(enroll_rate_, address))
        return *limited;
    if (body_text.size() > config_.http.enroll_body_limit)
        return HttpResponse::error(413, "body_too_large",
                                   "An enrolment request is a code and a device name; this body "
                                   "is larger than that.");
    auto parsed = parse_json(body_text, {4, 100});
    if (!parsed)
        return HttpResponse::error(400, parsed.error().code, parsed.error().message);
    const json& body = *parsed;
    Problems problems;
    FieldReader reader(body, problems);
    if (!reader.is_object())
        return HttpResponse::error(400, "malformed_request", "The body must be a JSON object.");
    const std::string code = reader.string("code");
    const std::string device_name = reader.string("device_name");
    reader.reject_unknown();
    if (problems.empty() &&
        (is_blank(device_name) || utf8_length(device_name) > kMaxDeviceNameChars))
        return HttpResponse::error(400, "malformed_request",
                                   "device_name: give the device a name of 1 to 100 characters.");
    if (!problems.empty())
        return HttpResponse::error(400, "malformed_request", summarize(problems));

    const std::int64_t now = clock_();
    std::optional<Enrolment> enrolment;
    json units = json::array();
    store_.write([&](ServerTransaction& tx) {
        enrolment = server::enroll(tx, code, device_name, now, address);
        if (!enrolment)
            return;
        for (const auto& unit : enrolment->units)
            units.push_back(unit_json(tx, unit));
        tx.add_audit({0,
                      now,
                      enrolment->user.id,
                      enrolment->device.id,
                      address,
                      "enroll",
                      {{"device_name", device_name}}});
    });
    if (!enrolment)
        return HttpResponse::error(401, "invalid_code",
                                   "This enrolment code is wrong, already used or expired.");
    auto response = HttpResponse::json(201, {{"device_id", enrolment->device.id},
                                             {"token", enrolment->token},
                                             {"user", to_json(enrolment->user)},
                                             {"units", std::move(units)}});
    response.device_id = enrolment->device.id;
    return response;
}

namespace {

// A change whose version the server replaced (its clock ran too far ahead)
// is written in the audit trail with both versions, never silently.
void audit_restamps(ServerTransaction& tx, const Caller& caller, const std::string& address,
                    const json& request, const json& answer, std::int64_t now) {
    const auto& changes = request.at("changes");
    const auto& results = answer.at("results");
    for (std::size_t i = 0; i < results.size() && i < changes.size(); ++i) {
        const auto& result = results[i];
        const std::string stored = text_or_empty(result, "version");
        if (stored.empty())
            continue;
        tx.add_audit({0, now, caller.user.id, caller.device.id, address, "restamp",
                      json{{"id", text_or_empty(result, "id")},
                           {"type", text_or_empty(changes[i], "type")},
                           {"device_version", text_or_empty(changes[i], "version")},
                           {"version", stored}}});
    }
}

}  // namespace

HttpResponse SyncService::push(const std::string& authorization, std::string_view body_text,
                               const std::string& address) {
    const std::int64_t now = clock_();
    HttpResponse response;
    // Credentials, rate and the right to write come first: a caller that may
    // not push costs the server no parse and no write transaction.
    std::optional<Caller> admitted;
    store_.read(
        [&](ServerTransaction& tx) { admitted = admit(tx, authorization, address, response); });
    if (!admitted)
        return response;
    if (auto refusal = read_only(*admitted))
        return *refusal;
    auto parsed = parse_json(body_text);
    if (!parsed) {
        response = HttpResponse::error(400, parsed.error().code, parsed.error().message);
        response.device_id = admitted->device.id;
        return response;
    }
    const json& body = *parsed;
    sync::Reply reply;
    bool fresh = false;
    const Caller& caller = *admitted;
    store_.write([&](ServerTransaction& tx) {
        const std::int64_t last = tx.last_batch(caller.device.id);
        tx.touch_device(caller.device.id, now, address);
        if (const auto device_time = sync::device_time_of(body))
            tx.note_clock(caller.device.id, sync::clock_skew_ms(*device_time, now), now);
        // The catalogues the store holds now: an import counts from the next push.
        const auto catalogues = catalogues_in_force(tx);
        sync::CentralConfig central = central_config(config_);
        central.catalogues = catalogues.get();
        reply = sync::apply_push(tx, caller.scope, body, now, change_rule(tx, now, *catalogues),
                                 central);
        fresh = reply.status == 200 && reply.body.value("batch", std::int64_t{0}) > last;
        if (fresh) {
            tx.add_audit({0, now, caller.user.id, caller.device.id, address, "push",
                          push_detail(body, reply.body)});
            audit_restamps(tx, caller, address, body, reply.body, now);
        }
        response = HttpResponse::json(reply.status, reply.body);
        response.device_id = caller.device.id;
    });
    if (fresh) {
        std::uint64_t applied = 0, superseded = 0, rejected = 0;
        for (const auto& result : reply.body.at("results")) {
            const auto status = result.value("status", "");
            applied += status == "applied";
            superseded += status == "superseded";
            rejected += status == "rejected";
        }
        metrics_.pushed(applied, superseded, rejected);
        metrics_.conflicts(reply.conflicts);
    }
    return response;
}

HttpResponse SyncService::pull(const std::string& authorization, const std::string& cursor,
                               int limit, const std::string& address) {
    HttpResponse response;
    store_.read([&](ServerTransaction& tx) {
        auto caller = admit(tx, authorization, address, response);
        if (!caller)
            return;
        auto reply = sync::read_pull(tx, caller->scope, cursor, limit, central_config(config_));
        if (reply.status == 200)
            metrics_.pulled(reply.body.at("changes").size());
        response = HttpResponse::json(reply.status, reply.body);
        response.device_id = caller->device.id;
    });
    return response;
}

HttpResponse SyncService::export_data(const std::string& authorization, const ExportQuery& query,
                                      const std::string& query_text, const std::string& address) {
    HttpResponse response;
    std::optional<Caller> caller;
    std::optional<std::size_t> rows;
    const auto refuse = [&](const Error& error) {
        const int status = error.code == "unknown_unit" ? 404 : 400;
        response = HttpResponse::error(status, error.code, error.message);
    };
    store_.read([&](ServerTransaction& tx) {
        caller = admit(tx, authorization, address, response);
        if (!caller)
            return;
        if (caller->user.role == Role::Supervisor) {
            response = HttpResponse::error(403, "forbidden",
                                           "Exports are for central HR and oversight accounts.");
            return;
        }
        if (streams(query))
            return;  // streamed below, a day at a time
        auto exported = export_records(tx, query, std::nullopt);
        if (!exported)
            return refuse(exported.error());
        rows = exported->rows;
        response.status = 200;
        response.content_type = exported->content_type;
        response.body = std::move(exported->body);
        if (query.format == ExportFormat::Xlsx)
            response.headers.emplace_back("Content-Disposition",
                                          "attachment; filename=\"pantau-export.xlsx\"");
    });
    if (caller && caller->user.role != Role::Supervisor && streams(query)) {
        // A year of a kabupaten is hundreds of megabytes: never held whole.
        auto stream = stream_attendance_export(store_, query, std::nullopt);
        if (!stream) {
            refuse(stream.error());
        } else {
            response.status = 200;
            response.content_type =
                query.format == ExportFormat::Csv ? "text/csv; charset=utf-8" : "application/json";
            response.stream = std::move(*stream);
        }
    }
    if (caller)
        response.device_id = caller->device.id;
    if (response.status == 200) {
        const std::int64_t now = clock_();
        store_.write([&](ServerTransaction& tx) {
            tx.add_audit(
                {0,
                 now,
                 caller->user.id,
                 caller->device.id,
                 address,
                 "export",
                 {{"rows", rows ? json(*rows) : json("streamed")}, {"query", query_text}}});
        });
    }
    return response;
}

HttpResponse SyncService::report(const std::string& authorization, ReportKind kind,
                                 const ReportFilterText& filters, const RenderOptions& render,
                                 const std::string& query_text, const std::string& address) {
    HttpResponse response;
    std::optional<Caller> caller;
    store_.read(
        [&](ServerTransaction& tx) { caller = admit(tx, authorization, address, response); });
    if (!caller)
        return response;
    return report_for(*caller, kind, filters, render, query_text, address);
}

HttpResponse SyncService::report_for(const Caller& caller, ReportKind kind,
                                     const ReportFilterText& filters, const RenderOptions& render,
                                     const std::string& query_text, const std::string& address) {
    const std::int64_t now = clock_();
    const auto query = report_query(kind, filters, now);
    HttpResponse response;
    response.device_id = caller.device.id;
    if (!query) {
        response = HttpResponse::error(400, query.error().code, query.error().message);
        response.device_id = caller.device.id;
        return response;
    }
    std::size_t rows = 0;
    store_.read([&](ServerTransaction& tx) {
        auto report = run_report(tx, *query, visible_units(caller));
        if (!report) {
            const auto& code = report.error().code;
            const int status = code == "unknown_unit" ? 404 : code == "outside_scope" ? 403 : 400;
            response = HttpResponse::error(status, code, report.error().message);
            return;
        }
        rows = report->rows.size();
        response.status = 200;
        response.content_type = std::string(content_type(render.format));
        response.body = render_report(*report, render);
        if (render.format != ReportFormat::Json)
            response.headers.emplace_back("Content-Disposition",
                                          "attachment; filename=\"" +
                                              file_name(*report, render.format,
                                                        query->month    ? *query->month
                                                        : query->period ? *query->period
                                                        : query->year ? std::to_string(*query->year)
                                                        : query->date ? query->date->iso()
                                                                      : std::string()) +
                                              "\"");
    });
    response.device_id = caller.device.id;
    if (response.status == 200) {
        store_.write([&](ServerTransaction& tx) {
            tx.add_audit({0,
                          now,
                          caller.user.id,
                          caller.device.id,
                          address,
                          "report",
                          {{"kind", to_string(kind)}, {"rows", rows}, {"query", query_text}}});
        });
    }
    return response;
}

}  // namespace pantau::server
