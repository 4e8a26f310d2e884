#include <QQuickItem>
#include <catch2/catch.hpp>

#include "records/record_types.h"
#include "screen.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;

namespace {

// Scrolls the enclosing flickable so that `item` sits mid-screen, as a
// citizen would before tapping it.
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

std::vector<store::StoredRecord> stored_responses(TestApp& app) {
    return app.core().database().call(
        [](store::DeviceStore& s) { return s.list("survey_response", kUnitId); });
}

// Nine answers by touch: element i gets `scores[i]`.
void answer(Screen& screen, const std::array<int, 9>& scores) {
    for (int i = 0; i < 9; ++i)
        tap(screen, QStringLiteral("score_%1_%2").arg(i).arg(scores[static_cast<std::size_t>(i)]));
}

}  // namespace

TEST_CASE("a citizen's nine answers by touch are stored and the IKM panel counts them") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("SurveyPage"));
    CHECK(text_of(screen.item(QStringLiteral("ikmValue"))) == QStringLiteral("–"));
    CHECK_FALSE(screen.item(QStringLiteral("submitSurveyButton"))->isEnabled());

    answer(screen, {4, 4, 4, 4, 4, 4, 4, 4, 3});
    tap(screen, QStringLiteral("gender_P"));
    tap(screen, QStringLiteral("submitSurveyButton"));
    REQUIRE(wait_until([&] { return stored_responses(app).size() == 1; }));
    const auto stored = stored_responses(app).front();
    CHECK(check_record_data("survey_response", stored.data).empty());
    CHECK(stored.data["scores"] == nlohmann::json::parse("[4, 4, 4, 4, 4, 4, 4, 4, 3]"));
    CHECK(stored.data["respondent"]["gender"] == "P");

    REQUIRE(wait_until([&] {
        return text_of(screen.find(QStringLiteral("ikmValue"))) == QStringLiteral("97,22");
    }));
    CHECK(text_of(screen.item(QStringLiteral("qualityLetter"))) == QStringLiteral("A"));
    CHECK(text_of(screen.item(QStringLiteral("respondentCount"))).startsWith(QStringLiteral("1")));
    CHECK(text_of(screen.item(QStringLiteral("thankYouMessage"))) ==
          QStringLiteral("Terima kasih!"));
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("after the thank-you, the next citizen finds an empty form") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("SurveyPage"));
    answer(screen, {1, 2, 3, 4, 1, 2, 3, 4, 1});
    tap(screen, QStringLiteral("submitSurveyButton"));
    screen.click(QStringLiteral("nextRespondentButton"));
    CHECK(screen.find(QStringLiteral("thankYouMessage")) == nullptr);
    CHECK_FALSE(screen.item(QStringLiteral("submitSurveyButton"))->isEnabled());
    CHECK_FALSE(screen.item(QStringLiteral("score_0_1"))->property("highlighted").toBool());
    CHECK_FALSE(screen.item(QStringLiteral("gender_P"))->property("highlighted").toBool());

    answer(screen, {2, 2, 2, 2, 2, 2, 2, 2, 2});
    CHECK(screen.item(QStringLiteral("score_4_2"))->property("highlighted").toBool());
    tap(screen, QStringLiteral("submitSurveyButton"));
    REQUIRE(wait_until([&] { return stored_responses(app).size() == 2; }));
    CHECK_NO_QML_WARNINGS(screen);
}
