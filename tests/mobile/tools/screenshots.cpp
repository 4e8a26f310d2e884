// pantau-mobile-screenshots: renders every screen of the app offscreen at
// 360x640, in Bahasa Indonesia and in English, into PNG files. It opens the
// data folder of a phone that scripts/screenshots.sh enrolled to a demo
// server, so the screens show a real unit's staff and records.
//
//   pantau-mobile-screenshots --data DIR --out DIR
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

#include "app_core.h"
#include "case_controller.h"

Q_IMPORT_QML_PLUGIN(PantauPlugin)

using namespace pantau;
using namespace pantau::mobile;

namespace {

struct Shot {
    QString file;
    QString page;  // empty: the first page of the window
    QVariantMap properties;
};

void wait_ms(int ms) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Lets queued database work and page transitions finish.
void settle(AppCore& core, QQuickItem* stack) {
    for (int i = 0; i < 100 && stack && stack->property("busy").toBool(); ++i)
        wait_ms(10);
    core.database().flush();
    wait_ms(150);
    core.database().flush();
    wait_ms(150);
}

bool render(AppCore& core, const Shot& shot, const QString& path) {
    QQmlApplicationEngine engine;
    core.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("core"), QVariant::fromValue(&core)}});
    engine.load(QUrl(QStringLiteral("qrc:/Pantau/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return false;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    window->resize(360, 640);
    window->show();
    auto* stack = window->findChild<QQuickItem*>(QStringLiteral("stack"));
    settle(core, stack);
    if (!shot.page.isEmpty()) {
        QVariant ignored;
        QMetaObject::invokeMethod(window, "openPage", Q_RETURN_ARG(QVariant, ignored),
                                  Q_ARG(QVariant, shot.page), Q_ARG(QVariant, shot.properties));
        settle(core, stack);
    }
    const bool saved = window->grabWindow().save(path);
    core.setEngine(nullptr);
    return saved;
}

}  // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QCommandLineParser cli;
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("An enrolled data folder."), QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where PNGs go."),
                                 QStringLiteral("DIR"));
    cli.addOptions({data, out});
    cli.addHelpOption();
    cli.process(app);
    if (!cli.isSet(data) || !cli.isSet(out)) {
        std::fprintf(stderr, "usage: pantau-mobile-screenshots --data DIR --out DIR\n");
        return 64;
    }

    AppCore core({cli.value(data), {}, false});
    if (!core.enrolled()) {
        std::fprintf(stderr, "the data folder is not enrolled\n");
        return 1;
    }
    // A case to show, opened once and kept in the folder.
    const auto employees = core.database().call(
        [&](store::DeviceStore& s) { return s.list("employee", core.unit()); });
    if (employees.empty()) {
        std::fprintf(stderr, "the unit has no staff in this data folder\n");
        return 1;
    }
    const QString employee = QString::fromStdString(employees.front().id);
    QString case_id;
    const auto cases =
        core.database().call([](store::DeviceStore& s) { return s.list("discipline_case"); });
    if (cases.empty()) {
        CaseController opener;
        opener.setCore(&core);
        case_id = opener.openCase(employee, QStringLiteral("4f"), QStringLiteral("RINGAN"),
                                  QStringLiteral("Tidak masuk kerja 3 hari tanpa keterangan."),
                                  QStringLiteral("TK_INDICATION"));
        core.database().flush();
    } else {
        case_id = QString::fromStdString(cases.front().id);
    }

    const QList<Shot> shots = {
        {QStringLiteral("02-home"), {}, {}},
        {QStringLiteral("03-roll-call"), QStringLiteral("RollCallPage"), {}},
        {QStringLiteral("04-cases"), QStringLiteral("CaseListPage"), {}},
        {QStringLiteral("05-case-open"), QStringLiteral("CaseOpenPage"), {}},
        {QStringLiteral("06-case"),
         QStringLiteral("CasePage"),
         {{QStringLiteral("caseId"), case_id}}},
        {QStringLiteral("07-evaluations"),
         QStringLiteral("EvaluationListPage"),
         {{QStringLiteral("period"), core.currentPeriod()}}},
        {QStringLiteral("08-evaluation"),
         QStringLiteral("EvaluationPage"),
         {{QStringLiteral("employeeId"), employee},
          {QStringLiteral("period"), core.currentPeriod()}}},
        {QStringLiteral("09-survey"), QStringLiteral("SurveyPage"), {}},
        {QStringLiteral("10-sync"), QStringLiteral("SyncPage"), {}},
        {QStringLiteral("11-settings"), QStringLiteral("SettingsPage"), {}},
        {QStringLiteral("12-training"),
         QStringLiteral("TrainingPage"),
         {{QStringLiteral("employeeId"), employee}}},
    };

    QTemporaryDir blank_dir;
    int failures = 0;
    const QString language_before = core.language();
    for (const QString& language : {QStringLiteral("id"), QStringLiteral("en")}) {
        const QString folder = cli.value(out) + QLatin1Char('/') + language;
        QDir().mkpath(folder);
        core.setLanguage(language);
        for (const Shot& shot : shots) {
            const QString path = folder + QLatin1Char('/') + shot.file + QStringLiteral(".png");
            const bool ok = render(core, shot, path);
            std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
            failures += ok ? 0 : 1;
        }
        // The first start of a new phone.
        AppCore blank({blank_dir.path(), {}, false});
        blank.setLanguage(language);
        const QString path = folder + QStringLiteral("/01-enrolment.png");
        const bool ok = render(blank, {}, path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        failures += ok ? 0 : 1;
    }
    core.setLanguage(language_before);
    return failures == 0 ? 0 : 1;
}
