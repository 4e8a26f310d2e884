#include "http/server.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <stdexcept>
#include <string>
#include <thread>

#include "http/gzip.h"
#include "syncserver/http/test_server.h"

using namespace std::chrono_literals;
using pantau::server::gzip_compress;
using pantau::server::ServerConfig;
using pantau::server::testing::fast_config;
using pantau::server::testing::RunningServer;
using pantau::test::HttpClient;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t kNineMiB = 9 * 1024 * 1024;

std::string request_head(const std::string& head_lines) {
    return head_lines + "Host: 127.0.0.1\r\n\r\n";
}

// The server counts a request once its answer is written, which may be a
// moment after the client has read it.
template <class Condition>
bool eventually(Condition condition) {
    const auto deadline = Clock::now() + 5s;
    while (!condition()) {
        if (Clock::now() > deadline) {
            return false;
        }
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

}  // namespace

TEST_CASE("a request reaches the handler with its method, target, headers, body and address") {
    RunningServer running;
    auto client = running.client();
    const auto response =
        client.post("/v1/echo?cursor=c5", R"({"hello":"world"})",
                    {{"Authorization", "Bearer abc"}, {"Content-Type", "application/json"}});
    REQUIRE(response.status == 200);
    CHECK(response.header("Content-Type") == "application/json");
    CHECK(response.header("Server") == "pantau");
    CHECK(response.header("X-Echo") == "yes");
    CHECK(response.header("Content-Length") == std::to_string(response.raw_body.size()));
    const auto echo = response.json();
    CHECK(echo["method"] == "POST");
    CHECK(echo["target"] == "/v1/echo?cursor=c5");
    CHECK(echo["authorization"] == "Bearer abc");
    CHECK(echo["content_type"] == "application/json");
    CHECK(echo["body_size"] == 17);
    CHECK(echo["remote_address"] == "127.0.0.1");
}

TEST_CASE("a kept-alive connection serves several requests") {
    RunningServer running;
    auto client = running.client();
    for (int i = 0; i < 5; ++i) {
        const auto response = client.get("/v1/echo/" + std::to_string(i));
        REQUIRE(response.status == 200);
        CHECK(response.json()["target"] == "/v1/echo/" + std::to_string(i));
        CHECK(response.header("Connection") != "close");
    }
    CHECK(client.connections_opened() == 1);
}

TEST_CASE("a request with Connection: close is answered and the connection closed") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->header("Connection") == "close");
    CHECK(client.wait_for_close(2s));
}

TEST_CASE("pipelined requests are answered in order") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(
        client.send_raw("GET /first HTTP/1.1\r\nHost: x\r\n\r\n"
                        "POST /second HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                        "GET /third HTTP/1.1\r\nHost: x\r\n\r\n"));
    for (const auto* target : {"/first", "/second", "/third"}) {
        const auto response = client.read_response();
        REQUIRE(response);
        CHECK(response->json()["target"] == target);
    }
}

TEST_CASE("a HEAD request reaches the handler and its answer carries no body") {
    RunningServer running;
    auto client = running.client();
    const auto head = client.request("HEAD", "/v1/echo");
    CHECK(head.status == 200);
    CHECK(head.raw_body.empty());
    CHECK(std::stoul(head.header("Content-Length")) > 0);
    // The connection is still in step: the next answer is the next request's.
    const auto next = client.get("/after");
    CHECK(next.json()["target"] == "/after");
    CHECK(client.connections_opened() == 1);
}

TEST_CASE("an unknown method is passed to the handler") {
    RunningServer running;
    auto client = running.client();
    const auto response = client.request("BREW", "/pot");
    CHECK(response.status == 200);
    CHECK(response.json()["method"] == "BREW");
}

TEST_CASE("a body announced beyond the limit is refused with 413 before it is sent") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw(request_head(
        "POST /v1/sync/push HTTP/1.1\r\nContent-Length: " + std::to_string(kNineMiB) + "\r\n")));
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 413);
    CHECK(response->header("Content-Type") == "application/json");
    CHECK(response->error_code() == "body_too_large");
    CHECK(response->json()["error"]["message"].is_string());
    CHECK(response->header("Connection") == "close");
    CHECK(client.wait_for_close(3s));
}

