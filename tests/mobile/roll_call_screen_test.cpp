// The roll call screen, driven by simulated touches and typing at 360x640.
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "screen.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;

namespace {

const Date kMonday = *Date::parse("2026-11-23");

std::optional<store::StoredRecord> stored(TestApp& app, int staff) {
    return app.core().database().call([&](store::DeviceStore& s) {
        return s.get("attendance", attendance_id(kUnitId, staff_id(staff), kMonday));
    });
}

std::string stored_status(TestApp& app, int staff) {
    const auto record = stored(app, staff);
    return record ? record->data.value("status", "") : "";
}

// The item named `name` inside the list row of `employee`.
QQuickItem* in_row(Screen& screen, const QString& employee, const QString& name) {
    for (QQuickItem* row : screen.all(QStringLiteral("rollCallRow"))) {
        if (row->property("name").toString() != employee)
            continue;
        QList<QQuickItem*> pending{row};
        while (!pending.isEmpty()) {
            QQuickItem* item = pending.takeFirst();
            if (item->objectName() == name)
                return item;
            pending.append(item->childItems());
        }
    }
    return nullptr;
}

// Taps a status of the sheet once the sheet has laid its choices out in
// rows: the first frame of a Flow may still place them on one line.
void choose(Screen& screen, const QString& status) {
    QQuickItem* option = screen.item(status);
    REQUIRE(wait_until([&] {
        const QRectF box = option->mapRectToScene(QRectF(0, 0, option->width(), option->height()));
        return QRectF(0, 0, 360, 640).contains(box);
    }));
    screen.click(option);
}

}  // namespace

TEST_CASE("the roll call page loads without QML warnings and lists the staff by name") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    CHECK_NO_QML_WARNINGS(screen);
    const auto rows = screen.all(QStringLiteral("rollCallRow"));
    REQUIRE(rows.size() >= 3);
    CHECK(rows[0]->property("name").toString() == "Adi Nugroho");
    CHECK(rows[1]->property("name").toString() == "Budi Santoso");
    CHECK(text_of(screen.item(QStringLiteral("rollCallDate"))) == "Senin, 23 November 2026");
    CHECK(text_of(screen.item(QStringLiteral("markRestButton"))).contains("12"));
    CHECK(screen.item(QStringLiteral("presentButton"))->height() >= 48);
}

