// The home screen's figures and alerts against a real device store.
#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

#include "attendance/pp94_indication.h"
#include "attendance/work_calendar.h"
#include "clock/uuid.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "home_controller.h"
#include "roll_call_model.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using mobile::AlertModel;
using mobile::HomeController;
using nlohmann::json;

namespace {

const Date kMonday = *Date::parse("2026-11-23");

// 09:00 WIB on `date`.
std::int64_t morning_of(const Date& date) {
    return kMondayMorningMs + (date.days_since_epoch() - kMonday.days_since_epoch()) * 86'400'000;
}

// `n` working days before today (0: today).
Date working_days_ago(int n) {
    return embedded_work_calendar().add_working_days(kMonday, -n);
}

void record_day(TestApp& app, int staff, const Date& date, const std::string& status,
                std::optional<int> minutes = std::nullopt) {
    Attendance a;
    a.employee_id = staff_id(staff);
    a.date = date;
    a.status = status;
    a.minutes = minutes;
    a.recorded_at = app.now_ms;
    const bool ok = app.core().database().call([&](store::DeviceStore& s) {
        return s
            .record(
                {"attendance", attendance_id(kUnitId, a.employee_id, date), kUnitId, a.to_json()},
                app.now_ms)
            .ok();
    });
    REQUIRE(ok);
}

// Loaded once the first answer is in; the core is told about later edits.
struct Home {
    explicit Home(TestApp& app) : app(app), tester(home.alerts()) {
        home.setCore(&app.core());
        settle(app.core());
    }
    void refresh() {
        app.core().notifyRecordsChanged({});
        settle(app.core());
    }
    std::vector<mobile::Alert> of_kind(const QString& kind) {
        std::vector<mobile::Alert> found;
        for (const auto& a : home.alerts()->alerts())
            if (a.kind == kind)
                found.push_back(a);
        return found;
    }
    TestApp& app;
    HomeController home;
    QAbstractItemModelTester tester;
};

json case_change(const std::string& id, int staff, const std::string& source) {
    DisciplineCase c;
    c.employee_id = staff_id(staff);
    c.opened_at = kMondayMorningMs - 30LL * 86'400'000;
    c.article = "4f";
    c.level_estimate = "RINGAN";
    c.summary = "Tidak masuk kerja tanpa keterangan.";
    c.source = source;
    return {{"type", "discipline_case"}, {"id", id}, {"unit_id", kUnitId}, {"data", c.to_json()}};
}

json event_change(const std::string& case_id, int n, CaseState step, const Date& on,
                  std::optional<Date> hearing = std::nullopt) {
    DisciplineEvent e;
    e.case_id = case_id;
    e.step = step;
    e.at = morning_of(on) + n;  // steps of one day stay in order
    e.actor = "user-supervisor";
    e.hearing_on = hearing;
    return {{"type", "discipline_event"},
            {"id", uuid_v5(kPantauNamespace, case_id + "/" + std::to_string(n))},
            {"unit_id", kUnitId},
            {"data", e.to_json()}};
}

// A case whose hearing, set by the first summons, was missed `days_ago`
// working days ago: the second summons is due 7 working days after it.
std::vector<json> case_with_missed_hearing(const std::string& id, int staff, int days_ago) {
    const Date hearing = working_days_ago(days_ago);
    return {case_change(id, staff, "INCIDENT"),
            event_change(id, 1, CaseState::UNDER_REVIEW, hearing.plus_days(-20)),
            event_change(id, 2, CaseState::SUMMONED_1, hearing.plus_days(-14), hearing)};
}

}  // namespace

