// The home screen at 360x640: figures, sync strip, shortcuts and alerts.
#include <catch2/catch.hpp>

#include "attendance/pp94_indication.h"
#include "attendance/work_calendar.h"
#include "clock/uuid.h"
#include "screen.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;

namespace {

const Date kMonday = *Date::parse("2026-11-23");

void record_day(TestApp& app, int staff, const Date& date, const std::string& status) {
    Attendance a;
    a.employee_id = staff_id(staff);
    a.date = date;
    a.status = status;
    a.recorded_at = app.now_ms;
    const bool ok = app.core().database().call([&](store::DeviceStore& s) {
        return s
            .record(
                {"attendance", attendance_id(kUnitId, a.employee_id, date), kUnitId, a.to_json()},
                app.now_ms)
            .ok();
    });
    REQUIRE(ok);
    app.core().notifyRecordsChanged({QStringLiteral("attendance")});
}

QString page_class(const Screen& screen) {
    return screen.currentPage()
               ? QString::fromLatin1(screen.currentPage()->metaObject()->className())
               : QString();
}

// Messages of the app's QML that reach the console without passing the
// engine's warnings signal (an error thrown while a page is pushed with a
// property it does not have, for one).
class ConsoleMessages {
  public:
    ConsoleMessages() {
        lines().clear();
        previous_ = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) {
                if (message.contains(QStringLiteral("qrc:/Pantau/")))
                    lines().push_back(message);
            });
    }
    ~ConsoleMessages() { qInstallMessageHandler(previous_); }
    static QStringList& lines() {
        static QStringList captured;
        return captured;
    }

  private:
    QtMessageHandler previous_;
};

// Scrolls the page's flickable so that `item` is on screen.
void scroll_to(Screen& screen, QQuickItem* item) {
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const qreal y =
            item->mapToItem(p->property("contentItem").value<QQuickItem*>(), QPointF()).y();
        p->setProperty("contentY", y);
        break;
    }
    screen.waitIdle();
}

}  // namespace

TEST_CASE("the home page loads without QML warnings and shows today's figures") {
    TestApp app;
    record_day(app, 1, kMonday, "HADIR");
    Screen screen(app.core());
    CHECK_NO_QML_WARNINGS(screen);
    CHECK(text_of(screen.item(QStringLiteral("todayLabel"))) == "Senin, 23 November 2026");
    REQUIRE(wait_until([&] {
        return text_of(screen.item(QStringLiteral("countPresent"))) == QStringLiteral("1");
    }));
    CHECK(text_of(screen.item(QStringLiteral("countNotRecorded"))) == "11");
    CHECK(text_of(screen.item(QStringLiteral("countLate"))) == "0");
    CHECK(text_of(screen.item(QStringLiteral("syncWaiting"))) == "1");
}

TEST_CASE("the shortcuts are big full-width buttons") {
    TestApp app;
    Screen screen(app.core());
    for (const char* name :
         {"rollCallButton", "casesButton", "evaluationsButton", "trainingButton", "surveyButton"}) {
        INFO(name);
        QQuickItem* button = screen.item(QString::fromLatin1(name));
        CHECK(button->height() >= 56);
        CHECK(button->width() >= 360 - 2 * 16);
    }
}

TEST_CASE("the shortcuts and the sync strip open their pages") {
    const auto [button, page] = GENERATE(table<const char*, const char*>({
        {"rollCallButton", "RollCallPage"},
        {"casesButton", "CaseListPage"},
        {"evaluationsButton", "EvaluationListPage"},
        {"trainingButton", "TrainingPage"},
        {"surveyButton", "SurveyPage"},
        {"syncStrip", "SyncPage"},
        {"settingsButton", "SettingsPage"},
    }));
    INFO(button);
    TestApp app;
    ConsoleMessages console;
    Screen screen(app.core());
    scroll_to(screen, screen.item(QString::fromLatin1(button)));
    screen.click(QString::fromLatin1(button));
    CHECK(page_class(screen).startsWith(QString::fromLatin1(page)));
    CHECK_NO_QML_WARNINGS(screen);
    CHECK(ConsoleMessages::lines().isEmpty());
}

TEST_CASE("a PP 94 alert shows on the home page and opens a case for that employee") {
    const int first_band = pp94_absence_thresholds().cumulative().front().from_days;
    TestApp app;
    ConsoleMessages console;
    for (int i = 0; i < first_band; ++i)
        record_day(app, 4, embedded_work_calendar().add_working_days(kMonday, -i),
                   "TANPA_KETERANGAN");
    Screen screen(app.core());
    QQuickItem* alert = nullptr;
    REQUIRE(wait_until([&] {
        for (QQuickItem* row : screen.all(QStringLiteral("alertRow")))
            if (row->property("kind").toString() == "pp94")
                alert = row;
        return alert != nullptr;
    }));
    CHECK(alert->property("title").toString().contains("Dewi Anggraini"));
    scroll_to(screen, alert);
    screen.click(alert);
    REQUIRE(page_class(screen).startsWith("CaseOpenPage"));
    CHECK(screen.currentPage()->property("employeeId").toString() ==
          QString::fromStdString(staff_id(4)));
    CHECK(screen.currentPage()->property("source").toString() == "TK_INDICATION");
    CHECK_NO_QML_WARNINGS(screen);
    CHECK(ConsoleMessages::lines().isEmpty());
}

TEST_CASE("the evaluation alert opens the evaluation list") {
    TestApp app;
    ConsoleMessages console;
    Screen screen(app.core());
    QQuickItem* alert = nullptr;
    REQUIRE(wait_until([&] {
        for (QQuickItem* row : screen.all(QStringLiteral("alertRow")))
            if (row->property("kind").toString() == "evaluation_due")
                alert = row;
        return alert != nullptr;
    }));
    scroll_to(screen, alert);
    screen.click(alert);
    CHECK(page_class(screen).startsWith("EvaluationListPage"));
    CHECK_NO_QML_WARNINGS(screen);
    INFO(ConsoleMessages::lines().join('\n').toStdString());
    CHECK(ConsoleMessages::lines().isEmpty());
}
