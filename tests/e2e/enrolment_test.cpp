// Enrolment and background sync of the real app core against the real
// pantau-server on loopback, and the enrolment screen driven by touches.
#include <QTcpServer>
#include <QTcpSocket>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "clock/uuid.h"
#include "enrolment_controller.h"
#include "screen.h"
#include "syncserver/blackbox/server_process.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using mobile::EnrolmentController;
using nlohmann::json;
using server::testing::run_server_command;
using server::testing::ServerProcess;
using server::testing::TempDir;

namespace {

struct DemoServer {
    TempDir dir;
    std::string store = "sqlite:" + (dir.path() / "central.db").string();
    json demo;
    ServerProcess server{store};

    DemoServer() {
        const auto seeded =
            run_server_command({"demo-data", "--no-history", "--store", store, "--json"});
        REQUIRE(seeded.exit_code == 0);
        demo = json::parse(seeded.out);
        server.start();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.port()); }
    QString code_of_first_puskesmas() const {
        for (const auto& c : demo["enroll_codes"])
            if (c["role"] == "supervisor")
                return QString::fromStdString(c["code"].get<std::string>());
        return {};
    }
};

// Answers every connection with a web page: a server that is not Pantau.
class NotPantau {
  public:
    NotPantau() {
        REQUIRE(server_.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&server_, &QTcpServer::newConnection, [this] {
            QTcpSocket* socket = server_.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                    "13\r\nConnection: close\r\n\r\n<html></html>");
                socket->disconnectFromHost();
            });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(server_.serverPort()); }

  private:
    QTcpServer server_;
};

QString enrol(mobile::AppCore& core, const QString& url, const QString& code) {
    EnrolmentController enrolment;
    enrolment.setCore(&core);
    enrolment.setServerUrl(url);
    enrolment.setCode(code);
    enrolment.enrol();
    REQUIRE(wait_until([&] { return !enrolment.busy(); }, std::chrono::seconds(60)));
    return enrolment.errorText();
}

}  // namespace

TEST_CASE("enrolment stores the session and pulls the unit's staff") {
    DemoServer central;
    TestApp app({}, false);
    CHECK(enrol(app.core(), central.url(), central.code_of_first_puskesmas()).isEmpty());
    CHECK(app.core().enrolled());
    CHECK(app.core().unitName().contains(QStringLiteral("Puskesmas")));
    const auto employees =
        app.core().database().call([](store::DeviceStore& s) { return s.count("employee"); });
    CHECK(employees >= 20);
    CHECK(app.core().sync()->lastSyncAt() > 0);
}

TEST_CASE("a wrong code, no server, or a server that is not Pantau each get a clear error") {
    TestApp app({}, false);
    SECTION("wrong code") {
        DemoServer central;
        CHECK(enrol(app.core(), central.url(), QStringLiteral("AAAA-BBBB-CCCC-DDDD"))
                  .contains(QStringLiteral("Kode pendaftaran salah")));
    }
    SECTION("nobody listening") {
        CHECK(enrol(app.core(), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("X"))
                  .contains(QStringLiteral("tidak dapat dihubungi")));
    }
    SECTION("a web server that is not Pantau") {
        NotPantau other;
        CHECK(enrol(app.core(), other.url(), QStringLiteral("X"))
                  .contains(QStringLiteral("bukan server Pantau")));
    }
    CHECK_FALSE(app.core().enrolled());
}

TEST_CASE("a code is typed on the enrolment screen and the app moves on to the home page") {
    DemoServer central;
    TestApp app({}, false);
    Screen screen(app.core());
    CHECK_NO_QML_WARNINGS(screen);
    screen.type(QStringLiteral("serverField"), central.url());
    screen.type(QStringLiteral("codeField"), central.code_of_first_puskesmas());
    screen.click(QStringLiteral("enrolButton"));
    REQUIRE(wait_until([&] { return app.core().enrolled(); }, std::chrono::seconds(60)));
    REQUIRE(wait_until(
        [&] {
            QQuickItem* page = screen.currentPage();
            return page && QString::fromLatin1(page->metaObject()->className())
                               .startsWith(QStringLiteral("HomePage"));
        },
        std::chrono::seconds(60)));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("background sync sends a change and reports what is waiting") {
    DemoServer central;
    TestApp app({}, false);
    REQUIRE(enrol(app.core(), central.url(), central.code_of_first_puskesmas()).isEmpty());
    const auto employees = app.core().database().call(
        [&](store::DeviceStore& s) { return s.list("employee", app.core().unit()); });
    REQUIRE_FALSE(employees.empty());
    const Date today = app.core().today();
    const json data = {{"employee_id", employees.front().id},
                       {"date", today.iso()},
                       {"status", "HADIR"},
                       {"recorded_at", "2026-11-23T01:00:00Z"}};
    app.now_ms = app.core().nowMs();
    REQUIRE(app.core().database().call([&](store::DeviceStore& s) {
        return s
            .record({"attendance", attendance_id(app.core().unit(), employees.front().id, today),
                     app.core().unit(), data},
                    app.now_ms)
            .ok();
    }));
    app.core().sync()->refreshCounts();
    REQUIRE(wait_until([&] { return app.core().sync()->waiting() == 1; }));

    bool ok = false;
    bool ended = false;
    QObject::connect(app.core().sync(), &mobile::SyncService::finished, [&](bool result) {
        ok = result;
        ended = true;
    });
    app.core().sync()->syncNow();
    REQUIRE(wait_until([&] { return ended; }, std::chrono::seconds(60)));
    CHECK(ok);
    REQUIRE(wait_until([&] { return app.core().sync()->waiting() == 0; }));
    const auto exported = run_server_command(
        {"export", "--store", central.store, "--type", "attendance", "--format", "json"});
    CHECK(json::parse(exported.out)["count"] == 1);

    SECTION("with the server gone, the next sync fails and says it will retry") {
        REQUIRE(central.server.stop() == 0);
        ended = false;
        app.core().sync()->syncNow();
        REQUIRE(wait_until([&] { return ended; }, std::chrono::seconds(60)));
        CHECK_FALSE(ok);
        CHECK_FALSE(app.core().sync()->online());
    }
}