TEST_CASE("tapping Hadir on a row records that employee present") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    screen.click(in_row(screen, "Budi Santoso", QStringLiteral("presentButton")));
    REQUIRE(wait_until([&] { return stored_status(app, 2) == "HADIR"; }));
    REQUIRE(wait_until([&] {
        return text_of(in_row(screen, "Budi Santoso", QStringLiteral("statusChip"))) == "Hadir";
    }));
    CHECK(text_of(screen.item(QStringLiteral("rollCallPresent"))) == "1");
    CHECK(text_of(screen.item(QStringLiteral("rollCallNotRecorded"))) == "11");
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("late with 15 minutes is recorded through the status sheet") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    screen.click(in_row(screen, "Citra Lestari", QStringLiteral("otherButton")));
    choose(screen, QStringLiteral("status_TERLAMBAT"));

    // Saving without the minutes keeps the sheet open with the reason.
    screen.click(QStringLiteral("saveStatusButton"));
    CHECK(text_of(screen.item(QStringLiteral("statusError"))) ==
          "Isi jumlah menit untuk status Terlambat.");
    CHECK(screen.find(QStringLiteral("saveStatusButton")) != nullptr);

    screen.type(QStringLiteral("minutesField"), QStringLiteral("15"));
    screen.click(QStringLiteral("saveStatusButton"));
    REQUIRE(wait_until([&] { return stored_status(app, 3) == "TERLAMBAT"; }));
    CHECK(stored(app, 3)->data["minutes"] == 15);
    REQUIRE(wait_until([&] { return screen.find(QStringLiteral("saveStatusButton")) == nullptr; }));
    REQUIRE(wait_until([&] {
        return text_of(in_row(screen, "Citra Lestari", QStringLiteral("statusChip"))) ==
               "Terlambat 15 mnt";
    }));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("a day late and left early is recorded through the status sheet and shown in the row") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    screen.click(in_row(screen, "Citra Lestari", QStringLiteral("otherButton")));
    choose(screen, QStringLiteral("status_TERLAMBAT"));
    screen.type(QStringLiteral("minutesField"), QStringLiteral("300"));
    screen.type(QStringLiteral("earlyMinutesField"), QStringLiteral("150"));
    screen.click(QStringLiteral("saveStatusButton"));
    REQUIRE(wait_until([&] { return stored_status(app, 3) == "TERLAMBAT"; }));
    CHECK(stored(app, 3)->data["minutes"] == 300);
    CHECK(stored(app, 3)->data["early_minutes"] == 150);
    REQUIRE(wait_until([&] { return screen.find(QStringLiteral("saveStatusButton")) == nullptr; }));
    REQUIRE(wait_until([&] {
        return text_of(in_row(screen, "Citra Lestari", QStringLiteral("statusChip"))) ==
               "Terlambat 300 mnt, pulang cepat 150 mnt";
    }));

    // The sheet opens again with both minutes, and other statuses do not ask for early ones.
    screen.click(in_row(screen, "Citra Lestari", QStringLiteral("otherButton")));
    CHECK(text_of(screen.item(QStringLiteral("earlyMinutesField"))) == "150");
    choose(screen, QStringLiteral("status_PULANG_CEPAT"));
    REQUIRE(
        wait_until([&] { return screen.find(QStringLiteral("earlyMinutesField")) == nullptr; }));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("the rest are marked present after a confirmation") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    screen.click(in_row(screen, "Adi Nugroho", QStringLiteral("otherButton")));
    choose(screen, QStringLiteral("status_SAKIT"));
    screen.click(QStringLiteral("saveStatusButton"));
    REQUIRE(wait_until([&] { return stored_status(app, 1) == "SAKIT"; }));

    screen.click(QStringLiteral("markRestButton"));
    screen.click(QStringLiteral("confirmMarkRestButton"));
    REQUIRE(wait_until([&] { return stored_status(app, 12) == "HADIR"; }));
    CHECK(stored_status(app, 1) == "SAKIT");
    for (int staff = 2; staff <= 12; ++staff)
        CHECK(stored_status(app, staff) == "HADIR");
    REQUIRE(
        wait_until([&] { return !screen.item(QStringLiteral("markRestButton"))->isEnabled(); }));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("typing in the search field narrows the rows") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    screen.type(QStringLiteral("searchField"), QStringLiteral("dewi"));
    REQUIRE(wait_until([&] { return screen.all(QStringLiteral("rollCallRow")).size() == 2; }));
    const auto rows = screen.all(QStringLiteral("rollCallRow"));
    CHECK(rows[0]->property("name").toString() == "Dewi Anggraini");
    CHECK(rows[1]->property("name").toString() == "Kartika Dewi");
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("a past day is reopened with the day buttons and its row history shows") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("RollCallPage"), {{"date", "2026-11-20"}});
    screen.item(QStringLiteral("rollCallRow"));
    CHECK(text_of(screen.item(QStringLiteral("rollCallDate"))) == "Jumat, 20 November 2026");
    screen.click(QStringLiteral("nextDayButton"));
    REQUIRE(wait_until([&] {
        return text_of(screen.item(QStringLiteral("rollCallDate"))) == "Sabtu, 21 November 2026";
    }));
    screen.click(QStringLiteral("previousDayButton"));
    screen.click(in_row(screen, "Adi Nugroho", QStringLiteral("presentButton")));
    const Date friday = *Date::parse("2026-11-20");
    REQUIRE(wait_until([&] {
        return app.core().database().call([&](store::DeviceStore& s) {
            return s.get("attendance", attendance_id(kUnitId, staff_id(1), friday)).has_value();
        });
    }));

    screen.click(in_row(screen, "Adi Nugroho", QStringLiteral("historyButton")));
    REQUIRE(wait_until([&] { return screen.find(QStringLiteral("historyRow")) != nullptr; }));
    CHECK(text_of(screen.item(QStringLiteral("historyStatus"))) == "Hadir (berlaku)");
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("a DIKLAT day picks one of the employee's trainings in the status sheet") {
    TestApp app;
    const std::string training = fixed_uuid(77);
    const nlohmann::json data = {{"employee_id", staff_id(3)},
                                 {"title", "Pelatihan Konselor ASI"},
                                 {"kind", "KLASIKAL"},
                                 {"organiser", "Dinas Kesehatan"},
                                 {"start_date", "2026-11-23"},
                                 {"end_date", "2026-11-23"},
                                 {"jp", 8},
                                 {"competency", "TEKNIS"}};
    REQUIRE(app.core().database().call([&](store::DeviceStore& s) {
        return s.record({"training", training, kUnitId, data}, app.now_ms).ok();
    }));
    Screen screen(app.core(), QStringLiteral("RollCallPage"));
    screen.item(QStringLiteral("rollCallRow"));
    screen.click(in_row(screen, "Citra Lestari", QStringLiteral("otherButton")));
    CHECK(screen.find(QStringLiteral("trainingBox")) == nullptr);  // only for DIKLAT
    choose(screen, QStringLiteral("status_DIKLAT"));
    screen.click(QStringLiteral("trainingBox"));
    screen.click(QString::fromStdString("trainingOption_" + training));
    screen.click(QStringLiteral("saveStatusButton"));
    REQUIRE(wait_until([&] { return stored_status(app, 3) == "DIKLAT"; }));
    CHECK(stored(app, 3)->data["training_id"] == training);
    CHECK_NO_QML_WARNINGS(screen);
}
