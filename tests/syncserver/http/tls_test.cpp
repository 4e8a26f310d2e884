#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "http/server.h"
#include "http/tls_context.h"
#include "syncserver/http/test_certificate.h"
#include "syncserver/http/test_server.h"

using namespace std::chrono_literals;
using pantau::server::certificate_key_fingerprint;
using pantau::server::HttpServer;
using pantau::server::Metrics;
using pantau::server::testing::EchoHandler;
using pantau::server::testing::fast_config;
using pantau::server::testing::RunningServer;
using pantau::server::testing::TestCertificate;

namespace {

pantau::server::ServerConfig tls_config(const TestCertificate& certificate) {
    auto config = fast_config();
    config.tls_cert_file = certificate.cert_file();
    config.tls_key_file = certificate.key_file();
    return config;
}

}  // namespace

TEST_CASE("an HTTPS request is answered over TLS") {
    const TestCertificate certificate;
    RunningServer running(tls_config(certificate));
    auto client = running.client(true, certificate.cert_file());
    const auto response = client.post("/v1/echo", "over tls", {{"Accept-Encoding", "gzip"}});
    REQUIRE(response.status == 200);
    CHECK(response.json()["body_size"] == 8);
    CHECK(response.json()["remote_address"] == "127.0.0.1");
    const auto text = client.get("/text", {{"Accept-Encoding", "gzip"}});
    CHECK(text.header("Content-Encoding") == "gzip");
    CHECK(text.body.size() == 4096);
    CHECK(client.connections_opened() == 1);
}

TEST_CASE("plain HTTP sent to the TLS port is dropped and HTTPS still works") {
    const TestCertificate certificate;
    RunningServer running(tls_config(certificate));
    auto plain = running.client(false);
    plain.connect();
    plain.send_raw("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(plain.wait_for_close(3s));
    auto secure = running.client(true, certificate.cert_file());
    CHECK(secure.get("/v1/echo").status == 200);
}

TEST_CASE("a TLS server refuses to start without a loadable certificate and key") {
    const TestCertificate certificate;
    EchoHandler handler;
    Metrics metrics;
    auto config = tls_config(certificate);
    SECTION("a missing certificate file") {
        config.tls_cert_file = (certificate.directory() / "missing.pem").string();
        CHECK_THROWS_WITH(HttpServer(config, handler, metrics),
                          Catch::Contains("certificate") && Catch::Contains("missing.pem"));
    }
    SECTION("a key file that is not a key") {
        const auto bogus = certificate.directory() / "bogus.pem";
        std::ofstream(bogus) << "not a key\n";
        config.tls_key_file = bogus.string();
        CHECK_THROWS_WITH(HttpServer(config, handler, metrics),
                          Catch::Contains("private key") && Catch::Contains("bogus.pem"));
    }
    SECTION("the key of another certificate") {
        const TestCertificate other;
        config.tls_key_file = other.key_file();
        CHECK_THROWS_WITH(HttpServer(config, handler, metrics), Catch::Contains("private key"));
    }
    SECTION("a key without a certificate") {
        config.tls_cert_file.clear();
        CHECK_THROWS_AS(HttpServer(config, handler, metrics), std::runtime_error);
    }
}

TEST_CASE("a certificate's key fingerprint survives a renewal for the same key, not a new key") {
    const TestCertificate certificate;
    const TestCertificate renewed(TestCertificate::RenewalOf{certificate});
    const TestCertificate other;
    const std::string fingerprint = certificate_key_fingerprint(certificate.cert_file());
    CHECK(fingerprint.size() == 29);  // 25 symbols in five groups
    CHECK(fingerprint[5] == '-');
    CHECK(certificate_key_fingerprint(renewed.cert_file()) == fingerprint);
    CHECK(certificate_key_fingerprint(other.cert_file()) != fingerprint);
    // The certificates themselves differ: a pin on them would not survive.
    std::ifstream a(certificate.cert_file()), b(renewed.cert_file());
    CHECK(std::string(std::istreambuf_iterator<char>(a), {}) !=
          std::string(std::istreambuf_iterator<char>(b), {}));
    CHECK_THROWS_WITH(certificate_key_fingerprint(certificate.key_file()),
                      Catch::Contains("no PEM certificate"));
}
