// The roll call model and the status choices against a real device store.
#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

#include "attendance/attendance_status.h"
#include "attendance/leave_kind.h"
#include "attendance_history_model.h"
#include "clock/uuid.h"
#include "records/record_types.h"
#include "roll_call_model.h"
#include "status_choice_model.h"
#include "sync/protocol.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using mobile::RollCallModel;
using nlohmann::json;

namespace {

const Date kMonday = *Date::parse("2026-11-23");

std::string day_id(int staff, const Date& date = kMonday) {
    return attendance_id(kUnitId, staff_id(staff), date);
}

std::optional<store::StoredRecord> stored(TestApp& app, const std::string& id) {
    return app.core().database().call(
        [&](store::DeviceStore& s) { return s.get("attendance", id); });
}

std::string stored_status(TestApp& app, int staff) {
    const auto record = stored(app, day_id(staff));
    return record ? record->data.value("status", "") : "";
}

int row_of(const RollCallModel& model, const QString& name) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row).data(RollCallModel::NameRole).toString() == name)
            return row;
    return -1;
}

QVariant role(const RollCallModel& model, const QString& name, int role) {
    return model.index(row_of(model, name)).data(role);
}

// A model of today's roll call, loaded.
struct RollCall {
    explicit RollCall(TestApp& app) : tester(&model) {
        model.setCore(&app.core());
        REQUIRE(wait_until([&] { return model.rowCount() == 12; }));
    }
    RollCallModel model;
    QAbstractItemModelTester tester;
};

json attendance_change(int staff, const std::string& status, const std::string& version,
                       const std::string& origin) {
    Attendance a;
    a.employee_id = staff_id(staff);
    a.date = kMonday;
    a.status = status;
    a.recorded_at = kMondayMorningMs;
    return {{"type", "attendance"}, {"id", day_id(staff)}, {"unit_id", kUnitId},
            {"version", version},   {"origin", origin},    {"data", a.to_json()}};
}

}  // namespace

TEST_CASE("one tap on Hadir writes a valid attendance record and an outbox entry") {
    TestApp app;
    RollCall r(app);
    r.model.markPresent(row_of(r.model, "Budi Santoso"));
    settle(app.core());

    const auto record = stored(app, day_id(2));
    REQUIRE(record);
    CHECK(record->data["status"] == "HADIR");
    CHECK(record->data["date"] == "2026-11-23");
    CHECK(record->unit_id == kUnitId);
    CHECK(check_record_data("attendance", record->data).empty());
    const auto outbox =
        app.core().database().call([](store::DeviceStore& s) { return s.outbox(); });
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.front().change.id == day_id(2));
    CHECK(role(r.model, "Budi Santoso", RollCallModel::StatusLabelRole).toString() == "Hadir");
    CHECK(role(r.model, "Budi Santoso", RollCallModel::RecordedRole).toBool());
    CHECK(role(r.model, "Budi Santoso", RollCallModel::PresentRole).toBool());
}

TEST_CASE("late without minutes is refused with a sentence, with minutes it is recorded") {
    TestApp app;
    RollCall r(app);
    const int row = row_of(r.model, "Citra Lestari");
    CHECK_FALSE(r.model.setStatus(row, "TERLAMBAT", 0, {}, {}));
    CHECK(r.model.errorText() == QStringLiteral("Isi jumlah menit untuk status Terlambat."));
    settle(app.core());
    CHECK_FALSE(stored(app, day_id(3)));

    CHECK(r.model.setStatus(row, "TERLAMBAT", 15, {}, {}));
    CHECK(r.model.errorText().isEmpty());
    settle(app.core());
    const auto record = stored(app, day_id(3));
    REQUIRE(record);
    CHECK(record->data["minutes"] == 15);
    CHECK(role(r.model, "Citra Lestari", RollCallModel::MinutesRole).toInt() == 15);
}

TEST_CASE("minutes beyond a working day are refused") {
    TestApp app;
    RollCall r(app);
    CHECK_FALSE(r.model.setStatus(0, "PULANG_CEPAT", Attendance::kMaxMinutes + 1, {}, {}));
    CHECK(r.model.errorText().contains(QString::number(Attendance::kMaxMinutes)));
}