TEST_CASE("home shows today's counts, the same as the roll call") {
    TestApp app;
    Home h(app);
    CHECK(h.home.notRecorded() == 12);
    CHECK(h.home.unitName() == "Puskesmas Sukamaju");
    CHECK(h.home.todayLabel() == "Senin, 23 November 2026");

    record_day(app, 1, kMonday, "HADIR");
    record_day(app, 2, kMonday, "TERLAMBAT", 20);
    record_day(app, 3, kMonday, "TANPA_KETERANGAN");
    record_day(app, 4, kMonday, "IZIN");
    record_day(app, 5, working_days_ago(1), "HADIR");  // another day
    h.refresh();

    mobile::RollCallModel rollCall;
    rollCall.setCore(&app.core());
    REQUIRE(wait_until([&] { return rollCall.rowCount() == 12; }));
    CHECK(h.home.present() == 1);
    CHECK(h.home.late() == 1);
    CHECK(h.home.absent() == 1);
    CHECK(h.home.onLeave() == 1);
    CHECK(h.home.notRecorded() == 8);
    CHECK(rollCall.counts() == mobile::DayCounts{h.home.present(), h.home.late(), h.home.absent(),
                                                 h.home.onLeave(), h.home.notRecorded()});
}

TEST_CASE("a PP 94 alert appears once unexcused working days reach the first band") {
    const int first_band = pp94_absence_thresholds().cumulative().front().from_days;
    TestApp app;
    Home h(app);
    for (int i = 1; i < first_band; ++i)
        record_day(app, 8, working_days_ago(i), "TANPA_KETERANGAN");
    record_day(app, 8, *Date::parse("2026-11-22"), "TANPA_KETERANGAN");  // a Sunday: no count
    h.refresh();
    CHECK(h.of_kind("pp94").empty());

    record_day(app, 8, working_days_ago(first_band), "TANPA_KETERANGAN");
    h.refresh();
    const auto alerts = h.of_kind("pp94");
    REQUIRE(alerts.size() == 1);
    const std::string sanction = *pp94_absence_thresholds().sanction_for_days(first_band);
    CHECK(alerts[0].title == "Indikasi pelanggaran jam kerja: Hendra Wijaya");
    CHECK(alerts[0].detail.contains(
        QStringLiteral("%1 hari kerja tanpa keterangan").arg(first_band)));
    CHECK(alerts[0].detail.contains(QString::fromStdString(sanction)));
    CHECK(alerts[0].employee_id == QString::fromStdString(staff_id(8)));
    CHECK(alerts[0].target_page == "CaseOpenPage");
    CHECK(alerts[0].target_properties.value("source") == "TK_INDICATION");
    CHECK(alerts[0].target_properties.value("employeeId") == alerts[0].employee_id);
}

TEST_CASE("accumulated lateness counts towards the PP 94 days") {
    const auto& thresholds = pp94_absence_thresholds();
    const int first_band = thresholds.cumulative().front().from_days;
    TestApp app;
    Home h(app);
    for (int i = 1; i < first_band; ++i)
        record_day(app, 9, working_days_ago(i), "TANPA_KETERANGAN");
    record_day(app, 9, working_days_ago(first_band), "TERLAMBAT", thresholds.minutes_per_day());
    h.refresh();
    const auto alerts = h.of_kind("pp94");
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].detail.contains(QStringLiteral("terlambat/pulang cepat %1 menit (1 hari)")
                                        .arg(thresholds.minutes_per_day())));
}

TEST_CASE("a run of consecutive unexcused working days is named in the alert") {
    const int run = pp94_absence_thresholds().consecutive_days();
    TestApp app;
    Home h(app);
    for (int i = 0; i < run; ++i)
        record_day(app, 10, working_days_ago(i), "TANPA_KETERANGAN");
    h.refresh();
    const auto alerts = h.of_kind("pp94");
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].detail.contains(
        QStringLiteral("%1 hari kerja berturut-turut tanpa keterangan").arg(run)));
}

TEST_CASE("an open case opened from a TK indication silences that employee's alert") {
    const int first_band = pp94_absence_thresholds().cumulative().front().from_days;
    TestApp app;
    Home h(app);
    for (int i = 0; i < first_band; ++i)
        record_day(app, 11, working_days_ago(i), "TANPA_KETERANGAN");
    h.refresh();
    REQUIRE(h.of_kind("pp94").size() == 1);

    app.pull({case_change(uuid_v5(kPantauNamespace, "case-tk"), 11, "TK_INDICATION")});
    settle(app.core());
    CHECK(h.of_kind("pp94").empty());
}

