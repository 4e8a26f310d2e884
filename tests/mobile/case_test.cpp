#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <algorithm>
#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "attendance/work_calendar.h"
#include "case_controller.h"
#include "case_list_model.h"
#include "case_summaries.h"
#include "catalogue_choice_model.h"
#include "clock/uuid.h"
#include "discipline/pp94_article.h"
#include "employee_picker_model.h"
#include "records/record_types.h"
#include "test_app.h"

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return '"' + text.toStdString() + '"'; }
};
}  // namespace Catch

using namespace pantau;
using namespace pantau::test;
using mobile::CaseController;
using mobile::CaseListModel;
using nlohmann::json;

namespace {

std::vector<store::StoredRecord> events_of(TestApp& app, const std::string& case_id) {
    return app.core().database().call([&](store::DeviceStore& s) {
        std::vector<store::StoredRecord> events;
        for (auto& e : s.list("discipline_event", kUnitId))
            if (e.data.value("case_id", "") == case_id)
                events.push_back(std::move(e));
        return events;
    });
}

QStringList offered(const CaseController& c) {
    QStringList codes;
    for (const auto& step : c.nextSteps())
        codes << step.toMap().value(QStringLiteral("code")).toString();
    return codes;
}

QStringList codes_of(const std::vector<CaseState>& states) {
    QStringList codes;
    for (auto s : states)
        codes << QString::fromUtf8(to_string(s).data());
    return codes;
}

// Opens a case through the controller and waits until it is stored and shown.
std::string open_case(TestApp& app, CaseController& c, int employee = 2) {
    c.setCore(&app.core());
    QSignalSpy opened(&c, &CaseController::caseOpened);
    const QString id = c.openCase(QString::fromStdString(staff_id(employee)), "4f", "RINGAN",
                                  "Tidak masuk kerja tiga hari tanpa keterangan.", "TK_INDICATION");
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(wait_until([&] { return opened.count() == 1; }));
    c.setCaseId(id);
    REQUIRE(wait_until([&] { return c.stateCode() == QStringLiteral("REPORTED"); }));
    return id.toStdString();
}

// Records `step` and waits until the controller shows the case in it.
void step(TestApp& app, CaseController& c, const QString& code, const QString& sanction = {}) {
    app.now_ms += 3'600'000;
    QSignalSpy saved(&c, &CaseController::stepSaved);
    c.advance(code, QStringLiteral("OTHER"), {}, {}, {}, sanction, false);
    INFO(c.errorText().toStdString());
    REQUIRE(wait_until([&] { return saved.count() == 1; }));
    REQUIRE(wait_until([&] { return c.stateCode() == code; }));
}

void steps(TestApp& app, CaseController& c, const QStringList& codes) {
    for (const auto& code : codes)
        step(app, c, code);
}

}  // namespace

TEST_CASE("opening a case stores the case and its REPORTED step, both as the server accepts them") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);

    const auto stored = app.core().database().call(
        [&](store::DeviceStore& s) { return s.get("discipline_case", id); });
    REQUIRE(stored);
    CHECK(is_uuid(id));
    CHECK(stored->unit_id == kUnitId);
    CHECK(stored->data["employee_id"] == staff_id(2));
    CHECK(stored->data["article"] == "4f");
    CHECK(stored->data["source"] == "TK_INDICATION");
    CHECK(check_record_data("discipline_case", stored->data).empty());

    const auto events = events_of(app, id);
    REQUIRE(events.size() == 1);
    CHECK(events[0].data["step"] == "REPORTED");
    CHECK(events[0].data["actor"] == "user-supervisor");
    CHECK(check_record_data("discipline_event", events[0].data).empty());
    CHECK(c.employeeName() == QStringLiteral("Budi Santoso"));
}

TEST_CASE("a case without a summary is refused and nothing is stored") {
    TestApp app;
    CaseController c;
    c.setCore(&app.core());
    const QString id = c.openCase(QString::fromStdString(staff_id(2)), "4f", "RINGAN", "   ", {});
    CHECK(id.isEmpty());
    CHECK(c.errorText() == QStringLiteral("Uraian kasus wajib diisi."));
    settle(app.core());
    CHECK(app.core().database().call(
              [](store::DeviceStore& s) { return s.count("discipline_case"); }) == 0);
}

TEST_CASE("a case must cite an article of the catalogue and a known level") {
    TestApp app;
    CaseController c;
    c.setCore(&app.core());
    const QString employee = QString::fromStdString(staff_id(2));
    CHECK(c.openCase(employee, "9z", "RINGAN", "Uraian", {}).isEmpty());
    CHECK(c.errorText().contains(QStringLiteral("9z")));
    CHECK(c.openCase(employee, "4f", "SANGAT_BERAT", "Uraian", {}).isEmpty());
    CHECK(c.errorText().contains(QStringLiteral("SANGAT_BERAT")));
    CHECK(c.openCase({}, "4f", "RINGAN", "Uraian", {}).isEmpty());
    CHECK(c.errorText() == QStringLiteral("Pilih pegawai yang bersangkutan."));
}

