// Pushes a broken or hostile client can send, and what the server must do
// with each: tombstones carrying data, times far in the future, a step that
// would freeze a case, a version reused for other data, and rejection reasons
// that would tell a device what another unit holds.
#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "fixture.h"
#include "survey/survey_response.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

constexpr std::int64_t kYear9999 = 253'370'764'800'000;  // 9999-01-01T00:00:00Z
constexpr std::int64_t kHour = 3'600'000;

std::string new_id(const std::string& name) {
    return uuid_v5(kPantauNamespace, "hostile-push-test/" + name);
}

std::string case_in(Phone& phone, const std::string& unit, const std::string& employee,
                    const std::string& name) {
    const std::string id = new_id(name);
    const DisciplineCase c{employee, kNow - 2 * kHour, "4f", "RINGAN", "Terlambat", "INCIDENT"};
    const auto result =
        phone.push(record("discipline_case", id, unit, version_at(kNow), c.to_json()));
    INFO(result.dump());
    REQUIRE(result.at("status") == "applied");
    return id;
}

}  // namespace

TEST_CASE("a tombstone is stored without the data sent with it") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    auto c = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
    REQUIRE(a.push(c).at("status") == "applied");

    json tombstone = c.to_json();
    tombstone["origin"] = a.device;
    tombstone["version"] = version_at(kNow + 1000);
    tombstone["base"] = c.version;
    tombstone["deleted"] = true;
    // Another unit's employee, a field no record has, and a megabyte of text.
    tombstone["data"] = {
        {"employee_id", f.employee_b}, {"salary", 1'000'000}, {"note", std::string(1 << 20, 'x')}};
    REQUIRE(a.push_raw(tombstone).at("status") == "applied");

    f.store->read([&](ServerTransaction& tx) {
        const auto stored = tx.current("attendance", c.id);
        REQUIRE(stored);
        CHECK(stored->deleted);
        CHECK(stored->data == json::object());
    });
    // And a phone of the unit receives it so.
    Phone other(f, f.supervisor_a);
    bool seen = false;
    for (const auto& change : f.pull_all(other.token)) {
        if (change.at("id") != c.id)
            continue;
        seen = true;
        CHECK(change.at("deleted") == true);
        CHECK(change.at("data") == json::object());
    }
    CHECK(seen);
}

TEST_CASE("every date and time a record carries is bounded to one day after the server's date") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    const auto expect_rejected = [&](const sync::Change& change, const std::string& field) {
        const auto result = a.push(change);
        INFO(result.dump());
        CHECK(result.at("status") == "rejected");
        CHECK(result.value("reason", "").find(field) != std::string::npos);
    };

    SECTION("an attendance recorded in year 9999") {
        auto c = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
        c.data["recorded_at"] = format_timestamp(kYear9999);
        expect_rejected(c, "recorded_at");
    }
    SECTION("a case opened in year 9999") {
        const DisciplineCase c{f.employee_a, kYear9999, "4f", "RINGAN", "x", "INCIDENT"};
        expect_rejected(
            record("discipline_case", new_id("case-9999"), f.unit_a, version_at(kNow), c.to_json()),
            "opened_at");
    }
    SECTION("a step dated in year 9999, which would block every real step after it") {
        const auto id = case_in(a, f.unit_a, f.employee_a, "case-for-step");
        expect_rejected(
            record("discipline_event", new_id("step-9999"), f.unit_a, version_at(kNow + 1),
                   step(id, CaseState::REPORTED, kYear9999).to_json()),
            "at");
        // The case still takes its real first step.
        CHECK(a.push(record("discipline_event", new_id("step-real"), f.unit_a, version_at(kNow + 2),
                            step(id, CaseState::REPORTED, kNow - kHour).to_json()))
                  .at("status") == "applied");
    }
    SECTION("a letter dated in year 9999") {
        const auto id = case_in(a, f.unit_a, f.employee_a, "case-for-letter");
        auto reported = step(id, CaseState::REPORTED, kNow - kHour);
        reported.documents.push_back(
            {DocumentKind::OTHER, "800/12/2026", Date::from_ymd(9999, 1, 1)});
        expect_rejected(record("discipline_event", new_id("letter-9999"), f.unit_a,
                               version_at(kNow + 1), reported.to_json()),
                        "documents");
    }
    SECTION("a survey answer collected in year 9999") {
        SurveyResponse r;
        r.unit_id = f.unit_a;
        r.collected_at = kYear9999;
        r.scores = {4, 4, 4, 4, 4, 4, 4, 4, 4};
        expect_rejected(record("survey_response", new_id("survey-9999"), f.unit_a, version_at(kNow),
                               r.to_json()),
                        "collected_at");
    }
    SECTION("a time later today or tomorrow by the unit's clock is accepted") {
        // kNow is 09:00 WIB on 23 November; 20 hours on is 05:00 on the 24th.
        auto c = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
        c.data["recorded_at"] = format_timestamp(kNow + 20 * kHour);
        CHECK(a.push(c).at("status") == "applied");
        auto day_after =
            attendance(f.unit_a, f.employee_a2, "2026-11-23", "HADIR", version_at(kNow), "");
        day_after.data["recorded_at"] = format_timestamp(kNow + 40 * kHour);  // 01:00 on the 25th
        expect_rejected(day_after, "recorded_at");
    }
}

