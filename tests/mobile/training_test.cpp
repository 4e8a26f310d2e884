// Recording competency development on the phone: the controller checks a
// training with the shared rule before it enters the outbox, shows the
// employee's JP of the year, and the record reaches the real server, whose
// training report counts it. The home page lists staff short of their JP
// from 1 October, and a DIKLAT day may name one of the employee's trainings.
#include <QAbstractItemModelTester>
#include <algorithm>
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "enrolment_controller.h"
#include "home_controller.h"
#include "records/record_types.h"
#include "roll_call_model.h"
#include "syncserver/blackbox/server_process.h"
#include "test_app.h"
#include "training_controller.h"

using namespace pantau;
using namespace pantau::test;
using mobile::TrainingController;
using nlohmann::json;
using server::testing::run_server_command;
using server::testing::ServerProcess;
using server::testing::TempDir;

namespace {

struct Form {
    QString title = QStringLiteral("Pelatihan Tata Laksana Gizi Buruk");
    QString kind = QStringLiteral("KLASIKAL");
    QString organiser = QStringLiteral("BPSDM Provinsi Jawa Barat");
    QString start = QStringLiteral("2026-11-16");
    QString end = QStringLiteral("2026-11-18");
    QString jp = QStringLiteral("24");
    QString competency = QStringLiteral("TEKNIS");
    QString certificate = QStringLiteral("445/123/BPSDM/2026");

    QString record(TrainingController& c) const {
        return c.record(title, kind, organiser, start, end, jp, competency, certificate);
    }
};

std::vector<store::StoredRecord> trainings_in(TestApp& app) {
    return app.core().database().call([](store::DeviceStore& s) { return s.list("training"); });
}

// Records a training of `staff` through the controller and waits until it is stored.
std::string record_training(TestApp& app, int staff, const QString& jp,
                            const QString& end = QStringLiteral("2026-11-18")) {
    TrainingController c;
    c.setCore(&app.core());
    c.setEmployeeId(QString::fromStdString(staff_id(staff)));
    Form form;
    form.jp = jp;
    form.end = end;
    form.start = end;
    bool stored = false;
    QObject::connect(&c, &TrainingController::recorded, [&] { stored = true; });
    const QString id = form.record(c);
    INFO(c.errorText().toStdString());
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(wait_until([&] { return stored; }));
    return id.toStdString();
}

}  // namespace

TEST_CASE("a training recorded offline is stored as the server checks it and waits to be sent") {
    TestApp app;
    TrainingController c;
    c.setCore(&app.core());
    c.setEmployeeId(QString::fromStdString(staff_id(2)));
    const std::int64_t waiting_before =
        app.core().database().call([](store::DeviceStore& s) { return s.waiting_count(); });
    QString recorded;
    QObject::connect(&c, &TrainingController::recorded, [&](const QString& id) { recorded = id; });
    const QString id = Form{}.record(c);
    INFO(c.errorText().toStdString());
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(wait_until([&] { return !recorded.isEmpty(); }));
    CHECK(recorded == id);
    CHECK(is_uuid(id.toStdString()));

    const auto stored = app.core().database().call(
        [&](store::DeviceStore& s) { return s.get("training", id.toStdString()); });
    REQUIRE(stored);
    CHECK(stored->unit_id == kUnitId);
    CHECK(stored->data["employee_id"] == staff_id(2));
    CHECK(stored->data["jp"] == 24);
    CHECK(stored->data["certificate_number"] == "445/123/BPSDM/2026");
    CHECK(check_record_data("training", stored->data).empty());
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.waiting_count(); }) ==
          waiting_before + 1);

    // The employee's year now shows it.
    REQUIRE(wait_until([&] { return c.yearLabel() == "JP 2026: 24 dari 20, sudah memenuhi"; }));
    REQUIRE(c.trainings().size() == 1);
    CHECK(c.trainings()[0].toMap()["code"] == id);
}

