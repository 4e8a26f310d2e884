// A decision as the server takes it: who decided, the day count's proposal
// and the reason to differ (refused without one), an objection only where the
// sanction's route is keberatan, an early closure only for a reason that fits;
// and the case register, where HR and the inspectorate see the sanction in
// force, the remedy's window, the day it takes effect and each warning.
#include <catch2/catch.hpp>

#include "attendance/work_calendar.h"
#include "discipline/discipline_case.h"
#include "fixture.h"
#include "report/report.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

constexpr std::int64_t kMinute = 60'000;
const std::string kCase = "7a1c2a3b-0000-4000-8000-000000000300";

std::string event_id(int n) {
    return "7a1c2a3b-0000-4000-8000-0000000003" + std::string(n < 10 ? "0" : "") +
           std::to_string(n);
}

struct Decided {
    Fixture f;
    Phone a{f, f.supervisor_a};
    int n = 0;

    Decided() {
        const DisciplineCase c{f.employee_a,
                               kNow - 300 * kMinute,
                               "4f",
                               "RINGAN",
                               "Tidak masuk 11 hari tanpa keterangan",
                               "TK_INDICATION"};
        REQUIRE(a.push(record("discipline_case", kCase, f.unit_a, version_at(kNow), c.to_json()))
                    .at("status") == "applied");
        for (auto s : {CaseState::REPORTED, CaseState::UNDER_REVIEW, CaseState::SUMMONED_1,
                       CaseState::EXAMINED, CaseState::FINDINGS})
            REQUIRE(push(step(kCase, s, kNow - (200 - n) * kMinute)).at("status") == "applied");
    }

    json push(const DisciplineEvent& e) {
        ++n;
        return a.push(
            record("discipline_event", event_id(n), f.unit_a, version_at(kNow + n), e.to_json()));
    }

    DisciplineEvent decision(const char* sanction) {
        DisciplineEvent d = step(kCase, CaseState::DECIDED, kNow - 100 * kMinute);
        d.sanction = sanction;
        d.proposed_sanction = "S1";
        d.documents = {{DocumentKind::SK_HUKUMAN, "800/12/PKM/2026", std::nullopt}};
        d.decided_by = DecidingOfficial{"Budi Santoso", std::string("197001011995031001"),
                                        "Kepala Puskesmas", "KEPALA_PUSKESMAS"};
        return d;
    }

    json register_row() {
        const auto query = report_query(ReportKind::Discipline, {}, f.now);
        REQUIRE(query);
        std::optional<Result<Report>> report;
        f.store->read(
            [&](ServerTransaction& tx) { report.emplace(run_report(tx, *query, std::nullopt)); });
        REQUIRE(*report);
        REQUIRE((*report)->rows.size() == 1);
        return (*report)->rows[0];
    }
};

}  // namespace

TEST_CASE(
    "the server refuses a decision that differs from the day count's proposal without a reason") {
    Decided c;
    const json refused = c.push(c.decision("S2"));
    CHECK(refused.at("status") == "rejected");
    CHECK(refused.at("reason").get<std::string>().find("deviation_reason") != std::string::npos);

    auto explained = c.decision("S2");
    explained.deviation_reason = "Mengulangi pelanggaran yang sama.";
    REQUIRE(c.push(explained).at("status") == "applied");

    // The register shows what was decided, by whom, against what proposal,
    // and why it deserves a second look.
    const json row = c.register_row();
    CHECK(row["sanction"] == "S2");
    CHECK(row["proposed_sanction"] == "S1");
    CHECK(row["decided_by"] == "Budi Santoso (Kepala Puskesmas, KEPALA_PUSKESMAS)");
    CHECK(row["decree_number"] == "800/12/PKM/2026");
    CHECK(row["remedy"] == "KEBERATAN");
    const std::string warnings = row["warnings"].get<std::string>();
    CHECK(warnings.find("level_differs") != std::string::npos);
    CHECK(warnings.find("differs_from_proposal") != std::string::npos);
    CHECK(warnings.find("authority_subject_unknown") != std::string::npos);
}

TEST_CASE("the register gives the objection's last day and the day the sanction takes effect") {
    Decided c;
    REQUIRE(c.push(c.decision("S1")).at("status") == "applied");
    auto delivered = step(kCase, CaseState::DELIVERED, kNow - 50 * kMinute);
    delivered.served_on = Date::parse("2026-11-24");
    REQUIRE(c.push(delivered).at("status") == "applied");
    const json row = c.register_row();
    const Date last = embedded_work_calendar().add_working_days(*Date::parse("2026-11-24"), 14);
    CHECK(row["filing_last_day"] == last.iso());
    CHECK(row["effective_on"] == embedded_work_calendar().next_working_day(last).iso());
    // S1 is the proposal: only the moderate level against a light estimate
    // and the unknown position are said.
    CHECK(row["warnings"] == "authority_subject_unknown, level_differs");

    // Annulled on objection: nothing in force.
    REQUIRE(c.push(step(kCase, CaseState::OBJECTION, kNow - 40 * kMinute)).at("status") ==
            "applied");
    auto annulled = step(kCase, CaseState::CLOSED, kNow - 30 * kMinute);
    annulled.close_reason = "ANNULLED";
    REQUIRE(c.push(annulled).at("status") == "applied");
    const json closed = c.register_row();
    CHECK(closed["state"] == "CLOSED");
    CHECK(closed["sanction"].is_null());
    CHECK(closed["outcome"] == "ANNULLED");
    CHECK(closed["close_reason"] == "ANNULLED");
    CHECK(closed["effective_on"].is_null());
}

TEST_CASE(
    "the server takes an objection only against a sanction open to it, and closes early only for a "
    "fitting reason") {
    Decided c;
    auto dismissal = c.decision("B3");
    dismissal.deviation_reason = "Sepuluh hari berturut-turut.";
    REQUIRE(c.push(dismissal).at("status") == "applied");
    REQUIRE(c.push(step(kCase, CaseState::DELIVERED, kNow - 50 * kMinute)).at("status") ==
            "applied");
    const json objection = c.push(step(kCase, CaseState::OBJECTION, kNow - 40 * kMinute));
    CHECK(objection.at("status") == "rejected");
    CHECK(objection.at("code") == "objection_not_allowed");

    auto wrong_data = step(kCase, CaseState::CLOSED, kNow - 30 * kMinute);
    wrong_data.close_reason = "WRONG_DATA";
    const json late = c.push(wrong_data);
    CHECK(late.at("status") == "rejected");
    CHECK(late.at("code") == "close_reason_not_allowed");
    wrong_data.close_reason = "DEATH";
    CHECK(c.push(wrong_data).at("status") == "applied");
}