TEST_CASE("a Transfer-Encoding other than one final chunked is refused and the connection closed") {
    RunningServer running;
    // What follows the headers would run as a second request if the body were read as empty.
    const std::string smuggled = "GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
    for (const std::string framing :
         {"Transfer-Encoding: gzip\r\n", "Transfer-Encoding: chunked, gzip\r\n",
          "Transfer-Encoding: gzip, chunked\r\n", "Transfer-Encoding: identity\r\n",
          "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
          "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n"}) {
        INFO(framing);
        auto client = running.client();
        client.connect();
        REQUIRE(
            client.send_raw(request_head("POST /v1/sync/push HTTP/1.1\r\n" + framing) + smuggled));
        const auto response = client.read_response();
        REQUIRE(response);
        CHECK(response->status == 400);
        // Beast's parser refuses the doubled and the mixed framings itself.
        CHECK((response->error_code() == "bad_transfer_encoding" ||
               response->error_code() == "malformed_request"));
        CHECK(response->header("Connection") == "close");
        CHECK(client.wait_for_close(3s));
    }
    // The smuggled request never reached the handler; a plain chunked body still works.
    CHECK(running.client().get("/still-here").status == 200);
}

TEST_CASE("an enrolment body beyond the enrolment limit is refused with 413 before it is read") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw(
        request_head("POST /v1/enroll HTTP/1.1\r\nContent-Type: application/json\r\n"
                     "Content-Length: 5000\r\n")));
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 413);
    CHECK(client.wait_for_close(3s));
    // A gzip body that inflates beyond it is refused too.
    const std::string big(5000, ' ');
    const auto inflated =
        running.client().post("/v1/enroll", gzip_compress(big), {{"Content-Encoding", "gzip"}});
    CHECK(inflated.status == 413);
}

TEST_CASE("a 9 MiB body sent whole is refused with 413") {
    RunningServer running;
    auto client = running.client();
    const auto response = client.post("/v1/sync/push", std::string(kNineMiB, 'x'));
    CHECK(response.status == 413);
    CHECK(response.error_code() == "body_too_large");
    // The server is fine afterwards.
    CHECK(client.get("/v1/echo").status == 200);
}

TEST_CASE("a chunked body growing beyond the limit is refused with 413") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw(
        request_head("POST /v1/sync/push HTTP/1.1\r\nTransfer-Encoding: chunked\r\n")));
    const std::string chunk(1024 * 1024, 'y');
    char size_line[32];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", chunk.size());
    for (int i = 0; i < 9; ++i) {
        if (!client.send_raw(size_line + chunk + "\r\n")) {
            break;  // the server may stop listening once it has answered
        }
    }
    client.send_raw("0\r\n\r\n");
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 413);
    CHECK(response->error_code() == "body_too_large");
}

TEST_CASE("a chunked body within the limit reaches the handler whole") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw(request_head("POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n") +
                            "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->json()["body_size"] == 11);
}

TEST_CASE("headers beyond the limit are refused with 431") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw(
        "GET / HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(32 * 1024, 'p') + "\r\n\r\n"));
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 431);
    CHECK(response->error_code() == "headers_too_large");
    CHECK(client.wait_for_close(3s));
}