TEST_CASE("a case whose time limit is near or past is an alert, a far one is not") {
    TestApp app;
    Home h(app);
    const std::string near = uuid_v5(kPantauNamespace, "case-near");
    const std::string late = uuid_v5(kPantauNamespace, "case-late");
    const std::string far = uuid_v5(kPantauNamespace, "case-far");
    std::vector<json> changes;
    for (auto&& c : case_with_missed_hearing(near, 1, 5))
        changes.push_back(c);
    for (auto&& c : case_with_missed_hearing(late, 2, 9))
        changes.push_back(c);
    for (auto&& c : case_with_missed_hearing(far, 3, 0))
        changes.push_back(c);
    app.pull(changes);
    settle(app.core());

    const auto alerts = h.of_kind("case_due");
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0].case_id == QString::fromStdString(late));  // the one past its limit first
    CHECK(alerts[0].overdue);
    CHECK(alerts[0].title.contains("Budi Santoso"));
    CHECK(alerts[0].detail.contains("sudah lewat"));
    CHECK(alerts[1].case_id == QString::fromStdString(near));
    CHECK_FALSE(alerts[1].overdue);
    CHECK(alerts[1].detail.contains("Paling lambat"));
    CHECK(alerts[1].target_page == "CasePage");
    CHECK(alerts[1].target_properties.value("caseId") == alerts[1].case_id);
}

TEST_CASE(
    "one alert counts the active staff without a final evaluation for the quarter that ended") {
    TestApp app;  // Monday 23 November 2026: the fourth quarter is running, the third is due
    Home h(app);
    auto alerts = h.of_kind("evaluation_due");
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].title == "Penilaian kinerja 2026-Q3");
    CHECK(alerts[0].detail == "12 pegawai belum memiliki penilaian final.");
    CHECK(alerts[0].target_page == "EvaluationListPage");
    CHECK(alerts[0].target_properties.value("period") == "2026-Q3");

    const auto evaluation = [](int staff, const std::string& period, const std::string& state) {
        return json{
            {"type", "evaluation"},
            {"id", evaluation_id(staff_id(staff), period)},
            {"unit_id", kUnitId},
            {"data", {{"employee_id", staff_id(staff)}, {"period", period}, {"state", state}}}};
    };
    // Finals of the running quarter do not count for the one due.
    app.pull({evaluation(1, "2026-Q3", "FINAL"), evaluation(2, "2026-Q3", "DRAFT"),
              evaluation(3, "2026-Q4", "FINAL"), evaluation(4, "2026-Q4", "FINAL")});
    settle(app.core());
    alerts = h.of_kind("evaluation_due");
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].detail == "11 pegawai belum memiliki penilaian final.");

    SECTION("on 31 December, the last day of the fourth quarter, the third is still the one due") {
        app.advance_days(38);
        app.core().refreshToday();
        settle(app.core());
        REQUIRE(h.home.todayLabel() == "Kamis, 31 Desember 2026");
        alerts = h.of_kind("evaluation_due");
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].title == "Penilaian kinerja 2026-Q3");
        CHECK(alerts[0].detail == "11 pegawai belum memiliki penilaian final.");
    }
    SECTION("on 1 January the fourth quarter has ended and is the one due") {
        app.advance_days(39);
        app.core().refreshToday();
        settle(app.core());
        REQUIRE(h.home.todayLabel() == "Jumat, 1 Januari 2027");
        alerts = h.of_kind("evaluation_due");
        REQUIRE(alerts.size() == 1);
        CHECK(alerts[0].title == "Penilaian kinerja 2026-Q4");
        CHECK(alerts[0].detail == "10 pegawai belum memiliki penilaian final.");
        CHECK(alerts[0].target_properties.value("period") == "2026-Q4");
    }
}