TEST_CASE("an absence indication suggests the article on coming to work") {
    CaseController c;
    REQUIRE(pp94_articles().find("4f"));
    CHECK(c.suggestedArticle(QStringLiteral("TK_INDICATION")) == QStringLiteral("4f"));
    CHECK(c.suggestedArticle(QStringLiteral("INCIDENT")).isEmpty());
}

TEST_CASE("after the report the review is offered, or closing it early") {
    TestApp app;
    CaseController c;
    open_case(app, c);
    CHECK(offered(c) == QStringList{"UNDER_REVIEW", "CLOSED"});
    CHECK(offered(c) == codes_of(next_states(CaseState::REPORTED)));
}

TEST_CASE("a case walks the full path, offered exactly the workflow's next steps at each") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    const QStringList path = {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS",
                              "DECIDED",      "DELIVERED",  "IN_FORCE", "COMPLETED"};
    for (const auto& code : path) {
        REQUIRE(offered(c).contains(code));
        step(app, c, code, code == QStringLiteral("DECIDED") ? QStringLiteral("R2") : QString());
        const auto state = *case_state_from_string(code.toStdString());
        QStringList expected = codes_of(next_states(state));
        expected.removeAll(QStringLiteral("APPEAL"));  // a written reprimand is not appealable
        CHECK(offered(c) == expected);
    }
    CHECK(events_of(app, id).size() == static_cast<std::size_t>(path.size() + 1));
    CHECK(c.terminal());
    CHECK(c.decided());
    CHECK(c.nextSteps().isEmpty());
    CHECK(c.events()->rowCount() == path.size() + 1);
}

TEST_CASE("recorded steps are never edited as the case advances") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    const auto reported = events_of(app, id).front();
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1", "SUMMONED_2"});
    const auto events = events_of(app, id);
    REQUIRE(events.size() == 4);
    for (const auto& e : events) {
        const auto versions = app.core().database().call(
            [&](store::DeviceStore& s) { return s.history("discipline_event", e.id); });
        CHECK(versions.size() == 1);
    }
    const auto again = std::find_if(events.begin(), events.end(),
                                    [&](const auto& e) { return e.id == reported.id; });
    REQUIRE(again != events.end());
    CHECK(again->version == reported.version);
    CHECK(again->data == reported.data);
}

TEST_CASE("a step the workflow does not allow is refused and nothing is stored") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    c.advance(QStringLiteral("DECIDED"), QStringLiteral("SK_HUKUMAN"), "800/1/2026", {}, {},
              QStringLiteral("R1"), false);
    CHECK(c.errorText() ==
          QStringLiteral("Langkah ini tidak dapat dicatat pada tahap kasus sekarang."));
    settle(app.core());
    CHECK(events_of(app, id).size() == 1);
    CHECK(c.stateCode() == QStringLiteral("REPORTED"));
}

TEST_CASE("a decision must name a sanction of the catalogue") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});
    CHECK(c.needsSanction(QStringLiteral("DECIDED")));
    CHECK_FALSE(c.needsSanction(QStringLiteral("FINDINGS")));
    c.advance(QStringLiteral("DECIDED"), QStringLiteral("SK_HUKUMAN"), {}, {}, {}, {}, false);
    CHECK(c.errorText().contains(QStringLiteral("hukuman")));
    c.advance(QStringLiteral("DECIDED"), QStringLiteral("SK_HUKUMAN"), {}, {}, {}, "X9", false);
    CHECK(c.errorText().contains(QStringLiteral("X9")));
    settle(app.core());
    CHECK(events_of(app, id).size() == 5);
}

TEST_CASE("an appeal is offered only after a dismissal") {
    TestApp app;
    CaseController reprimand;
    open_case(app, reprimand, 2);
    steps(app, reprimand, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});
    step(app, reprimand, "DECIDED", "R2");
    step(app, reprimand, "DELIVERED");
    CHECK(offered(reprimand) == QStringList{"OBJECTION", "IN_FORCE", "CLOSED"});
    reprimand.advance(QStringLiteral("APPEAL"), QStringLiteral("OTHER"), {}, {}, {}, {}, false);
    CHECK(reprimand.errorText() ==
          QStringLiteral("Banding administratif hanya terbuka terhadap hukuman pemberhentian."));

    CaseController dismissal;
    open_case(app, dismissal, 3);
    steps(app, dismissal, {"UNDER_REVIEW", "SUMMONED_1", "SUMMONED_2"});
    step(app, dismissal, "DECIDED_ON_EVIDENCE", "B3");
    step(app, dismissal, "DELIVERED");
    // A dismissal is appealed to the BPASN, never objected to (PP 79/2021).
    CHECK(offered(dismissal) == QStringList{"APPEAL", "IN_FORCE", "CLOSED"});
    dismissal.advance(QStringLiteral("OBJECTION"), QStringLiteral("KEBERATAN"), {}, {}, {}, {},
                      false);
    CHECK(dismissal.errorText().startsWith(QStringLiteral("Keberatan tidak terbuka")));
    step(app, dismissal, "APPEAL");
}

