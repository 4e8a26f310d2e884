// The server's scope and cross-unit checks, for every record type a device
// may write, from one table: a type the table does not name fails the test,
// so a new record type cannot be added without its scope cases.
//
// Each type is pushed through the router into the real SQLite store, by the
// supervisor of unit A, in four ways: a valid record of its own unit (it must
// apply, or the rejections below prove nothing); a record of unit B, outside
// its scope; a record whose id is already stored under unit B; and a record
// of its own unit that names unit B's employee, case or unit.
#include <catch2/catch.hpp>
#include <functional>
#include <map>

#include "attendance/attendance.h"
#include "attendance/duty_roster.h"
#include "clock/uuid.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "fixture.h"
#include "records/record_types.h"
#include "survey/survey_response.h"
#include "training/training.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

// One unit as a device sees it: the unit, one of its employees, and its supervisor's phone.
struct Side {
    std::string unit;
    std::string employee;
    Phone phone;
};

struct Scope {
    Fixture f;
    Side a{f.unit_a, f.employee_a, Phone(f, f.supervisor_a)};
    Side b{f.unit_b, f.employee_b, Phone(f, f.supervisor_b)};
    int serial = 0;

    std::string fresh_id(const std::string& what) {
        return uuid_v5(kPantauNamespace, "scope-test/" + what + "/" + std::to_string(++serial));
    }

    std::optional<sync::Change> stored(const std::string& type, const std::string& id) {
        std::optional<sync::Change> current;
        f.store->read([&](ServerTransaction& tx) { current = tx.current(type, id); });
        return current;
    }

    // A discipline case of `named`'s employee, stored by `named`'s own phone,
    // with no step yet: a first step for it is valid.
    std::string stored_case(Side& named) {
        const std::string id = fresh_id("case");
        DisciplineCase c{named.employee, kNow - 3'600'000,     "4f",
                         "RINGAN",       "Terlambat berulang", "INCIDENT"};
        const auto result = named.phone.push(
            record("discipline_case", id, named.unit, version_at(f.now), c.to_json()));
        INFO(result.dump());
        REQUIRE(result.at("status") == "applied");
        return id;
    }
};

// A valid change of one type, stored under `unit` of `owner`, whose data
// names `named`'s employee (or case, or unit).
using Maker = std::function<sync::Change(Scope&, const Side& owner, Side& named)>;

sync::Change change_of(Scope& s, const std::string& type, const std::string& id, const Side& owner,
                       json data) {
    auto change = record(type, id, owner.unit, version_at(s.f.now), std::move(data));
    change.origin = owner.phone.device;
    return change;
}

const std::map<std::string, Maker>& makers() {
    static const std::map<std::string, Maker> table = {
        {"attendance",
         [](Scope& s, const Side& owner, Side& named) {
             // Each call a different day, so the record ids never meet by chance.
             const Date day = Date::parse("2026-11-01")->plus_days(s.serial++);
             Attendance a{named.employee, day,          "HADIR", std::nullopt,
                          std::nullopt,   std::nullopt, kNow,    std::nullopt};
             return change_of(s, "attendance", attendance_id(owner.unit, named.employee, day),
                              owner, a.to_json());
         }},
        {"duty_roster",
         [](Scope& s, const Side& owner, Side& named) {
             DutyRoster r;
             r.employee_id = named.employee;
             r.year = 2026;
             r.month = 1 + s.serial++ % 11;
             r.shifts = {{*Date::from_ymd(2026, r.month, 1), "PAGI"}};
             r.recorded_at = kNow;
             return change_of(s, "duty_roster",
                              duty_roster_id(owner.unit, named.employee, r.year, r.month), owner,
                              r.to_json());
         }},
        {"discipline_case",
         [](Scope& s, const Side& owner, Side& named) {
             DisciplineCase c{named.employee,
                              kNow - 3'600'000,
                              "4f",
                              "RINGAN",
                              "Tidak masuk kerja tanpa keterangan",
                              "INCIDENT"};
             return change_of(s, "discipline_case", s.fresh_id("case"), owner, c.to_json());
         }},
        {"discipline_event",
         [](Scope& s, const Side& owner, Side& named) {
             const auto e = step(s.stored_case(named), CaseState::REPORTED, kNow - 1'800'000);
             return change_of(s, "discipline_event", s.fresh_id("event"), owner, e.to_json());
         }},
        {"evaluation",
         [](Scope& s, const Side& owner, Side& named) {
             Evaluation e;
             e.employee_id = named.employee;
             e.period = "2026-0" + std::to_string(1 + s.serial++ % 9);
             return change_of(s, "evaluation", evaluation_id(named.employee, e.period), owner,
                              e.to_json());
         }},
        {"survey_response",
         [](Scope& s, const Side& owner, Side& named) {
             SurveyResponse r;
             r.unit_id = named.unit;
             r.collected_at = kNow - 600'000;
             r.scores = {4, 3, 4, 4, 3, 4, 4, 3, 4};
             return change_of(s, "survey_response", s.fresh_id("survey"), owner, r.to_json());
         }},
        {"training",
         [](Scope& s, const Side& owner, Side& named) {
             Training t;
             t.employee_id = named.employee;
             t.title = "Pelatihan Pencegahan dan Pengendalian Infeksi";
             t.kind = "E_LEARNING";
             t.organiser = "Kementerian Kesehatan";
             t.start_date = *Date::parse("2026-11-02");
             t.end_date = *Date::parse("2026-11-06");
             t.jp = 30;
             t.competency = "TEKNIS";
             return change_of(s, "training", s.fresh_id("training"), owner, t.to_json());
         }},
    };
    return table;
}

