#include "records/catalogue_set.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>

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

// The embedded copy of `name` under another version, its entries changed by `edit`.
json replaced(std::string_view name, const std::string& version,
              const std::function<void(json& entries)>& edit = {}) {
    json entries = embedded_catalogue(name).entries;
    if (edit)
        edit(entries);
    return {{"catalogue", name}, {"version", version}, {"source", "test"}, {"entries", entries}};
}

void drop_code(json& entries, const std::string& code) {
    for (auto it = entries.begin(); it != entries.end(); ++it)
        if (it->value("code", "") == code) {
            entries.erase(it);
            return;
        }
    FAIL("no entry " << code);
}

json& entry_with_code(json& entries, const std::string& code) {
    for (auto& entry : entries)
        if (entry.value("code", "") == code)
            return entry;
    throw std::logic_error("no entry " + code);
}

const json kWorkFromHome = {{"code", "WFH"},
                            {"label_id", "Bekerja dari rumah"},
                            {"label_en", "Working from home"},
                            {"needs_minutes", false},
                            {"needs_leave_kind", false},
                            {"counts_as_present", true},
                            {"unexcused_absence", false}};
const json kPaternityLeave = {{"code", "CUTI_PENDAMPINGAN_PERSALINAN"},
                              {"label_id", "Cuti pendampingan persalinan"},
                              {"label_en", "Paternity leave"},
                              {"max_length_id", "Paling lama 1 bulan."},
                              {"max_length_en", "Up to 1 month."}};
const json kNewArticle = {{"code", "5o"},
                          {"kind", "LARANGAN"},
                          {"title_id", "Larangan baru"},
                          {"title_en", "A new prohibition"}};
const json kNewSanction = {{"code", "X1"},
                           {"level", "RINGAN"},
                           {"severity", 99},
                           {"appealable", false},
                           {"description_id", "Hukuman baru"},
                           {"description_en", "A new sanction"}};

// What a set makes of each newly replaceable catalogue, to tell a received
// version from the embedded one.
bool has_added_entry(const CatalogueSet& set, std::string_view name) {
    if (name == "attendance_statuses")
        return set.attendance_statuses().find("WFH") != nullptr;
    if (name == "leave_kinds")
        return set.leave_kinds().find("CUTI_PENDAMPINGAN_PERSALINAN") != nullptr;
    if (name == "pp94_articles")
        return set.pp94_articles().find("5o") != nullptr;
    if (name == "pp94_sanctions")
        return set.pp94_sanctions().find("X1") != nullptr;
    // lateness_bands: TL1 deducts 0.25 percent instead of 0.5.
    const auto* band = set.lateness_bands().band_for("TL", 10);
    return band && band->deduction_percent == 0.25;
}

json with_addition(std::string_view name, const std::string& version) {
    return replaced(name, version, [name](json& entries) {
        if (name == "attendance_statuses")
            entries.push_back(kWorkFromHome);
        else if (name == "leave_kinds")
            entries.push_back(kPaternityLeave);
        else if (name == "pp94_articles")
            entries.push_back(kNewArticle);
        else if (name == "pp94_sanctions")
            entries.push_back(kNewSanction);
        else
            entry_with_code(entries, "TL1")["deduction_percent"] = 0.25;
    });
}

constexpr std::string_view kNewlyReplaceable[] = {
    "attendance_statuses", "leave_kinds", "lateness_bands", "pp94_articles", "pp94_sanctions"};

