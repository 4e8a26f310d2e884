// Black-box: what operators and oversight see of a running server: TLS,
// gzip, the metrics endpoint, the request log and the audit trail.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "kabupaten.h"
#include "syncserver/http/test_certificate.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server::testing;

namespace {

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("the server speaks TLS when given a certificate") {
    TestCertificate certificate;
    Kabupaten k({"--tls-cert", certificate.cert_file(), "--tls-key", certificate.key_file()});
    test::HttpClient client("127.0.0.1", k.server.port(), true, certificate.cert_file());
    const auto health = client.get("/v1/health");
    CHECK(health.status == 200);
    CHECK(health.json().at("status") == "ok");
    const auto code = k.new_code(k.supervisor_of(k.unit("PUSKESMAS", 0)));
    const auto enrolled =
        client.post("/v1/enroll", json{{"code", code}, {"device_name", "HP"}}.dump(),
                    {{"Content-Type", "application/json"}});
    CHECK(enrolled.status == 201);
    // Plain HTTP to the TLS port gets no answer, and the server goes on.
    test::HttpClient plain("127.0.0.1", k.server.port());
    plain.set_timeout(std::chrono::seconds(3));
    CHECK_THROWS(plain.get("/v1/health"));
    CHECK(client.get("/v1/health").status == 200);
}

TEST_CASE("metrics, the request log and the audit trail describe what happened") {
    Kabupaten k;
    const auto unit = k.unit("PUSKESMAS", 0);
    auto phone = k.device(k.supervisor_of(unit), "phone");
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    mark(*phone, unit, phone->store().list("employee").at(0).id, "HADIR", now_ms());
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);

    auto client = k.client();
    const auto metrics = client.get("/metrics");
    REQUIRE(metrics.status == 200);
    CHECK(metrics.header("content-type").find("text/plain") == 0);
    CHECK(metrics.body.find("pantau_push_changes_total{result=\"applied\"} 1") !=
          std::string::npos);
    CHECK(metrics.body.find("pantau_http_request_duration_seconds_bucket") != std::string::npos);

    // One line per request on stderr, naming the device and never the token.
    const auto log = read_file(k.dir.path() / "server.log");
    CHECK(log.find("POST /v1/sync/push 200") != std::string::npos);
    CHECK(log.find(phone->device_id()) != std::string::npos);
    CHECK(log.find(phone->token()) == std::string::npos);

    auto oversight = k.device(k.user_with_role("oversight"), "oversight");
    const test::HttpHeaders auth = {{"Authorization", "Bearer " + oversight->token()}};
    const auto audit = client.get("/v1/audit", auth).json();
    bool push_seen = false;
    for (const auto& entry : audit.at("entries")) {
        if (entry.at("action") != "push")
            continue;
        push_seen = true;
        CHECK(entry.at("device_id") == phone->device_id());
        CHECK(entry.at("address") == "127.0.0.1");
        CHECK(entry.at("detail").at("changes")[0].at("type") == "attendance");
    }
    CHECK(push_seen);
    const test::HttpHeaders phone_auth = {{"Authorization", "Bearer " + phone->token()}};
    CHECK(client.get("/v1/audit", phone_auth).status == 403);

    // HR exports over HTTP, gzip-compressed on request.
    auto hr = k.device(k.user_with_role("hr"), "hr");
    const auto exported =
        client.get("/v1/export?type=attendance&format=csv",
                   {{"Authorization", "Bearer " + hr->token()}, {"Accept-Encoding", "gzip"}});
    REQUIRE(exported.status == 200);
    CHECK(exported.body.find(unit) != std::string::npos);
    CHECK(exported.header("content-type").find("text/csv") == 0);
}