TEST_CASE("cuti needs a leave kind, and records the one chosen") {
    TestApp app;
    RollCall r(app);
    const int row = row_of(r.model, "Dewi Anggraini");
    CHECK_FALSE(r.model.setStatus(row, "CUTI", 0, {}, {}));
    CHECK(r.model.errorText() == QStringLiteral("Pilih jenis cuti untuk status Cuti."));
    CHECK_FALSE(r.model.setStatus(row, "CUTI", 0, "CUTI_LIBURAN", {}));

    CHECK(r.model.setStatus(row, "CUTI", 30, "CUTI_TAHUNAN", "  ke Yogyakarta "));
    settle(app.core());
    const auto record = stored(app, day_id(4));
    REQUIRE(record);
    CHECK(record->data["leave_kind"] == "CUTI_TAHUNAN");
    CHECK(record->data["note"] == "ke Yogyakarta");
    CHECK_FALSE(record->data.contains("minutes"));  // cuti records no minutes
    CHECK(role(r.model, "Dewi Anggraini", RollCallModel::LeaveKindLabelRole).toString() ==
          "Cuti tahunan");
}

TEST_CASE("a note longer than the limit is refused") {
    TestApp app;
    RollCall r(app);
    const QString note(Attendance::kMaxNoteLength + 1, QLatin1Char('x'));
    CHECK_FALSE(r.model.setStatus(0, "IZIN", 0, {}, note));
    CHECK(r.model.errorText() ==
          QStringLiteral("Catatan paling banyak %1 karakter.").arg(Attendance::kMaxNoteLength));
    CHECK(r.model.setStatus(0, "IZIN", 0, {}, note.left(Attendance::kMaxNoteLength)));
}

TEST_CASE("an unknown status is refused") {
    TestApp app;
    RollCall r(app);
    CHECK_FALSE(r.model.setStatus(0, "MOGOK", 0, {}, {}));
    CHECK_FALSE(r.model.errorText().isEmpty());
}

TEST_CASE("marking the rest present only touches employees without a record") {
    TestApp app;
    RollCall r(app);
    REQUIRE(r.model.setStatus(row_of(r.model, "Adi Nugroho"), "SAKIT", 0, {}, "demam"));
    settle(app.core());
    CHECK(r.model.markRestPresent() == 11);
    settle(app.core());

    CHECK(stored_status(app, 1) == "SAKIT");
    for (int id : {2, 5, 12})
        CHECK(stored_status(app, id) == "HADIR");
    CHECK_FALSE(stored(app, day_id(13)));  // inactive
    CHECK(r.model.notRecorded() == 0);
    CHECK(r.model.present() == 11);
    CHECK(r.model.onLeave() == 1);
    CHECK(r.model.markRestPresent() == 0);
}

TEST_CASE("marking the rest present leaves alone a record a sync brought meanwhile") {
    TestApp app;
    RollCall r(app);
    // Written straight into the store: the model has not seen it yet.
    app.core().database().call([&](store::DeviceStore& s) {
        sync::PullPage page;
        sync::Change c;
        const json change = attendance_change(7, "IZIN", "0001000000000000", "device-other");
        c.type = "attendance";
        c.id = change["id"];
        c.unit_id = kUnitId;
        c.version = change["version"];
        c.origin = change["origin"];
        c.data = change["data"];
        page.changes.push_back(c);
        page.cursor = "c1";
        return s.apply_pull_page(page, app.now_ms).ok();
    });
    CHECK(r.model.markRestPresent() == 12);
    settle(app.core());
    CHECK(stored_status(app, 7) == "IZIN");
    CHECK(stored_status(app, 8) == "HADIR");
    REQUIRE(wait_until([&] { return r.model.onLeave() == 1; }));
}

