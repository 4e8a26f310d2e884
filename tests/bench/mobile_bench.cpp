// pantau-bench-mobile: the field app's start time and memory with many
// local records. Two phones are seeded: a baseline with the unit's staff and
// no records, and one with N attendance records (default 50,000). Each run
// starts a fresh process that opens the store, loads Main.qml offscreen and
// waits until the home screen has its data, then opens the roll call. The
// medians of both phones and their ratio are printed.
//
//   pantau-bench-mobile [--records 50000] [--runs 5]
//   pantau-bench-mobile --start DIR       (one measured start; internal)
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

#include "app_core.h"
#include "clock/uuid.h"
#include "sync/protocol.h"

Q_IMPORT_QML_PLUGIN(PantauPlugin)

using namespace pantau;
using namespace pantau::mobile;
using nlohmann::json;

namespace {

constexpr auto kUnit = "9ad9bb0b-8be5-5d75-ab7b-0a2c265f89cc";
constexpr int kStaff = 44;  // the largest demo puskesmas
const std::vector<std::string> kStatuses = {"HADIR", "HADIR", "HADIR", "HADIR", "HADIR",
                                            "HADIR", "HADIR", "SAKIT", "IZIN",  "TERLAMBAT"};

QElapsedTimer g_since_start;

long peak_rss_kb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

std::string staff(int i) {
    return uuid_v5(kPantauNamespace, "bench-employee/" + std::to_string(i));
}

void seed(const QString& dir, int records) {
    AppCore core({dir, {}, false});
    Session session;
    session.server_url = QStringLiteral("http://127.0.0.1:9");
    session.token = QStringLiteral("bench");
    session.device_id = QStringLiteral("bench-device");
    session.user_id = QStringLiteral("bench-user");
    session.user_name = QStringLiteral("Supervisor");
    session.unit_id = QString::fromLatin1(kUnit);
    session.units = json::array({json{{"id", kUnit},
                                      {"name", "UPT Puskesmas Sukamaju"},
                                      {"kind", "PUSKESMAS"},
                                      {"timezone", "Asia/Jakarta"}}});
    if (!core.startSession(session))
        qFatal("cannot store the session");
    std::uint64_t version = 0x0001000000000000;
    sync::PullPage page;
    const auto flush_page = [&] {
        page.cursor = "bench";
        core.database().call([&](store::DeviceStore& s) {
            if (!s.apply_pull_page(page, 0))
                qFatal("cannot seed");
        });
        page.changes.clear();
    };
    const auto add = [&](const std::string& type, const std::string& id, json data) {
        sync::Change c;
        c.type = type;
        c.id = id;
        c.unit_id = kUnit;
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(++version));
        c.version = text;
        c.origin = "server";
        c.data = std::move(data);
        page.changes.push_back(std::move(c));
        if (page.changes.size() == 5000)
            flush_page();
    };
    for (int i = 0; i < kStaff; ++i)
        add("employee", staff(i),
            {{"nip", "19850312201001100" + std::to_string(i % 10)},
             {"name", "Pegawai " + std::to_string(1000 + i)},
             {"kind", "PNS"},
             {"golongan", "III/a"},
             {"jabatan", "Perawat Ahli Pertama"},
             {"unit_id", kUnit},
             {"active", true}});
    // Working days backwards from today, every employee each day.
    Date day = *Date::parse("2026-11-20");
    for (int n = 0; n < records;) {
        if (static_cast<int>(day.weekday()) < 5) {
            for (int i = 0; i < kStaff && n < records; ++i, ++n) {
                json data = {{"employee_id", staff(i)},
                             {"date", day.iso()},
                             {"status", kStatuses[static_cast<std::size_t>(n) % kStatuses.size()]},
                             {"recorded_at", day.iso() + "T00:30:00Z"}};
                if (data["status"] == "TERLAMBAT")
                    data["minutes"] = 12;
                add("attendance", attendance_id(kUnit, staff(i), day), data);
            }
        }
        day = day.plus_days(-1);
    }
    flush_page();
}

void wait_idle(AppCore& core, QQuickItem* stack) {
    for (int round = 0; round < 4; ++round) {
        while (stack && stack->property("busy").toBool())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        core.database().flush();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

int start(const QString& dir) {
    AppCore core({dir, {}, false});
    QQmlApplicationEngine engine;
    core.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("core"), QVariant::fromValue(&core)}});
    engine.load(QUrl(QStringLiteral("qrc:/Pantau/Main.qml")));
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    auto* stack = window->findChild<QQuickItem*>(QStringLiteral("stack"));
    wait_idle(core, stack);
    (void)window->grabWindow();  // the first frame, with the home screen's data
    const qint64 home_ms = g_since_start.elapsed();
    QElapsedTimer roll_call;
    roll_call.start();
    QVariant ignored;
    QMetaObject::invokeMethod(window, "openPage", Q_RETURN_ARG(QVariant, ignored),
                              Q_ARG(QVariant, QStringLiteral("RollCallPage")),
                              Q_ARG(QVariant, QVariantMap()));
    wait_idle(core, stack);
    (void)window->grabWindow();
    std::printf("%s\n", json{{"home_ms", home_ms},
                             {"roll_call_ms", roll_call.elapsed()},
                             {"peak_rss_kb", peak_rss_kb()}}
                            .dump()
                            .c_str());
    core.setEngine(nullptr);
    return 0;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char* argv[]) {
    g_since_start.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QCommandLineParser cli;
    const QCommandLineOption start_dir(QStringLiteral("start"),
                                       QStringLiteral("Measure one start."), QStringLiteral("DIR"));
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Local records."),
                                     QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per phone."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    cli.addOptions({start_dir, records, runs});
    cli.process(app);
    if (cli.isSet(start_dir))
        return start(cli.value(start_dir));

    QTemporaryDir baseline;
    QTemporaryDir loaded;
    QElapsedTimer seeding;
    seeding.start();
    seed(baseline.path(), 0);
    seed(loaded.path(), cli.value(records).toInt());
    std::printf("seeded %d attendance records for %d staff in %.1f s\n", cli.value(records).toInt(),
                kStaff, seeding.elapsed() / 1000.0);

    std::vector<double> home[2], roll[2], rss[2];
    for (int run = 0; run < cli.value(runs).toInt(); ++run) {
        for (int which = 0; which < 2; ++which) {  // alternate, so drift hits both
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--start"), which ? loaded.path() : baseline.path()});
            child.waitForFinished(300'000);
            const json r = json::parse(child.readAllStandardOutput().toStdString(), nullptr, false);
            if (r.is_discarded() || child.exitCode() != 0) {
                std::fprintf(stderr, "a start failed: %s\n",
                             child.readAllStandardError().constData());
                return 1;
            }
            home[which].push_back(r["home_ms"].get<double>());
            roll[which].push_back(r["roll_call_ms"].get<double>());
            rss[which].push_back(r["peak_rss_kb"].get<double>() / 1024.0);
        }
    }
    std::printf("medians of %d runs      baseline (0 records)   %d records   ratio\n",
                cli.value(runs).toInt(), cli.value(records).toInt());
    const auto row = [](const char* what, std::vector<double>* v, const char* unit) {
        const double b = median(v[0]);
        const double l = median(v[1]);
        std::printf("%-22s %10.1f %s %14.1f %s %8.2f\n", what, b, unit, l, unit, l / b);
    };
    row("start to home screen", home, "ms");
    row("open the roll call", roll, "ms");
    row("peak memory (RSS)", rss, "MiB");
    return 0;
}
