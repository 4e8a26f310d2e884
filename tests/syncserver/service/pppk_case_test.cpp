// A PPPK's case is judged by the instance's rules (PP 49/2018 Pasal 52), not
// PP 94's: the server takes a case only under the rule set of the employee's
// kind and a decision only with a sanction of that rule set.
#include <catch2/catch.hpp>

#include "discipline/discipline_case.h"
#include "fixture.h"
#include "service/export.h"
#include "service/master_data.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;
using nlohmann::json;

namespace {

constexpr std::int64_t kMinute = 60'000;

std::string add_pppk(Fixture& f) {
    std::string id;
    f.store->write([&](ServerTransaction& tx) {
        id = must(put_employee(tx,
                               Employee{"199107152021211001", "Yusuf Maulana", EmployeeKind::PPPK,
                                        "IX", "Perawat Ahli Pertama", std::nullopt, f.unit_a, true},
                               f.now));
    });
    return id;
}

json case_data(const std::string& employee, std::optional<std::string> rule_set) {
    DisciplineCase c{employee, kNow - 3 * 60 * kMinute, "4f",
                     "SEDANG", "Tidak masuk 12 hari",   "TK_INDICATION"};
    c.rule_set = std::move(rule_set);
    return c.to_json();
}

std::string event_id(int n) {
    return "7a1c2a3b-0000-4000-8000-0000000002" + std::string(n < 10 ? "0" : "") +
           std::to_string(n);
}

// Pushes the steps up to FINDINGS of a stored case; returns the next event number.
int to_findings(Phone& phone, Fixture& f, const std::string& case_id) {
    int n = 0;
    for (auto s : {CaseState::REPORTED, CaseState::UNDER_REVIEW, CaseState::SUMMONED_1,
                   CaseState::EXAMINED, CaseState::FINDINGS}) {
        ++n;
        const json result =
            phone.push(record("discipline_event", event_id(n), f.unit_a, version_at(kNow + n),
                              step(case_id, s, kNow - (60 - n) * kMinute).to_json()));
        INFO(result.dump());
        REQUIRE(result.at("status") == "applied");
    }
    return n + 1;
}

json decide(Phone& phone, Fixture& f, const std::string& case_id, int n,
            const std::string& sanction) {
    DisciplineEvent decision = step(case_id, CaseState::DECIDED, kNow - 10 * kMinute);
    decision.sanction = sanction;
    return phone.push(record("discipline_event", event_id(n), f.unit_a, version_at(kNow + n),
                             decision.to_json()));
}

}  // namespace

TEST_CASE("a PPPK's case is taken only under the instance's rules") {
    Fixture f;
    const std::string pppk = add_pppk(f);
    Phone a(f, f.supervisor_a);
    const std::string case_id = "7a1c2a3b-0000-4000-8000-000000000100";

    SECTION("naming no rule set, as an older app does, is judging a PPPK as PNS: refused") {
        const json result = a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                                          case_data(pppk, std::nullopt)));
        CHECK(result.at("status") == "rejected");
        CHECK(result.at("code") == "wrong_rule_set");
        CHECK(result.at("reason").get<std::string>().find("rule_set") != std::string::npos);
    }
    SECTION("naming PP 94 for a PPPK is refused") {
        const json result = a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                                          case_data(pppk, "PP94")));
        CHECK(result.at("code") == "wrong_rule_set");
    }
    SECTION("naming the PPPK rules for a PNS is refused") {
        const json result = a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                                          case_data(f.employee_a, "PPPK")));
        CHECK(result.at("code") == "wrong_rule_set");
    }
    SECTION("a PNS case naming none or PP 94 is taken") {
        CHECK(a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                            case_data(f.employee_a, std::nullopt)))
                  .at("status") == "applied");
        CHECK(a.push(record("discipline_case", "7a1c2a3b-0000-4000-8000-000000000101", f.unit_a,
                            version_at(kNow + 1), case_data(f.employee_a, "PP94")))
                  .at("status") == "applied");
    }
    SECTION("an unknown rule set is refused by the record check") {
        const json result = a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                                          case_data(pppk, "INSTANCE")));
        CHECK(result.at("status") == "rejected");
        CHECK(result.at("reason").get<std::string>().find("rule_set") != std::string::npos);
    }
}

TEST_CASE("a PPPK case is decided with the instance's sanctions, and its rules never change") {
    Fixture f;
    const std::string pppk = add_pppk(f);
    Phone a(f, f.supervisor_a);
    const std::string case_id = "7a1c2a3b-0000-4000-8000-000000000100";
    REQUIRE(a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                          case_data(pppk, "PPPK")))
                .at("status") == "applied");
    const int n = to_findings(a, f, case_id);

    // The PNS dismissal is not a sanction of a PPPK.
    const json pns_sanction = decide(a, f, case_id, n, "B3");
    CHECK(pns_sanction.at("status") == "rejected");
    CHECK(pns_sanction.at("code") == "sanction_not_in_rules");
    // Moving the case under PP 94 is refused too.
    const json moved = a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow + 20),
                                     case_data(pppk, std::nullopt)));
    CHECK(moved.at("status") == "rejected");

    const json ended = decide(a, f, case_id, n + 1, "PS2");
    INFO(ended.dump());
    CHECK(ended.at("status") == "applied");

    // Central HR's export names the rules and the state they lead to.
    ExportQuery query;
    query.type = ExportType::Discipline;
    query.format = ExportFormat::Json;
    f.store->read([&](ServerTransaction& tx) {
        const auto result = export_records(tx, query, std::nullopt);
        REQUIRE(result);
        const json body = json::parse(result->body);
        REQUIRE(body.at("rows").size() == 1);
        const json& row = body.at("rows")[0];
        CHECK(row.at("rule_set") == "PPPK");
        CHECK(row.at("sanction") == "PS2");
        CHECK(row.at("state") == "DECIDED");
    });
}

TEST_CASE("a PNS case is not decided with a PPPK sanction") {
    Fixture f;
    Phone a(f, f.supervisor_a);
    const std::string case_id = "7a1c2a3b-0000-4000-8000-000000000100";
    REQUIRE(a.push(record("discipline_case", case_id, f.unit_a, version_at(kNow),
                          case_data(f.employee_a, "PP94")))
                .at("status") == "applied");
    const int n = to_findings(a, f, case_id);
    CHECK(decide(a, f, case_id, n, "PB1").at("code") == "sanction_not_in_rules");
    CHECK(decide(a, f, case_id, n + 1, "S1").at("status") == "applied");
}