TEST_CASE("home follows the date when the app wakes on another day") {
    TestApp app;
    record_day(app, 1, kMonday, "HADIR");
    Home h(app);
    CHECK(h.home.present() == 1);
    app.advance_days(1);
    app.core().refreshToday();
    settle(app.core());
    CHECK(h.home.todayLabel() == "Selasa, 24 November 2026");
    CHECK(h.home.present() == 0);
    CHECK(h.home.notRecorded() == 12);
}

TEST_CASE("while another page covers home, edits only mark it stale and it reloads when shown") {
    TestApp app;
    Home h(app);
    h.home.setActive(false);
    record_day(app, 1, kMonday, "HADIR");
    h.refresh();
    CHECK(h.home.present() == 0);
    h.home.setActive(true);
    REQUIRE(wait_until([&] { return h.home.present() == 1; }));
    CHECK(h.home.notRecorded() == 11);
}

TEST_CASE("a burst of edits ends with the counts of the last one") {
    TestApp app;
    Home h(app);
    for (int staff = 1; staff <= 10; ++staff) {
        record_day(app, staff, kMonday, "HADIR");
        app.core().notifyRecordsChanged({QStringLiteral("attendance")});
    }
    REQUIRE(wait_until([&] { return h.home.present() == 10; }));
    settle(app.core());
    CHECK(h.home.present() == 10);
    CHECK(h.home.notRecorded() == 2);
}

TEST_CASE("unexcused Saturdays raise the PP 94 alert only in a unit that works Saturdays") {
    TestApp app;
    Home h(app);
    for (const char* saturday : {"2026-11-07", "2026-11-14", "2026-11-21"})
        record_day(app, 4, *Date::parse(saturday), "TANPA_KETERANGAN");
    h.refresh();
    CHECK(h.of_kind("pp94").empty());

    app.pull(
        {{{"type", "unit"},
          {"id", kUnitId},
          {"unit_id", kUnitId},
          {"version", "0009000000000000"},
          {"data",
           {{"name", "Puskesmas Sukamaju"},
            {"kind", "PUSKESMAS"},
            {"timezone", "Asia/Jakarta"},
            {"work_weeks",
             {{{"from", "2026-01-01"}, {"days", {"MON", "TUE", "WED", "THU", "FRI", "SAT"}}}}}}}}});
    settle(app.core());
    h.refresh();
    const auto alerts = h.of_kind("pp94");
    REQUIRE(alerts.size() == 1);
    CHECK(alerts[0].detail.contains("3"));
}

TEST_CASE("a case that ended keeps its indication quiet until the total reaches a heavier band") {
    TestApp app;
    Home h(app);
    // Three unexcused days before the case was opened, 30 days ago: R1.
    const Date opened = local_date(kMondayMorningMs - 30LL * 86'400'000, 7 * 60);
    for (int i = 1; i <= 3; ++i)
        record_day(app, 6, embedded_work_calendar().add_working_days(opened, -i),
                   "TANPA_KETERANGAN");
    const std::string id = uuid_v5(kPantauNamespace, "case-ended");
    std::vector<json> changes = {case_change(id, 6, "TK_INDICATION")};
    int n = 0;
    for (auto s : {CaseState::UNDER_REVIEW, CaseState::SUMMONED_1, CaseState::EXAMINED,
                   CaseState::FINDINGS, CaseState::NOT_PROVEN, CaseState::CLOSED}) {
        ++n;
        changes.push_back(event_change(id, n, s, opened.plus_days(n)));
    }
    app.pull(changes);
    settle(app.core());
    h.refresh();
    CHECK(h.of_kind("pp94").empty());

    // A fourth day after the case: R2, a heavier band, is news.
    record_day(app, 6, working_days_ago(2), "TANPA_KETERANGAN");
    h.refresh();
    CHECK(h.of_kind("pp94").size() == 1);
}
