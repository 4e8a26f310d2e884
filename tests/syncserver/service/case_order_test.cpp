// The one order of a case's steps, seen from its three readers: the server's
// rule that admits a step, the export central HR reads, and the phone's case
// list and strict replay. Two steps at the same instant are where an order
// that breaks ties differently would show the case in two states.
#include <catch2/catch.hpp>

#include "case_summaries.h"
#include "discipline/discipline_case.h"
#include "fixture.h"
#include "service/export.h"
#include "sync/protocol.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

constexpr std::int64_t kMinute = 60'000;

CaseState exported_state(Fixture& f, const std::string& case_id) {
    ExportQuery query;
    query.type = ExportType::Discipline;
    query.format = ExportFormat::Json;
    std::optional<CaseState> state;
    f.store->read([&](ServerTransaction& tx) {
        const auto result = export_records(tx, query, std::nullopt);
        REQUIRE(result);
        const json body = json::parse(result->body);
        for (const auto& row : body.at("rows"))
            if (row.at("id") == case_id)
                state = case_state_from_string(row.at("state").get<std::string>());
    });
    REQUIRE(state);
    return *state;
}

}  // namespace

TEST_CASE(
    "two steps at the same instant leave the case in one state on the server, in the "
    "export and on the phone") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    const std::string case_id = "6f1c2a3b-0000-4000-8000-000000000100";
    const DisciplineCase c{f.employee_a, kNow - 2 * 60 * kMinute, "4f", "RINGAN", "Terlambat",
                           "INCIDENT"};
    REQUIRE(a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow), c.to_json()))
                .at("status") == "applied");
    REQUIRE(a.push(record("discipline_event", "6f1c2a3b-0000-4000-8000-000000000200", f.unit_a,
                          version_at(kNow + 1),
                          step(case_id, CaseState::REPORTED, kNow - 60 * kMinute).to_json()))
                .at("status") == "applied");

    // Review and first summons in the same millisecond (a fast hand, or a
    // clock of whole seconds). The summons is the later edit, but its id sorts
    // first: only the version puts the two in the order they were made.
    const std::int64_t same = kNow - 30 * kMinute;
    const std::string review_id = "6f1c2a3b-0000-4000-8000-00000000ff00";
    const std::string summons_id = "6f1c2a3b-0000-4000-8000-000000000300";
    REQUIRE(a.push(record("discipline_event", review_id, f.unit_a, version_at(kNow + 2),
                          step(case_id, CaseState::UNDER_REVIEW, same).to_json()))
                .at("status") == "applied");
    // The server's rule admits the summons at its place after the review.
    const json summons =
        a.push(record("discipline_event", summons_id, f.unit_a, version_at(kNow + 3),
                      step(case_id, CaseState::SUMMONED_1, same).to_json()));
    INFO(summons.dump());
    REQUIRE(summons.at("status") == "applied");

    // Central HR's export folds the case to the summons.
    CHECK(exported_state(f, case_id) == CaseState::SUMMONED_1);

    // The phone that pulls the same events folds it to the same state, and
    // its strict replay (what it checks before offering a next step) agrees.
    auto opened = store::DeviceStore::open(":memory:");
    REQUIRE(opened);
    store::DeviceStore phone = std::move(opened).value();
    Problems problems;
    const json answer = {{"changes", f.pull_all(a.token)}, {"cursor", "1"}, {"more", false}};
    auto page = sync::PullPage::from_json(answer, problems);
    REQUIRE(page);
    REQUIRE(phone.apply_pull_page(*page, f.now));
    const auto summaries = mobile::load_case_summaries(phone, f.unit_a, *Date::parse("2026-11-23"));
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].state == CaseState::SUMMONED_1);
    const auto events = mobile::load_case_events(phone, f.unit_a, case_id);
    REQUIRE(events.size() == 3);
    CHECK(events[1].id == review_id);
    CHECK(events[2].id == summons_id);
    const auto replayed = replay_case(steps_of(events));
    REQUIRE(replayed);
    CHECK(*replayed == CaseState::SUMMONED_1);
}
