// Catalogues from the server: a newer version imported on the server reaches
// every phone at its next sync, whatever its unit, and the phone's working-day
// counts use it.
#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <iterator>
#include <sstream>

#include "admin/commands.h"
#include "fixture.h"
#include "records/catalogue_set.h"
#include "service/master_data.h"
#include "syncserver/blackbox/test_device.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

json shipped_2027_holidays() {
    std::ifstream file(std::string(PANTAU_CATALOGUE_UPDATES) + "/holidays-2027.1.json");
    REQUIRE(file);
    return json::parse(std::string{std::istreambuf_iterator<char>(file), {}});
}

// What the phone does after a pull: the set from the catalogues it holds.
std::shared_ptr<const CatalogueSet> phone_catalogues(TestDevice& phone) {
    std::vector<json> documents;
    for (const auto& record : phone.store().list(std::string(kCatalogueRecordType)))
        if (!record.deleted)
            documents.push_back(record.data);
    return CatalogueSet::from_documents(documents);
}

Date day(const char* text) {
    return *Date::parse(text);
}

}  // namespace

TEST_CASE("phones enrolled before a catalogue import receive it at their next sync") {
    Fixture f;
    TestDevice phone_a(router_transport(f), f.code_for(f.supervisor_a),
                       (f.dir / "phone-a.db").string());
    TestDevice phone_b(router_transport(f), f.code_for(f.supervisor_b),
                       (f.dir / "phone-b.db").string());
    REQUIRE(phone_a.sync(f.now) == SyncOutcome::Finished);
    REQUIRE(phone_b.sync(f.now) == SyncOutcome::Finished);

    // Before: the embedded table, which ends with 2026.
    const auto before = phone_catalogues(phone_a);
    CHECK_FALSE(before->in_force("holidays")->received);
    CHECK(before->next_step_due(CaseState::SUMMONED_1, day("2026-12-28"))->date ==
          day("2027-01-06"));

    f.store->write([&](ServerTransaction& tx) {
        REQUIRE(import_catalogue(tx, shipped_2027_holidays(), f.now + 1000));
    });
    REQUIRE(phone_a.sync(f.now + 2000) == SyncOutcome::Finished);
    REQUIRE(phone_b.sync(f.now + 2000) == SyncOutcome::Finished);

    for (TestDevice* phone : {&phone_a, &phone_b}) {
        const auto stored =
            phone->store().get(std::string(kCatalogueRecordType), catalogue_record_id("holidays"));
        REQUIRE(stored);
        CHECK(stored->unit_id == sync::kGlobalScopeUnit);
        const auto set = phone_catalogues(*phone);
        CHECK(set->in_force("holidays")->received);
        CHECK(set->in_force("holidays")->version == "2027.1");
        // 1 January (New Year) and 5 January 2027 (Isra Mikraj, verify) are not working days.
        CHECK(set->next_step_due(CaseState::SUMMONED_1, day("2026-12-28"))->date ==
              day("2027-01-08"));
    }
}

TEST_CASE("a device cannot push a catalogue") {
    Fixture f;
    Phone phone(f, f.supervisor_a);
    auto document = shipped_2027_holidays();
    const auto global =
        phone.push(record(std::string(kCatalogueRecordType), catalogue_record_id("holidays"),
                          std::string(sync::kGlobalScopeUnit), "019ab3c4d5e60000", document));
    CHECK(global.at("status") == "rejected");
    const auto in_unit =
        phone.push(record(std::string(kCatalogueRecordType), catalogue_record_id("holidays"),
                          f.unit_a, "019ab3c4d5e60001", document));
    CHECK(in_unit.at("status") == "rejected");
    f.store->read([&](ServerTransaction& tx) {
        CHECK(tx.records_of_type(std::string(kCatalogueRecordType)).empty());
    });
}

TEST_CASE("an import that is not newer than the stored version changes nothing") {
    Fixture f;
    const auto document = shipped_2027_holidays();
    f.store->write([&](ServerTransaction& tx) { REQUIRE(import_catalogue(tx, document, f.now)); });
    std::string version_before;
    f.store->read([&](ServerTransaction& tx) {
        version_before = tx.current("catalogue", catalogue_record_id("holidays"))->version;
    });
    f.store->write([&](ServerTransaction& tx) {
        const auto again = import_catalogue(tx, document, f.now + 1000);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == "not_newer");
        auto older = document;
        older["version"] = "2026.5";
        CHECK(import_catalogue(tx, older, f.now + 1000).error().code == "not_newer");
    });
    f.store->read([&](ServerTransaction& tx) {
        CHECK(tx.current("catalogue", catalogue_record_id("holidays"))->version == version_before);
        const auto stored = stored_catalogues(tx);
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].version == "2027.1");
        CHECK(stored[0].verify);
        CHECK(stored[0].imported_at >= f.now);
    });
}

