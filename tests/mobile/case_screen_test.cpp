#include <QQuickItem>
#include <catch2/catch.hpp>

#include "screen.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;

namespace {

std::int64_t count_of(TestApp& app, const std::string& type) {
    return app.core().database().call([&](store::DeviceStore& s) { return s.count(type); });
}

bool page_is(const Screen& screen, const char* name) {
    const QQuickItem* page = screen.currentPage();
    return page && QString::fromLatin1(page->metaObject()->className()).startsWith(name);
}

// Picking an employee folds the list away; the form below moves up on the
// next polish, so a touch waits until its target is inside the window.
void tap_when_on_screen(Screen& screen, const QString& name) {
    QQuickItem* target = screen.item(name);
    REQUIRE(wait_until([&] {
        const QPointF centre = target->mapToScene({target->width() / 2, target->height() / 2});
        return centre.y() > 0 && centre.y() < screen.window()->height();
    }));
    screen.click(target);
}

// From the case list: a light case against Budi under Pasal 3 huruf e,
// saved by touch.
void open_case_by_touch(Screen& screen, const QString& summary) {
    screen.click("newCaseButton");
    REQUIRE(wait_until([&] { return page_is(screen, "CaseOpenPage"); }));
    screen.type("employeeSearch", "budi");
    REQUIRE(wait_until([&] { return screen.all("employeeOption").size() == 1; }));
    screen.click("employeeOption");
    CHECK(text_of(screen.item("selectedEmployee")) == QStringLiteral("Budi Santoso"));
    tap_when_on_screen(screen, "articleBox");
    tap_when_on_screen(screen, "articleOption_3e");
    tap_when_on_screen(screen, "levelBox");
    tap_when_on_screen(screen, "levelOption_RINGAN");
    tap_when_on_screen(screen, "summaryField");
    screen.type("summaryField", summary);
    screen.click("saveCaseButton");
}

}  // namespace

