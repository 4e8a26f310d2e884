#include "discipline/discipline_event.h"

#include <catch2/catch.hpp>

#include "core/timestamp.h"

using namespace pantau;
using nlohmann::json;
using S = CaseState;

namespace {

const std::string kCase = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const std::string kEarlierEvent = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9";

DisciplineEvent event(CaseState step, const char* at = "2026-11-23T09:00:00+07:00") {
    DisciplineEvent e;
    e.case_id = kCase;
    e.step = step;
    e.at = *parse_timestamp(at);
    e.actor = "kepala.puskesmas@sukamaju";
    return e;
}

DisciplineEvent decided(const char* sanction) {
    auto e = event(S::DECIDED);
    e.sanction = sanction;
    e.documents = {{DocumentKind::SK_HUKUMAN, "800/123/BKPSDM/2026", Date::parse("2026-12-14")}};
    return e;
}

DisciplineEvent correction(CaseState step) {
    auto e = event(step);
    e.corrects = kEarlierEvent;
    e.note = "Nomor surat salah ketik.";
    return e;
}

// A case that goes the whole way: summoned twice, heard, decided, delivered, in force.
std::vector<DisciplineEvent> full_case() {
    auto summons = event(S::SUMMONED_1, "2026-11-24T10:00:00+07:00");
    summons.documents = {
        {DocumentKind::SURAT_PANGGILAN, "800/45/PKM/2026", Date::parse("2026-11-24")}};
    auto hearing = event(S::EXAMINED, "2026-12-08T09:00:00+07:00");
    hearing.documents = {{DocumentKind::BAP, "BAP/12/2026", Date::parse("2026-12-08")}};
    hearing.refused_to_sign = true;
    auto findings = event(S::FINDINGS, "2026-12-09T09:00:00+07:00");
    findings.documents = {{DocumentKind::LHP, "LHP/07/2026", std::nullopt}};
    return {event(S::REPORTED, "2026-11-20T08:00:00+07:00"),
            event(S::UNDER_REVIEW, "2026-11-23T08:00:00+07:00"),
            summons,
            event(S::SUMMONED_2, "2026-12-03T09:00:00+07:00"),
            hearing,
            findings,
            decided("R2"),
            event(S::DELIVERED, "2026-12-16T09:00:00+07:00"),
            event(S::IN_FORCE, "2026-12-30T09:00:00+07:00"),
            event(S::COMPLETED, "2027-01-04T09:00:00+07:00")};
}

}  // namespace

TEST_CASE("a discipline event survives a JSON round trip with every field set") {
    auto e = event(S::EXAMINED);
    e.documents = {{DocumentKind::BAP, "BAP/12/2026", Date::parse("2026-12-08")},
                   {DocumentKind::OTHER, "foto-1", std::nullopt}};
    e.note = "Pemeriksaan tertutup.";
    e.refused_to_sign = false;
    Problems problems;
    CHECK(DisciplineEvent::from_json(e.to_json(), problems) == e);
    CHECK(problems.empty());
    CHECK(e.validate().empty());
}

TEST_CASE("a decision and a correction survive a JSON round trip") {
    for (const auto& e : {decided("B3"), correction(S::SUMMONED_1)}) {
        Problems problems;
        CHECK(DisciplineEvent::from_json(e.to_json(), problems) == e);
        CHECK(problems.empty());
        CHECK(e.validate().empty());
    }
}

TEST_CASE("a discipline event reads from its protocol data") {
    const json j = {
        {"case_id", kCase},
        {"step", "SUMMONED_1"},
        {"at", "2026-11-24T10:00:00+07:00"},
        {"actor", "sekcam"},
        {"documents",
         {{{"kind", "SURAT_PANGGILAN"}, {"number", "800/45"}, {"date", "2026-11-24"}}}}};
    Problems problems;
    const auto e = DisciplineEvent::from_json(j, problems);
    CHECK(problems.empty());
    CHECK(e.step == S::SUMMONED_1);
    CHECK(e.at == *parse_timestamp("2026-11-24T03:00:00Z"));
    REQUIRE(e.documents.size() == 1);
    CHECK(e.documents[0].kind == DocumentKind::SURAT_PANGGILAN);
    CHECK(e.documents[0].date == Date::parse("2026-11-24"));
}

TEST_CASE("an event without documents reads as having none") {
    json j = event(S::UNDER_REVIEW).to_json();
    j.erase("documents");
    Problems problems;
    CHECK(DisciplineEvent::from_json(j, problems).documents.empty());
    CHECK(problems.empty());
}

TEST_CASE("unknown fields in an event or in its documents are refused") {
    json j = event(S::SUMMONED_1).to_json();
    j["where"] = "kantor";
    j["documents"] = {{{"kind", "BAP"}, {"number", "1"}, {"pages", 3}}};
    Problems problems;
    DisciplineEvent::from_json(j, problems);
    CHECK(has_problem(problems, "data.where"));
    CHECK(has_problem(problems, "data.documents[0].pages"));
    CHECK(problems.size() == 2);
}