TEST_CASE("garbage bytes get 400 malformed_request and the connection is closed") {
    RunningServer running;
    SECTION("binary noise") {
        auto client = running.client();
        client.connect();
        REQUIRE(client.send_raw(
            std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15)));
        const auto response = client.read_response();
        REQUIRE(response);
        CHECK(response->status == 400);
        CHECK(response->error_code() == "malformed_request");
        CHECK(client.wait_for_close(3s));
    }
    SECTION("a broken request line") {
        auto client = running.client();
        client.connect();
        REQUIRE(client.send_raw("GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n"));
        const auto response = client.read_response();
        REQUIRE(response);
        CHECK(response->status == 400);
        CHECK(response->error_code() == "malformed_request");
    }
    SECTION("a bad Content-Length") {
        auto client = running.client();
        client.connect();
        REQUIRE(client.send_raw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"));
        const auto response = client.read_response();
        REQUIRE(response);
        CHECK(response->status == 400);
    }
    SECTION("a bad chunk size") {
        auto client = running.client();
        client.connect();
        REQUIRE(client.send_raw(request_head("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n") +
                                "zz\r\nhello\r\n0\r\n\r\n"));
        const auto response = client.read_response();
        REQUIRE(response);
        CHECK(response->status == 400);
    }
    // None of it hurt the server.
    CHECK(running.client().get("/still-here").status == 200);
}

TEST_CASE("a gzip request body reaches the handler decoded") {
    RunningServer running;
    auto client = running.client();
    std::string body = R"({"changes":[)";
    for (int i = 0; i < 500; ++i) {
        body += R"({"id":")" + std::to_string(i) + R"("},)";
    }
    body += "{}]}";
    const auto plain = client.post("/plain", body);
    const auto gzipped =
        client.post("/zipped", gzip_compress(body), {{"Content-Encoding", "gzip"}});
    REQUIRE(gzipped.status == 200);
    CHECK(gzipped.json()["body_size"] == body.size());
    CHECK(gzipped.json()["body_sha1"] == plain.json()["body_sha1"]);
}

TEST_CASE("a broken gzip body gets 400 bad_gzip") {
    RunningServer running;
    auto client = running.client();
    const auto response =
        client.post("/v1/sync/push", "this is not gzip", {{"Content-Encoding", "gzip"}});
    CHECK(response.status == 400);
    CHECK(response.error_code() == "bad_gzip");
}

TEST_CASE("a gzip body inflating beyond the limit gets 413") {
    RunningServer running;
    auto client = running.client();
    const auto bomb = gzip_compress(std::string(kNineMiB, '\0'));
    const auto response = client.post("/v1/sync/push", bomb, {{"Content-Encoding", "gzip"}});
    CHECK(response.status == 413);
    CHECK(response.error_code() == "body_too_large");
}

TEST_CASE("an unknown Content-Encoding gets 415 and identity is accepted") {
    RunningServer running;
    auto client = running.client();
    const auto br = client.post("/x", "data", {{"Content-Encoding", "br"}});
    CHECK(br.status == 415);
    CHECK(br.error_code() == "unsupported_encoding");
    const auto identity = client.post("/x", "data", {{"Content-Encoding", "identity"}});
    CHECK(identity.status == 200);
    CHECK(identity.json()["body_size"] == 4);
}

TEST_CASE("a response is gzip-compressed when the client accepts gzip") {
    RunningServer running;
    auto client = running.client();
    const auto plain = client.get("/text");
    REQUIRE(plain.status == 200);
    CHECK(plain.header("Content-Encoding").empty());
    CHECK(plain.header("Vary") == "Accept-Encoding");
    CHECK(plain.body.size() == 4096);

    const auto zipped = client.get("/text", {{"Accept-Encoding", "deflate, gzip"}});
    REQUIRE(zipped.status == 200);
    CHECK(zipped.header("Content-Encoding") == "gzip");
    CHECK(zipped.header("Vary") == "Accept-Encoding");
    CHECK(zipped.header("Content-Type") == "text/plain; charset=utf-8");
    CHECK(zipped.raw_body.size() < plain.body.size());
    CHECK(zipped.body == plain.body);

    const auto refused = client.get("/text", {{"Accept-Encoding", "gzip;q=0"}});
    CHECK(refused.header("Content-Encoding").empty());
    CHECK(refused.body == plain.body);

    SECTION("a small body is sent as it is") {
        const auto small = client.get("/e", {{"Accept-Encoding", "gzip"}});
        CHECK(small.header("Content-Encoding").empty());
        CHECK(small.json()["target"] == "/e");
    }
}