TEST_CASE("a correction of a recorded day shows in the history with both versions") {
    TestApp app;
    RollCall r(app);
    const int row = row_of(r.model, "Eko Prasetyo");
    r.model.markPresent(row);
    settle(app.core());
    app.now_ms += 3'600'000;
    REQUIRE(r.model.setStatus(row, "TERLAMBAT", 40, {}, "ban bocor"));
    settle(app.core());

    mobile::AttendanceHistoryModel history;
    QAbstractItemModelTester tester(&history);
    history.setCore(&app.core());
    history.setEmployeeId(QString::fromStdString(staff_id(5)));
    history.setDate("2026-11-23");
    REQUIRE(wait_until([&] { return history.rowCount() == 2; }));
    using H = mobile::AttendanceHistoryModel;
    CHECK(history.index(0).data(H::StatusLabelRole).toString() == "Terlambat");
    CHECK(history.index(0).data(H::DetailRole).toString() == "40 menit · ban bocor");
    CHECK(history.index(0).data(H::CurrentRole).toBool());
    CHECK(history.index(0).data(H::WhenRole).toString() == "Senin, 23 November 2026 10:00");
    CHECK(history.index(1).data(H::StatusLabelRole).toString() == "Hadir");
    CHECK(history.index(1).data(H::WhenRole).toString() == "Senin, 23 November 2026 09:00");
    CHECK(history.index(1).data(H::ByThisDeviceRole).toBool());
    CHECK(history.index(1).data(H::ByLabelRole).toString() == "Perangkat ini");
}

TEST_CASE("a second tap on Hadir makes no new version") {
    TestApp app;
    RollCall r(app);
    r.model.markPresent(0);
    settle(app.core());
    r.model.markPresent(0);
    settle(app.core());
    const auto versions = app.core().database().call(
        [&](store::DeviceStore& s) { return s.history("attendance", day_id(1)).size(); });
    CHECK(versions == 1);
}

TEST_CASE("search narrows the rows by name or by NIP, and clearing shows everyone") {
    TestApp app;
    RollCall r(app);
    r.model.setFilter("dewi");
    CHECK(r.model.rowCount() == 2);  // Dewi Anggraini, Kartika Dewi
    r.model.setFilter("1994 0510");
    REQUIRE(r.model.rowCount() == 1);
    CHECK(r.model.index(0).data(RollCallModel::NameRole).toString() == "Fitri Handayani");
    // A row intent acts on the row as shown.
    r.model.markPresent(0);
    settle(app.core());
    CHECK(stored_status(app, 6) == "HADIR");
    r.model.clearFilter();
    CHECK(r.model.rowCount() == 12);
    CHECK(r.model.present() == 1);  // counts are the whole day's, whatever the search
}

TEST_CASE("inactive staff and staff of other units are not on the roll, and rows go by name") {
    TestApp app;
    RollCall r(app);
    CHECK(row_of(r.model, "Maria Ulfa") == -1);
    CHECK(row_of(r.model, "Nur Aini") == -1);
    CHECK(row_of(r.model, "Oka Putra") == -1);
    CHECK(r.model.index(0).data(RollCallModel::NameRole).toString() == "Adi Nugroho");
    CHECK(r.model.index(11).data(RollCallModel::NameRole).toString() == "Lukman Hakim");
    CHECK(r.model.index(0).data(RollCallModel::NipRole).toString() == "198503122010011004");
    CHECK(r.model.index(0).data(RollCallModel::JabatanRole).toString() == "Dokter Ahli Pertama");
}

TEST_CASE("counts place each status by what the catalogue says it means") {
    TestApp app;
    RollCall r(app);
    CHECK(r.model.notRecorded() == 12);
    REQUIRE(r.model.setStatus(0, "HADIR", 0, {}, {}));
    REQUIRE(r.model.setStatus(1, "DINAS_LUAR", 0, {}, {}));
    REQUIRE(r.model.setStatus(2, "TERLAMBAT", 10, {}, {}));
    REQUIRE(r.model.setStatus(3, "PULANG_CEPAT", 30, {}, {}));
    REQUIRE(r.model.setStatus(4, "TANPA_KETERANGAN", 0, {}, {}));
    REQUIRE(r.model.setStatus(5, "SAKIT", 0, {}, {}));
    REQUIRE(r.model.setStatus(6, "CUTI", 0, "CUTI_SAKIT", {}));
    settle(app.core());
    CHECK(r.model.present() == 2);
    CHECK(r.model.late() == 2);
    CHECK(r.model.absent() == 1);
    CHECK(r.model.onLeave() == 2);
    CHECK(r.model.notRecorded() == 5);
    CHECK(r.model.index(4).data(RollCallModel::CategoryRole).toString() == "absent");
    CHECK_FALSE(r.model.index(4).data(RollCallModel::PresentRole).toBool());
}

