// Writes the seed corpus of the fuzz targets from real requests: a push of
// one record of every type a device writes, sent through the router to a
// store holding the world of world.h, and the pull page, push answer and
// export the server gives back; the HTTP requests around them (plain, gzip,
// chunked, pipelined); the records' data; gzip bodies; a CSV file HR would
// import. Every exchange is checked to get the answer a real client gets, so
// the seeds start past validation.
//
//   pantau-fuzz-corpus OUT_DIR      (tests/fuzz/corpus is OUT_DIR in the tree)
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/server_world.h"
#include "fuzz/world.h"
#include "http/gzip.h"
#include "metrics.h"
#include "org/employee.h"
#include "org/unit.h"
#include "service/router.h"
#include "service/sync_service.h"
#include "survey/survey_response.h"
#include "sync/change.h"

namespace {

using namespace pantau;
using namespace pantau::fuzz;
using namespace pantau::server;
using nlohmann::json;
namespace fs = std::filesystem;

fs::path out_dir;

void write(const std::string& target, const std::string& name, std::string_view bytes) {
    const fs::path dir = out_dir / target;
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string version(std::int64_t ms, std::uint16_t counter = 0) {
    return Hlc(static_cast<std::uint64_t>(ms), counter).to_string();
}

const Date kToday = *Date::parse("2026-11-23");
const std::string kCase = uuid_v5(kPantauNamespace, "fuzz/case");

sync::Change change_of(std::string type, std::string id, json data, std::int64_t at) {
    return {std::move(type), std::move(id),  std::string(kUnitA),
            version(at),     std::nullopt,   std::string(kSupervisorADevice),
            false,           std::move(data)};
}

std::vector<sync::Change> one_of_each() {
    const std::string employee(kEmployeeA);
    Attendance a{employee,     kToday,       "HADIR", std::nullopt,
                 std::nullopt, std::nullopt, kNow,    Location{-6.9147, 107.6098, 12.0}};
    DisciplineCase c{employee, kNow - 7'200'000,        "4f",
                     "RINGAN", "Terlambat masuk kerja", "INCIDENT"};
    DisciplineEvent e;
    e.case_id = kCase;
    e.step = CaseState::REPORTED;
    e.at = kNow - 3'600'000;
    e.actor = "Kepala Puskesmas";
    e.note = "Dilaporkan oleh kepala ruangan";
    Evaluation v;
    v.employee_id = employee;
    v.period = "2026-10";
    SurveyResponse s;
    s.unit_id = std::string(kUnitA);
    s.collected_at = kNow - 600'000;
    s.scores = {4, 3, 4, 4, 3, 4, 4, 3, 4};
    return {
        change_of("attendance", attendance_id(kUnitA, kEmployeeA, kToday), a.to_json(),
                  kNow - 60'000),
        change_of("discipline_case", kCase, c.to_json(), kNow - 50'000),
        change_of("discipline_event", uuid_v5(kPantauNamespace, "fuzz/event"), e.to_json(),
                  kNow - 40'000),
        change_of("evaluation", evaluation_id(kEmployeeA, v.period), v.to_json(), kNow - 30'000),
        change_of("survey_response", uuid_v5(kPantauNamespace, "fuzz/survey"), s.to_json(),
                  kNow - 20'000),
    };
}

std::string http(std::string_view method, std::string_view target, std::string_view token,
                 std::string_view body = "", std::string_view extra_headers = "") {
    std::string text = std::string(method) + " " + std::string(target) + " HTTP/1.1\r\n";
    text += "Host: 127.0.0.1:8787\r\nUser-Agent: Pantau/0.1\r\nAccept-Encoding: gzip\r\n";
    if (!token.empty())
        text += "Authorization: Bearer " + std::string(token) + "\r\n";
    if (!body.empty() || method == "POST")
        text += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                "\r\n";
    text += std::string(extra_headers) + "\r\n";
    return text + std::string(body);
}

struct Server {
    std::unique_ptr<ServerStore> store = fresh_server_store();
    Metrics metrics;
    ServerConfig config;
    SyncService service{*store, metrics, config, [] { return kNow; }};
    Router router{service};

    json call(std::string method, std::string target, std::string_view token, std::string body = "",
              int expect = 200) {
        HttpRequest request;
        request.method = method;
        request.target = target;
        request.authorization = token.empty() ? "" : "Bearer " + std::string(token);
        request.content_type = body.empty() ? "" : "application/json";
        request.body = body;
        request.remote_address = "127.0.0.1";
        const HttpResponse response = router.handle(request);
        if (response.status != expect)
            fail(method + " " + target + " answered " + std::to_string(response.status) + ": " +
                 response.body);
        auto parsed = json::parse(response.body, nullptr, false);
        return parsed.is_discarded() ? json(response.body) : parsed;
    }
};

void request_corpus(const std::string& push, const std::string& tombstones) {
    const auto token = kSupervisorAToken;
    write("request", "push.http", http("POST", "/v1/sync/push", token, push));
    write("request", "push-gzip.http",
          http("POST", "/v1/sync/push", token, gzip_compress(push), "Content-Encoding: gzip\r\n"));
    std::string chunked =
        http("POST", "/v1/sync/push", token, "", "Transfer-Encoding: chunked\r\n");
    chunked.replace(chunked.find("Content-Length: 0\r\n"), 19, "");
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", push.size() / 2);
    chunked += size + push.substr(0, push.size() / 2) + "\r\n";
    std::snprintf(size, sizeof size, "%zx\r\n", push.size() - push.size() / 2);
    chunked += size + push.substr(push.size() / 2) + "\r\n0\r\n\r\n";
    write("request", "push-chunked.http", chunked);
    write("request", "push-read-only.http", http("POST", "/v1/sync/push", kHrToken, push));
    write("request", "push-then-delete.http",
          http("POST", "/v1/sync/push", token, push) +
              http("POST", "/v1/sync/push", token, tombstones));
    write("request", "push-pull-export.http",
          http("POST", "/v1/sync/push", token, push) +
              http("GET", "/v1/sync/pull?limit=2&cursor=", token) +
              http("GET", "/v1/export?type=attendance&format=csv&from=2026-11-01&to=2026-11-30",
                   kHrToken) +
              http("GET", "/v1/export?type=discipline&format=json&unit=" + std::string(kUnitA),
                   kHrToken));
    write("request", "pull.http", http("GET", "/v1/sync/pull?limit=50&cursor=", token));
    write("request", "pull-other-unit.http",
          http("GET", "/v1/sync/pull?cursor=c3&limit=10", kSupervisorBToken));
    write("request", "enroll.http",
          http("POST", "/v1/enroll", "",
               json{{"code", kEnrollCode}, {"device_name", "HP Supervisor"}}.dump()));
    write("request", "health-keep-alive.http",
          http("GET", "/v1/health", "") +
              http("HEAD", "/v1/health", "", "", "Connection: close\r\n"));
    write("request", "audit.http", http("GET", "/v1/audit?after=0&limit=10", kOversightToken));
    write("request", "conflicts.http", http("GET", "/v1/conflicts", kSupervisorAToken));
    write("request", "metrics.http", http("GET", "/metrics", ""));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR\n", argv[0]);
        return 2;
    }
    out_dir = argv[1];
    const auto changes = one_of_each();
    json changes_json = json::array();
    for (const auto& c : changes)
        changes_json.push_back(c.to_json());
    const std::string push = json{{"batch", 1}, {"changes", changes_json}}.dump();
    sync::Change tombstone = changes.front();
    tombstone.base = tombstone.version;
    tombstone.version = version(kNow);
    tombstone.deleted = true;
    tombstone.data = json::object();
    const std::string tombstones = json{{"batch", 2}, {"changes", {tombstone.to_json()}}}.dump();

    // The exchange, checked: every change applied, the page holds them.
    Server server;
    const json pushed = server.call("POST", "/v1/sync/push", kSupervisorAToken, push);
    for (const auto& result : pushed.at("results"))
        if (result.at("status") != "applied")
            fail("the seed push was not applied: " + result.dump());
    const json page = server.call("GET", "/v1/sync/pull?limit=50", kSupervisorAToken);
    if (page.at("changes").size() < changes.size())
        fail("the pull page lacks the pushed changes: " + page.dump());
    const json small_page = server.call("GET", "/v1/sync/pull?limit=2", kSupervisorAToken);
    const json deleted = server.call("POST", "/v1/sync/push", kSupervisorAToken, tombstones);
    if (deleted.at("results").at(0).at("status") != "applied")
        fail("the seed tombstone was not applied: " + deleted.dump());
    const json after_delete =
        server.call("GET", "/v1/sync/pull?limit=50&cursor=" + page.at("cursor").get<std::string>(),
                    kSupervisorAToken);
    (void)server.call("GET", "/v1/export?type=attendance&format=csv", kHrToken);
    (void)server.call("GET", "/v1/audit?after=0&limit=10", kOversightToken);

    request_corpus(push, tombstones);

    write("change", "push.json", push);
    write("change", "push-tombstone.json", tombstones);
    write("change", "push-response.json", pushed.dump());
    write("change", "pull-page.json", page.dump());
    write("change", "change.json", changes.front().to_json().dump(2));

    for (const auto& c : changes)
        write("validators", c.type + ".json", c.data.dump());
    write("validators", "unit.json",
          Unit{"UPT Puskesmas Sukamaju", "PUSKESMAS", std::string(kDinas), "Asia/Jakarta"}
              .to_json()
              .dump());
    write("validators", "employee.json",
          Employee{"198503122010012003", "Siti Rahmawati", EmployeeKind::PNS, "III/c",
                   "Perawat Ahli Muda", std::nullopt, std::string(kUnitA), true}
              .to_json()
              .dump());
    write("validators", "change.json", changes.front().to_json().dump());

    write("pull", "page.json", page.dump());
    write("pull", "page-more.json", small_page.dump());
    write("pull", "page-tombstone.json", after_delete.dump());
    // The server's later edit of the attendance the phone corrects meanwhile: a conflict.
    json conflicting = page;
    for (auto& c : conflicting.at("changes"))
        if (c.at("type") == "attendance") {
            c["id"] = attendance_id(kUnitA, kEmployeeA2, kToday);
            c["data"]["employee_id"] = kEmployeeA2;
            c["version"] = version(kNow + 60'000);
        }
    write("pull", "page-conflict.json", conflicting.dump());

    write("gzip", "push.gz", gzip_compress(push));
    write("gzip", "two-members.gz",
          gzip_compress("{\"batch\":1,") + gzip_compress("\"changes\":[]}"));
    write("gzip", "empty.gz", gzip_compress(""));
    write("gzip", "repetitive.gz", gzip_compress(std::string(100'000, 'a')));

    write("csv", "employees.csv",
          "nip,name,kind,golongan,jabatan,unit_id\n"
          "198503122010012003,Siti Rahmawati,PNS,III/c,Perawat Ahli Muda," +
              std::string(kUnitA) +
              "\n"
              "199203152019232001,Rina Marlina,PPPK,IX,Bidan Ahli Pertama," +
              std::string(kUnitA) + "\n");
    write("csv", "excel-bom-crlf-quoted.csv",
          "\xEF\xBB\xBF"
          "name,nip,kind,golongan,jabatan,unit_id\r\n"
          "\"Dewi Lestari, A.Md.Keb.\",199001072015032002,pns,II/d,\"Bidan \"\"Terampil\"\"\"," +
              std::string(kUnitB) + "\r\n");
    write("csv", "bad-row.csv",
          "nip,name,kind,golongan,jabatan,unit_id\n"
          "12345,Tanpa NIP,PNS,III/c,Staf," +
              std::string(kUnitA) + "\n");
    std::printf("seed corpus written under %s\n", out_dir.c_str());
    return 0;
}