TEST_CASE("an Expect: 100-continue request gets 100 Continue, then its answer") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw(
        request_head("POST /upload HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n")));
    const auto interim = client.read_available(3s);
    CHECK(interim == "HTTP/1.1 100 Continue\r\n\r\n");
    REQUIRE(client.send_raw("hello"));
    const auto response = client.read_response();
    REQUIRE(response);
    CHECK(response->status == 200);
    CHECK(response->json()["body_size"] == 5);
}

TEST_CASE("a client sending one byte per second is cut off without holding up others") {
    RunningServer running;  // request_timeout 1.5 s
    const auto timeout = fast_config().http.request_timeout;
    auto slow = running.client();
    slow.connect();
    const std::string request = request_head("GET /slowly HTTP/1.1\r\n");

    const auto first_byte = Clock::now();
    std::string received;
    bool other_served_meanwhile = false;
    for (const char byte : request) {
        if (!slow.send_raw(std::string(1, byte))) {
            break;
        }
        if (!other_served_meanwhile) {
            auto other = running.client();
            other_served_meanwhile = other.get("/quick").status == 200 && received.empty();
        }
        received += slow.read_available(1s);
        if (slow.peer_closed() || !received.empty()) {
            break;
        }
    }
    if (!slow.peer_closed()) {
        CHECK(slow.wait_for_close(3s));
    }
    const auto cut_off_after = Clock::now() - first_byte;

    CHECK(other_served_meanwhile);
    CHECK(received.rfind("HTTP/1.1 408 ", 0) == 0);
    CHECK(received.find("request_timeout") != std::string::npos);
    CHECK(received.find("Connection: close") != std::string::npos);
    CHECK(cut_off_after >= timeout);
    CHECK(cut_off_after < timeout + 2s);
    CHECK(running.client().get("/after").status == 200);
}

TEST_CASE("an idle connection is closed after idle_timeout") {
    RunningServer running;  // idle_timeout 1 s
    auto client = running.client();
    SECTION("a connection that never sends a byte") {
        client.connect();
    }
    SECTION("a kept-alive connection after its last request") {
        REQUIRE(client.get("/one").status == 200);
    }
    const auto start = Clock::now();
    CHECK(client.wait_for_close(4s));
    CHECK(client.read_available(10ms).empty());  // closed without a word
    CHECK(Clock::now() - start >= 500ms);        // not closed at once, but by the idle timer
}

TEST_CASE("an exception from the handler becomes a 500 and the server keeps serving") {
    RunningServer running;
    auto client = running.client();
    const auto response = client.get("/throw");
    CHECK(response.status == 500);
    CHECK(response.error_code() == "internal_error");
    CHECK(client.get("/fine").status == 200);
}

TEST_CASE("connections beyond max_connections are refused with 503") {
    auto config = fast_config();
    config.http.max_connections = 2;
    RunningServer running(config);
    auto first = running.client();
    auto second = running.client();
    REQUIRE(first.get("/1").status == 200);
    REQUIRE(second.get("/2").status == 200);

    auto third = running.client();
    third.connect();
    const auto refused = third.read_response();
    REQUIRE(refused);
    CHECK(refused->status == 503);
    CHECK(refused->error_code() == "too_many_connections");

    first.close();
    second.close();
    // Closed connections free their places.
    bool served = false;
    for (int attempt = 0; attempt < 50 && !served; ++attempt) {
        auto fourth = running.client();
        served = fourth.get("/4").status == 200;
        if (!served) {
            std::this_thread::sleep_for(20ms);
        }
    }
    CHECK(served);
}

TEST_CASE("one address may hold max_connections_per_address connections, no more") {
    auto config = fast_config();
    config.http.max_connections_per_address = 2;
    RunningServer running(config);
    auto first = running.client();
    auto second = running.client();
    REQUIRE(first.get("/1").status == 200);
    REQUIRE(second.get("/2").status == 200);

    auto third = running.client();
    third.connect();
    const auto refused = third.read_response();
    REQUIRE(refused);
    CHECK(refused->status == 503);
    CHECK(refused->error_code() == "too_many_connections");
    CHECK(first.get("/still-served").status == 200);

    second.close();
    bool served = false;
    for (int attempt = 0; attempt < 50 && !served; ++attempt) {
        auto again = running.client();
        served = again.get("/again").status == 200;
        if (!served) {
            std::this_thread::sleep_for(20ms);
        }
    }
    CHECK(served);
}