TEST_CASE("another device's attendance shows after a pull") {
    TestApp app;
    RollCall r(app);
    app.pull({attendance_change(9, "DIKLAT", "0001000000000000", "device-other")});
    REQUIRE(wait_until([&] {
        return role(r.model, "Indah Sari", RollCallModel::StatusRole).toString() == "DIKLAT";
    }));
    CHECK(r.model.present() == 1);

    mobile::AttendanceHistoryModel history;
    history.setCore(&app.core());
    history.setEmployeeId(QString::fromStdString(staff_id(9)));
    history.setDate("2026-11-23");
    REQUIRE(wait_until([&] { return history.rowCount() == 1; }));
    CHECK(history.index(0).data(mobile::AttendanceHistoryModel::ByLabelRole).toString() ==
          "Perangkat lain");
}

TEST_CASE("another day is chosen by date, never after today, and loads its own records") {
    TestApp app;
    RollCall r(app);
    CHECK(r.model.date() == "2026-11-23");
    CHECK_FALSE(r.model.canGoForward());
    r.model.nextDay();
    CHECK(r.model.date() == "2026-11-23");
    r.model.setDate("2026-12-01");
    CHECK(r.model.date() == "2026-11-23");

    r.model.previousDay();
    CHECK(r.model.date() == "2026-11-22");
    CHECK(r.model.dateLabel() == "Minggu, 22 November 2026");
    REQUIRE(wait_until([&] { return !r.model.workingDay(); }));
    CHECK(r.model.canGoForward());
    r.model.setDate("2026-11-20");
    r.model.markPresent(row_of(r.model, "Joko Susilo"));
    settle(app.core());
    CHECK(stored(app, day_id(10, *Date::parse("2026-11-20"))));
    CHECK(r.model.present() == 1);

    r.model.showToday();
    REQUIRE(wait_until([&] { return r.model.present() == 0; }));
    CHECK(r.model.notRecorded() == 12);
}

TEST_CASE("recorded attendance survives an app restart") {
    TestApp app;
    {
        RollCall r(app);
        REQUIRE(r.model.setStatus(row_of(r.model, "Gita Permata"), "TERLAMBAT", 25, {}, {}));
        settle(app.core());
    }
    app.restart();
    RollCall r(app);
    REQUIRE(wait_until([&] { return r.model.late() == 1; }));
    CHECK(role(r.model, "Gita Permata", RollCallModel::MinutesRole).toInt() == 25);
}

TEST_CASE("the status choices are the catalogue's, and the chosen one says what it needs") {
    TestApp app;
    mobile::StatusChoiceModel choices;
    QAbstractItemModelTester tester(&choices);
    choices.setCore(&app.core());
    using C = mobile::StatusChoiceModel;
    REQUIRE(choices.rowCount() == static_cast<int>(attendance_status_catalogue().entries().size()));
    CHECK(choices.index(0).data(C::CodeRole).toString() == "HADIR");
    CHECK(choices.index(0).data(C::LabelRole).toString() == "Hadir");

    choices.setSelected("TERLAMBAT");
    CHECK(choices.needsMinutes());
    CHECK_FALSE(choices.needsLeaveKind());
    CHECK(choices.index(choices.selectedIndex()).data(C::SelectedRole).toBool());
    choices.setSelected("CUTI");
    CHECK(choices.needsLeaveKind());
    CHECK_FALSE(choices.needsMinutes());
    choices.setSelected("BOLOS");
    CHECK(choices.selected() == "CUTI");

    app.core().setLanguage("en");
    CHECK(choices.selectedLabel() == "On leave");
    app.core().setLanguage("id");
}

TEST_CASE("the leave kinds are offered with how long each may last") {
    TestApp app;
    mobile::StatusChoiceModel kinds;
    QAbstractItemModelTester tester(&kinds);
    kinds.setCore(&app.core());
    kinds.setKind(mobile::StatusChoiceModel::Kind::LeaveKinds);
    using C = mobile::StatusChoiceModel;
    REQUIRE(kinds.rowCount() == static_cast<int>(leave_kind_catalogue().entries().size()));
    CHECK(kinds.index(0).data(C::CodeRole).toString() == "CUTI_TAHUNAN");
    CHECK(kinds.index(0).data(C::DetailRole).toString().contains("12 hari kerja"));
    CHECK_FALSE(kinds.index(0).data(C::NeedsMinutesRole).toBool());
}

