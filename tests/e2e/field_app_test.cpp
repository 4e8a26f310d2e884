// End to end: the app's core in its own process (pantau-mobile-driver,
// offscreen) against the real pantau-server on loopback. Each driver run is
// an app start, so recording offline and syncing later also shows that
// nothing is lost across app restarts.
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "syncserver/blackbox/server_process.h"

using nlohmann::json;
using pantau::server::testing::run_server_command;
using pantau::server::testing::ServerProcess;
using pantau::server::testing::TempDir;

namespace {

struct DriverRun {
    int exit_code = -1;
    json out;
};

DriverRun driver(const QStringList& args) {
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(PANTAU_DRIVER_BINARY), args);
    REQUIRE(process.waitForFinished(120'000));
    const QByteArray out = process.readAllStandardOutput();
    INFO("driver " << args.join(' ').toStdString() << "\nstdout: " << out.toStdString()
                   << "\nstderr: " << process.readAllStandardError().toStdString());
    const json parsed = json::parse(out.toStdString(), nullptr, false);
    REQUIRE_FALSE(parsed.is_discarded());
    return {process.exitCode(), parsed};
}

json admin(const std::vector<std::string>& args) {
    const auto result = run_server_command(args);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out);
}

// id -> status of attendance records, as the device holds them.
std::map<std::string, std::string> device_attendance(const QString& data) {
    const auto run = driver({"dump", "--data", data, "--type", "attendance"});
    REQUIRE(run.exit_code == 0);
    std::map<std::string, std::string> out;
    for (const auto& r : run.out["records"])
        out[r["id"].get<std::string>()] = r["data"]["status"].get<std::string>();
    return out;
}

// id -> status of attendance rows in the server's export.
std::map<std::string, std::string> exported_attendance(const std::string& store) {
    const json exported =
        admin({"export", "--store", store, "--type", "attendance", "--format", "json"});
    std::map<std::string, std::string> out;
    for (const auto& row : exported["rows"]) {
        const auto id = row["id"].get<std::string>();
        REQUIRE(out.count(id) == 0);  // exactly once
        out[id] = row["status"].get<std::string>();
    }
    return out;
}

}  // namespace

TEST_CASE("records made offline reach the server exactly once and a second phone of the unit") {
    TempDir dir;
    const std::string store = "sqlite:" + (dir.path() / "central.db").string();
    const json demo = admin({"demo-data", "--no-history", "--store", store, "--json"});

    std::string unit;
    for (const auto& u : demo["units"])
        if (u["kind"] == "PUSKESMAS" && unit.empty())
            unit = u["id"].get<std::string>();
    std::string supervisor;
    std::string first_code;
    for (const auto& c : demo["enroll_codes"])
        if (c["unit"] == unit && c["role"] == "supervisor") {
            supervisor = c["user"].get<std::string>();
            first_code = c["code"].get<std::string>();
        }
    REQUIRE_FALSE(first_code.empty());
    const std::string second_code =
        admin({"enroll-code", "--store", store, "--user", supervisor, "--json"})["code"];

    ServerProcess server(store);
    server.start();
    server.keep_port();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const QString phone_a = QString::fromStdString((dir.path() / "phone-a").string());
    const QString phone_b = QString::fromStdString((dir.path() / "phone-b").string());

    const auto enrolled = driver({"enrol", "--data", phone_a, "--server", url, "--code",
                                  QString::fromStdString(first_code)});
    REQUIRE(enrolled.exit_code == 0);
    CHECK(enrolled.out["employees"].get<int>() >= 20);

    // The network goes away; the supervisor works on.
    REQUIRE(server.stop() == 0);
    const auto marked =
        driver({"mark", "--data", phone_a, "--present", "5", "--late-minutes", "15"});
    REQUIRE(marked.exit_code == 0);
    CHECK(marked.out["waiting"] == 6);
    const auto surveyed = driver({"survey", "--data", phone_a, "--scores", "4,4,3,4,3,4,4,3,4"});
    REQUIRE(surveyed.exit_code == 0);
    const auto offline = driver({"sync", "--data", phone_a});
    CHECK(offline.exit_code == 2);
    CHECK(offline.out["waiting"] == 7);
    const auto recorded = device_attendance(phone_a);
    REQUIRE(recorded.size() == 6);

    // The network is back: the phone (started again) sends everything.
    server.start();
    const auto synced = driver({"sync", "--data", phone_a});
    CHECK(synced.exit_code == 0);
    CHECK(synced.out["waiting"] == 0);
    CHECK(synced.out["rejected"] == 0);
    CHECK(exported_attendance(store) == recorded);
    const json surveys =
        admin({"export", "--store", store, "--type", "survey", "--format", "json"});
    CHECK(surveys["count"] == 1);

    // A second phone of the same unit receives them.
    const auto second = driver({"enrol", "--data", phone_b, "--server", url, "--code",
                                QString::fromStdString(second_code)});
    REQUIRE(second.exit_code == 0);
    CHECK(device_attendance(phone_b) == recorded);

    // Syncing again changes nothing on the server.
    CHECK(driver({"sync", "--data", phone_a}).exit_code == 0);
    CHECK(exported_attendance(store) == recorded);
    CHECK(server.stop() == 0);
}