std::string reason_of(const json& result) {
    return result.value("reason", "");
}

}  // namespace

TEST_CASE("every record type a device may write has its scope cases in the table") {
    std::size_t writable = 0;
    for (const auto& type : record_types()) {
        if (type.device_right == DeviceRight::Read)
            continue;
        ++writable;
        INFO("record type " << type.name);
        CHECK(makers().contains(std::string(type.name)));
    }
    CHECK(makers().size() == writable);
}

TEST_CASE("the server keeps every record type inside the units of the device that sends it") {
    for (const auto& [type, make] : makers()) {
        DYNAMIC_SECTION(type) {
            Scope s;

            // Control: a valid record of the device's own unit applies.
            const auto own = make(s, s.a, s.a);
            const auto applied = s.a.phone.push(own);
            INFO(applied.dump());
            REQUIRE(applied.at("status") == "applied");
            REQUIRE(s.stored(type, own.id));

            // A record of another unit: outside the device's scope.
            const auto foreign = make(s, s.b, s.b);
            const auto outside = s.a.phone.push(foreign);
            INFO(outside.dump());
            CHECK(outside.at("status") == "rejected");
            CHECK(reason_of(outside).find("unit_id") != std::string::npos);
            CHECK_FALSE(s.stored(type, foreign.id));

            // An id already stored under another unit, sent again under the device's own unit.
            const auto theirs = make(s, s.b, s.b);
            REQUIRE(s.b.phone.push(theirs).at("status") == "applied");
            auto taken = make(s, s.a, s.a);
            taken.id = theirs.id;
            const auto moved = s.a.phone.push(taken);
            INFO(moved.dump());
            CHECK(moved.at("status") == "rejected");
            const auto kept = s.stored(type, theirs.id);
            REQUIRE(kept);
            CHECK(kept->unit_id == s.b.unit);
            CHECK(kept->origin == s.b.phone.device);
            CHECK(kept->data == theirs.data);

            // A record of the device's own unit naming another unit's employee, case or unit.
            const auto crossing = make(s, s.a, s.b);
            const auto named = s.a.phone.push(crossing);
            INFO(named.dump());
            CHECK(named.at("status") == "rejected");
            CHECK_FALSE(s.stored(type, crossing.id));
        }
    }
}

TEST_CASE("a cross-unit reference is rejected with the field that names it") {
    // Which field each type's cross-unit reference lives in.
    const std::map<std::string, std::string> field = {
        {"attendance", "employee_id"},   {"discipline_case", "employee_id"},
        {"discipline_event", "case_id"}, {"evaluation", "employee_id"},
        {"survey_response", "unit_id"},  {"duty_roster", "employee_id"},
        {"training", "employee_id"},
    };
    for (const auto& [type, make] : makers()) {
        DYNAMIC_SECTION(type) {
            REQUIRE(field.contains(type));
            Scope s;
            const auto answer = s.a.phone.push(make(s, s.a, s.b));
            INFO(answer.dump());
            CHECK(answer.at("status") == "rejected");
            CHECK(reason_of(answer).find(field.at(type)) != std::string::npos);
        }
    }
}

TEST_CASE("a read-only account's change of any type is refused and stores nothing") {
    for (const auto& [type, make] : makers()) {
        DYNAMIC_SECTION(type) {
            Scope s;
            Side hr{s.a.unit, s.a.employee, Phone(s.f, s.f.hr)};
            const auto change = make(s, hr, s.a);
            const auto answer = s.f.push(hr.phone.token, 1, {change.to_json()}, 403);
            CHECK(answer.at("error").at("code") == "read_only");
            CHECK_FALSE(s.stored(type, change.id));
        }
    }
}
