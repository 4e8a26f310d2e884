#include "records/catalogue_set.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "records/record_types.h"

using nlohmann::json;
using namespace pantau;

namespace {

Date day(const char* text) {
    return *Date::parse(text);
}

json shipped_2027_holidays() {
    std::ifstream file(std::string(PANTAU_CATALOGUE_UPDATES) + "/holidays-2027.1.json");
    REQUIRE(file);
    return json::parse(std::string{std::istreambuf_iterator<char>(file), {}});
}

// The embedded holiday table under another version, with `extra` appended.
json holidays(const std::string& version, std::vector<json> extra = {}) {
    const auto& embedded = embedded_catalogue("holidays");
    json entries = embedded.entries;
    for (auto& e : extra)
        entries.push_back(std::move(e));
    return {{"catalogue", "holidays"},
            {"version", version},
            {"source", "test"},
            {"entries", std::move(entries)}};
}

}  // namespace

TEST_CASE("with nothing received the embedded catalogues are in force") {
    const auto set = CatalogueSet::from_documents({});
    for (const auto name : replaceable_catalogue_names()) {
        const auto* in_force = set->in_force(name);
        REQUIRE(in_force);
        CHECK_FALSE(in_force->received);
        CHECK(in_force->version == embedded_catalogue(name).version);
    }
    CHECK(set->holidays().entries() == holiday_catalogue().entries());
    CHECK(set->discipline_deadlines().rules() == discipline_deadlines().rules());
    CHECK(current_catalogues()->in_force("holidays")->version ==
          embedded_catalogue("holidays").version);
}

TEST_CASE("a newer received holiday table is in force and an older one is not") {
    const json added = {{"date", "2026-12-28"},
                        {"kind", "CUTI_BERSAMA"},
                        {"name_id", "Cuti bersama tambahan"},
                        {"name_en", "Added collective leave"}};
    const auto newer = CatalogueSet::from_documents({holidays("2026.2", {added})});
    CHECK(newer->in_force("holidays")->received);
    CHECK(newer->in_force("holidays")->version == "2026.2");
    CHECK_FALSE(newer->work_calendar().is_working_day(day("2026-12-28")));

    const auto older = CatalogueSet::from_documents({holidays("2025.9", {added})});
    CHECK_FALSE(older->in_force("holidays")->received);
    CHECK(older->work_calendar().is_working_day(day("2026-12-28")));

    // Of two received versions the newer wins, whatever their order.
    const auto both =
        CatalogueSet::from_documents({holidays("2026.10"), holidays("2026.9", {added})});
    CHECK(both->in_force("holidays")->version == "2026.10");
    CHECK(both->work_calendar().is_working_day(day("2026-12-28")));
}

TEST_CASE("a received catalogue that fails its reader is ignored and the embedded one is used") {
    json bad = holidays(
        "2027.1",
        {{{"date", "2027-02-30"}, {"kind", "NASIONAL"}, {"name_id", "x"}, {"name_en", "x"}}});
    json not_a_catalogue = json::array({1, 2});
    json bad_deadlines = {{"catalogue", "discipline_deadlines"},
                          {"version", "2027.1"},
                          {"source", "test"},
                          {"entries", json::array({{{"state", "SUMMONED_1"},
                                                    {"bounds", "HEARING"},
                                                    {"working_days", 0},
                                                    {"bound", "NOT_BEFORE"},
                                                    {"description_id", "x"},
                                                    {"description_en", "x"}}})}};
    std::shared_ptr<const CatalogueSet> set;
    REQUIRE_NOTHROW(set = CatalogueSet::from_documents({bad, not_a_catalogue, bad_deadlines}));
    CHECK_FALSE(set->in_force("holidays")->received);
    CHECK_FALSE(set->in_force("discipline_deadlines")->received);
    CHECK(set->ignored().size() == 3);
    CHECK(set->discipline_deadlines().rules() == discipline_deadlines().rules());
}