TEST_CASE("wrong types and unknown codes in an event are refused") {
    const json j = {{"case_id", kCase},
                    {"step", "HEARD"},
                    {"at", 1764000000000},
                    {"actor", "x"},
                    {"documents", {{{"kind", "MEMO"}, {"number", 7}, {"date", "2026-13-01"}}}},
                    {"refused_to_sign", "yes"}};
    Problems problems;
    DisciplineEvent::from_json(j, problems);
    CHECK(has_problem(problems, "data.step"));
    CHECK(has_problem(problems, "data.at"));
    CHECK(has_problem(problems, "data.documents[0].kind"));
    CHECK(has_problem(problems, "data.documents[0].number"));
    CHECK(has_problem(problems, "data.documents[0].date"));
    CHECK(has_problem(problems, "data.refused_to_sign"));
}

TEST_CASE("a decision must name a sanction from the catalogue") {
    auto e = event(S::DECIDED);
    CHECK(has_code(e.validate(), "missing_field"));
    e.sanction = "R9";
    CHECK(has_code(e.validate(), "unknown_value"));
    e.sanction = "S2";
    CHECK(e.validate().empty());
    auto on_evidence = event(S::DECIDED_ON_EVIDENCE);
    CHECK(has_problem(on_evidence.validate(), "data.sanction"));
}

TEST_CASE("a sanction on a step that is not a decision is refused") {
    auto e = event(S::DELIVERED);
    e.sanction = "R1";
    const auto problems = e.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == "not_allowed");
}

TEST_CASE("a refusal to sign is recorded at the hearing only") {
    auto e = event(S::EXAMINED);
    e.refused_to_sign = true;
    CHECK(e.validate().empty());
    e.step = S::FINDINGS;
    CHECK(has_problem(e.validate(), "data.refused_to_sign"));
}

TEST_CASE("an event needs its case, an actor and numbered documents") {
    auto e = event(S::SUMMONED_1);
    e.case_id = "case-1";
    e.actor = " ";
    e.documents = {{DocumentKind::SURAT_PANGGILAN, "", std::nullopt},
                   {DocumentKind::OTHER, std::string(201, '1'), std::nullopt}};
    e.note = std::string(4001, 'n');
    const auto problems = e.validate();
    CHECK(has_problem(problems, "data.case_id"));
    CHECK(has_problem(problems, "data.actor"));
    CHECK(has_problem(problems, "data.documents[0].number"));
    CHECK(has_problem(problems, "data.documents[1].number"));
    CHECK(has_problem(problems, "data.note"));
    CHECK(problems.size() == 5);
}

TEST_CASE("a correction amends documents or the note and nothing else") {
    auto c = correction(S::DECIDED);
    CHECK(c.validate().empty());
    c.sanction = "R1";
    CHECK(has_problem(c.validate(), "data.sanction"));
    c.sanction.reset();
    c.refused_to_sign = true;
    CHECK(has_problem(c.validate(), "data.refused_to_sign"));
    c.refused_to_sign.reset();
    c.note.reset();
    CHECK(has_code(c.validate(), "empty_correction"));
    c.corrects = "not-a-uuid";
    CHECK(has_code(c.validate(), "invalid_uuid"));
}

TEST_CASE("document kinds convert to and from their codes") {
    for (auto k : {DocumentKind::SURAT_PANGGILAN, DocumentKind::BAP, DocumentKind::LHP,
                   DocumentKind::SK_HUKUMAN, DocumentKind::KEBERATAN, DocumentKind::OTHER})
        CHECK(document_kind_from_string(to_string(k)) == k);
    CHECK_FALSE(document_kind_from_string("bap"));
}

TEST_CASE("replaying a full case reaches COMPLETED") {
    auto result = replay_case(full_case());
    REQUIRE(result.ok());
    CHECK(*result == S::COMPLETED);
    CHECK(current_state(full_case()) == S::COMPLETED);
}

TEST_CASE("replaying stops at the state the last event entered") {
    auto events = full_case();
    events.resize(7);  // up to the decision
    CHECK(replay_case(events).value() == S::DECIDED);
    events.resize(3);
    CHECK(replay_case(events).value() == S::SUMMONED_1);
}

TEST_CASE("a case that is not proven closes") {
    auto events = full_case();
    events.resize(6);
    events.push_back(event(S::NOT_PROVEN));
    events.push_back(event(S::CLOSED));
    CHECK(replay_case(events).value() == S::CLOSED);
}

TEST_CASE("a case whose first event is not REPORTED is refused") {
    auto events = full_case();
    events.erase(events.begin());
    auto result = replay_case(events);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "first_event_not_reported");
    CHECK(result.error().message.find("UNDER_REVIEW") != std::string::npos);
}

TEST_CASE("a case cannot start with a correction") {
    auto first = correction(S::REPORTED);
    CHECK(replay_case({first}).error().code == "first_event_not_reported");
}

