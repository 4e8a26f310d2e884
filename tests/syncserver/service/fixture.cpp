#include "fixture.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <random>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "org/employee.h"
#include "org/unit.h"
#include "service/directory.h"
#include "service/master_data.h"

namespace pantau::server::testing {

using nlohmann::json;

namespace {

std::filesystem::path temp_dir() {
    std::random_device random;
    auto dir = std::filesystem::temp_directory_path() /
               ("pantau-service-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

Fixture::Fixture(ServerConfig config) : dir(temp_dir()) {
    scratch = std::make_unique<pantau::testing::ScratchStore>(dir);
    store_url = scratch->url();
    store = open_store(store_url);
    service = std::make_unique<SyncService>(*store, metrics, config, [this] { return now; });
    router = std::make_unique<Router>(*service);
    store->write([&](ServerTransaction& tx) {
        dinas =
            must(add_unit(tx, Unit{"Dinas Kesehatan", "OPD", std::nullopt, "Asia/Jakarta"}, now));
        unit_a = must(
            add_unit(tx, Unit{"UPT Puskesmas Sukamaju", "PUSKESMAS", dinas, "Asia/Jakarta"}, now));
        unit_b = must(
            add_unit(tx, Unit{"UPT Puskesmas Cibeureum", "PUSKESMAS", dinas, "Asia/Jakarta"}, now));
        employee_a =
            must(put_employee(tx,
                              Employee{"198503122010012003", "Siti Rahmawati", EmployeeKind::PNS,
                                       "III/c", "Perawat Ahli Muda", std::nullopt, unit_a, true},
                              now));
        employee_a2 =
            must(put_employee(tx,
                              Employee{"199001072015032002", "Dewi Lestari", EmployeeKind::PNS,
                                       "II/d", "Bidan Terampil", std::nullopt, unit_a, true},
                              now));
        employee_b = must(
            put_employee(tx,
                         Employee{"198811232014021001", "Ahmad Fauzi", EmployeeKind::PNS, "III/b",
                                  "Apoteker Ahli Pertama", std::nullopt, unit_b, true},
                         now));
        supervisor_a =
            must(create_user(tx, "Kepala Puskesmas Sukamaju", Role::Supervisor, {unit_a}, now)).id;
        supervisor_b =
            must(create_user(tx, "Kepala Puskesmas Cibeureum", Role::Supervisor, {unit_b}, now)).id;
        hr = must(create_user(tx, "BKPSDM", Role::Hr, {}, now)).id;
        oversight = must(create_user(tx, "Inspektorat", Role::Oversight, {}, now)).id;
    });
}

Fixture::~Fixture() {
    router.reset();
    service.reset();
    store.reset();
    scratch.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
}

std::string Fixture::code_for(const std::string& user_id, std::int64_t ttl_ms) {
    std::string code;
    store->write(
        [&](ServerTransaction& tx) { code = must(issue_enroll_code(tx, user_id, ttl_ms, now)); });
    return code;
}

std::string Fixture::enroll(const std::string& user_id, std::string* device_id) {
    const auto response =
        request("POST", "/v1/enroll",
                json{{"code", code_for(user_id)}, {"device_name", "HP Supervisor"}}.dump());
    REQUIRE(response.status == 201);
    const auto body = body_of(response);
    if (device_id)
        *device_id = body.at("device_id").get<std::string>();
    return body.at("token").get<std::string>();
}

HttpRequest http_request(const std::string& method, const std::string& target,
                         const std::string& body, const std::string& token,
                         const std::string& address) {
    HttpRequest r;
    r.method = method;
    r.target = target;
    r.body = body;
    r.content_type = body.empty() ? "" : "application/json";
    r.authorization = token.empty() ? "" : "Bearer " + token;
    r.remote_address = address;
    return r;
}

HttpResponse Fixture::request(const std::string& method, const std::string& target,
                              const std::string& body, const std::string& token) {
    HttpResponse response = router->handle(http_request(method, target, body, token));
    // A body made in pieces is gathered, as a client reads it from the socket.
    if (response.stream) {
        while (auto piece = response.stream->next())
            response.body += *piece;
        response.stream.reset();
    }
    return response;
}

json Fixture::push(const std::string& token, std::int64_t batch, const std::vector<json>& changes,
                   int expect_status) {
    const auto response = request("POST", "/v1/sync/push",
                                  json{{"batch", batch}, {"changes", changes}}.dump(), token);
    INFO(response.body);
    REQUIRE(response.status == expect_status);
    return body_of(response);
}

json Fixture::pull_all(const std::string& token) {
    json all = json::array();
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
        const auto response = request("GET", "/v1/sync/pull?limit=50&cursor=" + cursor, "", token);
        REQUIRE(response.status == 200);
        const auto body = body_of(response);
        for (const auto& c : body.at("changes"))
            all.push_back(c);
        cursor = body.at("cursor").get<std::string>();
        if (!body.at("more").get<bool>())
            return all;
    }
    FAIL("pull never ended");
    return all;
}

json body_of(const HttpResponse& response) {
    auto body = json::parse(response.body, nullptr, false);
    if (body.is_discarded())
        FAIL("not JSON: " << response.body);
    return body;
}

sync::Change attendance(const std::string& unit, const std::string& employee,
                        const std::string& date, const std::string& status,
                        const std::string& version, const std::string& origin,
                        std::optional<std::string> base) {
    const Date day = *Date::parse(date);
    Attendance a{employee,     day,          status, std::nullopt,
                 std::nullopt, std::nullopt, kNow,   std::nullopt};
    return {"attendance",
            attendance_id(unit, employee, day),
            unit,
            version,
            std::move(base),
            origin,
            false,
            a.to_json()};
}

Phone::Phone(Fixture& fixture, const std::string& user_id) : f(&fixture) {
    token = f->enroll(user_id, &device);
}

json Phone::push(sync::Change change) {
    change.origin = device;
    return push_raw(change.to_json());
}

json Phone::push_raw(const json& change) {
    return f->push(token, ++batch, {change}).at("results").at(0);
}

sync::Change record(const std::string& type, const std::string& id, const std::string& unit,
                    const std::string& version, json data) {
    return {type, id, unit, version, std::nullopt, "", false, std::move(data)};
}

DisciplineEvent step(const std::string& case_id, CaseState state, std::int64_t at) {
    DisciplineEvent e;
    e.case_id = case_id;
    e.step = state;
    e.at = at;
    e.actor = "Kepala Puskesmas";
    return e;
}

std::string version_at(std::int64_t ms, std::uint16_t counter) {
    return Hlc(static_cast<std::uint64_t>(ms), counter).to_string();
}

Transport router_transport(Fixture& f) {
    return [&f](const std::string& method, const std::string& target, const std::string& body,
                const std::string& token) -> std::optional<HttpResult> {
        const auto response = f.router->handle(http_request(method, target, body, token));
        return HttpResult{response.status, response.body, {}};
    };
}

PhoneFile::~PhoneFile() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::remove((path + suffix).c_str());
}

}  // namespace pantau::server::testing