TEST_CASE("a training the shared check refuses is not stored, with the reason in the language") {
    TestApp app;
    TrainingController c;
    c.setCore(&app.core());

    SECTION("no employee") {
        CHECK(Form{}.record(c).isEmpty());
        CHECK(c.errorText() == "Pilih pegawai yang mengikuti pelatihan.");
    }
    SECTION("JP of 0, the end before the start, an unknown kind, a title too long") {
        c.setEmployeeId(QString::fromStdString(staff_id(2)));
        Form zero;
        zero.jp = QStringLiteral("0");
        CHECK(zero.record(c).isEmpty());
        CHECK(c.errorText().contains("JP"));
        Form backwards;
        backwards.end = QStringLiteral("2026-11-15");
        CHECK(backwards.record(c).isEmpty());
        CHECK(c.errorText().contains("sebelum tanggal mulai"));
        Form unknown;
        unknown.kind = QStringLiteral("STUDI_BANDING");
        CHECK(unknown.record(c).isEmpty());
        Form long_title;
        long_title.title =
            QString(static_cast<int>(Training::kMaxTitleLength) + 1, QLatin1Char('a'));
        CHECK(long_title.record(c).isEmpty());
        Form words;
        words.jp = QStringLiteral("dua puluh");
        CHECK(words.record(c).isEmpty());
        CHECK(c.errorText() == "Isi jumlah JP dengan angka, mis. 24 atau 2,5.");
        app.core().setLanguage(QStringLiteral("en"));
        CHECK(zero.record(c).isEmpty());
        CHECK(c.errorText().contains("JP must be more than 0"));
    }
    SECTION("a training that has not ended yet") {
        c.setEmployeeId(QString::fromStdString(staff_id(2)));
        Form ahead;
        ahead.end = QStringLiteral("2026-11-24");  // today is 2026-11-23
        CHECK(ahead.record(c).isEmpty());
        CHECK(c.errorText().contains("belum tiba"));
    }
    settle(app.core());
    CHECK(trainings_in(app).empty());
}

TEST_CASE("JP may be written with a decimal comma") {
    TestApp app;
    record_training(app, 3, QStringLiteral("2,5"));
    const auto stored = trainings_in(app);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].data["jp"] == 2.5);
}

TEST_CASE("home lists staff short of their JP from 1 October, with JP done and owed") {
    TestApp app;
    app.now_ms = kMondayMorningMs - 60LL * 86'400'000;  // 2026-09-24
    app.core().refreshToday();
    mobile::HomeController home;
    QAbstractItemModelTester tester(home.alerts());
    home.setCore(&app.core());
    settle(app.core());
    const auto of_kind = [&](const QString& kind) {
        std::vector<mobile::Alert> found;
        for (const auto& a : home.alerts()->alerts())
            if (a.kind == kind)
                found.push_back(a);
        return found;
    };
    CHECK(of_kind("training_short").empty());  // September: not yet

    app.now_ms = kMondayMorningMs - 53LL * 86'400'000;  // 2026-10-01
    app.core().refreshToday();
    settle(app.core());
    REQUIRE(of_kind("training_short").size() == 12);

    // Budi did 12 + 8 = 20 JP: exactly the minimum, no longer short. Citra did 19.5.
    record_training(app, 2, QStringLiteral("12"), QStringLiteral("2026-03-03"));
    record_training(app, 2, QStringLiteral("8"), QStringLiteral("2026-08-10"));
    record_training(app, 3, QStringLiteral("19,5"), QStringLiteral("2026-09-01"));
    // Last year's training does not count this year.
    record_training(app, 4, QStringLiteral("40"), QStringLiteral("2025-12-30"));
    settle(app.core());
    const auto alerts = of_kind("training_short");
    REQUIRE(alerts.size() == 11);
    for (const auto& a : alerts)
        CHECK(a.employee_id != QString::fromStdString(staff_id(2)));
    const auto citra = std::find_if(alerts.begin(), alerts.end(), [](const mobile::Alert& a) {
        return a.employee_id == QString::fromStdString(staff_id(3));
    });
    REQUIRE(citra != alerts.end());
    CHECK(citra->detail == "Tahun 2026: 19,5 dari 20 JP; kurang 0,5 JP.");
    CHECK(citra->target_page == "TrainingPage");
    CHECK(citra->target_properties.value("employeeId") == citra->employee_id);
    const auto dewi = std::find_if(alerts.begin(), alerts.end(), [](const mobile::Alert& a) {
        return a.employee_id == QString::fromStdString(staff_id(4));
    });
    REQUIRE(dewi != alerts.end());
    CHECK(dewi->detail == "Tahun 2026: 0 dari 20 JP; kurang 20 JP.");
    home.setCore(nullptr);
}

TEST_CASE("a DIKLAT day names one of the employee's trainings, and only on DIKLAT") {
    TestApp app;
    const std::string training = record_training(app, 2, QStringLiteral("24"));
    mobile::RollCallModel roll;
    roll.setCore(&app.core());
    REQUIRE(wait_until([&] { return roll.rowCount() == 12; }));
    int row = -1;
    for (int i = 0; i < roll.rowCount(); ++i)
        if (roll.data(roll.index(i), mobile::RollCallModel::EmployeeIdRole).toString() ==
            QString::fromStdString(staff_id(2)))
            row = i;
    REQUIRE(row >= 0);
    const QString id = QString::fromStdString(training);
    REQUIRE(roll.setStatus(row, QStringLiteral("DIKLAT"), 0, {}, {}, id));
    const std::string day = attendance_id(kUnitId, staff_id(2), app.core().today());
    REQUIRE(wait_until([&] {
        return roll.data(roll.index(row), mobile::RollCallModel::TrainingIdRole).toString() == id;
    }));
    const auto stored =
        app.core().database().call([&](store::DeviceStore& s) { return s.get("attendance", day); });
    REQUIRE(stored);
    CHECK(stored->data["training_id"] == training);

    // Another status drops the link.
    REQUIRE(roll.setStatus(row, QStringLiteral("HADIR"), 0, {}, {}, id));
    REQUIRE(wait_until([&] {
        return roll.data(roll.index(row), mobile::RollCallModel::StatusRole).toString() == "HADIR";
    }));
    const auto present =
        app.core().database().call([&](store::DeviceStore& s) { return s.get("attendance", day); });
    CHECK_FALSE(present->data.contains("training_id"));
    roll.setCore(nullptr);
}