TEST_CASE("a step records its document, note and refusal to sign, shown in the timeline") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1"});
    QSignalSpy saved(&c, &CaseController::stepSaved);
    c.advance(QStringLiteral("EXAMINED"), QStringLiteral("BAP"), QStringLiteral(" 800/12/PKM "),
              QStringLiteral("2026-11-24"), QStringLiteral("Didampingi Kasubag TU."), {}, true);
    REQUIRE(wait_until([&] { return c.events()->rowCount() == 4; }));
    CHECK(saved.count() == 1);

    const auto events = events_of(app, id);
    const auto examined = std::find_if(events.begin(), events.end(),
                                       [](const auto& e) { return e.data["step"] == "EXAMINED"; });
    REQUIRE(examined != events.end());
    CHECK(examined->data["documents"] ==
          json::array({{{"kind", "BAP"}, {"number", "800/12/PKM"}, {"date", "2026-11-24"}}}));
    CHECK(examined->data["refused_to_sign"] == true);
    CHECK(check_record_data("discipline_event", examined->data).empty());

    QAbstractItemModelTester tester(c.events());
    const QModelIndex last = c.events()->index(3);
    CHECK(last.data(mobile::CaseEventModel::StepLabelRole).toString() ==
          QStringLiteral("Diperiksa (BAP)"));
    CHECK(last.data(mobile::CaseEventModel::ActorRole).toString() == QStringLiteral("Sri Wahyuni"));
    CHECK(last.data(mobile::CaseEventModel::DocumentsRole).toString() ==
          QStringLiteral(
              "Berita acara pemeriksaan (BAP) nomor 800/12/PKM, Selasa, 24 November 2026"));
    CHECK(last.data(mobile::CaseEventModel::NoteRole).toString() ==
          QStringLiteral("Didampingi Kasubag TU."));
}

TEST_CASE("a document date that is not a date is refused") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    c.advance(QStringLiteral("UNDER_REVIEW"), QStringLiteral("OTHER"), QStringLiteral("1/2026"),
              QStringLiteral("24-11-2026"), {}, {}, false);
    CHECK(c.errorText().contains(QStringLiteral("24-11-2026")));
    settle(app.core());
    CHECK(events_of(app, id).size() == 1);
}

TEST_CASE("a decision not delivered within its limit is overdue and listed first") {
    TestApp app;
    CaseListModel list;
    QAbstractItemModelTester tester(&list);
    list.setCore(&app.core());
    CaseController late;
    const std::string late_id = open_case(app, late, 2);
    steps(app, late, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});
    step(app, late, "DECIDED", "R1");
    CaseController fresh;
    open_case(app, fresh, 3);

    app.advance_days(30);
    app.core().refreshToday();
    REQUIRE(wait_until([&] {
        return list.rowCount() == 2 && list.index(0).data(CaseListModel::OverdueRole).toBool();
    }));
    CHECK(list.index(0).data(CaseListModel::CaseIdRole).toString().toStdString() == late_id);
    CHECK(list.index(0).data(CaseListModel::DueLabelRole).toString().startsWith("Lewat batas"));
    CHECK_FALSE(list.index(1).data(CaseListModel::OverdueRole).toBool());
}

TEST_CASE("the earliest date of a hearing never makes a case overdue") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1"});
    app.advance_days(60);
    const auto summaries = app.core().database().call([&](store::DeviceStore& s) {
        return mobile::load_case_summaries(s, kUnitId, app.core().today());
    });
    REQUIRE(summaries.size() == 1);
    REQUIRE(summaries[0].next_due);
    CHECK(summaries[0].next_due->rule.bound == DeadlineBound::NOT_BEFORE);
    CHECK_FALSE(summaries[0].overdue);
}

TEST_CASE("a state is entered on the unit's local date of its step") {
    TestApp app;
    const std::string case_id = fixed_uuid(1);
    app.pull({{{"type", "discipline_case"},
               {"id", case_id},
               {"unit_id", kUnitId},
               {"data",
                {{"employee_id", staff_id(4)},
                 {"opened_at", "2026-11-20T01:00:00Z"},
                 {"article", "4f"},
                 {"level_estimate", "RINGAN"},
                 {"summary", "Bolos"}}}},
              event_change(case_id, "REPORTED", "2026-11-20T01:00:00Z", fixed_uuid(2)),
              event_change(case_id, "UNDER_REVIEW", "2026-11-20T02:00:00Z", fixed_uuid(3)),
              event_change(case_id, "SUMMONED_1", "2026-11-20T03:00:00Z", fixed_uuid(4)),
              // 19:00 UTC on the 23rd is already the 24th in WIB.
              event_change(case_id, "SUMMONED_2", "2026-11-23T19:00:00Z", fixed_uuid(5))});
    const auto summaries = app.core().database().call([&](store::DeviceStore& s) {
        return mobile::load_case_summaries(s, kUnitId, app.core().today());
    });
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].state == CaseState::SUMMONED_2);
    CHECK(summaries[0].employee_name == "Dewi Anggraini");
    CHECK(summaries[0].entered_on == Date::parse("2026-11-24"));
    REQUIRE(summaries[0].next_due);
    CHECK(summaries[0].next_due->date ==
          embedded_work_calendar().add_working_days(*Date::parse("2026-11-24"), 7));
}