namespace {

// The embedded leave kinds as version 2027.1, with paternity leave added.
json leave_kinds_with_paternity_leave() {
    json document = {{"catalogue", "leave_kinds"},
                     {"version", "2027.1"},
                     {"source", "test: a regional regulation adds a kind of leave"},
                     {"entries", embedded_catalogue("leave_kinds").entries}};
    document["entries"].push_back({{"code", "CUTI_PENDAMPINGAN_PERSALINAN"},
                                   {"label_id", "Cuti pendampingan persalinan"},
                                   {"label_en", "Paternity leave"},
                                   {"max_length_id", "Paling lama 1 bulan."},
                                   {"max_length_en", "Up to 1 month."}});
    return document;
}

sync::Change paternity_leave(Fixture& f, const std::string& version) {
    sync::Change change =
        attendance(f.unit_a, f.employee_a, "2026-11-23", "CUTI", version, "", std::nullopt);
    change.data["leave_kind"] = "CUTI_PENDAMPINGAN_PERSALINAN";
    return change;
}

}  // namespace

TEST_CASE("a leave kind added by catalogue import is accepted in a push and refused before") {
    Fixture f;
    Phone phone(f, f.supervisor_a);
    const auto before = phone.push(paternity_leave(f, version_at(f.now)));
    CHECK(before.at("status") == "rejected");
    CHECK_THAT(before.dump(), Catch::Contains("leave_kind"));

    // `pantau-server catalogue import`, against the store the running service has open.
    const auto file = f.dir / "leave_kinds-2027.1.json";
    std::ofstream(file) << leave_kinds_with_paternity_leave().dump();
    std::ostringstream out, err;
    REQUIRE(run_admin_command({"catalogue", "import", file.string(), "--store", f.store_url}, out,
                              err) == 0);

    // The next push counts with it, without a restart.
    const auto after = phone.push(paternity_leave(f, version_at(f.now + 1000)));
    INFO(after.dump());
    CHECK(after.at("status") == "applied");
    f.store->read([&](ServerTransaction& tx) {
        const auto stored = tx.current("attendance", paternity_leave(f, "").id);
        REQUIRE(stored);
        CHECK(stored->data.at("leave_kind") == "CUTI_PENDAMPINGAN_PERSALINAN");
        CHECK(catalogues_in_force(tx)->leave_kinds().find("CUTI_PENDAMPINGAN_PERSALINAN"));
    });
}

TEST_CASE("an import that leaves out a code the stored version added is refused") {
    Fixture f;
    f.store->write([&](ServerTransaction& tx) {
        REQUIRE(import_catalogue(tx, leave_kinds_with_paternity_leave(), f.now));
    });
    json without = leave_kinds_with_paternity_leave();
    without["version"] = "2027.2";
    without["entries"].erase(without["entries"].size() - 1);
    json without_embedded = leave_kinds_with_paternity_leave();
    without_embedded["version"] = "2027.3";
    without_embedded["entries"].erase(0);  // CUTI_TAHUNAN
    f.store->write([&](ServerTransaction& tx) {
        const auto dropped = import_catalogue(tx, without, f.now + 1000);
        REQUIRE_FALSE(dropped);
        CHECK(dropped.error().code == "drops_code");
        CHECK_THAT(dropped.error().message, Catch::Contains("CUTI_PENDAMPINGAN_PERSALINAN"));
        const auto embedded_code = import_catalogue(tx, without_embedded, f.now + 1000);
        REQUIRE_FALSE(embedded_code);
        CHECK(embedded_code.error().code == "drops_code");
        CHECK_THAT(embedded_code.error().message, Catch::Contains("CUTI_TAHUNAN"));
    });
    f.store->read([&](ServerTransaction& tx) {
        const auto stored = stored_catalogues(tx);
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].version == "2027.1");
    });
}

TEST_CASE("an article added by catalogue import may be cited by a case pushed after it") {
    Fixture f;
    Phone phone(f, f.supervisor_a);
    const json the_case = {{"employee_id", f.employee_a},
                           {"opened_at", "2026-11-23T01:00:00Z"},
                           {"article", "5o"},
                           {"level_estimate", "RINGAN"},
                           {"summary", "Larangan baru"}};
    const std::string id = "00000000-0000-4000-8000-000000000501";
    CHECK(phone.push(record("discipline_case", id, f.unit_a, version_at(f.now), the_case))
              .at("status") == "rejected");

    json articles = {{"catalogue", "pp94_articles"},
                     {"version", "2027.1"},
                     {"source", "test"},
                     {"entries", embedded_catalogue("pp94_articles").entries}};
    articles["entries"].push_back({{"code", "5o"},
                                   {"kind", "LARANGAN"},
                                   {"title_id", "Larangan baru"},
                                   {"title_en", "A new prohibition"}});
    f.store->write([&](ServerTransaction& tx) { REQUIRE(import_catalogue(tx, articles, f.now)); });
    const auto after =
        phone.push(record("discipline_case", id, f.unit_a, version_at(f.now + 1000), the_case));
    INFO(after.dump());
    CHECK(after.at("status") == "applied");
}
