// TLS end to end: the real app core (its network client, sync service and
// device store) against the real pantau-server serving https on loopback with
// a certificate made at test time. The phone pins the server's key at
// enrolment; a server that comes back with another certificate is refused
// before anything is sent, with a sentence, and nothing waiting is lost.
#include <QSslCertificate>
#include <QSslConfiguration>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "clock/uuid.h"
#include "enrolment_controller.h"
#include "http_client.h"
#include "screen.h"
#include "syncserver/blackbox/server_process.h"
#include "syncserver/http/test_certificate.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using mobile::EnrolmentController;
using mobile::HttpClient;
using nlohmann::json;
using server::testing::run_server_command;
using server::testing::ServerProcess;
using server::testing::TempDir;
using server::testing::TestCertificate;

namespace {

const QString kChanged = QStringLiteral("Sertifikat server berbeda dari saat pendaftaran");

QByteArray key_of(const TestCertificate& certificate) {
    const auto certificates =
        QSslCertificate::fromPath(QString::fromStdString(certificate.cert_file()));
    REQUIRE(certificates.size() == 1);
    return HttpClient::keyOf(certificates.front());
}

// The demo kabupaten behind pantau-server serving https. The certificate and
// key live at fixed paths, as on a real server, and are replaced there
// before a restart on the same port.
struct TlsServer {
    TempDir dir;
    std::string store = "sqlite:" + (dir.path() / "central.db").string();
    std::filesystem::path cert = dir.path() / "server.pem";
    std::filesystem::path key = dir.path() / "server.key";
    std::filesystem::path log = dir.path() / "server.log";
    json demo;
    ServerProcess server{store, {"--tls-cert", cert.string(), "--tls-key", key.string()}, log};

    explicit TlsServer(const TestCertificate& certificate) {
        const auto seeded =
            run_server_command({"demo-data", "--no-history", "--store", store, "--json"});
        REQUIRE(seeded.exit_code == 0);
        demo = json::parse(seeded.out);
        install(certificate);
        server.start();
    }
    void install(const TestCertificate& certificate) {
        const auto overwrite = std::filesystem::copy_options::overwrite_existing;
        std::filesystem::copy_file(certificate.cert_file(), cert, overwrite);
        std::filesystem::copy_file(certificate.key_file(), key, overwrite);
    }
    // The operator's certificate change: stop, replace the files, start again.
    void restart_with(const TestCertificate& certificate) {
        REQUIRE(server.stop() == 0);
        server.keep_port();
        install(certificate);
        server.start();
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(server.port()); }

    // What the admin hands the supervisor: `enroll-code --tls-cert`.
    struct Sheet {
        QString code;
        QString fingerprint;
    };
    Sheet sheet() const {
        std::string user;
        for (const auto& c : demo["enroll_codes"])
            if (c["role"] == "supervisor" && user.empty())
                user = c["user"].get<std::string>();
        const auto issued = run_server_command({"enroll-code", "--store", store, "--user", user,
                                                "--tls-cert", cert.string(), "--json"});
        REQUIRE(issued.exit_code == 0);
        const json answer = json::parse(issued.out);
        return {QString::fromStdString(answer["code"].get<std::string>()),
                QString::fromStdString(answer["server_fingerprint"].get<std::string>())};
    }