TEST_CASE("the list filter keeps open, decided or finished cases") {
    TestApp app;
    CaseListModel list;
    QAbstractItemModelTester tester(&list);
    list.setCore(&app.core());
    CaseController reported;
    open_case(app, reported, 2);
    CaseController decided;
    open_case(app, decided, 3);
    steps(app, decided, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});
    step(app, decided, "DECIDED", "R1");
    CaseController closed;
    open_case(app, closed, 4);
    steps(app, closed,
          {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS", "NOT_PROVEN", "CLOSED"});

    REQUIRE(wait_until([&] { return list.rowCount() == 3; }));
    list.setStateFilter(QStringLiteral("open"));
    CHECK(list.rowCount() == 2);
    list.setStateFilter(QStringLiteral("decided"));
    REQUIRE(list.rowCount() == 1);
    CHECK(list.index(0).data(CaseListModel::StateCodeRole) == QStringLiteral("DECIDED"));
    CHECK(list.index(0).data(CaseListModel::StateLabelRole) == QStringLiteral("Diputus"));
    list.setStateFilter(QStringLiteral("closed"));
    REQUIRE(list.rowCount() == 1);
    CHECK(list.index(0).data(CaseListModel::EmployeeNameRole) == QStringLiteral("Dewi Anggraini"));
    list.setStateFilter({});
    CHECK(list.rowCount() == 3);
}

TEST_CASE("the list names states, articles and dates in the chosen language") {
    TestApp app;
    CaseListModel list;
    QAbstractItemModelTester tester(&list);
    list.setCore(&app.core());
    CaseController c;
    open_case(app, c);
    REQUIRE(wait_until([&] { return list.rowCount() == 1; }));
    const QModelIndex row = list.index(0);
    CHECK(row.data(CaseListModel::StateLabelRole) == QStringLiteral("Dilaporkan"));
    CHECK(row.data(CaseListModel::ArticleLabelRole) ==
          QStringLiteral("Pasal 4f · Masuk kerja dan menaati jam kerja"));
    CHECK(row.data(CaseListModel::OpenedLabelRole) ==
          QStringLiteral("Dibuka Senin, 23 November 2026"));
    app.core().setLanguage(QStringLiteral("en"));
    CHECK(list.index(0).data(CaseListModel::StateLabelRole) == QStringLiteral("Reported"));
    CHECK(c.stateLabel() == QStringLiteral("Reported"));
    app.core().setLanguage(QStringLiteral("id"));
}

TEST_CASE("steps recorded on another device appear after a pull") {
    TestApp app;
    CaseListModel list;
    list.setCore(&app.core());
    CaseController c;
    const std::string id = open_case(app, c);
    app.pull({event_change(id, "UNDER_REVIEW", "2026-11-23T05:00:00Z", fixed_uuid(7))});
    REQUIRE(wait_until([&] { return c.stateCode() == QStringLiteral("UNDER_REVIEW"); }));
    CHECK(c.events()->rowCount() == 2);
    CHECK(c.events()->index(1).data(mobile::CaseEventModel::ActorRole) ==
          QStringLiteral("user-other"));
    CHECK(offered(c) == QStringList{"SUMMONED_1", "CLOSED"});
    REQUIRE(wait_until([&] {
        return list.rowCount() == 1 &&
               list.index(0).data(CaseListModel::StateCodeRole) == QStringLiteral("UNDER_REVIEW");
    }));
}

TEST_CASE("a case whose steps do not replay strictly still shows, with no step offered") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c);
    // The same step recorded on two phones offline.
    app.pull({event_change(id, "UNDER_REVIEW", "2026-11-23T05:00:00Z", fixed_uuid(8)),
              event_change(id, "UNDER_REVIEW", "2026-11-23T06:00:00Z", fixed_uuid(9))});
    REQUIRE(wait_until([&] { return c.events()->rowCount() == 3; }));
    CHECK(c.stateCode() == QStringLiteral("UNDER_REVIEW"));
    CHECK(c.nextSteps().isEmpty());
    CHECK_FALSE(c.historyProblem().isEmpty());
    c.advance(QStringLiteral("SUMMONED_1"), QStringLiteral("OTHER"), {}, {}, {}, {}, false);
    CHECK(c.errorText() == c.historyProblem());
    settle(app.core());
    CHECK(events_of(app, id).size() == 3);
}

