#include "kabupaten.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <map>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"

namespace pantau::server::testing {

using nlohmann::json;

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string today_wib() {
    return local_date(now_ms(), 7 * 60).iso();
}

sync::Change mark(TestDevice& device, const std::string& unit, const std::string& employee,
                  const std::string& status, std::int64_t at_ms) {
    const Date day = *Date::parse(today_wib());
    const Attendance a{employee,     day,          status, std::nullopt,
                       std::nullopt, std::nullopt, at_ms,  std::nullopt};
    auto recorded = device.store().record(
        {"attendance", attendance_id(unit, employee, day), unit, a.to_json()}, at_ms);
    INFO((recorded ? "" : recorded.error().message));
    REQUIRE(recorded);
    return *recorded;
}

json attendance_change(const std::string& unit, const std::string& employee,
                       const std::string& origin, const std::string& status) {
    const Date day = *Date::parse(today_wib());
    const Attendance a{employee,     day,          status,   std::nullopt,
                       std::nullopt, std::nullopt, now_ms(), std::nullopt};
    return {{"type", "attendance"},
            {"id", attendance_id(unit, employee, day)},
            {"unit_id", unit},
            {"version", Hlc(static_cast<std::uint64_t>(now_ms()), 0).to_string()},
            {"base", nullptr},
            {"origin", origin},
            {"deleted", false},
            {"data", a.to_json()}};
}

Kabupaten::Kabupaten(std::vector<std::string> server_args,
                     const std::filesystem::path& store_folder)
    : scratch(store_folder.empty() ? dir.path() : store_folder),
      store_url(scratch.url()),
      server(store_url, std::move(server_args), dir.path() / "server.log") {
    demo = admin({"demo-data", "--no-history"});
    server.start();
}

json Kabupaten::admin(std::vector<std::string> args) {
    args.push_back("--store");
    args.push_back(store_url);
    args.push_back("--json");
    const auto result = run_server_command(args);
    INFO("stderr: " << result.err << "\nstdout: " << result.out);
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out);
}

std::string Kabupaten::unit(const std::string& kind, int index) const {
    int seen = 0;
    for (const auto& u : demo.at("units"))
        if (u.at("kind") == kind && seen++ == index)
            return u.at("id").get<std::string>();
    FAIL("no unit of kind " << kind);
    return {};
}

std::string Kabupaten::supervisor_of(const std::string& unit_id) const {
    for (const auto& u : demo.at("users"))
        if (u.at("role") == "supervisor" && u.at("units").size() == 1 &&
            u.at("units")[0] == unit_id)
            return u.at("id").get<std::string>();
    FAIL("no supervisor of " << unit_id);
    return {};
}

std::string Kabupaten::user_with_role(const std::string& role) const {
    for (const auto& u : demo.at("users"))
        if (u.at("role") == role)
            return u.at("id").get<std::string>();
    FAIL("no user with role " << role);
    return {};
}

std::string Kabupaten::new_code(const std::string& user_id) {
    return admin({"enroll-code", "--user", user_id}).at("code").get<std::string>();
}

Transport Kabupaten::transport() {
    auto client = std::make_shared<std::unique_ptr<test::HttpClient>>();
    auto port = std::make_shared<std::uint16_t>(0);
    const std::uint16_t via = via_port;
    return [this, client, port, via](const std::string& method, const std::string& target,
                                     const std::string& body,
                                     const std::string& token) -> std::optional<HttpResult> {
        const int number = ++requests_sent;
        if (on_request)
            on_request(number, false);
        if (!server.running())
            return std::nullopt;
        const std::uint16_t to = via ? via : server.port();
        if (!*client || *port != to) {
            *client = std::make_unique<test::HttpClient>("127.0.0.1", to);
            *port = to;
        }
        test::HttpHeaders headers;
        if (!token.empty())
            headers.emplace_back("Authorization", "Bearer " + token);
        if (!body.empty())
            headers.emplace_back("Content-Type", "application/json");
        try {
            auto response = (*client)->request(method, target, body, headers);
            if (on_request) {
                on_request(number, true);
                if (!server.running()) {
                    client->reset();
                    return std::nullopt;  // the server answered, then died: the answer is lost
                }
            }
            return HttpResult{response.status, response.body, response.headers};
        } catch (const std::exception&) {
            client->reset();
            return std::nullopt;
        }
    };
}

std::unique_ptr<TestDevice> Kabupaten::device(const std::string& user_id, const std::string& name) {
    return std::make_unique<TestDevice>(transport(), new_code(user_id),
                                        (dir.path() / (name + ".db")).string());
}

test::HttpClient Kabupaten::client() {
    return test::HttpClient("127.0.0.1", server.port());
}

Transport Balancer::transport() {
    auto clients = std::make_shared<std::map<std::uint16_t, std::unique_ptr<test::HttpClient>>>();
    return [this, clients](const std::string& method, const std::string& target,
                           const std::string& body,
                           const std::string& token) -> std::optional<HttpResult> {
        const auto port = pick();
        if (!port)
            return std::nullopt;
        auto& client = (*clients)[*port];
        if (!client)
            client = std::make_unique<test::HttpClient>("127.0.0.1", *port);
        test::HttpHeaders headers;
        if (!token.empty())
            headers.emplace_back("Authorization", "Bearer " + token);
        if (!body.empty())
            headers.emplace_back("Content-Type", "application/json");
        try {
            auto response = client->request(method, target, body, headers);
            ++answered_;
            return HttpResult{response.status, response.body, response.headers};
        } catch (const std::exception&) {
            client.reset();
            ++failed_;
            return std::nullopt;
        }
    };
}

std::optional<std::uint16_t> Balancer::pick() {
    std::lock_guard lock(mutex_);
    std::vector<std::uint16_t> up;
    for (auto* s : servers_)
        if (s->running())
            up.push_back(s->port());
    if (up.empty())
        return std::nullopt;
    return up[random_() % up.size()];
}

}  // namespace pantau::server::testing
