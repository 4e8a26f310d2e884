// pantau-mobile: opens the device store, optionally enrols (for the demo and
// for scripted set-ups), and shows qrc:/Pantau/Main.qml.
//
//   pantau-mobile [--data DIR] [--server URL --enrol-code CODE [--server-fingerprint F]]
//                 [--device-name NAME] [--language id|en]
#include <QCommandLineParser>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

#include "app_core.h"
#include "enrolment_controller.h"

Q_IMPORT_QML_PLUGIN(PantauPlugin)

using pantau::mobile::AppCore;
using pantau::mobile::EnrolmentController;

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Pantau"));
    QGuiApplication::setOrganizationName(QStringLiteral("Pantau"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Pantau: field supervision, offline first"));
    cli.addHelpOption();
    const QCommandLineOption data({QStringLiteral("data")}, QStringLiteral("Data folder."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption server({QStringLiteral("server")},
                                    QStringLiteral("Server address to enrol with."),
                                    QStringLiteral("URL"));
    const QCommandLineOption code({QStringLiteral("enrol-code")},
                                  QStringLiteral("Enrolment code (with --server)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption fingerprint(
        {QStringLiteral("server-fingerprint")},
        QStringLiteral("The server key's fingerprint from the enrolment sheet (https)."),
        QStringLiteral("FINGERPRINT"));
    const QCommandLineOption device({QStringLiteral("device-name")},
                                    QStringLiteral("Name of this device."), QStringLiteral("NAME"));
    const QCommandLineOption language({QStringLiteral("language")},
                                      QStringLiteral("id (default) or en."),
                                      QStringLiteral("LANG"));
    cli.addOptions({data, server, code, fingerprint, device, language});
    cli.process(app);

    AppCore core({cli.value(data), {}, true});
    if (!core.openError().isEmpty()) {
        std::fprintf(stderr, "pantau-mobile: cannot open the data store: %s\n",
                     qPrintable(core.openError()));
        return 1;
    }
    if (cli.isSet(device))
        core.setDeviceName(cli.value(device));
    if (cli.isSet(language))
        core.setLanguage(cli.value(language));

    if (!core.enrolled() && cli.isSet(server) && cli.isSet(code)) {
        EnrolmentController enrolment;
        enrolment.setCore(&core);
        enrolment.setServerUrl(cli.value(server));
        enrolment.setCode(cli.value(code));
        enrolment.setFingerprint(cli.value(fingerprint));
        QEventLoop loop;
        QObject::connect(&enrolment, &EnrolmentController::enrolled, &loop, &QEventLoop::quit);
        QObject::connect(&enrolment, &EnrolmentController::errorTextChanged, &loop, [&] {
            if (!enrolment.busy())
                loop.quit();
        });
        enrolment.enrol();
        loop.exec();
        if (!core.enrolled()) {
            std::fprintf(stderr, "pantau-mobile: enrolment failed: %s\n",
                         qPrintable(enrolment.errorText()));
            return 1;
        }
        std::printf("pantau-mobile: enrolled to %s as %s (%s)\n", qPrintable(core.serverUrl()),
                    qPrintable(core.userName()), qPrintable(core.unitName()));
    }

    QQmlApplicationEngine engine;
    core.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("core"), QVariant::fromValue(&core)}});
    engine.load(QUrl(QStringLiteral("qrc:/Pantau/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
