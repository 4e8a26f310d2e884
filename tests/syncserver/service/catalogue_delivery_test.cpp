// Catalogues from the server: a newer version imported on the server reaches
// every phone at its next sync, whatever its unit, and the phone's working-day
// counts use it.
#include <catch2/catch.hpp>
#include <cctype>
#include <fstream>
#include <iterator>

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
