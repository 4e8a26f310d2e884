// Catch2's main for the app's tests: an offscreen QGuiApplication exists for
// the whole run, so models, the database thread and QML engines work.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <QQuickStyle>
#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests decide their language; the host's locale must not leak in.
    qputenv("LANG", "C.UTF-8");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    return Catch::Session().run(argc, argv);
}
