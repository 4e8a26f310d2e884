#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "conflict_model.h"
#include "outbox_model.h"
#include "screen.h"
#include "settings_controller.h"
#include "sync/protocol.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using nlohmann::json;

namespace {

std::string day_id(const std::string& employee) {
    return attendance_id(kUnitId, employee, *Date::parse("2026-11-23"));
}

void mark(TestApp& app, const std::string& employee, const std::string& status) {
    const json data = {{"employee_id", employee},
                       {"date", "2026-11-23"},
                       {"status", status},
                       {"recorded_at", "2026-11-23T02:00:00Z"}};
    const auto done = app.core().database().call([&](store::DeviceStore& s) {
        return s.record({"attendance", day_id(employee), kUnitId, data}, app.now_ms).ok();
    });
    REQUIRE(done);
    app.core().notifyRecordsChanged({QStringLiteral("attendance")});
}

// The server answers the next batch, rejecting every change as `refusal` says.
void reject_next_batch(TestApp& app, const sync::ChangeResult& refusal) {
    const auto ok = app.core().database().call([&](store::DeviceStore& s) {
        auto batch = s.open_next_batch({});
        if (!batch || !*batch)
            return false;
        sync::PushResponse response;
        response.batch = (*batch)->number;
        for (const auto& c : (*batch)->changes) {
            sync::ChangeResult result = refusal;
            result.id = c.id;
            result.status = sync::ResultStatus::Rejected;
            response.results.push_back(result);
        }
        return s.apply_push_response(**batch, response, app.now_ms).ok();
    });
    REQUIRE(ok);
    app.core().notifyRecordsChanged({});
}

}  // namespace

TEST_CASE("the outbox lists waiting changes with whose record they are") {
    TestApp app;
    mobile::OutboxModel model;
    QAbstractItemModelTester tester(&model);
    model.setCore(&app.core());
    mark(app, staff_id(2), "HADIR");
    REQUIRE(wait_until([&] { return model.rowCount() == 1; }));
    const QModelIndex row = model.index(0);
    CHECK(row.data(mobile::OutboxModel::SummaryRole).toString().contains("Budi Santoso"));
    CHECK(row.data(mobile::OutboxModel::TypeLabelRole).toString() == QStringLiteral("Presensi"));
    CHECK_FALSE(row.data(mobile::OutboxModel::RejectedRole).toBool());
    CHECK(model.waitingCount() == 1);
}

TEST_CASE("a rejected change shows the reason and can be resent or discarded") {
    TestApp app;
    mobile::OutboxModel model;
    QAbstractItemModelTester tester(&model);
    model.setCore(&app.core());
    mark(app, staff_id(3), "SAKIT");
    sync::ChangeResult refusal;
    refusal.code = "unknown_employee";
    refusal.reason = "employee_id: there is no employee X in this unit";
    refusal.reason_en = refusal.reason;
    refusal.reason_id = "employee_id: Tidak ada pegawai X di unit ini.";
    reject_next_batch(app, refusal);
    REQUIRE(wait_until([&] { return model.rejectedCount() == 1; }));
    // The reason in the app's language: Indonesian first, English once chosen.
    CHECK(model.index(0).data(mobile::OutboxModel::ReasonRole).toString() ==
          QStringLiteral("employee_id: Tidak ada pegawai X di unit ini."));
    app.core().setLanguage(QStringLiteral("en"));
    REQUIRE(wait_until([&] {
        return model.index(0).data(mobile::OutboxModel::ReasonRole).toString() ==
               QStringLiteral("employee_id: there is no employee X in this unit");
    }));
    app.core().setLanguage(QStringLiteral("id"));
    REQUIRE(wait_until([&] {
        return model.index(0)
            .data(mobile::OutboxModel::ReasonRole)
            .toString()
            .startsWith(QStringLiteral("employee_id: Tidak"));
    }));
    CHECK(model.index(0).data(mobile::OutboxModel::FixPageRole).toString() ==
          QStringLiteral("RollCallPage"));

    SECTION("resending makes it a waiting change again") {
        model.resend(0);
        REQUIRE(
            wait_until([&] { return model.rejectedCount() == 0 && model.waitingCount() == 1; }));
        const auto status = app.core().database().call([&](store::DeviceStore& s) {
            return s.get("attendance", day_id(staff_id(3)))->data["status"].get<std::string>();
        });
        CHECK(status == "SAKIT");
    }
    SECTION("discarding drops it for good") {
        model.discard(0);
        REQUIRE(wait_until([&] { return model.rowCount() == 0; }));
        CHECK(app.core().database().call([](store::DeviceStore& s) { return s.outbox().size(); }) ==
              0);
    }
}

