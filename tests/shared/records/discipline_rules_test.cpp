// PPPK are judged by the instance's rules (PP 49/2018 Pasal 52), PNS by PP
// 94/2021: the articles, sanctions and absence bands follow the employee's
// kind, through one place (CatalogueSet::discipline_rules).
#include <catch2/catch.hpp>
#include <set>

#include "attendance/pp94_indication.h"
#include "records/catalogue_set.h"
#include "records/record_types.h"

using nlohmann::json;
using namespace pantau;

namespace {

Date d(const char* iso) {
    return *Date::parse(iso);
}

// Weekends only, so working days can be counted by hand.
const WorkCalendar& plain_calendar() {
    static const WorkCalendar calendar(std::vector<Date>{});
    return calendar;
}

// `n` days of TK on Mondays and Wednesdays of 2026, never two in a row.
std::vector<AttendanceDay> tk_spread(int n) {
    std::vector<AttendanceDay> days;
    for (int i = 0; i < n; ++i)
        days.push_back(
            {d("2026-01-05").plus_days(7 * (i / 2) + 2 * (i % 2)), "TANPA_KETERANGAN", 0});
    return days;
}

AbsenceIndication indication_of(EmployeeKind kind, const std::vector<AttendanceDay>& days) {
    const auto set = CatalogueSet::embedded();
    return indicate_absence(2026, days, plain_calendar(), set->discipline_rules(kind).thresholds,
                            set->attendance_statuses());
}

json step(CaseState state, std::int64_t at, std::optional<std::string> sanction = std::nullopt) {
    json j = {{"case_id", "00000000-0000-5000-8000-000000000001"},
              {"step", std::string(to_string(state))},
              {"at", "2026-03-0" + std::to_string(at) + "T02:00:00Z"},
              {"actor", "atasan"}};
    if (sanction)
        j["sanction"] = *sanction;
    return j;
}

std::vector<DisciplineEvent> decided_with(const std::string& sanction) {
    std::vector<DisciplineEvent> events;
    int at = 1;
    for (auto s : {CaseState::REPORTED, CaseState::UNDER_REVIEW, CaseState::SUMMONED_1,
                   CaseState::EXAMINED, CaseState::FINDINGS}) {
        Problems p;
        events.push_back(DisciplineEvent::from_json(step(s, at++), p));
    }
    Problems p;
    events.push_back(DisciplineEvent::from_json(step(CaseState::DECIDED, at, sanction), p));
    REQUIRE(p.empty());
    return events;
}

}  // namespace

TEST_CASE("the rules of a PNS are PP 94's and those of a PPPK the instance's") {
    const auto set = CatalogueSet::embedded();
    const auto pns = set->discipline_rules(EmployeeKind::PNS);
    CHECK(pns.rule_set.rule_set == "PP94");
    CHECK(&pns.sanctions == &set->pp94_sanctions());
    CHECK(&pns.articles == &set->pp94_articles());
    CHECK(&pns.thresholds == &set->pp94_absence_thresholds());
    const auto pppk = set->discipline_rules(EmployeeKind::PPPK);
    CHECK(pppk.rule_set.rule_set == "PPPK");
    CHECK(&pppk.sanctions == &set->pppk_sanctions());
    CHECK(&pppk.articles == &set->pppk_articles());
    CHECK(&pppk.thresholds == &set->pppk_absence_thresholds());
    // A case naming no rule set is one recorded before they travelled: PP 94.
    CHECK(&set->discipline_rules(std::nullopt)->sanctions == &set->pp94_sanctions());
    CHECK_FALSE(set->discipline_rules(std::optional<std::string>("INSTANCE")));
}

TEST_CASE("no PPPK sanction speaks of the civil service, and the heaviest ends the contract") {
    const auto set = CatalogueSet::embedded();
    for (const auto& s : set->pppk_sanctions().entries()) {
        CAPTURE(s.code);
        CHECK(s.description_id.find("PNS") == std::string::npos);
        CHECK(s.description_en.find("civil service") == std::string::npos);
    }
    const Sanction* heaviest_pppk = set->pppk_sanctions().find("PB1");
    REQUIRE(heaviest_pppk);
    CHECK(heaviest_pppk->level == SanctionLevel::BERAT);
    CHECK(heaviest_pppk->description_id.find("perjanjian kerja") != std::string::npos);
    CHECK(heaviest_pppk->appealable);
    CHECK(set->pppk_sanctions().entries().size() == 7);
}

TEST_CASE("every band of a rule set names a sanction of the same rule set") {
    const auto set = CatalogueSet::embedded();
    for (auto kind : {EmployeeKind::PNS, EmployeeKind::PPPK}) {
        const auto rules = set->discipline_rules(kind);
        CAPTURE(rules.rule_set.rule_set);
        for (const auto& band : rules.thresholds.cumulative())
            CHECK(rules.sanctions.find(band.sanction));
        CHECK(rules.sanctions.find(rules.thresholds.consecutive_sanction()));
    }
}