TEST_CASE("a step at the same time as the last one but with a lower version cannot freeze a case") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    Phone b(f, f.supervisor_a);
    const auto id = case_in(a, f.unit_a, f.employee_a, "case-frozen");
    const std::int64_t t = kNow - kHour;
    REQUIRE(a.push(record("discipline_event", new_id("reported"), f.unit_a, version_at(kNow + 50),
                          step(id, CaseState::REPORTED, t).to_json()))
                .at("status") == "applied");

    // Phone B, whose clock is behind, records the next step at the same moment.
    const auto behind =
        b.push(record("discipline_event", new_id("review-behind"), f.unit_a, version_at(kNow + 10),
                      step(id, CaseState::UNDER_REVIEW, t).to_json()));
    INFO(behind.dump());
    // Stored, it would sort before REPORTED: the server refuses it instead.
    CHECK(behind.at("status") == "rejected");

    // Every later real step still goes through, from either phone.
    CHECK(b.push(record("discipline_event", new_id("review"), f.unit_a, version_at(kNow + 60),
                        step(id, CaseState::UNDER_REVIEW, t + 1000).to_json()))
              .at("status") == "applied");
    CHECK(a.push(record("discipline_event", new_id("summons"), f.unit_a, version_at(kNow + 70),
                        step(id, CaseState::SUMMONED_1, t + 2000).to_json()))
              .at("status") == "applied");
}

TEST_CASE("a version sent again with other data is rejected, not silently dropped") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    auto c = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
    REQUIRE(a.push(c).at("status") == "applied");
    CHECK(a.push(c).at("status") == "applied");  // a plain retry

    auto other = c;
    other.data["status"] = "SAKIT";
    const auto result = a.push(other);
    INFO(result.dump());
    CHECK(result.at("status") == "rejected");
    CHECK(result.value("reason", "").find("version") != std::string::npos);
    f.store->read([&](ServerTransaction& tx) {
        CHECK(tx.current("attendance", c.id)->data.at("status") == "HADIR");
        CHECK(tx.rejections_after(0, 1000).size() == 1);
    });
}

TEST_CASE("a rejection reads the same whether the id exists in another unit or nowhere") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    Phone b(f, f.supervisor_b);
    const auto reason = [](const json& result) {
        CHECK(result.at("status") == "rejected");
        return result.value("reason", "");
    };

    SECTION("a record id") {
        auto theirs =
            attendance(f.unit_b, f.employee_b, "2026-11-23", "HADIR", version_at(kNow), "");
        REQUIRE(b.push(theirs).at("status") == "applied");
        auto taken =
            attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
        taken.id = theirs.id;
        auto nowhere =
            attendance(f.unit_b, f.employee_b, "2026-11-22", "HADIR", version_at(kNow), "");
        CHECK(reason(a.push(taken)) == reason(a.push(nowhere)));
    }
    SECTION("an employee id") {
        const auto elsewhere =
            attendance(f.unit_a, f.employee_b, "2026-11-23", "HADIR", version_at(kNow), "");
        const auto missing = attendance(f.unit_a, new_id("no-such-employee"), "2026-11-23", "HADIR",
                                        version_at(kNow), "");
        const auto r1 = reason(a.push(elsewhere));
        const auto r2 = reason(a.push(missing));
        // Each names the id it was sent, and says nothing more about it.
        CHECK(r1.substr(0, r1.find(f.employee_b)) ==
              r2.substr(0, r2.find(new_id("no-such-employee"))));
        CHECK(r1.substr(r1.find(f.employee_b) + f.employee_b.size()) ==
              r2.substr(r2.find(new_id("no-such-employee")) + new_id("no-such-employee").size()));
    }
    SECTION("a case id") {
        const auto their_case = case_in(b, f.unit_b, f.employee_b, "their-case");
        const auto r1 =
            reason(a.push(record("discipline_event", new_id("e1"), f.unit_a, version_at(kNow + 1),
                                 step(their_case, CaseState::REPORTED, kNow).to_json())));
        const auto missing = new_id("no-such-case");
        const auto r2 =
            reason(a.push(record("discipline_event", new_id("e2"), f.unit_a, version_at(kNow + 2),
                                 step(missing, CaseState::REPORTED, kNow).to_json())));
        CHECK(r1.substr(r1.find(their_case) + their_case.size()) ==
              r2.substr(r2.find(missing) + missing.size()));
    }
}

