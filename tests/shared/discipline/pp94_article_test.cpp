#include "discipline/pp94_article.h"

#include <catch2/catch.hpp>
#include <set>
#include <stdexcept>

#include "discipline/discipline_rule_set.h"

using namespace pantau;

TEST_CASE(
    "the article catalogue holds Pasal 3 a-h, Pasal 4 a-i, Pasal 5 a-n and the seven forms of 5n") {
    std::set<std::string> expected;
    for (char c = 'a'; c <= 'h'; ++c)
        expected.insert(std::string("3") + c);
    for (char c = 'a'; c <= 'i'; ++c)
        expected.insert(std::string("4") + c);
    for (char c = 'a'; c <= 'n'; ++c)
        expected.insert(std::string("5") + c);
    for (char c = '1'; c <= '7'; ++c)
        expected.insert(std::string("5n.") + c);
    REQUIRE(expected.size() == 38);

    std::set<std::string> actual;
    for (const auto& a : pp94_articles().entries()) {
        actual.insert(a.code);
        INFO(a.code);
        CHECK(a.part_of == (a.code.size() > 2 ? "5n" : ""));
        if (!a.part_of.empty())
            CHECK(a.levels.size() == 1);
    }
    CHECK(actual == expected);
    CHECK(pp94_articles().entries().size() == 38);
    CHECK(pp94_articles().find("4a")->levels == std::vector<SanctionLevel>{SanctionLevel::SEDANG});
    CHECK(pp94_articles().find("4f")->levels.empty());
    CHECK(pp94_articles().find("5n.4")->allows(SanctionLevel::BERAT));
    CHECK_FALSE(pp94_articles().find("5n.4")->allows(SanctionLevel::SEDANG));
}

TEST_CASE("a sub-form of an article the catalogue lacks, or an unknown level, is refused") {
    const auto file = [](nlohmann::json extra) {
        nlohmann::json entry = {
            {"code", "5n.1"}, {"kind", "LARANGAN"}, {"title_id", "x"}, {"title_en", "x"}};
        entry.update(extra);
        return CatalogueFile{"pp94_articles", "t", nlohmann::json::array({entry})};
    };
    CHECK_NOTHROW(Pp94Catalogue::from_file(file({{"levels", {"SEDANG"}}})));
    CHECK_THROWS(Pp94Catalogue::from_file(file({{"part_of", "5n"}})));
    CHECK_THROWS(Pp94Catalogue::from_file(file({{"levels", {"SANGAT_BERAT"}}})));
}

TEST_CASE("obligations are KEWAJIBAN and prohibitions LARANGAN, each with both titles") {
    for (const auto& a : pp94_articles().entries()) {
        INFO(a.code);
        CHECK(a.kind == (a.code[0] == '5' ? ArticleKind::LARANGAN : ArticleKind::KEWAJIBAN));
        CHECK_FALSE(a.title_id.empty());
        CHECK_FALSE(a.title_en.empty());
    }
}

TEST_CASE("an article is found by its code") {
    const Pp94Article* work_hours = pp94_articles().find("4f");
    REQUIRE(work_hours);
    CHECK(work_hours->kind == ArticleKind::KEWAJIBAN);
    CHECK(work_hours->title_id == "Masuk kerja dan menaati jam kerja");
    REQUIRE(pp94_articles().find("5g"));
    CHECK(pp94_articles().find("5g")->kind == ArticleKind::LARANGAN);
}

TEST_CASE("a code outside the catalogue is not found") {
    CHECK_FALSE(pp94_articles().find("4j"));
    CHECK_FALSE(pp94_articles().find("5o"));
    CHECK_FALSE(pp94_articles().find("4F"));
    CHECK_FALSE(pp94_articles().find(""));
}

TEST_CASE("the embedded article catalogue names its version") {
    CHECK(pp94_articles().version() == "2026.2");
}

TEST_CASE("article kinds convert to and from their codes") {
    CHECK(to_string(ArticleKind::LARANGAN) == "LARANGAN");
    CHECK(article_kind_from_string("KEWAJIBAN") == ArticleKind::KEWAJIBAN);
    CHECK_FALSE(article_kind_from_string("kewajiban"));
}

