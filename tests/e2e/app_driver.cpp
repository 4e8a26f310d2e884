// pantau-mobile-driver: the app's core (AppCore, its models, controllers and
// background sync) in a process of its own, offscreen, one action per run.
// The end-to-end test runs it again and again over one data folder, so every
// step is also an app restart. Prints one JSON object; exit 0 on success.
//
//   enrol  --data DIR --server URL --code CODE
//   mark   --data DIR --present N [--late-minutes M]   (roll call of today)
//   survey --data DIR --scores 4,4,3,4,3,4,4,3,4
//   sync   --data DIR                                   (exit 2 if it did not finish)
//   dump   --data DIR --type TYPE
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTimer>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "app_core.h"
#include "enrolment_controller.h"
#include "roll_call_model.h"
#include "survey_controller.h"

using namespace pantau;
using namespace pantau::mobile;
using nlohmann::json;

namespace {

int print(const json& out, int code = 0) {
    std::printf("%s\n", out.dump().c_str());
    return code;
}

// Runs the event loop until `done` holds or `ms` pass.
bool run_until(const std::function<bool()>& done, int ms = 60'000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

int enrol(AppCore& core, const QString& server, const QString& code) {
    EnrolmentController enrolment;
    enrolment.setCore(&core);
    enrolment.setServerUrl(server);
    enrolment.setCode(code);
    enrolment.enrol();
    run_until([&] { return !enrolment.busy(); });
    const auto employees =
        core.database().call([](store::DeviceStore& s) { return s.count("employee"); });
    return print({{"enrolled", core.enrolled()},
                  {"error", enrolment.errorText().toStdString()},
                  {"unit", core.unitName().toStdString()},
                  {"employees", employees}},
                 core.enrolled() ? 0 : 1);
}

int mark(AppCore& core, int present, int late_minutes) {
    RollCallModel roll_call;
    roll_call.setCore(&core);
    if (!run_until([&] { return roll_call.rowCount() > present; }, 10'000))
        return print({{"error", "the roll call did not load"}}, 1);
    for (int row = 0; row < present; ++row)
        roll_call.markPresent(row);
    if (late_minutes > 0)
        roll_call.setStatus(present, QStringLiteral("TERLAMBAT"), late_minutes, QString(),
                            QStringLiteral("ban bocor"));
    core.database().flush();
    const auto waiting =
        core.database().call([](store::DeviceStore& s) { return s.waiting_count(); });
    return print({{"waiting", waiting}, {"date", core.todayIso().toStdString()}});
}

int survey(AppCore& core, const QString& scores) {
    SurveyController form;
    form.setCore(&core);
    const QStringList values = scores.split(QLatin1Char(','));
    for (int i = 0; i < values.size(); ++i)
        form.setScore(i, values[i].toInt());
    form.submit();
    core.database().flush();
    QCoreApplication::processEvents();
    const auto count =
        core.database().call([](store::DeviceStore& s) { return s.count("survey_response"); });
    return print({{"survey_responses", count}});
}

int sync_once(AppCore& core) {
    SyncService& sync = *core.sync();
    bool ended = false;
    bool ok = false;
    QObject::connect(&sync, &SyncService::finished, [&](bool result) {
        ended = true;
        ok = result;
    });
    sync.syncNow();
    run_until([&] { return ended; });
    sync.cancel();
    const auto counts = core.database().call([](store::DeviceStore& s) {
        return std::pair{s.waiting_count(), static_cast<std::int64_t>(s.rejected().size())};
    });
    return print({{"finished", ok},
                  {"status", sync.statusText().toStdString()},
                  {"waiting", counts.first},
                  {"rejected", counts.second}},
                 ok ? 0 : 2);
}

int dump(AppCore& core, const std::string& type) {
    const auto records = core.database().call([&](store::DeviceStore& s) { return s.list(type); });
    json out = json::array();
    for (const auto& r : records)
        out.push_back({{"id", r.id}, {"unit_id", r.unit_id}, {"data", r.data}});
    return print({{"records", out}});
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addPositionalArgument(QStringLiteral("action"), QStringLiteral("What to do."));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server."),
                                    QStringLiteral("URL"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("Code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption present(QStringLiteral("present"), QStringLiteral("Rows."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption late(QStringLiteral("late-minutes"), QStringLiteral("Minutes."),
                                  QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption scores(QStringLiteral("scores"), QStringLiteral("Nine scores."),
                                    QStringLiteral("LIST"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("Record type."),
                                  QStringLiteral("TYPE"));
    cli.addOptions({data, server, code, present, late, scores, type});
    cli.process(app);
    const QStringList args = cli.positionalArguments();
    if (args.size() != 1 || !cli.isSet(data))
        return print({{"error", "usage: pantau-mobile-driver ACTION --data DIR ..."}}, 64);

    AppCore core({cli.value(data), {}, false});
    if (!core.openError().isEmpty())
        return print({{"error", core.openError().toStdString()}}, 1);
    const QString action = args.first();
    if (action == QLatin1String("enrol"))
        return enrol(core, cli.value(server), cli.value(code));
    if (action == QLatin1String("mark"))
        return mark(core, cli.value(present).toInt(), cli.value(late).toInt());
    if (action == QLatin1String("survey"))
        return survey(core, cli.value(scores));
    if (action == QLatin1String("sync"))
        return sync_once(core);
    if (action == QLatin1String("dump"))
        return dump(core, cli.value(type).toStdString());
    return print({{"error", "unknown action"}}, 64);
}