TEST_CASE("sanction codes are distinct across rule sets, so a decision's code names its rules") {
    const auto set = CatalogueSet::embedded();
    std::set<std::string> codes;
    for (const auto* sanctions : {&set->pp94_sanctions(), &set->pppk_sanctions()})
        for (const auto& s : sanctions->entries())
            CHECK(codes.insert(s.code).second);
    CHECK(set->find_sanction("B3") == set->pp94_sanctions().find("B3"));
    CHECK(set->find_sanction("PB1") == set->pppk_sanctions().find("PB1"));
    CHECK(set->find_sanction("X9") == nullptr);

    // An instance's replacement that takes a PP 94 code is refused.
    json entries = embedded_catalogue("pppk_sanctions").entries;
    json r1 = entries[0];
    r1["code"] = "R1";
    r1["severity"] = 10;
    entries.push_back(r1);
    const auto taken = check_catalogue_document({{"catalogue", "pppk_sanctions"},
                                                 {"version", "2027.1"},
                                                 {"source", "Perbup 1/2027"},
                                                 {"entries", entries}});
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == "code_taken");
    // Its own codes, reworded, are fine.
    json reworded = embedded_catalogue("pppk_sanctions").entries;
    reworded[0]["description_id"] = "Teguran lisan oleh atasan langsung";
    CHECK(check_catalogue_document({{"catalogue", "pppk_sanctions"},
                                    {"version", "2027.1"},
                                    {"source", "Perbup 1/2027"},
                                    {"entries", reworded}}));
}

TEST_CASE("the same days of absence indicate the sanction of each kind's rules") {
    // 20 days: the heaviest moderate sanction for both.
    CHECK(indication_of(EmployeeKind::PNS, tk_spread(20)).sanction == "S3");
    CHECK(indication_of(EmployeeKind::PPPK, tk_spread(20)).sanction == "PS3");
    // 21 days: a PNS is demoted (B1); a PPPK has no rank to lose.
    CHECK(indication_of(EmployeeKind::PNS, tk_spread(21)).sanction == "B1");
    CHECK(indication_of(EmployeeKind::PPPK, tk_spread(21)).sanction == "PS3");
    CHECK(indication_of(EmployeeKind::PPPK, tk_spread(27)).sanction == "PS3");
    // 28 days: dismissal of a PNS, the end of a PPPK's contract.
    CHECK(indication_of(EmployeeKind::PNS, tk_spread(28)).sanction == "B3");
    CHECK(indication_of(EmployeeKind::PPPK, tk_spread(28)).sanction == "PB1");
    // The lightest band starts at 3 days for both.
    CHECK_FALSE(indication_of(EmployeeKind::PPPK, tk_spread(2)).sanction);
    CHECK(indication_of(EmployeeKind::PPPK, tk_spread(3)).sanction == "PR1");
}

TEST_CASE("ten days in a row end a PPPK's contract and stop only a PNS's salary") {
    std::vector<AttendanceDay> days;
    for (Date day = d("2026-03-02"); day <= d("2026-03-13"); day = day.plus_days(1))
        days.push_back({day, "TANPA_KETERANGAN", 0});
    const auto pns = indication_of(EmployeeKind::PNS, days);
    const auto pppk = indication_of(EmployeeKind::PPPK, days);
    CHECK(pns.consecutive_sanction == "B3");
    CHECK(pppk.consecutive_sanction == "PB1");
    CHECK(pns.salary_stop_from == d("2026-04-01"));
    CHECK_FALSE(pppk.salary_stop_from);
}

TEST_CASE("a case is checked against the articles of the rule set it names") {
    json data = {{"employee_id", "00000000-0000-5000-8000-000000000002"},
                 {"opened_at", "2026-03-02T02:00:00Z"},
                 {"article", "4f"},
                 {"level_estimate", "RINGAN"},
                 {"summary", "Tidak masuk kerja"},
                 {"rule_set", "PPPK"}};
    CHECK(check_record_data("discipline_case", data).empty());
    data["rule_set"] = "PP94";
    CHECK(check_record_data("discipline_case", data).empty());
    data["rule_set"] = "INSTANCE";
    const auto unknown = check_record_data("discipline_case", data);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].field == "data.rule_set");
    data["rule_set"] = "PPPK";
    data["article"] = "9z";
    const auto article = check_record_data("discipline_case", data);
    REQUIRE(article.size() == 1);
    CHECK(article[0].field == "data.article");
}

TEST_CASE("a decision takes a sanction of its case's rules only") {
    const auto set = CatalogueSet::embedded();
    // Either rule set's code is a known sanction to the record check.
    CHECK(check_record_data("discipline_event", step(CaseState::DECIDED, 6, "PB1")).empty());
    CHECK(check_record_data("discipline_event", step(CaseState::DECIDED, 6, "B3")).empty());
    CHECK_FALSE(check_record_data("discipline_event", step(CaseState::DECIDED, 6, "X9")).empty());

    // Replayed with the case's rules, the other rule set's code is refused.
    const auto pppk_case = decided_with("PB1");
    CHECK(replay_case(pppk_case, set->pppk_sanctions()));
    const auto refused = replay_case(pppk_case, set->pp94_sanctions());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "sanction_not_in_rules");
    CHECK_FALSE(replay_case(decided_with("B3"), set->pppk_sanctions()));
    CHECK(&set->sanctions_of(pppk_case) == &set->pppk_sanctions());
    CHECK(&set->sanctions_of(decided_with("B3")) == &set->pp94_sanctions());
}

TEST_CASE("the end of a PPPK's contract is open to an administrative appeal") {
    const auto set = CatalogueSet::embedded();
    const CaseContext ended{"PB1"};
    CHECK(transition(CaseState::DELIVERED, CaseState::APPEAL, ended, set->pppk_sanctions()));
    const CaseContext cut{"PS3"};
    CHECK_FALSE(transition(CaseState::DELIVERED, CaseState::APPEAL, cut, set->pppk_sanctions()));
}
