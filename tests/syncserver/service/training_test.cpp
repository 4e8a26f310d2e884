// The server's rules for competency development records (type "training")
// and for the training a DIKLAT day names, pushed through the router into the
// real SQLite store.
#include "training/training.h"

#include <catch2/catch.hpp>

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "fixture.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

Training course(const std::string& employee) {
    Training t;
    t.employee_id = employee;
    t.title = "Pelatihan Tata Laksana Gizi Buruk";
    t.kind = "KLASIKAL";
    t.organiser = "BPSDM Provinsi Jawa Barat";
    t.start_date = *Date::parse("2026-11-16");
    t.end_date = *Date::parse("2026-11-18");
    t.jp = 24;
    t.competency = "TEKNIS";
    return t;
}

struct Trainings {
    Fixture f;
    Phone a{f, f.supervisor_a};
    int serial = 0;

    std::string fresh_id() {
        return uuid_v5(kPantauNamespace, "training-test/" + std::to_string(++serial));
    }
    json push_training(const std::string& id, const Training& t,
                       const std::string& unit = std::string()) {
        return a.push(record("training", id, unit.empty() ? f.unit_a : unit,
                             version_at(f.now, static_cast<std::uint16_t>(++serial)), t.to_json()));
    }
    std::optional<sync::Change> stored(const std::string& type, const std::string& id) {
        std::optional<sync::Change> current;
        f.store->read([&](ServerTransaction& tx) { current = tx.current(type, id); });
        return current;
    }
    // A DIKLAT day of employee A on 2026-11-17 naming `training_id`.
    json push_diklat(const std::optional<std::string>& training_id) {
        auto change = attendance(f.unit_a, f.employee_a, "2026-11-17", "DIKLAT",
                                 version_at(f.now, static_cast<std::uint16_t>(++serial)), "");
        if (training_id)
            change.data["training_id"] = *training_id;
        return a.push(change);
    }
};

}  // namespace

TEST_CASE("a training of an employee of the unit is stored as sent") {
    Trainings t;
    const std::string id = t.fresh_id();
    const json result = t.push_training(id, course(t.f.employee_a));
    INFO(result.dump());
    CHECK(result.at("status") == "applied");
    const auto kept = t.stored("training", id);
    REQUIRE(kept);
    CHECK(kept->data == course(t.f.employee_a).to_json());

    SECTION("and may be corrected and deleted, as attendance may") {
        Training fixed = course(t.f.employee_a);
        fixed.jp = 18;
        auto change = record("training", id, t.f.unit_a, version_at(t.f.now, 900), fixed.to_json());
        change.base = kept->version;
        CHECK(t.a.push(change).at("status") == "applied");
        CHECK(t.stored("training", id)->data.at("jp") == 18);
        auto gone = record("training", id, t.f.unit_a, version_at(t.f.now, 901), fixed.to_json());
        gone.base = t.stored("training", id)->version;
        gone.deleted = true;
        CHECK(t.a.push(gone).at("status") == "applied");
        CHECK(t.stored("training", id)->deleted);
    }
}

TEST_CASE("a training of another unit's employee or of nobody is refused alike") {
    Trainings t;
    for (const std::string& employee :
         {t.f.employee_b, uuid_v5(kPantauNamespace, "training-test/nobody")}) {
        const std::string id = t.fresh_id();
        const json result = t.push_training(id, course(employee));
        INFO(result.dump());
        CHECK(result.at("status") == "rejected");
        CHECK(result.at("code") == "unknown_employee");
        CHECK(result.at("reason").get<std::string>().find("employee_id") != std::string::npos);
        CHECK_FALSE(result.at("reason_id").get<std::string>().empty());
        CHECK_FALSE(t.stored("training", id));
    }
}

TEST_CASE("a training in another unit's scope is refused") {
    Trainings t;
    const std::string id = t.fresh_id();
    const json result = t.push_training(id, course(t.f.employee_b), t.f.unit_b);
    INFO(result.dump());
    CHECK(result.at("status") == "rejected");
    CHECK_FALSE(t.stored("training", id));
}

TEST_CASE("a training that breaks its rules or ends after tomorrow is refused with its reason") {
    Trainings t;
    Training zero = course(t.f.employee_a);
    zero.jp = 0;
    json result = t.push_training(t.fresh_id(), zero);
    INFO(result.dump());
    CHECK(result.at("status") == "rejected");
    CHECK(result.at("code") == "out_of_range");

    Training backwards = course(t.f.employee_a);
    backwards.end_date = backwards.start_date.plus_days(-2);
    result = t.push_training(t.fresh_id(), backwards);
    CHECK(result.at("code") == "before_start");

    Training ahead = course(t.f.employee_a);  // the server's date is 2026-11-23
    ahead.start_date = *Date::parse("2026-11-23");
    ahead.end_date = *Date::parse("2026-11-25");
    result = t.push_training(t.fresh_id(), ahead);
    CHECK(result.at("status") == "rejected");
    CHECK(result.at("code") == "too_far_ahead");
    ahead.end_date = *Date::parse("2026-11-24");
    CHECK(t.push_training(t.fresh_id(), ahead).at("status") == "applied");
}

TEST_CASE("a DIKLAT day links a training of the same employee") {
    Trainings t;
    const std::string id = t.fresh_id();
    REQUIRE(t.push_training(id, course(t.f.employee_a)).at("status") == "applied");
    const json result = t.push_diklat(id);
    INFO(result.dump());
    CHECK(result.at("status") == "applied");
    CHECK(t.push_diklat(std::nullopt).at("status") == "applied");  // the link is optional
}

TEST_CASE("a DIKLAT day naming another employee's training, or none that exists, is refused") {
    Trainings t;
    const std::string theirs = t.fresh_id();
    REQUIRE(t.push_training(theirs, course(t.f.employee_a2)).at("status") == "applied");
    const std::string deleted = t.fresh_id();
    REQUIRE(t.push_training(deleted, course(t.f.employee_a)).at("status") == "applied");
    auto gone = record("training", deleted, t.f.unit_a, version_at(t.f.now, 999),
                       course(t.f.employee_a).to_json());
    gone.base = t.stored("training", deleted)->version;
    gone.deleted = true;
    REQUIRE(t.a.push(gone).at("status") == "applied");

    for (const std::string& training :
         {theirs, deleted, uuid_v5(kPantauNamespace, "training-test/never")}) {
        const json result = t.push_diklat(training);
        INFO(result.dump());
        CHECK(result.at("status") == "rejected");
        CHECK(result.at("code") == "unknown_training");
        CHECK(result.at("reason").get<std::string>().find("training_id") != std::string::npos);
        CHECK(result.at("reason_id").get<std::string>().find("pelatihan") != std::string::npos);
    }
    CHECK_FALSE(t.stored("attendance",
                         attendance_id(t.f.unit_a, t.f.employee_a, *Date::parse("2026-11-17"))));
}

TEST_CASE("a training link on a status that is no training day is refused by the record's check") {
    Trainings t;
    const std::string id = t.fresh_id();
    REQUIRE(t.push_training(id, course(t.f.employee_a)).at("status") == "applied");
    auto change =
        attendance(t.f.unit_a, t.f.employee_a, "2026-11-17", "HADIR", version_at(t.f.now, 77), "");
    change.data["training_id"] = id;
    const json result = t.a.push(change);
    INFO(result.dump());
    CHECK(result.at("status") == "rejected");
    CHECK(result.at("code") == "not_allowed");
}
