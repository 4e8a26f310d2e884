#include <QQuickItem>
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "evaluation/berakhlak.h"
#include "screen.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;

namespace {

constexpr auto kPeriod = "2026-Q4";

// Scrolls the enclosing flickable so that `item` sits mid-screen, as a
// thumb would before tapping it.
QQuickItem* reveal(Screen& screen, const QString& name) {
    QQuickItem* item = screen.item(name);
    for (QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto* content = p->property("contentItem").value<QQuickItem*>();
        const qreal top = item->mapToItem(content, QPointF()).y();
        const qreal wanted = top + item->height() / 2 - p->height() / 2;
        const qreal most = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
        p->setProperty("contentY", std::clamp<qreal>(wanted, 0, most));
        break;
    }
    screen.waitIdle();
    return item;
}

void tap(Screen& screen, const QString& name) {
    screen.click(reveal(screen, name));
}

void type_into(Screen& screen, const QString& name, const QString& text) {
    reveal(screen, name);
    screen.type(name, text);
}

std::optional<store::StoredRecord> stored_evaluation(TestApp& app, const std::string& employee) {
    return app.core().database().call([&](store::DeviceStore& s) {
        return s.get("evaluation", evaluation_id(employee, kPeriod));
    });
}

QVariantMap evaluation_of(const std::string& employee) {
    return {{QStringLiteral("employeeId"), QString::fromStdString(employee)},
            {QStringLiteral("period"), QString::fromLatin1(kPeriod)}};
}

QString value_button(const std::string& code, const char* rating) {
    return QStringLiteral("value_%1_%2").arg(QString::fromStdString(code), QLatin1String(rating));
}

QString evidence_field(const std::string& code) {
    return QStringLiteral("evidence_") + QString::fromStdString(code);
}

}  // namespace

TEST_CASE("an evaluation finalised by touch is stored FINAL and the page turns read-only") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("EvaluationPage"), evaluation_of(staff_id(2)));
    CHECK(text_of(screen.item(QStringLiteral("employeeName"))) == QStringLiteral("Budi Santoso"));

    tap(screen, QStringLiteral("hasil_DI_ATAS_EKSPEKTASI"));
    for (const auto& value : berakhlak().entries()) {
        tap(screen, value_button(value.code, "SESUAI_EKSPEKTASI"));
        type_into(screen, evidence_field(value.code), QStringLiteral("Terlihat saat pelayanan"));
    }
    tap(screen, QStringLiteral("perilaku_DI_ATAS_EKSPEKTASI"));
    CHECK(text_of(screen.item(QStringLiteral("predikatLabel"))) == QStringLiteral("Sangat Baik"));

    tap(screen, QStringLiteral("finaliseButton"));
    screen.click(QStringLiteral("confirmFinaliseButton"));
    REQUIRE(wait_until([&] {
        const auto stored = stored_evaluation(app, staff_id(2));
        return stored && stored->data["state"] == "FINAL";
    }));
    const auto stored = stored_evaluation(app, staff_id(2));
    CHECK(stored->data["predikat"] == "SANGAT_BAIK");
    CHECK(stored->data["values"]["AKUNTABEL"]["evidence"] == "Terlihat saat pelayanan");
    screen.waitIdle();
    CHECK(screen.find(QStringLiteral("readOnlyNotice")) != nullptr);
    CHECK(screen.find(QStringLiteral("finaliseButton")) == nullptr);
    CHECK(screen.find(QStringLiteral("saveDraftButton")) == nullptr);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("finalising with values unrated says what is missing and asks nothing") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("EvaluationPage"), evaluation_of(staff_id(3)));
    tap(screen, value_button("AKUNTABEL", "DI_ATAS_EKSPEKTASI"));
    tap(screen, QStringLiteral("finaliseButton"));
    const QString error = text_of(screen.item(QStringLiteral("evaluationError")));
    CHECK(error.contains(QStringLiteral("Belum dinilai")));
    CHECK(error.contains(QStringLiteral("Bukti belum dicatat: Akuntabel")));
    CHECK(screen.find(QStringLiteral("confirmFinaliseButton")) == nullptr);
    CHECK_FALSE(stored_evaluation(app, staff_id(3)));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("a draft saved by touch keeps the page editable") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("EvaluationPage"), evaluation_of(staff_id(4)));
    tap(screen, QStringLiteral("hasil_DI_BAWAH_EKSPEKTASI"));
    CHECK(text_of(screen.item(QStringLiteral("predikatLabel"))) ==
          QStringLiteral("Butuh Perbaikan"));
    tap(screen, QStringLiteral("saveDraftButton"));
    REQUIRE(wait_until([&] { return stored_evaluation(app, staff_id(4)).has_value(); }));
    CHECK(stored_evaluation(app, staff_id(4))->data["state"] == "DRAFT");
    CHECK(screen.find(QStringLiteral("finaliseButton")) != nullptr);
    CHECK(screen.find(QStringLiteral("readOnlyNotice")) == nullptr);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("the evaluation list shows states and opens an employee's evaluation") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("EvaluationListPage"),
                  {{QStringLiteral("period"), QStringLiteral("2026-Q4")}});
    REQUIRE(wait_until([&] { return !screen.all(QStringLiteral("evaluationRow")).isEmpty(); }));
    CHECK(text_of(screen.item(QStringLiteral("evaluationCounts")))
              .startsWith(QStringLiteral("12 belum dinilai")));
    CHECK(screen.find(QStringLiteral("period_2026-Q4")) != nullptr);

    screen.click(screen.all(QStringLiteral("evaluationRow")).at(1));
    CHECK(text_of(screen.item(QStringLiteral("employeeName"))) == QStringLiteral("Budi Santoso"));
    tap(screen, QStringLiteral("saveDraftButton"));
    REQUIRE(wait_until([&] { return stored_evaluation(app, staff_id(2)).has_value(); }));

    screen.click(QStringLiteral("backButton"));
    REQUIRE(wait_until([&] {
        return text_of(screen.find(QStringLiteral("evaluationCounts")))
            .startsWith(QStringLiteral("11 belum dinilai · 1 draf"));
    }));
    screen.click(QStringLiteral("period_2026"));
    REQUIRE(wait_until([&] {
        return text_of(screen.find(QStringLiteral("evaluationCounts")))
            .startsWith(QStringLiteral("12 belum dinilai"));
    }));
    CHECK_NO_QML_WARNINGS(screen);
}