TEST_CASE("another version of the article catalogue can be supplied") {
    const CatalogueFile file{"pp94_articles", "test",
                             nlohmann::json::array({{{"code", "9z"},
                                                     {"kind", "LARANGAN"},
                                                     {"title_id", "Contoh"},
                                                     {"title_en", "Example"}}})};
    const auto catalogue = Pp94Catalogue::from_file(file);
    CHECK(catalogue.version() == "test");
    REQUIRE(catalogue.find("9z"));
    CHECK_FALSE(catalogue.find("4f"));
}

TEST_CASE("an article catalogue with a repeated code or a bad kind is refused") {
    const nlohmann::json entry = {
        {"code", "3a"}, {"kind", "KEWAJIBAN"}, {"title_id", "x"}, {"title_en", "x"}};
    CHECK_THROWS_AS(Pp94Catalogue::from_file({"pp94_articles", "t", {entry, entry}}),
                    std::invalid_argument);
    nlohmann::json bad_kind = entry;
    bad_kind["kind"] = "SARAN";
    CHECK_THROWS_AS(Pp94Catalogue::from_file({"pp94_articles", "t", {bad_kind}}),
                    std::invalid_argument);
}

TEST_CASE("PNS cases follow PP 94 and PPPK cases the instance's rules") {
    const auto& pns = discipline_rule_sets().for_kind(EmployeeKind::PNS);
    CHECK(pns.rule_set == "PP94");
    CHECK(pns.articles == "pp94_articles");
    CHECK(pns.sanctions == "pp94_sanctions");
    CHECK(pns.absence_thresholds == "pp94_absence_thresholds");
    CHECK(discipline_rule_sets().uses_pp94(EmployeeKind::PNS));
    const auto& pppk = discipline_rule_sets().for_kind(EmployeeKind::PPPK);
    CHECK(pppk.rule_set == "PPPK");
    CHECK(pppk.articles == "pppk_articles");
    CHECK(pppk.sanctions == "pppk_sanctions");
    CHECK(pppk.absence_thresholds == "pppk_absence_thresholds");
    CHECK_FALSE(discipline_rule_sets().uses_pp94(EmployeeKind::PPPK));
    CHECK(discipline_rule_sets().find("PPPK") == &pppk);
    CHECK(discipline_rule_sets().find("INSTANCE") == nullptr);
}

namespace {

nlohmann::json rule_set_entry(const char* kind, const char* code, const char* tables) {
    const std::string t(tables);
    return {{"employee_kind", kind},
            {"rule_set", code},
            {"articles", t + "_articles"},
            {"sanctions", t + "_sanctions"},
            {"absence_thresholds", t + "_absence_thresholds"},
            {"label_id", "a"},
            {"label_en", "a"}};
}

}  // namespace

TEST_CASE("an instance may put PPPK under PP 94 by supplying its own rule-set table") {
    const CatalogueFile file{"discipline_rule_sets", "local",
                             nlohmann::json::array({rule_set_entry("PNS", "PP94", "pp94"),
                                                    rule_set_entry("PPPK", "PP94_PPPK", "pp94")})};
    const auto sets = DisciplineRuleSets::from_file(file);
    CHECK(sets.for_kind(EmployeeKind::PPPK).sanctions == "pp94_sanctions");
}

TEST_CASE("a rule set names only article, sanction and band catalogues, under one code each") {
    auto wrong = rule_set_entry("PPPK", "PPPK", "pppk");
    wrong["sanctions"] = "leave_kinds";
    CHECK_THROWS_AS(DisciplineRuleSets::from_file(
                        {"discipline_rule_sets", "t",
                         nlohmann::json::array({rule_set_entry("PNS", "PP94", "pp94"), wrong})}),
                    std::invalid_argument);
    CHECK_THROWS_AS(DisciplineRuleSets::from_file(
                        {"discipline_rule_sets", "t",
                         nlohmann::json::array({rule_set_entry("PNS", "PP94", "pp94"),
                                                rule_set_entry("PPPK", "PP94", "pppk")})}),
                    std::invalid_argument);
}

TEST_CASE("a rule-set table that leaves an employee kind without rules is refused") {
    const CatalogueFile file{"discipline_rule_sets", "t",
                             nlohmann::json::array({rule_set_entry("PNS", "PP94", "pp94")})};
    CHECK_THROWS_AS(DisciplineRuleSets::from_file(file), std::invalid_argument);
}