TEST_CASE("a case with no events has no state to replay") {
    CHECK(replay_case({}).error().code == "no_events");
    CHECK(current_state({}) == S::REPORTED);
}

TEST_CASE("replaying a skipped step names the event that broke the workflow") {
    std::vector<DisciplineEvent> events = {event(S::REPORTED), event(S::UNDER_REVIEW),
                                           event(S::EXAMINED)};
    auto result = replay_case(events);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "illegal_transition");
    CHECK(result.error().message.find("Event 2") != std::string::npos);
    CHECK(result.error().message.find("UNDER_REVIEW") != std::string::npos);
    CHECK(result.error().message.find("EXAMINED") != std::string::npos);
}

TEST_CASE("corrections do not move the case") {
    auto events = full_case();
    events.resize(4);  // at SUMMONED_2
    events.push_back(correction(S::SUMMONED_1));
    CHECK(replay_case(events).value() == S::SUMMONED_2);
    events.push_back(event(S::EXAMINED));
    CHECK(replay_case(events).value() == S::EXAMINED);
}

TEST_CASE("a correction of a step the case has not reached is refused") {
    auto events = full_case();
    events.resize(3);  // at SUMMONED_1
    events.push_back(correction(S::DECIDED));
    CHECK(replay_case(events).error().code == "correction_of_unknown_step");
}

TEST_CASE("an appeal is replayed only after a dismissal") {
    auto events = full_case();
    events.resize(8);  // delivered
    events.push_back(event(S::APPEAL));
    auto refused = replay_case(events);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == "appeal_not_allowed");

    events[6] = decided("B3");
    CHECK(replay_case(events).value() == S::APPEAL);
    events.push_back(event(S::IN_FORCE));
    CHECK(replay_case(events).value() == S::IN_FORCE);
}

TEST_CASE("a decision on the evidence after two missed hearings may be appealed if it dismisses") {
    auto on_evidence = event(S::DECIDED_ON_EVIDENCE);
    on_evidence.sanction = "B3";
    std::vector<DisciplineEvent> events = {
        event(S::REPORTED), event(S::UNDER_REVIEW), event(S::SUMMONED_1), event(S::SUMMONED_2),
        on_evidence,        event(S::DELIVERED),    event(S::APPEAL)};
    CHECK(replay_case(events).value() == S::APPEAL);
}

TEST_CASE("the displayed state skips events that do not fit instead of failing") {
    auto events = full_case();
    events.resize(3);                              // SUMMONED_1
    events.insert(events.begin() + 2, events[2]);  // the summons recorded twice, offline
    events.push_back(event(S::DELIVERED));         // out of place
    events.push_back(event(S::EXAMINED));
    CHECK_FALSE(replay_case(events).ok());
    CHECK(current_state(events) == S::EXAMINED);
}

TEST_CASE("a summons carries its letter date, the day served and the hearing date") {
    DisciplineEvent e = event(CaseState::SUMMONED_1);
    e.letter_date = Date::parse("2026-11-16");
    e.served_on = Date::parse("2026-11-17");
    e.hearing_on = Date::parse("2026-11-26");
    CHECK(e.validate().empty());
    Problems problems;
    CHECK(DisciplineEvent::from_json(e.to_json(), problems) == e);
    CHECK(problems.empty());

    auto early = e;
    early.served_on = Date::parse("2026-11-15");
    CHECK(has_code(early.validate(), "served_before_letter"));
    auto backwards = e;
    backwards.hearing_on = Date::parse("2026-11-17");
    CHECK(has_code(backwards.validate(), "hearing_before_service"));
}

TEST_CASE("a date is recorded only on the step it belongs to") {
    DisciplineEvent review = event(CaseState::UNDER_REVIEW);
    review.letter_date = Date::parse("2026-11-16");
    CHECK(has_problem(review.validate(), "data.letter_date"));
    DisciplineEvent decision = decided("R1");
    decision.letter_date = Date::parse("2026-11-16");
    CHECK(decision.validate().empty());
    decision.hearing_on = Date::parse("2026-11-16");
    CHECK(has_problem(decision.validate(), "data.hearing_on"));
    DisciplineEvent delivered = event(CaseState::DELIVERED);
    delivered.served_on = Date::parse("2026-11-20");
    CHECK(delivered.validate().empty());
    DisciplineEvent examined = event(CaseState::EXAMINED);
    examined.hearing_on = Date::parse("2026-11-20");
    CHECK(examined.validate().empty());
    examined.served_on = Date::parse("2026-11-20");
    CHECK(has_problem(examined.validate(), "data.served_on"));
}

TEST_CASE("a correction may bring only the day a summons was served") {
    DisciplineEvent c = correction(CaseState::SUMMONED_1);
    c.documents.clear();
    c.note.reset();
    CHECK(has_code(c.validate(), "empty_correction"));
    c.served_on = Date::parse("2026-11-19");
    CHECK(c.validate().empty());
}