TEST_CASE("a training recorded offline syncs to the server and its report counts it") {
    TempDir dir;
    const std::string store = "sqlite:" + (dir.path() / "central.db").string();
    const auto seeded = run_server_command({"demo-data", "--store", store, "--json"});
    REQUIRE(seeded.exit_code == 0);
    const json demo = json::parse(seeded.out);
    ServerProcess server{store};
    server.start();
    QString code;
    for (const auto& c : demo["enroll_codes"])
        if (c["role"] == "supervisor")
            code = QString::fromStdString(c["code"].get<std::string>());

    TestApp app({}, false);
    {
        mobile::EnrolmentController enrolment;
        enrolment.setCore(&app.core());
        enrolment.setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        enrolment.setCode(code);
        enrolment.enrol();
        REQUIRE(wait_until([&] { return !enrolment.busy(); }, std::chrono::seconds(60)));
        REQUIRE(enrolment.errorText().isEmpty());
    }
    const auto employees = app.core().database().call(
        [&](store::DeviceStore& s) { return s.list("employee", app.core().unit()); });
    const auto active = std::find_if(employees.begin(), employees.end(),
                                     [](const auto& e) { return e.data.value("active", true); });
    REQUIRE(active != employees.end());
    const std::string employee = active->id;
    // What the report says of them before (the demo has trainings of its own).
    const auto jp_row = [&] {
        const auto report = run_server_command({"report", "training", "--store", store, "--year",
                                                "2026", "--unit", app.core().unit()});
        INFO(report.err);
        REQUIRE(report.exit_code == 0);
        const json answer = json::parse(report.out);
        for (const auto& row : answer["rows"])
            if (row["employee_id"] == employee)
                return row;
        FAIL("no row of the employee");
        return json();
    };
    const json before = jp_row();

    // Offline: the training waits in the outbox.
    TrainingController c;
    c.setCore(&app.core());
    c.setEmployeeId(QString::fromStdString(employee));
    bool stored = false;
    QObject::connect(&c, &TrainingController::recorded, [&] { stored = true; });
    const std::string training = Form{}.record(c).toStdString();
    REQUIRE_FALSE(training.empty());
    REQUIRE(wait_until([&] { return stored; }));

    const auto sync_now = [&app] {
        bool ok = false, ended = false;
        const auto connection =
            QObject::connect(app.core().sync(), &mobile::SyncService::finished, [&](bool result) {
                ok = result;
                ended = true;
            });
        app.core().sync()->syncNow();
        const bool finished = wait_until([&] { return ended; }, std::chrono::seconds(60));
        QObject::disconnect(connection);
        return finished && ok;
    };
    REQUIRE(sync_now());
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.waiting_count(); }) == 0);
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.rejected(); }).empty());
    const json after = jp_row();
    CHECK(after["jp"].get<double>() == before["jp"].get<double>() + 24);
    CHECK(after["trainings"].get<int>() == before["trainings"].get<int>() + 1);

    // A DIKLAT day of another employee naming this training is refused by the server.
    mobile::RollCallModel roll;
    roll.setCore(&app.core());
    REQUIRE(wait_until([&] { return roll.rowCount() > 1; }));
    int other = -1;
    for (int i = 0; i < roll.rowCount() && other < 0; ++i)
        if (roll.data(roll.index(i), mobile::RollCallModel::EmployeeIdRole).toString() !=
            QString::fromStdString(employee))
            other = i;
    REQUIRE(other >= 0);
    REQUIRE(roll.setStatus(other, QStringLiteral("DIKLAT"), 0, {}, {},
                           QString::fromStdString(training)));
    REQUIRE(wait_until([&] {
        return app.core().database().call(
                   [](store::DeviceStore& s) { return s.waiting_count(); }) == 1;
    }));
    REQUIRE(sync_now());
    const auto rejected =
        app.core().database().call([](store::DeviceStore& s) { return s.rejected(); });
    REQUIRE(rejected.size() == 1);
    CHECK(rejected[0].change.type == "attendance");
    CHECK(rejected[0].rejected_code == "unknown_training");
    roll.setCore(nullptr);
    c.setCore(nullptr);
}