TEST_CASE("bodies in flight from one address are bounded, announced or chunked") {
    auto config = fast_config();
    config.http.bodies_in_flight_per_address = 100 * 1024;
    config.http.admit_before_body_above = kNineMiB;  // no admission step in the way
    RunningServer running(config);
    const std::string length = std::to_string(80 * 1024);

    // A body of 80 KiB announced and half sent holds its share.
    auto holding = running.client();
    holding.connect();
    REQUIRE(holding.send_raw(
        request_head("POST /held HTTP/1.1\r\nContent-Length: " + length + "\r\n")));
    REQUIRE(holding.send_raw(std::string(40 * 1024, 'a')));

    SECTION("a second announced body beyond the bound gets 503 unread") {
        auto second = running.client();
        second.connect();
        REQUIRE(second.send_raw(
            request_head("POST /more HTTP/1.1\r\nContent-Length: " + length + "\r\n")));
        const auto refused = second.read_response();
        REQUIRE(refused);
        CHECK(refused->status == 503);
        CHECK(refused->error_code() == "server_busy");
        CHECK(refused->header("Retry-After") == "5");
    }
    SECTION("a chunked body is refused once it grows past the bound") {
        auto second = running.client();
        second.connect();
        REQUIRE(
            second.send_raw(request_head("POST /more HTTP/1.1\r\nTransfer-Encoding: chunked\r\n")));
        const std::string chunk(8 * 1024, 'b');
        for (int i = 0; i < 4; ++i) {
            REQUIRE(second.send_raw("2000\r\n" + chunk + "\r\n"));
        }
        const auto refused = second.read_response();
        REQUIRE(refused);
        CHECK(refused->status == 503);
        CHECK(refused->error_code() == "server_busy");
    }
    // The first body, once whole, is served; its share is then free again.
    REQUIRE(holding.send_raw(std::string(40 * 1024, 'a')));
    const auto held = holding.read_response();
    REQUIRE(held);
    CHECK(held->status == 200);
    auto after = running.client();
    CHECK(after.post("/after", std::string(80 * 1024, 'c')).status == 200);
}

