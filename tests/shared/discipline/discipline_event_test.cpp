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

namespace {

DecidingOfficial official(const char* authority = "PPK") {
    return {"dr. Ratna Sari", std::string("197805122005012003"), "Kepala Dinas Kesehatan",
            authority};
}

}  // namespace

TEST_CASE("a decision records who decided, the proposal and the reason to differ") {
    auto d = decided("R3");
    d.decided_by = official("JPT_PRATAMA");
    d.proposed_sanction = "R2";
    d.deviation_reason = "Mengulangi setelah teguran tertulis tahun lalu.";
    CHECK(d.validate().empty());
    Problems problems;
    CHECK(DisciplineEvent::from_json(d.to_json(), problems) == d);
    CHECK(problems.empty());

    // An elected PPK has no NIP.
    auto bupati = d;
    bupati.decided_by->nip.reset();
    bupati.decided_by->authority = "PPK";
    CHECK(bupati.validate().empty());
    CHECK(DisciplineEvent::from_json(bupati.to_json(), problems) == bupati);
}

TEST_CASE("a decision that differs from the day count's proposal needs the reason") {
    auto d = decided("R3");
    d.proposed_sanction = "R2";
    CHECK(has_code(d.validate(), "deviation_reason_missing"));
    d.deviation_reason = "   ";
    CHECK(has_code(d.validate(), "deviation_reason_missing"));
    d.deviation_reason = "Berulang.";
    CHECK(d.validate().empty());
    auto same = decided("R2");
    same.proposed_sanction = "R2";
    CHECK(same.validate().empty());
    auto unknown = decided("R2");
    unknown.proposed_sanction = "Z9";
    CHECK(has_problem(unknown.validate(), "data.proposed_sanction"));
}

TEST_CASE(
    "the official who decided needs a name, a position, a known authority and an 18-digit NIP") {
    auto d = decided("R1");
    d.decided_by = official();
    d.decided_by->name = " ";
    CHECK(has_problem(d.validate(), "data.decided_by.name"));
    d.decided_by = official();
    d.decided_by->position = "";
    CHECK(has_problem(d.validate(), "data.decided_by.position"));
    d.decided_by = official("CAMAT_SAJA");
    CHECK(has_problem(d.validate(), "data.decided_by.authority"));
    d.decided_by = official();
    d.decided_by->nip = "19780512200501200";  // 17 digits
    CHECK(has_problem(d.validate(), "data.decided_by.nip"));
    d.decided_by->nip = "19780512200501200x";
    CHECK(has_problem(d.validate(), "data.decided_by.nip"));
    // Only a decision names who decided it.
    auto delivered = event(S::DELIVERED);
    delivered.decided_by = official();
    CHECK(has_problem(delivered.validate(), "data.decided_by"));
    json data = decided("R1").to_json();
    data["decided_by"] = {{"name", "x"}, {"position", "y"}, {"authority", "PPK"}, {"rank", "z"}};
    Problems problems;
    DisciplineEvent::from_json(data, problems);
    CHECK(has_problem(problems, "data.decided_by.rank"));
}

TEST_CASE("a close reason is recorded on closing only, an outcome on in force only") {
    auto closed = event(S::CLOSED);
    closed.close_reason = "WRONG_DATA";
    CHECK(closed.validate().empty());
    closed.close_reason = "wrong data";
    CHECK(has_problem(closed.validate(), "data.close_reason"));
    auto review = event(S::UNDER_REVIEW);
    review.close_reason = "WRONG_DATA";
    CHECK(has_problem(review.validate(), "data.close_reason"));

    auto upheld = event(S::IN_FORCE);
    upheld.outcome = "UPHELD";
    CHECK(upheld.validate().empty());
    upheld.sanction = "R1";
    CHECK(has_problem(upheld.validate(), "data.sanction"));
    auto reduced = event(S::IN_FORCE);
    reduced.outcome = "REDUCED";
    CHECK(has_code(reduced.validate(), "missing_field"));
    reduced.sanction = "S1";
    reduced.letter_date = Date::parse("2027-01-20");  // the decision on the objection
    CHECK(reduced.validate().empty());
    reduced.outcome = "HALVED";
    CHECK(has_problem(reduced.validate(), "data.outcome"));
    auto completed = event(S::COMPLETED);
    completed.outcome = "UPHELD";
    CHECK(has_problem(completed.validate(), "data.outcome"));
    // A correction brings none of them.
    auto c = correction(S::CLOSED);
    c.close_reason = "DEATH";
    CHECK(has_problem(c.validate(), "data.close_reason"));
}

TEST_CASE("an objection that reduces the sanction leaves the lighter one in force") {
    auto events = full_case();
    events.resize(8);  // delivered, R2
    auto objection = event(S::OBJECTION, "2026-12-18T09:00:00+07:00");
    objection.letter_date = Date::parse("2026-12-18");
    events.push_back(objection);
    auto reduced = event(S::IN_FORCE, "2027-01-15T09:00:00+07:00");
    reduced.outcome = "REDUCED";
    reduced.sanction = "R1";
    events.push_back(reduced);
    CHECK(replay_case(events).value() == S::IN_FORCE);
    CHECK(sanction_in_force(events, pp94_sanctions()) == "R1");

    events.back().sanction = "R3";  // heavier: not a reduction
    CHECK(replay_case(events).error().code == "outcome_sanction_mismatch");
    events.back().outcome = "INCREASED";
    CHECK(replay_case(events).value() == S::IN_FORCE);
    CHECK(sanction_in_force(events, pp94_sanctions()) == "R3");
}

TEST_CASE("an annulled sanction and a case closed early leave none in force") {
    auto events = full_case();
    events.resize(8);
    CHECK(sanction_in_force(events, pp94_sanctions()) == "R2");
    events.push_back(event(S::OBJECTION));
    auto annulled = event(S::CLOSED);
    annulled.close_reason = "ANNULLED";
    events.push_back(annulled);
    CHECK(replay_case(events).value() == S::CLOSED);
    CHECK_FALSE(sanction_in_force(events, pp94_sanctions()));

    // Leave recorded late: the indication was wrong, closed before any summons.
    auto wrong = event(S::CLOSED);
    wrong.close_reason = "WRONG_DATA";
    std::vector<DisciplineEvent> early = {event(S::REPORTED), wrong};
    CHECK(replay_case(early).value() == S::CLOSED);
    early = {event(S::REPORTED), event(S::UNDER_REVIEW), event(S::SUMMONED_1), wrong};
    CHECK(replay_case(early).error().code == "close_reason_not_allowed");
    early.back().close_reason = "RETIREMENT";
    CHECK(replay_case(early).value() == S::CLOSED);
    early.back().close_reason.reset();
    CHECK(replay_case(early).error().code == "close_reason_missing");
}

TEST_CASE("a dismissal is appealed, never objected to") {
    auto events = full_case();
    events.resize(8);
    events[6] = decided("B3");
    events.push_back(event(S::OBJECTION));
    CHECK(replay_case(events).error().code == "objection_not_allowed");
}
