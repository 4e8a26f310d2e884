// Catalogues received from the server, on the phone: the newest valid
// version the device holds is what its limits count with, and one that fails
// its checks is set aside for the embedded copy.
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "case_summaries.h"
#include "records/catalogue_set.h"
#include "sync/central.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using nlohmann::json;

namespace {

// A case in SUMMONED_1 since Monday 28 December 2026 (WIB), as pulled.
void pull_case_summoned_on_28_december(TestApp& app) {
    const std::string case_id = fixed_uuid(11);
    app.pull({{{"type", "discipline_case"},
               {"id", case_id},
               {"unit_id", kUnitId},
               {"data",
                {{"employee_id", staff_id(4)},
                 {"opened_at", "2026-12-21T01:00:00Z"},
                 {"article", "4f"},
                 {"level_estimate", "RINGAN"},
                 {"summary", "Bolos"}}}},
              event_change(case_id, "REPORTED", "2026-12-21T01:00:00Z", fixed_uuid(12)),
              event_change(case_id, "UNDER_REVIEW", "2026-12-21T02:00:00Z", fixed_uuid(13)),
              event_change(case_id, "SUMMONED_1", "2026-12-28T03:00:00Z", fixed_uuid(14))});
}

json catalogue_change(json document, const std::string& version) {
    return {{"type", "catalogue"},
            {"id", catalogue_record_id(document.value("catalogue", "holidays"))},
            {"unit_id", std::string(sync::kGlobalScopeUnit)},
            {"version", version},
            {"data", std::move(document)}};
}

json shipped_2027_holidays() {
    std::ifstream file(std::string(PANTAU_SOURCE_DIR) +
                       "/shared/catalogues/updates/holidays-2027.1.json");
    REQUIRE(file);
    return json::parse(std::string{std::istreambuf_iterator<char>(file), {}});
}

std::optional<Date> hearing_not_before(TestApp& app) {
    app.flush();  // the catalogue set is installed on the database thread
    const auto summaries = app.core().database().call([&](store::DeviceStore& s) {
        return mobile::load_case_summaries(s, kUnitId, app.core().today());
    });
    REQUIRE(summaries.size() == 1);
    REQUIRE(summaries[0].next_due);
    return summaries[0].next_due->date;
}

}  // namespace

TEST_CASE("a received 2027 holiday table moves a January 2027 limit once the app installs it") {
    TestApp app;
    pull_case_summoned_on_28_december(app);
    // The embedded table ends with 2026: 1 and 5 January count as working days.
    CHECK(hearing_not_before(app) == Date::parse("2027-01-06"));

    app.pull({catalogue_change(shipped_2027_holidays(), "0190000000000001")});
    app.restart();  // start-up installs the newest catalogues the device holds
    app.flush();
    CHECK(current_catalogues()->in_force("holidays")->version == "2027.1");
    CHECK(hearing_not_before(app) == Date::parse("2027-01-08"));
    install_catalogues(nullptr);
}

TEST_CASE("a received catalogue that fails its checks is ignored and the embedded one is used") {
    TestApp app;
    pull_case_summoned_on_28_december(app);
    json bad = shipped_2027_holidays();
    bad["entries"][0]["kind"] = "LIBUR_DAERAH";
    app.pull({catalogue_change(bad, "0190000000000001")});
    app.restart();
    app.flush();
    CHECK_FALSE(current_catalogues()->in_force("holidays")->received);
    CHECK(current_catalogues()->ignored().size() == 1);
    CHECK(hearing_not_before(app) == Date::parse("2027-01-06"));
}