TEST_CASE(
    "the leave sheet states the carry-over of cuti tahunan and that cuti bersama is not deducted") {
    TestApp app;
    mobile::StatusChoiceModel kinds;
    kinds.setCore(&app.core());
    kinds.setKind(mobile::StatusChoiceModel::Kind::LeaveKinds);
    CHECK(kinds.selectedDetail().isEmpty());
    kinds.setSelected("CUTI_TAHUNAN");
    CHECK(kinds.selectedDetail().contains("paling banyak 6 hari"));
    CHECK(kinds.selectedDetail().contains("24 hari"));
    kinds.setSelected("CUTI_BERSAMA");
    CHECK(kinds.selectedDetail().contains("tidak mengurangi hak cuti tahunan"));
    app.core().setLanguage(QStringLiteral("en"));
    CHECK(kinds.selectedDetail().contains("does not reduce the annual leave"));
    CHECK(kinds.selectedDetail().contains("increased by the days not given"));
    app.core().setLanguage(QStringLiteral("id"));
}

TEST_CASE("a month central HR has closed shows why and whom to ask, and refuses a mark before it") {
    TestApp app;
    RollCall r(app);
    CHECK(r.model.closedText().isEmpty());
    app.pull_closed_period(LockKind::Attendance, "2026-11");
    REQUIRE(wait_until([&] { return !r.model.closedText().isEmpty(); }));
    CHECK(r.model.closedText().startsWith(
        QStringLiteral("Periode presensi 2026-11 sudah ditutup oleh BKPSDM")));
    CHECK(r.model.closedText().contains(QStringLiteral("minta BKPSDM membuka kembali")));

    r.model.markPresent(row_of(r.model, "Budi Santoso"));
    CHECK(r.model.errorText() == r.model.closedText());
    CHECK(r.model.markRestPresent() == 0);
    settle(app.core());
    CHECK_FALSE(stored(app, day_id(2)));
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.waiting_count(); }) == 0);

    // In English, the same notice in English.
    app.core().setLanguage(QStringLiteral("en"));
    REQUIRE(wait_until(
        [&] { return r.model.closedText().startsWith(QStringLiteral("The attendance")); }));
}

namespace {

json roster_change(int staff, json days) {
    return {{"type", "duty_roster"},
            {"id", duty_roster_id(kUnitId, staff_id(staff), 2026, 11)},
            {"unit_id", kUnitId},
            {"version", "0001000000000000"},
            {"origin", "device-other"},
            {"data",
             {{"employee_id", staff_id(staff)},
              {"month", "2026-11"},
              {"days", std::move(days)},
              {"recorded_at", "2026-11-01T01:00:00Z"}}}};
}

json six_day_unit() {
    return {{"type", "unit"},
            {"id", kUnitId},
            {"unit_id", kUnitId},
            {"version", "0002000000000000"},
            {"origin", "server"},
            {"data",
             {{"name", "Puskesmas Sukamaju"},
              {"kind", "PUSKESMAS"},
              {"timezone", "Asia/Jakarta"},
              {"work_weeks",
               {{{"from", "2026-11-01"}, {"days", {"MON", "TUE", "WED", "THU", "FRI", "SAT"}}}}}}}};
}

}  // namespace

TEST_CASE(
    "the roll call shows each rostered shift and expects nobody the roster gives the day off") {
    TestApp app;
    app.pull(
        {roster_change(1, {{"2026-11-23", "LIBUR"}}), roster_change(2, {{"2026-11-23", "MALAM"}})});
    RollCall r(app);
    REQUIRE(wait_until([&] { return r.model.notRecorded() == 11; }));
    CHECK_FALSE(role(r.model, "Adi Nugroho", RollCallModel::DueRole).toBool());
    CHECK(role(r.model, "Adi Nugroho", RollCallModel::ShiftLabelRole).toString() == "Libur jadwal");
    const QString second = r.model.index(1).data(RollCallModel::NameRole).toString();
    CHECK(role(r.model, second, RollCallModel::ShiftLabelRole).toString() == "Dinas malam");
    CHECK(role(r.model, second, RollCallModel::DueRole).toBool());

    // "The rest present" leaves the one off duty unrecorded.
    CHECK(r.model.markRestPresent() == 11);
    settle(app.core());
    CHECK_FALSE(stored(app, day_id(1)));
    CHECK(stored_status(app, 2) == "HADIR");
    CHECK(r.model.notRecorded() == 0);
}