TEST_CASE("the employee picker lists the unit's active staff by name and narrows by name or NIP") {
    TestApp app;
    mobile::EmployeePickerModel picker;
    QAbstractItemModelTester tester(&picker);
    picker.setCore(&app.core());
    REQUIRE(wait_until([&] { return picker.rowCount() == 12; }));
    CHECK(picker.index(0).data(mobile::EmployeePickerModel::NameRole) ==
          QStringLiteral("Adi Nugroho"));
    CHECK(picker.index(11).data(mobile::EmployeePickerModel::NameRole) ==
          QStringLiteral("Lukman Hakim"));
    picker.setFilter(QStringLiteral("budi"));
    REQUIRE(picker.rowCount() == 1);
    CHECK(picker.index(0)
              .data(mobile::EmployeePickerModel::EmployeeIdRole)
              .toString()
              .toStdString() == staff_id(2));
    picker.setFilter(QStringLiteral("19900218"));
    REQUIRE(picker.rowCount() == 1);
    CHECK(picker.index(0).data(mobile::EmployeePickerModel::JabatanRole) ==
          QStringLiteral("Bidan Terampil"));
    picker.setFilter(QStringLiteral("Maria"));
    CHECK(picker.rowCount() == 0);
    picker.setSelectedId(QString::fromStdString(staff_id(12)));
    CHECK(picker.selectedName() == QStringLiteral("Lukman Hakim"));
}

TEST_CASE("the choice lists hold every article, sanction, level and document kind") {
    TestApp app;
    mobile::CatalogueChoiceModel choices;
    QAbstractItemModelTester tester(&choices);
    choices.setCore(&app.core());
    CHECK(choices.rowCount() == static_cast<int>(pp94_articles().entries().size()));
    choices.setKind(mobile::CatalogueChoiceModel::Kind::Sanctions);
    REQUIRE(choices.rowCount() == static_cast<int>(pp94_sanctions().entries().size()));
    CHECK(choices.index(1).data(mobile::CatalogueChoiceModel::LabelRole) ==
          QStringLiteral("R2 · Teguran tertulis"));
    choices.setKind(mobile::CatalogueChoiceModel::Kind::Levels);
    CHECK(choices.rowCount() == 3);
    CHECK(choices.index(2).data(mobile::CatalogueChoiceModel::CodeRole) == QStringLiteral("BERAT"));
    choices.setKind(mobile::CatalogueChoiceModel::Kind::DocumentKinds);
    CHECK(choices.rowCount() == 6);
    app.core().setLanguage(QStringLiteral("en"));
    CHECK(choices.index(0).data(mobile::CatalogueChoiceModel::LabelRole) ==
          QStringLiteral("Summons letter"));
    app.core().setLanguage(QStringLiteral("id"));
}

TEST_CASE("an employee record of another shape is left out of the picker, not a crash") {
    TestApp app;
    // A newer server, or damaged data: "active" and "name" of other types.
    app.pull({{{"type", "employee"},
               {"id", fixed_uuid(30)},
               {"unit_id", kUnitId},
               {"data", {{"name", 5}, {"nip", "197001012000031001"}, {"active", "ya"}}}},
              {{"type", "employee"},
               {"id", fixed_uuid(31)},
               {"unit_id", kUnitId},
               {"data", {{"name", json::array()}, {"nip", 7}, {"active", true}}}}});
    mobile::EmployeePickerModel picker;
    picker.setCore(&app.core());
    REQUIRE(wait_until([&] { return picker.rowCount() == 13; }));
    picker.setSelectedId(QString::fromStdString(fixed_uuid(31)));
    CHECK(picker.selectedName().isEmpty());
    picker.setFilter(QStringLiteral("Adi"));
    CHECK(picker.rowCount() == 1);
}

