// Black-box: bad input gets the protocol's JSON error, and the server keeps
// serving everyone else.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "kabupaten.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server::testing;

namespace {

struct Setup {
    Kabupaten k{{"--request-timeout", "2"}};
    std::string token;
    std::string device_id;
    std::string unit;

    Setup() {
        unit = k.unit("PUSKESMAS", 0);
        auto client = k.client();
        const auto enrolled = client.post(
            "/v1/enroll",
            json{{"code", k.new_code(k.supervisor_of(unit))}, {"device_name", "HP"}}.dump(),
            {{"Content-Type", "application/json"}});
        REQUIRE(enrolled.status == 201);
        token = enrolled.json().at("token").get<std::string>();
        device_id = enrolled.json().at("device_id").get<std::string>();
    }

    test::HttpHeaders headers(const std::string& content_type = "application/json") const {
        return {{"Authorization", "Bearer " + token}, {"Content-Type", content_type}};
    }

    // The server still answers a normal request.
    void still_serving() {
        auto client = k.client();
        CHECK(client.get("/v1/health").status == 200);
        CHECK(client.get("/v1/sync/pull?limit=1", headers()).status == 200);
    }
};

void expect_error(const test::HttpClientResponse& r, int status) {
    INFO(r.body);
    CHECK(r.status == status);
    CHECK_FALSE(r.error_code().empty());
    CHECK(r.json().at("error").at("message").is_string());
}

}  // namespace

TEST_CASE("bad input gets a JSON error and the server keeps serving") {
    Setup s;
    auto client = s.k.client();

    SECTION("malformed JSON") {
        expect_error(client.post("/v1/sync/push", "{\"batch\": 1, \"changes\": [", s.headers()),
                     400);
    }
    SECTION("wrong types") {
        expect_error(
            client.post("/v1/sync/push", R"({"batch": "one", "changes": {}})", s.headers()), 400);
    }
    SECTION("an unknown record type is rejected inside a 200") {
        const json body = {{"batch", 1},
                           {"changes",
                            {{{"type", "gaji"},
                              {"id", "0b1f0000-0000-4000-8000-000000000001"},
                              {"unit_id", s.unit},
                              {"version", "0193a4c5d6e70001"},
                              {"base", nullptr},
                              {"origin", s.device_id},
                              {"deleted", false},
                              {"data", json::object()}}}}};
        auto r = client.post("/v1/sync/push", body.dump(), s.headers());
        REQUIRE(r.status == 200);
        CHECK(r.json().at("results")[0].at("status") == "rejected");
    }
    SECTION("a 9 MiB body") {
        const std::string big(9 * 1024 * 1024, ' ');
        auto r = client.post("/v1/sync/push", big, s.headers());
        expect_error(r, 413);
    }
    SECTION("bad gzip") {
        auto headers = s.headers();
        headers.emplace_back("Content-Encoding", "gzip");
        expect_error(client.post("/v1/sync/push", "this is not gzip at all", headers), 400);
    }
    SECTION("10,000 changes in one batch") {
        json changes = json::array();
        for (int i = 0; i < 10'000; ++i)
            changes.push_back({{"type", "attendance"}, {"id", std::to_string(i)}});
        expect_error(client.post("/v1/sync/push", json{{"batch", 1}, {"changes", changes}}.dump(),
                                 s.headers()),
                     413);
    }
    SECTION("100,000 nested arrays are refused without a crash, from a read-only account unread") {
        const std::string deep = "{\"batch\": 1, \"changes\": [" + std::string(100'000, '[') +
                                 std::string(100'000, ']') + "]}";
        const auto refused = client.post("/v1/sync/push", deep, s.headers());
        expect_error(refused, 400);
        CHECK(refused.error_code() == "json_too_deep");
        auto hr = s.k.client();
        const auto enrolled = hr.post(
            "/v1/enroll",
            json{{"code", s.k.new_code(s.k.user_with_role("hr"))}, {"device_name", "HR"}}.dump(),
            {{"Content-Type", "application/json"}});
        REQUIRE(enrolled.status == 201);
        const auto hr_token = enrolled.json().at("token").get<std::string>();
        const auto answer = hr.post(
            "/v1/sync/push", deep,
            {{"Authorization", "Bearer " + hr_token}, {"Content-Type", "application/json"}});
        expect_error(answer, 403);  // refused before the body is parsed
        CHECK(answer.error_code() == "read_only");
        CHECK(s.k.server.running());
    }
    SECTION("no token, a bad token") {
        expect_error(client.get("/v1/sync/pull"), 401);
        expect_error(client.get("/v1/sync/pull", {{"Authorization", "Bearer 00ff"}}), 401);
        expect_error(client.get("/v1/sync/pull", {{"Authorization", "Basic YWxhZGRpbjpvcGVu"}}),
                     401);
    }
    SECTION("a wrong content type") {
        expect_error(client.post("/v1/sync/push", "batch=1", s.headers("text/plain")), 415);
    }
    SECTION("a slow client sending one byte a second is cut off and blocks nobody") {
        auto slow = s.k.client();
        slow.connect();
        const std::string request = "POST /v1/sync/push HTTP/1.1\r\nHost: x\r\n";
        std::atomic<int> served{0};
        std::thread others([&] {
            auto other = s.k.client();
            for (int i = 0; i < 5; ++i) {
                try {
                    served += other.get("/v1/health").status == 200;
                } catch (const std::exception&) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
        });
        const auto started = std::chrono::steady_clock::now();
        bool closed = false;
        for (char c : request) {
            if (!slow.send_raw(std::string(1, c)) || slow.wait_for_close(std::chrono::seconds(1))) {
                closed = true;
                break;
            }
        }
        others.join();
        CHECK(closed);
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
        CHECK(served == 5);
    }
    s.still_serving();
}
