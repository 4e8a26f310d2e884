// The lists central HR and oversight read, a page at a time: the audit
// trail, the conflicts inside the caller's units and the devices with their
// clocks. Part of SyncService (sync_service.h); the sync endpoints are in
// sync_service.cpp.
#include <algorithm>
#include <map>

#include "core/timestamp.h"
#include "service/sync_service.h"
#include "sync/protocol.h"

namespace pantau::server {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxListPage = 1000;

// A list's page: the limit asked for (none: the most), at most kMaxListPage.
std::size_t page_size(int limit) {
    return limit <= 0 ? kMaxListPage
                      : std::min<std::size_t>(static_cast<std::size_t>(limit), kMaxListPage);
}

json audit_json(const AuditEntry& e) {
    return {{"id", std::to_string(e.id)}, {"at", format_timestamp(e.at)}, {"user_id", e.user_id},
            {"device_id", e.device_id},   {"address", e.address},         {"action", e.action},
            {"detail", e.detail}};
}

}  // namespace

HttpResponse SyncService::audit(const std::string& authorization, std::int64_t after, int limit,
                                const std::string& address) {
    HttpResponse response;
    store_.read([&](ServerTransaction& tx) {
        auto caller = admit(tx, authorization, address, response);
        if (!caller)
            return;
        if (caller->user.role != Role::Oversight) {
            response = HttpResponse::error(403, "forbidden",
                                           "The audit log is for oversight accounts only.");
        } else {
            json entries = json::array();
            std::int64_t last = after;
            for (const auto& entry : tx.audit_after(after, page_size(limit))) {
                last = entry.id;
                entries.push_back(audit_json(entry));
            }
            response = HttpResponse::json(
                200, {{"entries", std::move(entries)}, {"next", std::to_string(last)}});
        }
        response.device_id = caller->device.id;
    });
    return response;
}

HttpResponse SyncService::conflicts(const std::string& authorization, std::int64_t after, int limit,
                                    const std::string& address) {
    HttpResponse response;
    store_.read([&](ServerTransaction& tx) {
        auto caller = admit(tx, authorization, address, response);
        if (!caller)
            return;
        json list = json::array();
        std::int64_t last = after;
        for (const auto& [id, c] :
             tx.conflicts_after(after, caller->scope.units, page_size(limit))) {
            last = id;
            list.push_back({{"id", std::to_string(id)},
                            {"type", c.type},
                            {"record_id", c.record_id},
                            {"unit_id", c.unit_id},
                            {"winner", c.winner.to_json()},
                            {"loser", c.loser.to_json()},
                            {"detected_at", format_timestamp(c.detected_at)}});
        }
        response = HttpResponse::json(
            200, {{"conflicts", std::move(list)}, {"next", std::to_string(last)}});
        response.device_id = caller->device.id;
    });
    return response;
}

HttpResponse SyncService::devices(const std::string& authorization, const std::string& address) {
    HttpResponse response;
    store_.read([&](ServerTransaction& tx) {
        auto caller = admit(tx, authorization, address, response);
        if (!caller)
            return;
        response.device_id = caller->device.id;
        if (caller->user.role == Role::Supervisor) {
            response = HttpResponse::error(403, "forbidden",
                                           "The device list is for HR and oversight accounts.");
            response.device_id = caller->device.id;
            return;
        }
        std::map<std::string, User> users;
        for (auto& user : tx.users())
            users.emplace(user.id, std::move(user));
        json list = json::array();
        for (const auto& device : tx.devices()) {
            const auto user = users.find(device.user_id);
            if (user == users.end())
                continue;
            const bool visible = std::any_of(
                user->second.units.begin(), user->second.units.end(),
                [&](const std::string& unit) { return caller->scope.units.contains(unit); });
            if (!visible)
                continue;
            json item = to_json(device);
            item["user_name"] = user->second.name;
            item["role"] = std::string(to_string(user->second.role));
            list.push_back(std::move(item));
        }
        response = HttpResponse::json(200, {{"devices", std::move(list)}});
        response.device_id = caller->device.id;
    });
    return response;
}

}  // namespace pantau::server