TEST_CASE("a summons records its dates and warns when the hearing gives under 7 working days") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c, 2);
    step(app, c, QStringLiteral("UNDER_REVIEW"));
    CHECK(c.datesOf(QStringLiteral("SUMMONED_1")) ==
          QStringList({"letterDate", "servedOn", "hearingOn"}));
    CHECK(c.datesOf(QStringLiteral("UNDER_REVIEW")).isEmpty());

    // Served Monday 23 November: the earliest hearing is Wednesday 2 December.
    QVariantMap dates{
        {"letterDate", "2026-11-23"}, {"servedOn", "2026-11-23"}, {"hearingOn", "2026-12-01"}};
    const QStringList warnings = c.stepWarnings(QStringLiteral("SUMMONED_1"), dates);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains("2026-12-02"));
    dates["hearingOn"] = "2026-12-02";
    CHECK(c.stepWarnings(QStringLiteral("SUMMONED_1"), dates).isEmpty());
    // A date being typed is no error.
    CHECK(c.stepWarnings(QStringLiteral("SUMMONED_1"), {{"hearingOn", "2026-12"}}).isEmpty());
    CHECK(c.errorText().isEmpty());

    QSignalSpy saved(&c, &CaseController::stepSaved);
    c.advance(QStringLiteral("SUMMONED_1"), QStringLiteral("SURAT_PANGGILAN"), "800/7/PKM/2026", {},
              {}, {}, false, dates);
    REQUIRE(wait_until([&] { return saved.count() == 1; }));
    const auto events = app.core().database().call(
        [&](store::DeviceStore& s) { return mobile::load_case_events(s, kUnitId, id); });
    REQUIRE(events.size() == 3);
    CHECK(events.back().event.served_on == Date::parse("2026-11-23"));
    CHECK(events.back().event.hearing_on == Date::parse("2026-12-02"));
    REQUIRE(wait_until([&] { return c.stateCode() == QStringLiteral("SUMMONED_1"); }));
    CHECK(c.dueLabel().contains("2 Desember 2026"));
}

TEST_CASE("a PPPK's case is opened under the instance's rules, with their articles and sanctions") {
    auto staff = default_staff();
    staff[1].kind = "PPPK";  // staff_id(2), Budi Santoso
    staff[1].nip = "199107152021211001";
    TestApp app(staff);

    // The picker says which rules judge the one picked.
    mobile::EmployeePickerModel picker;
    picker.setCore(&app.core());
    picker.setSelectedId(QString::fromStdString(staff_id(2)));
    REQUIRE(wait_until([&] { return !picker.selectedRuleSet().isEmpty(); }));
    CHECK(picker.selectedRuleSet() == QStringLiteral("PPPK"));
    CHECK(picker.selectedRuleSetLabel() == QStringLiteral("Aturan disiplin instansi untuk PPPK"));
    picker.setSelectedId(QString::fromStdString(staff_id(3)));
    CHECK(picker.selectedRuleSet() == QStringLiteral("PP94"));

    // The case is stored naming the PPPK rules, as the server requires.
    CaseController c;
    const std::string id = open_case(app, c, 2);
    const auto stored = app.core().database().call(
        [&](store::DeviceStore& s) { return s.get("discipline_case", id); });
    REQUIRE(stored);
    CHECK(stored->data["rule_set"] == "PPPK");
    CHECK(c.ruleSet() == QStringLiteral("PPPK"));
    CHECK(check_record_data("discipline_case", stored->data).empty());

    // The decision's list holds the instance's sanctions, ending the contract at the heaviest.
    mobile::CatalogueChoiceModel sanctions;
    sanctions.setCore(&app.core());
    sanctions.setKind(mobile::CatalogueChoiceModel::Kind::Sanctions);
    sanctions.setRuleSet(c.ruleSet());
    REQUIRE(sanctions.rowCount() == 7);
    CHECK(sanctions.index(6).data(mobile::CatalogueChoiceModel::CodeRole) == QStringLiteral("PB1"));

    // A PNS sanction is refused before anything is stored; the instance's is taken.
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});
    c.advance(QStringLiteral("DECIDED"), QStringLiteral("SK_HUKUMAN"), {}, {}, {}, "B3", false);
    CHECK(c.errorText().contains(QStringLiteral("B3")));
    settle(app.core());
    CHECK(events_of(app, id).size() == 5);
    step(app, c, "DECIDED", "PB1");
    step(app, c, "DELIVERED");
    // Ending the contract is open to an administrative appeal.
    CHECK(offered(c).contains(QStringLiteral("APPEAL")));
}

TEST_CASE("a PNS's case names PP 94, and an article of no rule set is refused at once") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c, 3);
    const auto stored = app.core().database().call(
        [&](store::DeviceStore& s) { return s.get("discipline_case", id); });
    REQUIRE(stored);
    CHECK(stored->data["rule_set"] == "PP94");
    CHECK(c.openCase(QString::fromStdString(staff_id(3)), "9z", "RINGAN", "Uraian", {}).isEmpty());
}

namespace {

// `n` unexcused absences of staff 2 in 2026, on Mondays and Wednesdays from
// 7 September, never two working days in a row.
void absent_days(TestApp& app, int n) {
    const Date first = *Date::parse("2026-09-07");
    for (int i = 0; i < n; ++i) {
        Attendance a;
        a.employee_id = staff_id(2);
        a.date = first.plus_days(7 * (i / 2) + 2 * (i % 2));
        a.status = "TANPA_KETERANGAN";
        a.recorded_at = app.now_ms;
        REQUIRE(app.core().database().call([&](store::DeviceStore& s) {
            return s
                .record({"attendance", attendance_id(kUnitId, a.employee_id, a.date), kUnitId,
                         a.to_json()},
                        app.now_ms)
                .ok();
        }));
    }
}

DisciplineEvent last_event(TestApp& app, const std::string& id) {
    const auto events = app.core().database().call(
        [&](store::DeviceStore& s) { return mobile::load_case_events(s, kUnitId, id); });
    REQUIRE_FALSE(events.empty());
    return events.back().event;
}

}  // namespace