    // The server's access log: every start appends to it.
    std::string log_text() const {
        std::ifstream in(log);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
    int attendance_count() const {
        const auto exported = run_server_command(
            {"export", "--store", store, "--type", "attendance", "--format", "json"});
        return json::parse(exported.out)["count"].get<int>();
    }
};

int count_of(const std::string& text, const std::string& part) {
    int n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++n;
    return n;
}

QString enrol(mobile::AppCore& core, const QString& url, const QString& code,
              const QString& fingerprint) {
    EnrolmentController enrolment;
    enrolment.setCore(&core);
    enrolment.setServerUrl(url);
    enrolment.setCode(code);
    enrolment.setFingerprint(fingerprint);
    enrolment.enrol();
    REQUIRE(wait_until([&] { return !enrolment.busy(); }, std::chrono::seconds(60)));
    return enrolment.errorText();
}

// One attendance of the n-th employee of the unit, waiting in the outbox.
void record_attendance(TestApp& app, std::size_t n) {
    const auto employees = app.core().database().call(
        [&](store::DeviceStore& s) { return s.list("employee", app.core().unit()); });
    REQUIRE(employees.size() > n);
    const Date today = app.core().today();
    const json data = {{"employee_id", employees[n].id},
                       {"date", today.iso()},
                       {"status", "HADIR"},
                       {"recorded_at", "2026-11-23T01:00:00Z"}};
    REQUIRE(app.core().database().call([&](store::DeviceStore& s) {
        return s
            .record({"attendance", attendance_id(app.core().unit(), employees[n].id, today),
                     app.core().unit(), data},
                    app.now_ms)
            .ok();
    }));
    app.core().sync()->refreshCounts();
}

// Runs one sync to its end; whether it ended well.
bool sync_once(TestApp& app) {
    bool ok = false;
    bool ended = false;
    const auto connection =
        QObject::connect(app.core().sync(), &mobile::SyncService::finished, [&](bool result) {
            ok = result;
            ended = true;
        });
    app.core().sync()->syncNow();
    const bool in_time = wait_until([&] { return ended; }, std::chrono::seconds(60));
    QObject::disconnect(connection);
    REQUIRE(in_time);
    return ok;
}

int waiting(TestApp& app) {
    return app.core().database().call(
        [](store::DeviceStore& s) { return static_cast<int>(s.waiting_count()); });
}

}  // namespace

TEST_CASE(
    "over https the app pins the server key at enrolment, refuses another certificate "
    "with a sentence and keeps its outbox, and syncs again when the key is back") {
    const TestCertificate original;
    const TestCertificate impostor;
    TlsServer central(original);
    const auto sheet = central.sheet();
    // The server (OpenSSL) and the phone (Qt) name the same key alike.
    CHECK(sheet.fingerprint == HttpClient::fingerprintOf(key_of(original)));

    TestApp app({}, false);
    REQUIRE(enrol(app.core(), central.url(), sheet.code, sheet.fingerprint).isEmpty());
    CHECK(app.core().session().server_key == key_of(original));
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.count("employee"); }) >=
          20);
    app.restart();  // the pin is kept in the device store
    REQUIRE(app.core().enrolled());
    CHECK(app.core().session().server_key == key_of(original));

    app.now_ms = app.core().nowMs();
    record_attendance(app, 0);
    CHECK(sync_once(app));
    CHECK(waiting(app) == 0);
    CHECK(central.attendance_count() == 1);

    record_attendance(app, 1);
    REQUIRE(waiting(app) == 1);
    central.restart_with(impostor);
    const std::string log_before = central.log_text();
    CHECK_FALSE(sync_once(app));
    auto& sync_service = *app.core().sync();
    CHECK(sync_service.stopCode() == QLatin1String("certificate_changed"));
    CHECK(sync_service.needsAttention());
    CHECK(sync_service.statusText().startsWith(kChanged));
    CHECK_FALSE(sync_service.retrying());
    // Nothing reached the impostor, and nothing waiting was lost.
    CHECK(count_of(central.log_text(), "/v1/") == count_of(log_before, "/v1/"));
    CHECK(waiting(app) == 1);
    CHECK(central.attendance_count() == 1);
    app.core().setLanguage(QStringLiteral("en"));
    CHECK(sync_service.statusText().startsWith(
        QStringLiteral("The server's certificate differs from the one at enrolment")));
    app.core().setLanguage(QStringLiteral("id"));

    SECTION("the original certificate back: the waiting change goes out") {
        central.restart_with(original);
        CHECK(sync_once(app));
        CHECK_FALSE(sync_service.needsAttention());
        CHECK(waiting(app) == 0);
        CHECK(central.attendance_count() == 2);
    }
    SECTION("a renewed certificate for the same key is the same server") {
        const TestCertificate renewed(TestCertificate::RenewalOf{original});
        central.restart_with(renewed);
        CHECK(sync_once(app));
        CHECK(waiting(app) == 0);
        CHECK(central.attendance_count() == 2);
    }
}

