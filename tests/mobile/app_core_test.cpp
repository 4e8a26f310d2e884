#include "app_core.h"

#include <catch2/catch.hpp>

#include "screen.h"
#include "test_app.h"

using namespace pantau::test;

TEST_CASE("the enrolled session survives an app restart") {
    TestApp app;
    REQUIRE(app.core().enrolled());
    app.restart();
    CHECK(app.core().enrolled());
    CHECK(app.core().unitName() == QStringLiteral("Puskesmas Sukamaju"));
    CHECK(app.core().userName() == QStringLiteral("Sri Wahyuni"));
    CHECK(app.core().session().device_id == QStringLiteral("device-test"));
}

TEST_CASE("today is the unit's local date, not UTC's") {
    TestApp app;
    app.now_ms = kMondayMorningMs - 9 * 3'600'000 + 18 * 60'000;  // 00:18 WIB, still Sunday in UTC
    CHECK(app.core().todayIso() == QStringLiteral("2026-11-23"));
    CHECK(app.core().todayLabel() == QStringLiteral("Senin, 23 November 2026"));
}

TEST_CASE("the language is Indonesian first, switches to English and is remembered") {
    TestApp app;
    CHECK(app.core().language() == QStringLiteral("id"));
    app.core().setLanguage(QStringLiteral("en"));
    CHECK(app.core().todayLabel() == QStringLiteral("Monday, 23 November 2026"));
    CHECK(app.core().text("Presensi", "Attendance") == QStringLiteral("Attendance"));
    app.flush();
    app.restart();
    CHECK(app.core().language() == QStringLiteral("en"));
    app.core().setLanguage(QStringLiteral("id"));
}

TEST_CASE("signing out forgets the session and every local record") {
    TestApp app;
    app.core().endSession();
    CHECK_FALSE(app.core().enrolled());
    const auto employees = app.core().database().call(
        [](pantau::store::DeviceStore& s) { return s.count("employee"); });
    CHECK(employees == 0);
}

TEST_CASE("the main window opens on the home page once enrolled, without QML warnings") {
    TestApp app;
    Screen screen(app.core());
    CHECK_NO_QML_WARNINGS(screen);
    REQUIRE(screen.currentPage() != nullptr);
    CHECK(QString::fromLatin1(screen.currentPage()->metaObject()->className())
              .startsWith(QStringLiteral("HomePage")));
}

TEST_CASE("choosing English in the settings retranslates the screens at once") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("SettingsPage"));
    const auto title = [&] {
        auto* header = screen.currentPage()->property("header").value<QQuickItem*>();
        return header ? header->property("title").toString() : QString();
    };
    CHECK(title() == QStringLiteral("Pengaturan"));
    screen.click(QStringLiteral("languageEn"));
    CHECK(app.core().language() == QStringLiteral("en"));
    CHECK(title() == QStringLiteral("Settings"));
    screen.click(QStringLiteral("languageId"));
    CHECK(title() == QStringLiteral("Pengaturan"));
    CHECK_NO_QML_WARNINGS(screen);
}
