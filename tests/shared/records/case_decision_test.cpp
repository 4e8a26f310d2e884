// A decision is measured against who may impose what on whom (PP 94/2021
// Pasal 18-23, sanction_authorities), the case's level and articles, and,
// for an unexcused-absence case, the sanction the day count proposes
// (Pasal 9-11). Each is a warning with its reason, never a refusal.
#include "records/case_decision.h"

#include <catch2/catch.hpp>

using namespace pantau;

namespace {

Date d(const char* iso) {
    return *Date::parse(iso);
}

const std::string kCase = "2d8e4c5a-0b3f-4a7c-9e9d-3c4d5e6f7081";

DisciplineCase allegation(const char* level = "RINGAN", const char* article = "3e",
                          const char* source = "INCIDENT") {
    DisciplineCase c;
    c.employee_id = "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    c.opened_at = 1'764'000'000'000;
    c.article = article;
    c.level_estimate = level;
    c.summary = "Tidak melaksanakan tugas jaga.";
    c.source = source;
    return c;
}

DisciplineEvent decision(const char* sanction, const char* authority = "PPK") {
    DisciplineEvent e;
    e.case_id = kCase;
    e.step = CaseState::DECIDED;
    e.at = 1'765'000'000'000;
    e.actor = "Kepala Puskesmas";
    e.sanction = sanction;
    e.documents = {{DocumentKind::SK_HUKUMAN, "800/12/PKM/2026", d("2026-12-14")}};
    e.decided_by = DecidingOfficial{"Budi Santoso", std::string("197001011995031001"),
                                    "Kepala Seksi Pelayanan", authority};
    return e;
}

std::vector<std::string> codes(const Problems& warnings) {
    std::vector<std::string> all;
    for (const auto& w : warnings)
        all.push_back(w.code);
    return all;
}

Problems warnings_of(const DisciplineCase& c, std::optional<JabatanKind> subject,
                     const DisciplineEvent& e) {
    const auto set = CatalogueSet::embedded();
    return decision_warnings(c, subject, e, set->discipline_rules(EmployeeKind::PNS),
                             sanction_authorities());
}

const Problem* find(const Problems& warnings, const std::string& code) {
    for (const auto& w : warnings)
        if (w.code == code)
            return &w;
    return nullptr;
}

}  // namespace

TEST_CASE("a decision that fits its official, level and articles gets no warning") {
    CHECK(warnings_of(allegation(), JabatanKind::Pelaksana, decision("R2", "PENGAWAS")).empty());
    CHECK(warnings_of(allegation("BERAT"), JabatanKind::Administrator, decision("B3")).empty());
    CHECK(
        warnings_of(allegation("SEDANG"), JabatanKind::AhliPertama, decision("S1", "ADMINISTRATOR"))
            .empty());
}

TEST_CASE("a supervisor imposing a moderate sanction is warned, with what they may impose") {
    const auto warnings =
        warnings_of(allegation("SEDANG"), JabatanKind::Pelaksana, decision("S1", "PENGAWAS"));
    CHECK(codes(warnings) == std::vector<std::string>{"authority_level_beyond"});
    const Problem* w = find(warnings, "authority_level_beyond");
    REQUIRE(w);
    CHECK(w->message_id.find("Pejabat Pengawas") != std::string::npos);
    CHECK(w->message_id.find("hanya berwenang menjatuhkan hukuman RINGAN") != std::string::npos);
    CHECK(w->message_en.find("not S1 (SEDANG)") != std::string::npos);
}

TEST_CASE("an official sanctioning someone above their reach is warned") {
    // A head of section has no power over an administrator.
    auto warnings =
        warnings_of(allegation(), JabatanKind::Administrator, decision("R1", "PENGAWAS"));
    CHECK(codes(warnings) == std::vector<std::string>{"authority_subject_outside"});
    CHECK(find(warnings, "authority_subject_outside")->message_id.find("Administrator") !=
          std::string::npos);
    // A JPT Pratama may give an administrator a light sanction, not a moderate one.
    CHECK(
        codes(warnings_of(allegation(), JabatanKind::Administrator, decision("R3", "JPT_PRATAMA")))
            .empty());
    CHECK(codes(warnings_of(allegation("SEDANG"), JabatanKind::Administrator,
                            decision("S1", "JPT_PRATAMA"))) ==
          std::vector<std::string>{"authority_level_beyond"});
    // Only the PPK dismisses.
    CHECK(codes(warnings_of(allegation("BERAT"), JabatanKind::Pelaksana,
                            decision("B3", "JPT_PRATAMA"))) ==
          std::vector<std::string>{"authority_level_beyond"});
}

TEST_CASE("without the employee's kind of position the authority cannot be checked") {
    CHECK(codes(warnings_of(allegation(), std::nullopt, decision("R1", "PENGAWAS"))) ==
          std::vector<std::string>{"authority_subject_unknown"});
    // The PPK's power covers any position.
    CHECK(warnings_of(allegation(), std::nullopt, decision("R1", "PPK")).empty());
}