TEST_CASE("a Saturday is a working day on the roll call of a unit that works six days") {
    TestApp app;
    RollCall r(app);
    r.model.setDate("2026-11-21");
    REQUIRE(wait_until([&] { return r.model.date() == "2026-11-21" && !r.model.workingDay(); }));
    app.pull({six_day_unit()});
    r.model.setDate("2026-11-20");
    r.model.setDate("2026-11-21");
    CHECK(wait_until([&] { return r.model.workingDay(); }));
    CHECK(r.model.notRecorded() == 12);
}

TEST_CASE("a day late and left early is set in one record and the row shows both minutes") {
    TestApp app;
    RollCall r(app);
    const int row = row_of(r.model, "Citra Lestari");
    CHECK(r.model.setStatus(row, "TERLAMBAT", 300, {}, {}, {}, 150));
    CHECK(r.model.errorText().isEmpty());
    settle(app.core());
    const auto record = stored(app, day_id(3));
    REQUIRE(record);
    CHECK(record->data["status"] == "TERLAMBAT");
    CHECK(record->data["minutes"] == 300);
    CHECK(record->data["early_minutes"] == 150);
    CHECK(check_record_data("attendance", record->data).empty());
    // What goes out in sync is the same record.
    const auto outbox =
        app.core().database().call([](store::DeviceStore& s) { return s.outbox(); });
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.front().change.data == record->data);
    Problems problems;
    const Attendance back = Attendance::from_json(outbox.front().change.data, problems);
    CHECK(problems.empty());
    CHECK(back.minutes == 300);
    CHECK(back.early_minutes == 150);
    CHECK(role(r.model, "Citra Lestari", RollCallModel::MinutesRole).toInt() == 300);
    CHECK(role(r.model, "Citra Lestari", RollCallModel::EarlyMinutesRole).toInt() == 150);

    // Saving the same again makes no new version; taking the early minutes away does.
    CHECK(r.model.setStatus(row, "TERLAMBAT", 300, {}, {}, {}, 150));
    settle(app.core());
    CHECK(app.core().database().call([&](store::DeviceStore& s) {
        return s.history("attendance", day_id(3)).size();
    }) == 1);
    app.now_ms += 60'000;
    CHECK(r.model.setStatus(row, "TERLAMBAT", 300, {}, {}, {}, 0));
    settle(app.core());
    CHECK_FALSE(stored(app, day_id(3))->data.contains("early_minutes"));
    CHECK(role(r.model, "Citra Lestari", RollCallModel::EarlyMinutesRole).toInt() == 0);
}

TEST_CASE("early-leave minutes beyond the day or on another status are not recorded") {
    TestApp app;
    RollCall r(app);
    const int row = row_of(r.model, "Citra Lestari");
    // Together beyond the day: refused with the shared rule's sentence.
    CHECK_FALSE(r.model.setStatus(row, "TERLAMBAT", 300, {}, {}, {}, 421));
    CHECK(r.model.errorText().contains(QString::number(Attendance::kMaxMinutes)));
    CHECK_FALSE(r.model.setStatus(row, "TERLAMBAT", 30, {}, {}, {}, Attendance::kMaxMinutes + 1));
    CHECK(r.model.errorText() == QStringLiteral("Menit pulang cepat paling banyak 720."));
    settle(app.core());
    CHECK_FALSE(stored(app, day_id(3)));
    // A status that does not record them drops them, as it drops other details.
    CHECK(r.model.setStatus(row, "PULANG_CEPAT", 30, {}, {}, {}, 45));
    settle(app.core());
    CHECK_FALSE(stored(app, day_id(3))->data.contains("early_minutes"));
}

TEST_CASE("only the late status offers early-leave minutes in the status sheet") {
    TestApp app;
    mobile::StatusChoiceModel choices;
    choices.setCore(&app.core());
    choices.setSelected("TERLAMBAT");
    CHECK(choices.recordsEarlyLeave());
    for (const char* other : {"HADIR", "PULANG_CEPAT", "CUTI", "TANPA_KETERANGAN"}) {
        choices.setSelected(other);
        CHECK_FALSE(choices.recordsEarlyLeave());
    }
}