TEST_CASE("a refused change carries a machine code and its reason in Indonesian and English") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    // An employee of another unit.
    const auto outside =
        a.push(attendance(f.unit_a, f.employee_b, "2026-11-23", "HADIR", version_at(kNow), ""));
    INFO(outside.dump());
    CHECK(outside.at("status") == "rejected");
    CHECK(outside.at("code") == "unknown_employee");
    CHECK(outside.at("reason_id").get<std::string>().find("Tidak ada pegawai") !=
          std::string::npos);
    CHECK(outside.at("reason_en") == outside.at("reason"));  // `reason` stays for old apps

    // A domain rule's refusal, with the Indonesian sentence of its code.
    const auto id = case_in(a, f.unit_a, f.employee_a, "case-bilingual");
    const auto skipped =
        a.push(record("discipline_event", new_id("skip"), f.unit_a, version_at(kNow + 5),
                      step(id, CaseState::UNDER_REVIEW, kNow - kHour).to_json()));
    INFO(skipped.dump());
    CHECK(skipped.at("code") == "first_event_not_reported");
    CHECK(skipped.at("reason_id").get<std::string>().find("Langkah pertama") != std::string::npos);

    // A record's own checks, one problem each with its field.
    auto bad = attendance(f.unit_a, f.employee_a, "2026-11-23", "NGOPI", version_at(kNow), "");
    const auto unknown = a.push(bad);
    INFO(unknown.dump());
    CHECK(unknown.at("status") == "rejected");
    CHECK_FALSE(unknown.at("code").get<std::string>().empty());
    CHECK(unknown.at("reason_id") != unknown.at("reason_en"));

    // A lost race is answered the same way.
    Phone b(f, f.supervisor_a);
    auto first =
        attendance(f.unit_a, f.employee_a2, "2026-11-23", "HADIR", version_at(kNow + 9), "");
    REQUIRE(b.push(first).at("status") == "applied");
    auto older =
        attendance(f.unit_a, f.employee_a2, "2026-11-23", "SAKIT", version_at(kNow + 1), "");
    const auto lost = a.push(older);
    INFO(lost.dump());
    CHECK(lost.at("status") == "superseded");
    CHECK(lost.at("code") == "superseded");
    CHECK(lost.at("reason_id").get<std::string>().find("Versi yang lebih baru") !=
          std::string::npos);
}

TEST_CASE(
    "an integrator's zero minutes and empty fields on a present day are accepted and "
    "stored normalised") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    auto c = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
    c.data["minutes"] = 0;
    c.data["leave_kind"] = "";
    c.data["note"] = nullptr;
    c.data["location"] = nullptr;
    const auto result = a.push(c);
    INFO(result.dump());
    REQUIRE(result.at("status") == "applied");
    f.store->read([&](ServerTransaction& tx) {
        const auto stored = tx.current("attendance", c.id);
        REQUIRE(stored);
        CHECK_FALSE(stored->data.contains("minutes"));
        CHECK_FALSE(stored->data.contains("leave_kind"));
        CHECK_FALSE(stored->data.contains("note"));
        CHECK_FALSE(stored->data.contains("location"));
        CHECK(stored->data.at("status") == "HADIR");
    });
    // The same change sent again, as sent, is a retry and not "other data".
    CHECK(a.push(c).at("status") == "applied");
    auto with_null = c;
    with_null.data["minutes"] = nullptr;
    CHECK(a.push(with_null).at("status") == "applied");
    f.store->read([&](ServerTransaction& tx) { CHECK(tx.rejections_after(0, 1000).empty()); });

    // Zero minutes where minutes are due is still refused.
    auto late =
        attendance(f.unit_a, f.employee_a2, "2026-11-23", "TERLAMBAT", version_at(kNow), "");
    late.data["minutes"] = 0;
    CHECK(a.push(late).at("status") == "rejected");
}