TEST_CASE(
    "an absence case's decision starts from the day count's proposal and needs a reason to "
    "differ") {
    TestApp app;
    absent_days(app, 11);  // 11-13 days: S1 (PP 94/2021)
    CaseController c;
    const std::string id = open_case(app, c, 2);
    CHECK(c.proposedSanction() == QStringLiteral("S1"));
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});

    QVariantMap details{{"deciderName", "Budi Santoso"},
                        {"deciderNip", "197001011995031001"},
                        {"deciderPosition", "Kepala Puskesmas Sukamaju"},
                        {"authority", "KEPALA_PUSKESMAS"},
                        {"sanction", "S2"},
                        {"documentKind", "SK_HUKUMAN"},
                        {"documentNumber", "800/9/PKM/2026"}};
    // The employee's kind of position is not on this phone, so the head of a
    // puskesmas' authority cannot be checked; S2 is not the proposal, and
    // the case was estimated light: each said, with its reason.
    const QStringList warnings = c.stepWarnings(QStringLiteral("DECIDED"), details);
    CHECK(warnings.size() == 3);
    CHECK(warnings.join("\n").contains(QStringLiteral("bertingkat SEDANG")));
    CHECK(warnings.join("\n").contains(
        QStringLiteral("berbeda dari usulan menurut jumlah hari (S1)")));
    CHECK(warnings.join("\n").contains(QStringLiteral("jabatan pegawai belum dicatat")));

    c.advance(QStringLiteral("DECIDED"), QStringLiteral("SK_HUKUMAN"), "800/9/PKM/2026", {}, {},
              QStringLiteral("S2"), false, details);
    CHECK(c.errorText().contains(QStringLiteral("tuliskan alasannya")));
    settle(app.core());
    CHECK(last_event(app, id).step == CaseState::FINDINGS);

    details["deviationReason"] = "Dua hari di antaranya sudah ditegur lisan tahun ini.";
    QSignalSpy saved(&c, &CaseController::stepSaved);
    c.advance(QStringLiteral("DECIDED"), QStringLiteral("SK_HUKUMAN"), "800/9/PKM/2026", {}, {},
              QStringLiteral("S2"), false, details);
    REQUIRE(wait_until([&] { return saved.count() == 1; }));
    const DisciplineEvent decided = last_event(app, id);
    CHECK(decided.sanction == "S2");
    CHECK(decided.proposed_sanction == "S1");
    CHECK(decided.deviation_reason == "Dua hari di antaranya sudah ditegur lisan tahun ini.");
    REQUIRE(decided.decided_by);
    CHECK(decided.decided_by->authority == "KEPALA_PUSKESMAS");
    CHECK(decided.decided_by->nip == "197001011995031001");
    // What the phone stored is what the server takes.
    CHECK(check_record_data("discipline_event", decided.to_json()).empty());
}

TEST_CASE("a case opened from wrong data closes before the summons, with its reason") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c, 2);
    CHECK(offered(c) == QStringList{"UNDER_REVIEW", "CLOSED"});
    QStringList reasons;
    for (const auto& r : c.closeReasons())
        reasons << r.toMap().value("code").toString();
    CHECK(reasons == QStringList{"WRONG_DATA", "DEATH", "RETIREMENT", "TRANSFER"});

    c.advance(QStringLiteral("CLOSED"), QStringLiteral("OTHER"), {}, {}, {}, {}, false, {});
    CHECK(c.errorText() == QStringLiteral("Pilih alasan penutupan kasus."));
    QSignalSpy saved(&c, &CaseController::stepSaved);
    c.advance(QStringLiteral("CLOSED"), QStringLiteral("OTHER"), {}, {},
              QStringLiteral("Cuti sakit dicatat terlambat."), {}, false,
              {{"closeReason", "WRONG_DATA"}});
    REQUIRE(wait_until([&] { return saved.count() == 1; }));
    REQUIRE(wait_until([&] { return c.stateCode() == QStringLiteral("CLOSED"); }));
    CHECK(last_event(app, id).close_reason == "WRONG_DATA");
    CHECK(c.terminal());

    // Once summoned, wrong data no longer closes the case; a retirement does.
    CaseController later;
    open_case(app, later, 3);
    steps(app, later, {"UNDER_REVIEW", "SUMMONED_1"});
    QStringList now;
    for (const auto& r : later.closeReasons())
        now << r.toMap().value("code").toString();
    CHECK(now == QStringList{"DEATH", "RETIREMENT", "TRANSFER"});
    later.advance(QStringLiteral("CLOSED"), QStringLiteral("OTHER"), {}, {}, {}, {}, false,
                  {{"closeReason", "WRONG_DATA"}});
    CHECK(later.errorText().startsWith(QStringLiteral("Alasan penutupan ini tidak berlaku")));
}