TEST_CASE("a large body is read only after the handler admitted its headers") {
    auto config = fast_config();
    config.http.admit_before_body_above = 1024;
    RunningServer running(config);

    SECTION("refused on the headers: the answer comes before any of the body") {
        auto client = running.client();
        client.connect();
        const auto started = Clock::now();
        REQUIRE(client.send_raw(
            request_head("POST /v1/sync/push HTTP/1.1\r\nAuthorization: Bearer refused\r\n"
                         "Content-Length: 1000000\r\n")));
        const auto refused = client.read_response();
        REQUIRE(refused);
        CHECK(refused->status == 401);
        CHECK(Clock::now() - started < config.http.request_timeout);
        CHECK(client.wait_for_close(3s));
    }
    SECTION("admitted: 100-continue is sent and the body read") {
        auto client = running.client();
        client.connect();
        const std::string body(4000, 'x');
        REQUIRE(client.send_raw(
            request_head("POST /v1/sync/push HTTP/1.1\r\nAuthorization: Bearer fine\r\n"
                         "Expect: 100-continue\r\nContent-Length: 4000\r\n")));
        CHECK(client.read_available(2s).starts_with("HTTP/1.1 100 Continue\r\n\r\n"));
        REQUIRE(client.send_raw(body));
        const auto served = client.read_response();
        REQUIRE(served);
        CHECK(served->status == 200);
        CHECK(served->json()["body_size"] == 4000);
    }
    SECTION("a small gzip body is judged on its headers too: it is never inflated") {
        auto client = running.client();
        const auto refused =
            client.post("/v1/sync/push", gzip_compress(std::string(100'000, 'x')),
                        {{"Authorization", "Bearer refused"}, {"Content-Encoding", "gzip"}});
        CHECK(refused.status == 401);
        CHECK(running.handler.admissions() == 1);
    }
    SECTION("a small body is not held up by an admission") {
        auto client = running.client();
        CHECK(client.post("/small", std::string(1000, 'x')).status == 200);
        CHECK(running.handler.admissions() == 0);
    }
}

TEST_CASE("shutdown lets a running request finish, refuses new ones with 503 and returns") {
    RunningServer running;
    auto slow_client = running.client();
    auto slow = std::async(std::launch::async, [&] { return slow_client.get("/slow"); });
    REQUIRE(running.handler.wait_until_slow_started(5s));

    auto waiting = running.client();
    REQUIRE(waiting.get("/before").status == 200);  // a kept-alive connection, idle now

    running.server.shutdown();
    auto late = running.client();
    const auto refused = late.get("/late");
    CHECK(refused.status == 503);
    CHECK(refused.error_code() == "shutting_down");
    CHECK(refused.header("Connection") == "close");
    const auto refused_again = waiting.get("/again");
    CHECK(refused_again.status == 503);
    CHECK(refused_again.error_code() == "shutting_down");

    running.handler.release_slow();
    const auto finished = slow.get();
    CHECK(finished.status == 200);
    CHECK(finished.json()["target"] == "/slow");
    CHECK(finished.header("Connection") == "close");

    // run() returns once the slow answer is out, long before the grace period ends.
    CHECK(running.stop() < fast_config().shutdown_grace / 2);
}

TEST_CASE("run returns promptly after shutdown when nothing is in flight") {
    RunningServer running;
    auto idle = running.client();
    REQUIRE(idle.get("/x").status == 200);  // leaves an idle kept-alive connection
    CHECK(running.stop() < 1s);
    CHECK(idle.wait_for_close(2s));
    HttpClient after(running.server.host(), running.server.port());
    CHECK_THROWS_AS(after.get("/gone"), std::runtime_error);
}

TEST_CASE("run returns after shutdown_grace when a handler does not finish") {
    auto config = fast_config();
    config.shutdown_grace = 300ms;
    RunningServer running(config);
    auto client = running.client();
    auto stuck = std::async(std::launch::async, [&] {
        try {
            return client.get("/slow").status;
        } catch (const std::runtime_error&) {
            return 0;  // the connection closed without an answer
        }
    });
    REQUIRE(running.handler.wait_until_slow_started(5s));
    const auto took = running.stop();
    CHECK(took >= 300ms);
    CHECK(took < 3s);
    running.handler.release_slow();
    CHECK(stuck.get() == 0);
}

TEST_CASE("a server cannot bind a port that is taken") {
    RunningServer running;
    auto config = fast_config();
    config.listen_port = running.server.port();
    pantau::server::testing::EchoHandler handler;
    pantau::server::Metrics metrics;
    CHECK_THROWS_AS(pantau::server::HttpServer(config, handler, metrics), std::runtime_error);
}

TEST_CASE("the metrics count the requests the server answered") {
    RunningServer running;
    auto client = running.client();
    REQUIRE(client.get("/a").status == 200);
    REQUIRE(client.get("/b").status == 200);
    REQUIRE(client.post("/c", "x", {{"Content-Encoding", "br"}}).status == 415);
    std::string text;
    CHECK(eventually([&] {
        text = running.metrics.render();
        return text.find("pantau_http_request_duration_seconds_count 3\n") != std::string::npos;
    }));
    CHECK(text.find("pantau_http_requests_total{class=\"2xx\"} 2\n") != std::string::npos);
    CHECK(text.find("pantau_http_requests_total{class=\"4xx\"} 1\n") != std::string::npos);
    CHECK(text.find("pantau_http_request_duration_seconds_bucket{le=\"+Inf\"} 3\n") !=
          std::string::npos);
    CHECK(text.find("pantau_open_connections 1\n") != std::string::npos);
    CHECK(text.find("pantau_http_request_bytes_total 0\n") == std::string::npos);
    CHECK(text.find("pantau_http_response_bytes_total 0\n") == std::string::npos);
}

namespace {

// The payload of a chunked body; nullopt when it is not complete and well formed.
std::optional<std::string> dechunk(std::string_view body) {
    std::string out;
    while (true) {
        const auto line_end = body.find("\r\n");
        if (line_end == std::string_view::npos)
            return std::nullopt;
        const std::size_t size = std::stoul(std::string(body.substr(0, line_end)), nullptr, 16);
        body.remove_prefix(line_end + 2);
        if (size == 0)
            return body.substr(0, 2) == "\r\n" ? std::optional(out) : std::nullopt;
        if (body.size() < size + 2)
            return std::nullopt;
        out.append(body.substr(0, size));
        body.remove_prefix(size + 2);
    }
}

}  // namespace

TEST_CASE("a streamed body reaches a slow reader whole, however long the whole transfer takes") {
    ServerConfig config = fast_config();
    config.http.write_timeout = std::chrono::milliseconds(400);  // per piece, not per body
    RunningServer running(config);
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n"));
    std::string received;
    const auto start = std::chrono::steady_clock::now();
    // A reader that keeps up at a few MiB a second: the 16 MiB take several
    // times the write timeout, and no pause is as long as it.
    while (received.find("\r\n0\r\n\r\n") == std::string::npos &&
           std::chrono::steady_clock::now() - start < std::chrono::seconds(60)) {
        const std::string bytes = client.read_available(std::chrono::milliseconds(500));
        if (bytes.empty() && client.peer_closed())
            break;
        received += bytes;
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::min<std::size_t>(bytes.size() / 2048, 150)));
    }
    CHECK(std::chrono::steady_clock::now() - start > 3 * config.http.write_timeout);
    const auto head_end = received.find("\r\n\r\n");
    REQUIRE(head_end != std::string::npos);
    const std::string head = received.substr(0, head_end);
    CHECK(head.find("Transfer-Encoding: chunked") != std::string::npos);
    const auto body = dechunk(std::string_view(received).substr(head_end + 4));
    INFO("received " << received.size() << " bytes");
    REQUIRE(body);
    REQUIRE(body->size() == 16u * 1024 * 1024);
    CHECK((*body)[0] == 'a');
    CHECK(body->back() == static_cast<char>('a' + 255 % 26));
    // The connection stays open for the next request.
    REQUIRE(client.send_raw("GET /text HTTP/1.1\r\nHost: x\r\n\r\n"));
    const auto next = client.read_response();
    REQUIRE(next);
    CHECK(next->status == 200);
}

TEST_CASE("a streamed body is gzip'd for a client that takes gzip") {
    RunningServer running;
    auto client = running.client();
    const auto response = client.get("/stream", {{"Accept-Encoding", "gzip"}});
    CHECK(response.status == 200);
    CHECK(response.body.size() == 16u * 1024 * 1024);  // the client inflates it
    CHECK(response.header("Content-Encoding") == "gzip");
    CHECK(response.raw_body.size() < response.body.size() / 50);
}

TEST_CASE("a stream that fails midway cuts the answer short instead of ending it falsely") {
    RunningServer running;
    auto client = running.client();
    client.connect();
    REQUIRE(client.send_raw("GET /stream-fails HTTP/1.1\r\nHost: x\r\n\r\n"));
    std::string received;
    while (!client.peer_closed()) {
        const std::string bytes = client.read_available(std::chrono::milliseconds(2000));
        if (bytes.empty())
            break;
        received += bytes;
    }
    CHECK(client.peer_closed());
    CHECK(received.find("\r\n0\r\n\r\n") == std::string::npos);  // no last chunk
    // The server goes on serving.
    auto other = running.client();
    CHECK(other.get("/text").status == 200);
}
