// Recording a training by touch, from the home page's shortcut and from the
// alert of an employee short of their JP.
#include <QQuickItem>
#include <catch2/catch.hpp>

#include "screen.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;

namespace {

bool page_is(const Screen& screen, const char* name) {
    const QQuickItem* page = screen.currentPage();
    return page && QString::fromLatin1(page->metaObject()->className()).startsWith(name);
}

// The form scrolls; a touch waits until its target is inside the window.
void tap_when_on_screen(Screen& screen, const QString& name) {
    QQuickItem* target = screen.item(name);
    for (QQuickItem* p = target->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        const qreal y =
            target->mapToItem(p->property("contentItem").value<QQuickItem*>(), QPointF()).y();
        p->setProperty("contentY", std::max<qreal>(0, y - 100));
        break;
    }
    screen.waitIdle();
    REQUIRE(wait_until([&] {
        const QPointF centre = target->mapToScene({target->width() / 2, target->height() / 2});
        return centre.y() > 0 && centre.y() < screen.window()->height();
    }));
    screen.click(target);
}

}  // namespace

TEST_CASE("a supervisor records a training for an employee by touch and it waits to be sent") {
    TestApp app;
    Screen screen(app.core());
    tap_when_on_screen(screen, "trainingButton");
    REQUIRE(wait_until([&] { return page_is(screen, "TrainingPage"); }));
    screen.type("employeeSearch", "budi");
    REQUIRE(wait_until([&] { return screen.all("employeeOption").size() == 1; }));
    screen.click("employeeOption");
    CHECK(text_of(screen.item("selectedEmployee")) == QStringLiteral("Budi Santoso"));
    REQUIRE(wait_until(
        [&] { return text_of(screen.find("yearLabel")) == "JP 2026: 0 dari 20, kurang 20"; }));

    tap_when_on_screen(screen, "titleField");
    screen.type("titleField", "Pelatihan Pencegahan dan Pengendalian Infeksi");
    tap_when_on_screen(screen, "kindBox");
    tap_when_on_screen(screen, "kindOption_E_LEARNING");
    tap_when_on_screen(screen, "organiserField");
    screen.type("organiserField", "Kementerian Kesehatan");
    tap_when_on_screen(screen, "jpField");
    screen.type("jpField", "30");
    tap_when_on_screen(screen, "competencyBox");
    tap_when_on_screen(screen, "competencyOption_TEKNIS");
    screen.click("saveTrainingButton");

    REQUIRE(wait_until([&] { return page_is(screen, "HomePage"); }));
    const auto stored =
        app.core().database().call([](store::DeviceStore& s) { return s.list("training"); });
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].data["employee_id"] == staff_id(2));
    CHECK(stored[0].data["kind"] == "E_LEARNING");
    CHECK(stored[0].data["jp"] == 30);
    CHECK(stored[0].data["start_date"] == "2026-11-23");  // today, as the form starts
    CHECK_FALSE(stored[0].data.contains("certificate_number"));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("saving a training without its kind shows why and stays on the form") {
    TestApp app;
    Screen screen(app.core(), "TrainingPage",
                  {{"employeeId", QString::fromStdString(staff_id(5))}});
    screen.type("titleField", "Seminar Gizi");
    screen.type("organiserField", "IDI Cabang");
    screen.type("jpField", "4");
    screen.click("saveTrainingButton");
    CHECK(text_of(screen.item("trainingError")) == QStringLiteral("Pilih jenis kegiatan."));
    CHECK(page_is(screen, "TrainingPage"));
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.count("training"); }) ==
          0);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("the alert of an employee short of JP opens the training form for them") {
    TestApp app;
    Screen screen(app.core());
    QQuickItem* alert = nullptr;
    REQUIRE(wait_until([&] {
        for (QQuickItem* row : screen.all(QStringLiteral("alertRow")))
            if (row->property("kind").toString() == "training_short" &&
                row->property("title").toString().contains("Budi Santoso"))
                alert = row;
        return alert != nullptr;
    }));
    for (QQuickItem* p = alert->parentItem(); p; p = p->parentItem())
        if (p->inherits("QQuickFlickable")) {
            p->setProperty(
                "contentY",
                alert->mapToItem(p->property("contentItem").value<QQuickItem*>(), QPointF()).y());
            break;
        }
    screen.waitIdle();
    screen.click(alert);
    REQUIRE(wait_until([&] { return page_is(screen, "TrainingPage"); }));
    CHECK(screen.currentPage()->property("employeeId").toString() ==
          QString::fromStdString(staff_id(2)));
    CHECK(text_of(screen.item("selectedEmployee")) == QStringLiteral("Budi Santoso"));
    CHECK_NO_QML_WARNINGS(screen);
}