TEST_CASE("an objection's window shows on the case, and its outcome may lighten the sanction") {
    TestApp app;
    CaseController c;
    const std::string id = open_case(app, c, 2);
    steps(app, c, {"UNDER_REVIEW", "SUMMONED_1", "EXAMINED", "FINDINGS"});
    step(app, c, "DECIDED", "R3");
    QSignalSpy delivered(&c, &CaseController::stepSaved);
    // Received Tuesday 24 November 2026: the window runs 14 working days of
    // the shipped calendar from then.
    c.advance(QStringLiteral("DELIVERED"), QStringLiteral("OTHER"), {}, {}, {}, {}, false,
              {{"servedOn", "2026-11-24"}});
    REQUIRE(wait_until([&] { return delivered.count() == 1; }));
    REQUIRE(wait_until([&] { return c.stateCode() == QStringLiteral("DELIVERED"); }));
    const Date last = embedded_work_calendar().add_working_days(*Date::parse("2026-11-24"), 14);
    CHECK(c.remedyLabel().startsWith(QStringLiteral("Keberatan kepada Atasan pejabat")));
    CHECK(c.remedyLabel().contains(app.core().dateLabel(last)));
    CHECK(c.datesOf(QStringLiteral("OBJECTION")) == QStringList{"letterDate"});
    CHECK(c.stepWarnings(QStringLiteral("OBJECTION"),
                         {{"letterDate", QString::fromStdString(last.iso())}})
              .isEmpty());
    CHECK(c.stepWarnings(
               QStringLiteral("OBJECTION"),
               {{"letterDate",
                 QString::fromStdString(embedded_work_calendar().next_working_day(last).iso())}})
              .size() == 1);

    step(app, c, "OBJECTION");
    CHECK(c.needsOutcome(QStringLiteral("IN_FORCE")));
    CHECK(c.outcomes().size() == 3);
    c.advance(QStringLiteral("IN_FORCE"), QStringLiteral("OTHER"), {}, {}, {}, QStringLiteral("S1"),
              false, {{"outcome", "REDUCED"}});
    CHECK(c.errorText().startsWith(QStringLiteral("Hasil diperingan")));
    QSignalSpy saved(&c, &CaseController::stepSaved);
    c.advance(QStringLiteral("IN_FORCE"), QStringLiteral("OTHER"), {}, {}, {}, QStringLiteral("R2"),
              false, {{"outcome", "REDUCED"}, {"letterDate", "2026-12-15"}});
    REQUIRE(wait_until([&] { return saved.count() == 1; }));
    REQUIRE(wait_until([&] { return c.stateCode() == QStringLiteral("IN_FORCE"); }));
    const DisciplineEvent in_force = last_event(app, id);
    CHECK(in_force.outcome == "REDUCED");
    CHECK(in_force.sanction == "R2");
    CHECK(c.remedyLabel().contains(QStringLiteral("Hasil: Diperingan.")));
    INFO(c.remedyLabel().toStdString());
    CHECK(c.remedyLabel().contains(
        QStringLiteral("Hukuman R2 berlaku mulai Selasa, 15 Desember 2026.")));
}

TEST_CASE("a case may cite several articles, stored as the server takes them") {
    TestApp app;
    CaseController c;
    c.setCore(&app.core());
    QSignalSpy opened(&c, &CaseController::caseOpened);
    const QString id = c.openCase(QString::fromStdString(staff_id(2)), "3e", "SEDANG",
                                  "Meninggalkan jaga dan tidak mengucapkan sumpah jabatan.",
                                  "INCIDENT", {"4b", "4g"});
    REQUIRE_FALSE(id.isEmpty());
    REQUIRE(wait_until([&] { return opened.count() == 1; }));
    const auto stored = app.core().database().call(
        [&](store::DeviceStore& s) { return s.get("discipline_case", id.toStdString()); });
    REQUIRE(stored);
    CHECK(stored->data.at("other_articles") == json::array({"4b", "4g"}));
    CHECK(check_record_data("discipline_case", stored->data).empty());

    // The oath (4b) is never light; cited alone with a light estimate, refused.
    CaseController light;
    light.setCore(&app.core());
    CHECK(light
              .openCase(QString::fromStdString(staff_id(3)), "4b", "RINGAN", "Tidak hadir sumpah.",
                        "INCIDENT", {})
              .isEmpty());
    CHECK(light.errorText().contains(QStringLiteral("SEDANG")));
    CHECK(light
              .openCase(QString::fromStdString(staff_id(3)), "3e", "RINGAN", "Dua kali.",
                        "INCIDENT", {"3e"})
              .isEmpty());
    CHECK(light.errorText().contains(QStringLiteral("dua kali")));
}