TEST_CASE("a supervisor opens a case from the case list and records its review by touch") {
    TestApp app;
    Screen screen(app.core(), "CaseListPage");

    open_case_by_touch(screen, "Meninggalkan tugas jaga IGD tanpa izin");

    REQUIRE(wait_until([&] { return page_is(screen, "CasePage"); }));
    REQUIRE(wait_until([&] { return text_of(screen.find("caseState")) == "Dilaporkan"; }));
    CHECK(text_of(screen.item("caseEmployee")) == QStringLiteral("Budi Santoso"));
    CHECK(count_of(app, "discipline_case") == 1);
    CHECK(screen.all("eventRow").size() == 1);
    // The open page was replaced: back leads to the list, not to the form.
    CHECK(screen.window()->findChild<QQuickItem*>("stack")->property("depth") == 3);

    screen.click("nextStep_UNDER_REVIEW");
    REQUIRE(wait_until([&] { return page_is(screen, "CaseStepPage"); }));
    screen.type("noteField", "Atasan langsung menelaah laporan");
    screen.click("saveStepButton");
    REQUIRE(wait_until([&] { return page_is(screen, "CasePage"); }));
    REQUIRE(wait_until([&] { return text_of(screen.find("caseState")) == "Ditelaah atasan"; }));
    CHECK(count_of(app, "discipline_event") == 2);
    CHECK(screen.find("nextStep_UNDER_REVIEW") == nullptr);
    CHECK(screen.find("nextStep_SUMMONED_1") != nullptr);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("a case opened from an absence indication has the employee and article 4f chosen") {
    TestApp app;
    Screen screen(
        app.core(), "CaseOpenPage",
        {{"employeeId", QString::fromStdString(staff_id(5))}, {"source", "TK_INDICATION"}});
    REQUIRE(wait_until([&] { return text_of(screen.find("selectedEmployee")) == "Eko Prasetyo"; }));
    CHECK(screen.item("articleBox")->property("currentValue") == QStringLiteral("4f"));
    CHECK(screen.find("employeeSearch") == nullptr);
    screen.click("levelBox");
    screen.click("levelOption_SEDANG");
    screen.type("summaryField", "TK 11 hari kerja");
    screen.click("saveCaseButton");
    REQUIRE(wait_until([&] { return page_is(screen, "CasePage"); }));
    const auto stored =
        app.core().database().call([](store::DeviceStore& s) { return s.list("discipline_case"); });
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].data["employee_id"] == staff_id(5));
    CHECK(stored[0].data["article"] == "4f");
    CHECK(stored[0].data["level_estimate"] == "SEDANG");
    CHECK(stored[0].data["source"] == "TK_INDICATION");
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("saving a case without a summary shows why and stays on the form") {
    TestApp app;
    Screen screen(
        app.core(), "CaseOpenPage",
        {{"employeeId", QString::fromStdString(staff_id(5))}, {"source", "TK_INDICATION"}});
    screen.click("levelBox");
    screen.click("levelOption_RINGAN");
    screen.click("saveCaseButton");
    CHECK(text_of(screen.item("caseError")) == QStringLiteral("Uraian kasus wajib diisi."));
    CHECK(page_is(screen, "CaseOpenPage"));
    CHECK(count_of(app, "discipline_case") == 0);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("an overdue case is marked in the list and opens on a tap") {
    TestApp app;
    const std::string case_id = "00000000-0000-4000-8000-000000000001";
    auto event = [&](const char* step, const char* at, const char* id) {
        nlohmann::json data = {{"case_id", case_id},
                               {"step", step},
                               {"at", at},
                               {"actor", "user-other"},
                               {"documents", nlohmann::json::array()}};
        if (std::string(step) == "DECIDED")
            data["sanction"] = "R1";
        return nlohmann::json{
            {"type", "discipline_event"}, {"id", id}, {"unit_id", kUnitId}, {"data", data}};
    };
    app.pull({{{"type", "discipline_case"},
               {"id", case_id},
               {"unit_id", kUnitId},
               {"data",
                {{"employee_id", staff_id(7)},
                 {"opened_at", "2026-09-01T01:00:00Z"},
                 {"article", "4f"},
                 {"level_estimate", "RINGAN"},
                 {"summary", "Terlambat berulang"}}}},
              event("REPORTED", "2026-09-01T01:00:00Z", "00000000-0000-4000-8000-000000000011"),
              event("UNDER_REVIEW", "2026-09-02T01:00:00Z", "00000000-0000-4000-8000-000000000012"),
              event("SUMMONED_1", "2026-09-03T01:00:00Z", "00000000-0000-4000-8000-000000000013"),
              event("EXAMINED", "2026-09-15T01:00:00Z", "00000000-0000-4000-8000-000000000014"),
              event("FINDINGS", "2026-09-16T01:00:00Z", "00000000-0000-4000-8000-000000000015"),
              event("DECIDED", "2026-09-17T01:00:00Z", "00000000-0000-4000-8000-000000000016")});
    Screen screen(app.core(), "CaseListPage");
    REQUIRE(wait_until([&] { return screen.all("caseRow").size() == 1; }));
    CHECK(screen.find("overdueMarker") != nullptr);
    CHECK(text_of(screen.find("caseDue")).startsWith(QStringLiteral("Lewat batas")));
    screen.click("filterClosed");
    REQUIRE(wait_until([&] { return screen.all("caseRow").isEmpty(); }));
    screen.click("filterDecided");
    REQUIRE(wait_until([&] { return screen.all("caseRow").size() == 1; }));
    screen.click("caseRow");
    REQUIRE(wait_until([&] { return page_is(screen, "CasePage"); }));
    REQUIRE(wait_until([&] { return text_of(screen.find("caseState")) == "Diputus"; }));
    CHECK(screen.find("nextStep_DELIVERED") != nullptr);
    CHECK(screen.all("eventRow").size() == 6);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("a case from wrong data is closed by touch with its reason, before any summons") {
    TestApp app;
    Screen screen(app.core(), "CaseListPage");
    open_case_by_touch(screen, "Tiga hari tanpa keterangan");
    REQUIRE(wait_until([&] { return page_is(screen, "CasePage"); }));
    REQUIRE(wait_until([&] { return screen.find("nextStep_CLOSED") != nullptr; }));

    screen.click("nextStep_CLOSED");
    REQUIRE(wait_until([&] { return page_is(screen, "CaseStepPage"); }));
    CHECK(screen.item("closeReasonBox")->isVisible());
    const QQuickItem* authority = screen.find("authorityBox");  // a decision's only
    CHECK((authority == nullptr || !authority->isVisible()));
    tap_when_on_screen(screen, "closeReasonBox");
    tap_when_on_screen(screen, "closeReasonOption_WRONG_DATA");
    screen.type("noteField", "Cuti sakit baru dicatat hari ini");
    screen.click("saveStepButton");
    REQUIRE(wait_until([&] { return page_is(screen, "CasePage"); }));
    REQUIRE(wait_until([&] { return text_of(screen.find("caseState")) == "Ditutup"; }));
    CHECK(count_of(app, "discipline_event") == 2);
    CHECK_NO_QML_WARNINGS(screen);
}