std::string code_of_check(const json& document) {
    auto checked = check_catalogue_document(document);
    return checked ? std::string("ok") : checked.error().code;
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
    articles["catalogue"] = "golongan";
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

TEST_CASE(
    "every catalogue of the issue is replaceable: statuses, leave kinds, bands, articles, "
    "sanctions") {
    const auto names = replaceable_catalogue_names();
    for (const auto name :
         {"holidays", "discipline_deadlines", "pp94_absence_thresholds", "attendance_statuses",
          "leave_kinds", "lateness_bands", "pp94_articles", "pp94_sanctions"})
        CHECK(std::find(names.begin(), names.end(), name) != names.end());
    const auto embedded = CatalogueSet::embedded();
    CHECK(embedded->attendance_statuses().entries() == attendance_status_catalogue().entries());
    CHECK(embedded->leave_kinds().entries() == leave_kind_catalogue().entries());
    CHECK(embedded->lateness_bands().entries() == lateness_band_catalogue().entries());
    CHECK(embedded->pp94_articles().entries() == pp94_articles().entries());
    CHECK(embedded->pp94_sanctions().entries() == pp94_sanctions().entries());
}

TEST_CASE(
    "a newer version of each newly replaceable catalogue is in force, an older or invalid one is "
    "not") {
    for (const auto name : kNewlyReplaceable) {
        INFO(name);
        const auto embedded = CatalogueSet::embedded();
        REQUIRE_FALSE(has_added_entry(*embedded, name));

        // Newer than every shipped 2026 version (leave_kinds is at 2026.2).
        const auto newer = CatalogueSet::from_documents({with_addition(name, "2026.8")});
        CHECK(newer->ignored().empty());
        CHECK(newer->in_force(name)->received);
        CHECK(newer->in_force(name)->version == "2026.8");
        CHECK(has_added_entry(*newer, name));

        const auto older = CatalogueSet::from_documents({with_addition(name, "2025.9")});
        CHECK_FALSE(older->in_force(name)->received);
        CHECK_FALSE(has_added_entry(*older, name));

        // An entry its reader refuses: a field the entries do not have.
        json bad = with_addition(name, "2026.9");
        bad["entries"][0]["colour"] = "red";
        const auto invalid = CatalogueSet::from_documents({bad});
        CHECK_FALSE(invalid->in_force(name)->received);
        CHECK(invalid->ignored().size() == 1);
        CHECK_FALSE(has_added_entry(*invalid, name));
        CHECK(code_of_check(bad) == "invalid_catalogue");
    }
}

TEST_CASE("a catalogue version that leaves out a code stored records may use is refused") {
    const std::pair<std::string_view, std::string> dropped[] = {
        {"attendance_statuses", "DINAS_LUAR"},
        {"leave_kinds", "CUTI_BESAR"},
        {"pp94_articles", "4f"},
        {"pp94_sanctions", "S2"},
    };
    for (const auto& [name, code] : dropped) {
        INFO(name << " without " << code);
        const json document = replaced(name, "2027.1", [&](json& e) { drop_code(e, code); });
        auto checked = check_catalogue_document(document);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == "drops_code");
        CHECK_THAT(checked.error().message, Catch::Contains(code));
        // A device ignores it too, and keeps the embedded copy.
        const auto set = CatalogueSet::from_documents({document});
        CHECK_FALSE(set->in_force(name)->received);
        CHECK(set->ignored().size() == 1);
    }
    // Texts may change; the flags that decide a status's records may not.
    CHECK(check_catalogue_document(replaced("attendance_statuses", "2027.1", [](json& e) {
        entry_with_code(e, "SAKIT")["label_en"] = "Sick (with a note)";
        entry_with_code(e, "SAKIT")["counts_as_present"] = true;
    })));
    auto shape = check_catalogue_document(replaced("attendance_statuses", "2027.1", [](json& e) {
        entry_with_code(e, "CUTI")["needs_leave_kind"] = false;
    }));
    REQUIRE_FALSE(shape);
    CHECK(shape.error().code == "changes_code");
    // DIKLAT days may name a training: a version may link more statuses, not fewer.
    auto unlinked = check_catalogue_document(replaced("attendance_statuses", "2027.1", [](json& e) {
        entry_with_code(e, "DIKLAT").erase("links_training");
    }));
    REQUIRE_FALSE(unlinked);
    CHECK(unlinked.error().code == "changes_code");
    CHECK_THAT(unlinked.error().message, Catch::Contains("DIKLAT"));
    CHECK(check_catalogue_document(replaced("attendance_statuses", "2027.1", [](json& e) {
        entry_with_code(e, "DINAS_LUAR")["links_training"] = true;
    })));
    // Bands may be redrawn as long as every series keeps its bands.
    CHECK(check_catalogue_document(replaced("lateness_bands", "2027.1", [](json& e) {
        drop_code(e, "TL3");
        entry_with_code(e, "TL2")["to_minutes"] = 90;
    })));
    auto series = check_catalogue_document(replaced("lateness_bands", "2027.1", [](json& e) {
        for (const char* code : {"PSW1", "PSW2", "PSW3", "PSW4"})
            drop_code(e, code);
    }));
    REQUIRE_FALSE(series);
    CHECK(series.error().code == "drops_code");
    CHECK_THAT(series.error().message, Catch::Contains("PSW"));
}

TEST_CASE("a later version must keep what an earlier received version added") {
    const json first = with_addition("leave_kinds", "2027.1");
    const json second = replaced("leave_kinds", "2027.2");  // without the added kind
    REQUIRE(check_catalogue_document(first));
    REQUIRE(check_catalogue_document(second));  // alone, it keeps the embedded codes
    auto kept = keeps_what_records_use(parse_catalogue(first), parse_catalogue(second));
    REQUIRE_FALSE(kept);
    CHECK(kept.error().code == "drops_code");
    CHECK_THAT(kept.error().message, Catch::Contains("CUTI_PENDAMPINGAN_PERSALINAN"));
    CHECK(keeps_what_records_use(parse_catalogue(second), parse_catalogue(first)));
}

TEST_CASE(
    "record data is checked with the statuses, leave kinds, articles and sanctions of a set") {
    const auto received = CatalogueSet::from_documents(
        {with_addition("attendance_statuses", "2027.1"), with_addition("leave_kinds", "2027.1"),
         with_addition("pp94_articles", "2027.1")});
    const auto embedded = CatalogueSet::embedded();
    const json wfh = {{"employee_id", "00000000-0000-4000-8000-000000000001"},
                      {"date", "2027-01-04"},
                      {"status", "WFH"},
                      {"recorded_at", "2027-01-04T01:00:00Z"}};
    json leave = wfh;
    leave["status"] = "CUTI";
    leave["leave_kind"] = "CUTI_PENDAMPINGAN_PERSALINAN";
    const json the_case = {{"employee_id", "00000000-0000-4000-8000-000000000001"},
                           {"opened_at", "2027-01-04T01:00:00Z"},
                           {"article", "5o"},
                           {"level_estimate", "RINGAN"},
                           {"summary", "x"}};
    for (const auto& [type, data] : {std::pair{"attendance", wfh}, std::pair{"attendance", leave},
                                     std::pair{"discipline_case", the_case}}) {
        INFO(data.dump());
        CHECK(check_record_data(type, data, *received).empty());
        CHECK_FALSE(check_record_data(type, data, *embedded).empty());
    }
    // minutes 0 on the new status is "no minutes" once the set knows the status.
    json zero = wfh;
    zero["minutes"] = 0;
    CHECK_FALSE(normalised_record_data("attendance", zero, *received).contains("minutes"));
    CHECK(normalised_record_data("attendance", zero, *embedded).contains("minutes"));

    // The set in force is what the two-argument checks use.
    install_catalogues(received);
    CHECK(check_record_data("attendance", leave).empty());
    install_catalogues(nullptr);
    CHECK_FALSE(check_record_data("attendance", leave).empty());
}