TEST_CASE("a decision without its official or its decree number is warned") {
    auto e = decision("R1");
    e.decided_by.reset();
    e.documents.clear();
    CHECK(codes(warnings_of(allegation(), JabatanKind::Pelaksana, e)) ==
          std::vector<std::string>{"decider_missing", "decree_missing"});
    e.documents = {{DocumentKind::OTHER, "nota", std::nullopt}};
    CHECK(find(warnings_of(allegation(), JabatanKind::Pelaksana, e), "decree_missing"));
}

TEST_CASE("a sanction whose level is not the case's estimate is warned") {
    const auto warnings = warnings_of(allegation("RINGAN"), JabatanKind::Pelaksana, decision("S2"));
    CHECK(codes(warnings) == std::vector<std::string>{"level_differs"});
    CHECK(find(warnings, "level_differs")->message_en ==
          "Sanction S2 is SEDANG, while the case was estimated RINGAN.");
}

TEST_CASE("several articles: the decision is the heaviest, at least what each article allows") {
    // Failing to take the oath (4a) is sedang; cited with a light breach,
    // a light sanction is too light.
    auto c = allegation("SEDANG", "3e");
    c.other_articles = {"4a"};
    CHECK(least_level(c, pp94_articles()) == SanctionLevel::SEDANG);
    CHECK(codes(warnings_of(c, JabatanKind::Pelaksana, decision("R3"))) ==
          std::vector<std::string>{"level_differs", "lighter_than_articles"});
    CHECK(warnings_of(c, JabatanKind::Pelaksana, decision("S1")).empty());
    // Campaigning with state facilities (5n.4) is berat.
    c.other_articles = {"4a", "5n.4"};
    c.level_estimate = "BERAT";
    CHECK(least_level(c, pp94_articles()) == SanctionLevel::BERAT);
    CHECK(find(warnings_of(c, JabatanKind::Pelaksana, decision("S3")), "lighter_than_articles"));
    CHECK(least_level(allegation(), pp94_articles()) == SanctionLevel::RINGAN);
}

TEST_CASE("the day count proposes the sanction of an absence case") {
    AbsenceIndication ind;
    ind.sanction = "S1";  // 11-13 days
    CHECK(proposed_sanction(ind, pp94_sanctions()) == "S1");
    ind.consecutive_trigger = true;
    ind.consecutive_sanction = "B3";  // 10 working days in a row
    CHECK(proposed_sanction(ind, pp94_sanctions()) == "B3");
    ind.consecutive_trigger = false;
    CHECK(proposed_sanction(ind, pp94_sanctions()) == "S1");
    CHECK_FALSE(proposed_sanction(AbsenceIndication{}, pp94_sanctions()));
    // A PPPK's band names a PPPK sanction, which PP 94's table does not hold.
    ind.sanction = "PS3";
    CHECK_FALSE(proposed_sanction(ind, pp94_sanctions()));
    CHECK(proposed_sanction(ind, CatalogueSet::embedded()->pppk_sanctions()) == "PS3");
}

TEST_CASE("an absence case decided without the proposal, or differing from it, is warned") {
    const auto tk = allegation("SEDANG", "4f", "TK_INDICATION");
    auto e = decision("S1");
    CHECK(codes(warnings_of(tk, JabatanKind::Pelaksana, e)) ==
          std::vector<std::string>{"proposal_missing"});
    e.proposed_sanction = "S1";
    CHECK(warnings_of(tk, JabatanKind::Pelaksana, e).empty());
    e.proposed_sanction = "S2";
    e.deviation_reason = "Sebagian hari ternyata sakit dengan surat dokter yang terlambat.";
    CHECK(codes(warnings_of(tk, JabatanKind::Pelaksana, e)) ==
          std::vector<std::string>{"differs_from_proposal"});
    // An incident case has no day count.
    e.proposed_sanction.reset();
    CHECK(warnings_of(allegation("SEDANG"), JabatanKind::Pelaksana, e).empty());
}

TEST_CASE("the shipped authority catalogue reads, with the PPK covering any position") {
    const auto& all = sanction_authorities();
    for (const auto* code : {"PPK", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "KEPALA_PUSKESMAS"})
        CHECK(all.find(code));
    CHECK(authority_fit(*all.find("PPK"), std::nullopt, SanctionLevel::BERAT) ==
          AuthorityFit::FITS);
    CHECK(authority_fit(*all.find("KEPALA_PUSKESMAS"), JabatanKind::AhliPertama,
                        SanctionLevel::SEDANG) == AuthorityFit::LEVEL_BEYOND);
    const CatalogueFile bad{
        "sanction_authorities", "t",
        nlohmann::json::array({{{"code", "X"},
                                {"title_id", "x"},
                                {"title_en", "x"},
                                {"powers", {{{"subjects", {"LURAH"}}, {"levels", {"RINGAN"}}}}}}})};
    CHECK_THROWS(SanctionAuthorityCatalogue::from_file(bad));
}