TEST_CASE("catalogue versions compare number by number") {
    CHECK(compare_catalogue_versions("2026.10", "2026.9") == 1);
    CHECK(compare_catalogue_versions("2026.1", "2027.1") == -1);
    CHECK(compare_catalogue_versions("2027", "2027.0") == 0);
    CHECK_FALSE(compare_catalogue_versions("2027.a", "2027.1"));
    CHECK_FALSE(is_catalogue_version(""));
    CHECK_FALSE(is_catalogue_version("2027."));
    CHECK_FALSE(is_catalogue_version("-1"));
    CHECK(is_catalogue_version("2027.1"));
}

TEST_CASE("a catalogue document is refused with its reason") {
    auto code_of = [](const json& document) {
        auto checked = check_catalogue_document(document);
        return checked ? std::string("ok") : checked.error().code;
    };
    CHECK(code_of(holidays("2027.1")) == "ok");
    json no_source = holidays("2027.1");
    no_source.erase("source");
    CHECK(code_of(no_source) == "invalid_catalogue");
    no_source["source"] = "";
    CHECK(code_of(no_source) == "missing_source");
    CHECK(code_of(holidays("next")) == "invalid_version");
    json articles = holidays("2027.1");
    articles["catalogue"] = "pp94_articles";
    CHECK(code_of(articles) == "not_replaceable");
    json extra = holidays("2027.1");
    extra["comment"] = "x";
    CHECK(code_of(extra) == "invalid_catalogue");
    json empty = holidays("2027.1");
    empty["entries"] = json::array();
    CHECK(code_of(empty) == "invalid_catalogue");
    // The record type "catalogue" checks its data the same way.
    CHECK(find_record_type("catalogue")->device_right == DeviceRight::Read);
    CHECK(check_record_data("catalogue", holidays("2027.1")).empty());
    CHECK_FALSE(check_record_data("catalogue", articles).empty());
}

TEST_CASE("the shipped 2027 holiday table passes its reader and marks every 2027 date verify") {
    const json document = shipped_2027_holidays();
    auto checked = check_catalogue_document(document);
    INFO((checked ? "" : checked.error().message));
    REQUIRE(checked);
    CHECK(checked->verify);
    CHECK(checked->file.version == "2027.1");
    const auto set = CatalogueSet::from_documents({document});
    CHECK(set->in_force("holidays")->received);
    CHECK(set->work_calendar().knows_year(2027));
    CHECK_FALSE(set->work_calendar().is_working_day(day("2027-01-01")));
    int in_2027 = 0;
    for (const auto& h : set->holidays().entries()) {
        if (h.date.year() == 2027) {
            ++in_2027;
            CHECK(h.verify);
        }
    }
    CHECK(in_2027 >= 15);
    // It keeps the years before it: a replacement table is the whole table.
    for (const auto& h : holiday_catalogue().entries())
        CHECK_FALSE(set->work_calendar().is_working_day(h.date));
}

TEST_CASE("a discipline deadline across New Year 2027 counts the received holidays") {
    // Summons served Monday 28 December 2026; the hearing is at least 7 working days later.
    const auto embedded = CatalogueSet::embedded();
    const auto received = CatalogueSet::from_documents({shipped_2027_holidays()});
    const auto before = embedded->next_step_due(CaseState::SUMMONED_1, day("2026-12-28"));
    const auto after = received->next_step_due(CaseState::SUMMONED_1, day("2026-12-28"));
    REQUIRE(before);
    REQUIRE(after);
    // The embedded table knows no 2027 holiday: 1 and 5 January count as working days.
    CHECK(before->date == day("2027-01-06"));
    // With 2027: 1 January (New Year) and 5 January (Isra Mikraj, verify) are skipped.
    CHECK(after->date == day("2027-01-08"));
}

TEST_CASE("an installed catalogue set is what current_catalogues returns until replaced") {
    install_catalogues(CatalogueSet::from_documents({shipped_2027_holidays()}));
    const auto held = current_catalogues();
    CHECK(held->in_force("holidays")->version == "2027.1");
    install_catalogues(nullptr);  // back to the embedded set
    CHECK_FALSE(current_catalogues()->in_force("holidays")->received);
    // A reader's set stays whole while it holds it.
    CHECK(held->work_calendar().knows_year(2027));
}
