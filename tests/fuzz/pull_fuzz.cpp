// A phone receiving a hostile pull page: the body is parsed as the app's HTTP
// client parses it (parse_json), handed to the sync engine as the answer to
// its pull, and applied to a device store holding the world's master data, a
// confirmed attendance and a local edit of it made while the pull was on its
// way. The app then reads what it stored: every record decoded with its
// type's from_json, a case's steps put in workflow order, the history, the
// conflicts and the outbox.
//
// Properties: nothing throws; the engine answers a page it cannot use with a
// stop, never by applying part of it; a page the engine accepts leaves its
// cursor stored; the same page applied again changes nothing; whatever the
// page's versions, the phone can still edit, after the edit's base and no
// later than the latest time it has seen.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "core/json_parse.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "discipline/event_order.h"
#include "evaluation/evaluation.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/world.h"
#include "org/employee.h"
#include "org/unit.h"
#include "records/record_types.h"
#include "store/device_store.h"
#include "survey/survey_response.h"
#include "sync/engine.h"
#include "training/training.h"

namespace {

using namespace pantau;
using namespace pantau::fuzz;
using nlohmann::json;

template <typename T>
T must(Result<T> result, std::string_view what) {
    if (!result)
        fail(std::string(what) + ": " + result.error().code + " " + result.error().message);
    return std::move(*result);
}

void must(Result<void> result, std::string_view what) {
    if (!result)
        fail(std::string(what) + ": " + result.error().code + " " + result.error().message);
}

sync::Change server_record(std::string type, std::string_view id, std::string_view unit,
                           std::uint16_t counter, json data) {
    return {std::move(type),
            std::string(id),
            std::string(unit),
            Hlc(static_cast<std::uint64_t>(kNow - 3'600'000), counter).to_string(),
            std::nullopt,
            "server",
            false,
            std::move(data)};
}

const Date kToday = *Date::parse("2026-11-23");

void validate_as_the_app_does(store::DeviceStore& phone) {
    phone.set_validator(
        [](const std::string& type, const json& data) { return check_record_data(type, data); });
}

// The phone of the supervisor of unit A after its first sync.
store::DeviceStore first_synced_phone() {
    auto phone = must(store::DeviceStore::open(":memory:", sqlite::Durability::Normal),
                      "open the device store");
    validate_as_the_app_does(phone);
    must(phone.set_device_id(std::string(kSupervisorADevice)), "set the device id");
    sync::PullPage first;
    first.cursor = "c1";
    first.changes = {
        server_record(
            "unit", kUnitA, kUnitA, 1,
            Unit{"UPT Puskesmas Sukamaju", "PUSKESMAS", std::string(kDinas), "Asia/Jakarta"}
                .to_json()),
        server_record("employee", kEmployeeA, kUnitA, 2,
                      Employee{"198503122010012003", "Siti Rahmawati", EmployeeKind::PNS, "III/c",
                               "Perawat Ahli Muda", std::nullopt, std::string(kUnitA), true}
                          .to_json()),
        server_record("attendance", attendance_id(kUnitA, kEmployeeA2, kToday), kUnitA, 3,
                      Attendance{std::string(kEmployeeA2), kToday, "HADIR", std::nullopt,
                                 std::nullopt, std::nullopt, kNow - 3'600'000, std::nullopt}
                          .to_json()),
    };
    must(phone.apply_pull_page(first, kNow - 3'600'000), "apply the first page");
    return phone;
}

// A fresh copy of that phone for each input: copying the database is much
// cheaper than creating and migrating one.
store::DeviceStore enrolled_phone() {
    static auto first = first_synced_phone();
    auto db = sqlite::Database::open(":memory:");
    sqlite3_backup* copy =
        sqlite3_backup_init(db.handle(), "main", first.database().handle(), "main");
    require(copy != nullptr, "start copying the phone's database");
    const int stepped = sqlite3_backup_step(copy, -1);
    require(sqlite3_backup_finish(copy) == SQLITE_OK && stepped == SQLITE_DONE,
            "copy the phone's database");
    auto phone = must(store::DeviceStore::attach(std::move(db)), "attach the copy");
    validate_as_the_app_does(phone);
    return phone;
}

template <typename Record>
void decode(const store::StoredRecord& stored) {
    Problems ignored;
    (void)Record::from_json(stored.data, ignored);
}

void read_back(store::DeviceStore& phone) {
    for (const auto& type : record_types()) {
        std::vector<OrderedEvent> events;
        for (const auto& stored : phone.list(std::string(type.name))) {
            if (type.name == "unit")
                decode<Unit>(stored);
            else if (type.name == "employee")
                decode<Employee>(stored);
            else if (type.name == "attendance")
                decode<Attendance>(stored);
            else if (type.name == "discipline_case")
                decode<DisciplineCase>(stored);
            else if (type.name == "evaluation")
                decode<Evaluation>(stored);
            else if (type.name == "survey_response")
                decode<SurveyResponse>(stored);
            else if (type.name == "training")
                decode<Training>(stored);
            else if (type.name == "discipline_event") {
                Problems problems;
                auto event = DisciplineEvent::from_json(stored.data, problems);
                if (problems.empty())
                    events.push_back({stored.id, stored.version, std::move(event)});
            }
            (void)phone.history(stored.type, stored.id);
        }
        order_events(events);
        for (std::size_t i = 1; i < events.size(); ++i)
            require(!comes_before(events[i], events[i - 1]), "ordered steps stay in order");
    }
    (void)phone.conflicts(false);
    (void)phone.outbox();
    (void)phone.attendance_of_day(std::string(kUnitA), kToday);
}

// What the phone shows: every record, as the app lists them, and the conflicts.
std::vector<std::string> snapshot(store::DeviceStore& phone) {
    std::vector<std::string> shown;
    for (const auto& type : record_types())
        for (const auto& r : phone.list(std::string(type.name)))
            shown.push_back(r.type + " " + r.id + " " + r.version + " " + r.origin + " " +
                            std::to_string(r.deleted) + " " + r.data.dump());
    for (const auto& c : phone.conflicts(false))
        shown.push_back("conflict " + c.record_id + " " + c.remote_version);
    return shown;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto phone = enrolled_phone();
    sync::SyncEngine engine(phone);
    const auto asked = engine.handle(sync::SyncRequested{kNow});
    require(std::holds_alternative<sync::SendPull>(asked), "a phone with nothing to send pulls");

    // The supervisor corrects today's roll call while the page is on its way.
    must(
        phone.record({"attendance", attendance_id(kUnitA, kEmployeeA2, kToday), std::string(kUnitA),
                      Attendance{std::string(kEmployeeA2), kToday, "TERLAMBAT", 15, std::nullopt,
                                 std::nullopt, kNow, std::nullopt}
                          .to_json()},
                     kNow),
        "record a local edit");

    auto body = parse_json(as_text(data, size));
    if (!body)
        return 0;  // the app's client treats it as a failed request
    const auto cursor_before = must(phone.pull_cursor(), "read the cursor");
    const auto sent = body->is_object() ? body->find("cursor") : body->end();
    const std::string sent_cursor =
        sent != body->end() && sent->is_string() ? sent->get<std::string>() : "";
    Problems problems;
    const auto page = sync::PullPage::from_json(*body, problems);
    const auto answer = engine.handle(sync::PullAnswered{kNow, std::move(*body)});
    const auto cursor_after = must(phone.pull_cursor(), "read the cursor");
    if (std::getenv("PANTAU_FUZZ_TRACE")) {  // how far a seed gets
        const auto* stopped = std::get_if<sync::Stopped>(&answer);
        std::fprintf(stderr, "  %s: %d received, %d conflicts\n",
                     stopped ? stopped->message.c_str() : "applied",
                     engine.report().pulled.received, engine.report().pulled.conflicts);
    }
    if (std::holds_alternative<sync::Stopped>(answer))
        require(cursor_after == cursor_before, "a page the phone refuses moves no cursor");
    else
        require(cursor_after == sent_cursor, "a page the phone takes stores its cursor");
    read_back(phone);

    // A page can come twice (the answer to a retried pull): the second time
    // it changes nothing.
    if (page && !std::holds_alternative<sync::Stopped>(answer)) {
        const auto before = snapshot(phone);
        const auto again = must(phone.apply_pull_page(*page, kNow + 1000), "apply the page again");
        require(again.conflicts == 0, "a page applied again finds no new conflict");
        require(snapshot(phone) == before, "a page applied again changes no record");
    }

    // The phone adopts the server's versions even when its own clock is far
    // behind, so its next edit beats what it has seen; but the clock keeps
    // room for it: the edit is stamped after its base and no later than the
    // latest time the phone has seen, its own or a page's.
    constexpr std::int64_t kLater = kNow + 1000;
    std::uint64_t latest = kLater;
    if (page && !std::holds_alternative<sync::Stopped>(answer))
        for (const auto& c : page->changes)
            if (const auto v = Hlc::parse(c.version))
                latest = std::max(latest, v->millis());
    auto next =
        phone.record({"attendance", attendance_id(kUnitA, kEmployeeA2, kToday), std::string(kUnitA),
                      Attendance{std::string(kEmployeeA2), kToday, "HADIR", std::nullopt,
                                 std::nullopt, std::nullopt, kLater, std::nullopt}
                          .to_json()},
                     kLater);
    require(static_cast<bool>(next), "the phone can still edit after any page");
    const auto stamped = Hlc::parse(next->version);
    require(stamped && stamped->millis() <= latest + 1,
            "the next local edit is stamped no later than the latest time seen");
    require(next->base && *next->base < next->version, "the next local edit is after its base");
    return 0;
}