TEST_CASE("a reason from a server that sends English only is marked as such in Indonesian") {
    TestApp app;
    mobile::OutboxModel model;
    model.setCore(&app.core());
    mark(app, staff_id(3), "SAKIT");
    sync::ChangeResult old_server;
    old_server.reason = "employee_id: there is no employee X in this unit";
    reject_next_batch(app, old_server);
    REQUIRE(wait_until([&] { return model.rejectedCount() == 1; }));
    CHECK(model.index(0).data(mobile::OutboxModel::ReasonRole).toString() ==
          QStringLiteral("alasan hanya dikirim dalam bahasa Inggris (employee_id: there is no "
                         "employee X in this unit)"));
}

TEST_CASE("a conflict shows both versions, and keeping mine records it again") {
    TestApp app;
    mobile::ConflictModel model;
    QAbstractItemModelTester tester(&model);
    model.setCore(&app.core());
    mark(app, staff_id(4), "HADIR");
    app.pull({{{"type", "attendance"},
               {"id", day_id(staff_id(4))},
               {"unit_id", kUnitId},
               {"version", "7fffffffffff0000"},
               {"origin", "device-other"},
               {"data",
                {{"employee_id", staff_id(4)},
                 {"date", "2026-11-23"},
                 {"status", "SAKIT"},
                 {"recorded_at", "2026-11-23T02:00:00Z"}}}}});
    REQUIRE(wait_until([&] { return model.rowCount() == 1; }));
    CHECK(model.index(0).data(mobile::ConflictModel::MineRole).toString().contains("HADIR"));
    CHECK(model.index(0).data(mobile::ConflictModel::TheirsRole).toString().contains("SAKIT"));

    SECTION("accepting keeps the winner") {
        model.accept(0);
        REQUIRE(wait_until([&] { return model.rowCount() == 0; }));
        const auto status = app.core().database().call([&](store::DeviceStore& s) {
            return s.get("attendance", day_id(staff_id(4)))->data["status"].get<std::string>();
        });
        CHECK(status == "SAKIT");
    }
    SECTION("keeping mine makes the local version current again") {
        model.keepMine(0);
        REQUIRE(wait_until([&] { return model.rowCount() == 0; }));
        const auto status = app.core().database().call([&](store::DeviceStore& s) {
            return s.get("attendance", day_id(staff_id(4)))->data["status"].get<std::string>();
        });
        CHECK(status == "HADIR");
    }
}

TEST_CASE("sign-out is refused while changes are unsent, unless the loss is accepted") {
    TestApp app;
    mobile::SettingsController settings;
    settings.setCore(&app.core());
    mark(app, staff_id(5), "HADIR");
    CHECK_FALSE(settings.signOut(false));
    CHECK(app.core().enrolled());
    REQUIRE(wait_until([&] { return settings.unsent() == 1; }));
    CHECK(settings.signOutWarning().contains(QStringLiteral("HILANG")));
    CHECK(settings.signOut(true));
    CHECK_FALSE(app.core().enrolled());
}

TEST_CASE("sign-out with everything sent needs no confirmation of loss") {
    TestApp app;
    mobile::SettingsController settings;
    settings.setCore(&app.core());
    CHECK(settings.signOut(false));
    CHECK_FALSE(app.core().enrolled());
}

TEST_CASE("the sync page shows a rejected change and discards it after confirmation") {
    TestApp app;
    mark(app, staff_id(6), "HADIR");
    sync::ChangeResult refusal;
    refusal.code = "too_far_ahead";
    refusal.reason = "date: more than one day after the server's date";
    refusal.reason_id = "date: lebih dari satu hari setelah tanggal server";
    reject_next_batch(app, refusal);
    Screen screen(app.core(), QStringLiteral("SyncPage"));
    CHECK_NO_QML_WARNINGS(screen);
    QQuickItem* row = screen.item(QStringLiteral("rejectedRow"));
    REQUIRE(row != nullptr);
    screen.click(QStringLiteral("discardButton"));
    screen.click(QStringLiteral("confirmDiscardButton"));
    REQUIRE(wait_until([&] { return screen.find(QStringLiteral("rejectedRow")) == nullptr; }));
    CHECK(app.core().database().call([](store::DeviceStore& s) { return s.outbox().size(); }) == 0);
    CHECK_NO_QML_WARNINGS(screen);
}

TEST_CASE("signing out from the settings page returns to enrolment") {
    TestApp app;
    Screen screen(app.core(), QStringLiteral("SettingsPage"));
    CHECK_NO_QML_WARNINGS(screen);
    screen.click(QStringLiteral("signOutButton"));
    screen.click(QStringLiteral("confirmSignOutButton"));
    REQUIRE(wait_until([&] { return !app.core().enrolled(); }));
    REQUIRE(wait_until([&] { return screen.find(QStringLiteral("enrolButton")) != nullptr; }));
    CHECK_NO_QML_WARNINGS(screen);
}