TEST_CASE(
    "enrolment over https to a certificate the phone does not know needs the fingerprint "
    "from the sheet, and no code goes to another key") {
    const TestCertificate original;
    const TestCertificate other;
    TlsServer central(original);
    const auto sheet = central.sheet();
    TestApp app({}, false);

    CHECK(enrol(app.core(), central.url(), sheet.code, {})
              .contains(QStringLiteral("Isi sidik jari server")));
    CHECK(enrol(app.core(), central.url(), sheet.code, HttpClient::fingerprintOf(key_of(other)))
              .contains(QStringLiteral("Sidik jari server tidak cocok")));
    CHECK_FALSE(app.core().enrolled());
    CHECK(count_of(central.log_text(), "/v1/") == 0);

    // Typed as people type: lower case, spaces, an O for a 0. The code was
    // never sent, so it still works.
    QString typed = sheet.fingerprint.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o'));
    CHECK(enrol(app.core(), central.url(), sheet.code, typed).isEmpty());
    CHECK(app.core().enrolled());
    CHECK(app.core().session().server_key == key_of(original));
}

TEST_CASE("the fingerprint typed on the enrolment screen enrols the phone over https") {
    const TestCertificate original;
    TlsServer central(original);
    const auto sheet = central.sheet();
    TestApp app({}, false);
    Screen screen(app.core());
    CHECK_NO_QML_WARNINGS(screen);
    screen.type(QStringLiteral("serverField"), central.url());
    screen.type(QStringLiteral("codeField"), sheet.code);
    screen.type(QStringLiteral("fingerprintField"), sheet.fingerprint);
    screen.click(QStringLiteral("enrolButton"));
    REQUIRE(wait_until([&] { return app.core().enrolled(); }, std::chrono::seconds(60)));
    CHECK(app.core().session().server_key == key_of(original));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE(
    "a certificate the system trusts is pinned as first seen, and another trusted one is "
    "refused later") {
    const TestCertificate original;
    const TestCertificate impostor;
    // Each as if issued by a public CA the phone trusts. One at a time: the
    // test certificates share their subject name, so with both in the store
    // OpenSSL could pick the wrong one as the issuer and fail the signature,
    // and the check after the handshake would go untested.
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    struct Restore {
        QSslConfiguration configuration;
        ~Restore() { QSslConfiguration::setDefaultConfiguration(configuration); }
    } restore{before};
    const auto trust_only = [&](const TestCertificate& certificate) {
        QSslConfiguration trusting = before;
        trusting.addCaCertificates(
            QSslCertificate::fromPath(QString::fromStdString(certificate.cert_file())));
        QSslConfiguration::setDefaultConfiguration(trusting);
    };

    trust_only(original);
    TlsServer central(original);
    TestApp app({}, false);
    REQUIRE(enrol(app.core(), central.url(), central.sheet().code, {}).isEmpty());
    CHECK(app.core().session().server_key == key_of(original));

    // A restart of the app too: Qt keeps the CAs of a connection's first
    // handshake for later connections to the same host.
    trust_only(impostor);
    app.restart();
    central.restart_with(impostor);
    const std::string log_before = central.log_text();
    CHECK_FALSE(sync_once(app));
    CHECK(app.core().sync()->statusText().startsWith(kChanged));
    CHECK(count_of(central.log_text(), "/v1/") == count_of(log_before, "/v1/"));

    // The system alone would accept the impostor: the pin is what refused it.
    HttpClient unpinned;
    int status = -1;
    unpinned.send(central.url(), "GET", "/v1/health", {}, {},
                  [&](const mobile::HttpAnswer& answer) { status = answer.status; });
    REQUIRE(wait_until([&] { return status >= 0; }));
    CHECK(status == 200);
}

TEST_CASE("plain http to another machine is refused before anything is sent") {
    TestApp app({}, false);
    CHECK(enrol(app.core(), QStringLiteral("http://192.0.2.10:8787"), QStringLiteral("X"), {})
              .contains(QStringLiteral("https://")));
    CHECK_FALSE(app.core().enrolled());
}
