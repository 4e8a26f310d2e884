#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "admin_fixture.h"
#include "records/catalogue_set.h"

using namespace pantau;
using namespace pantau::server;
using nlohmann::json;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

const std::string kShipped = std::string(PANTAU_CATALOGUE_UPDATES) + "/holidays-2027.1.json";

std::size_t catalogue_records(const AdminFixture& f) {
    std::size_t n = 0;
    f.open()->read([&](ServerTransaction& tx) {
        n = tx.records_of_type(std::string(kCatalogueRecordType)).size();
    });
    return n;
}

json listed(const AdminFixture& f, const std::string& name, const std::string& origin) {
    const Outcome o = f.run({"catalogue", "list", "--json"});
    REQUIRE(o.code == 0);
    const json list = o.json();  // kept: a range-for over o.json().at(...) would dangle
    for (const auto& c : list.at("catalogues"))
        if (c.at("name") == name && c.at("origin") == origin)
            return c;
    return nullptr;
}

}  // namespace

TEST_CASE(
    "catalogue import stores a new version, audits it, and catalogue list shows it in force") {
    AdminFixture f;
    const json embedded = listed(f, "holidays", "embedded");
    REQUIRE(embedded.is_object());
    CHECK(embedded.at("in_force") == true);
    CHECK(listed(f, "holidays", "imported").is_null());

    const Outcome o = f.run({"catalogue", "import", kShipped, "--json"});
    INFO(o.err);
    REQUIRE(o.code == 0);
    CHECK(o.json().at("name") == "holidays");
    CHECK(o.json().at("version") == "2027.1");
    CHECK(o.json().at("verify") == true);
    CHECK(o.json().at("previous_version").is_null());

    const json imported = listed(f, "holidays", "imported");
    REQUIRE(imported.is_object());
    CHECK(imported.at("version") == "2027.1");
    CHECK(imported.at("in_force") == true);
    CHECK(imported.at("verify") == true);
    CHECK(imported.at("imported_at").is_string());
    CHECK(listed(f, "holidays", "embedded").at("in_force") == false);
    CHECK(listed(f, "discipline_deadlines", "embedded").at("in_force") == true);

    const Outcome text = f.run({"catalogue", "list"});
    CHECK(text.out.find("2027.1") != std::string::npos);

    f.open()->read([&](ServerTransaction& tx) {
        const auto audit = tx.audit_after(0, 100);
        REQUIRE_FALSE(audit.empty());
        CHECK(audit.back().action == "catalogue_import");
        CHECK(audit.back().detail.at("version") == "2027.1");
    });
}

TEST_CASE("a bad catalogue file is refused with the reason and changes nothing") {
    AdminFixture f;
    std::ifstream in(kShipped);
    json document = json::parse(std::string{std::istreambuf_iterator<char>(in), {}});

    json bad_date = document;
    bad_date["entries"][0]["date"] = "2027-02-30";
    const Outcome o =
        f.run({"catalogue", "import", f.write_file("bad.json", bad_date.dump()), "--json"});
    CHECK(o.code == 1);
    CHECK(o.json().at("error").at("code") == "invalid_catalogue");
    CHECK(o.err.find("holidays[0].date") != std::string::npos);

    json not_replaceable = document;
    not_replaceable["catalogue"] = "golongan";
    const Outcome o2 = f.run(
        {"catalogue", "import", f.write_file("articles.json", not_replaceable.dump()), "--json"});
    CHECK(o2.code == 1);
    CHECK(o2.json().at("error").at("code") == "not_replaceable");

    const Outcome o3 = f.run({"catalogue", "import", f.write_file("junk.json", "{\"catalogue\":")});
    CHECK(o3.code == 1);
    CHECK(o3.err.find("nothing was imported") != std::string::npos);

    const Outcome o4 = f.run({"catalogue", "import", (f.dir() / "missing.json").string()});
    CHECK(o4.code == 1);
    CHECK(catalogue_records(f) == 0);

    // Not newer than the stored version: refused, the stored one stays.
    REQUIRE(f.run({"catalogue", "import", kShipped}).code == 0);
    const Outcome again = f.run({"catalogue", "import", kShipped, "--json"});
    CHECK(again.code == 1);
    CHECK(again.json().at("error").at("code") == "not_newer");
    CHECK(catalogue_records(f) == 1);
    CHECK(listed(f, "holidays", "imported").at("version") == "2027.1");
}

TEST_CASE(
    "catalogue import takes a leave kinds version that adds a kind and refuses one that drops a "
    "kind") {
    AdminFixture f;
    json document = {{"catalogue", "leave_kinds"},
                     {"version", "2027.1"},
                     {"source", "test: a regional regulation adds a kind of leave"},
                     {"entries", embedded_catalogue("leave_kinds").entries}};
    document["entries"].push_back({{"code", "CUTI_PENDAMPINGAN_PERSALINAN"},
                                   {"label_id", "Cuti pendampingan persalinan"},
                                   {"label_en", "Paternity leave"},
                                   {"max_length_id", "Paling lama 1 bulan."},
                                   {"max_length_en", "Up to 1 month."}});
    const Outcome o =
        f.run({"catalogue", "import", f.write_file("leave_kinds.json", document.dump()), "--json"});
    INFO(o.err);
    REQUIRE(o.code == 0);
    CHECK(o.json().at("name") == "leave_kinds");
    const json imported = listed(f, "leave_kinds", "imported");
    REQUIRE(imported.is_object());
    CHECK(imported.at("in_force") == true);
    CHECK(listed(f, "leave_kinds", "embedded").at("in_force") == false);
    for (const auto name :
         {"attendance_statuses", "lateness_bands", "pp94_articles", "pp94_sanctions"})
        CHECK(listed(f, name, "embedded").at("in_force") == true);

    json dropped = document;
    dropped["version"] = "2027.2";
    dropped["entries"].erase(dropped["entries"].size() - 1);
    const Outcome refused =
        f.run({"catalogue", "import", f.write_file("dropped.json", dropped.dump()), "--json"});
    CHECK(refused.code == 1);
    CHECK(refused.json().at("error").at("code") == "drops_code");
    CHECK(refused.err.find("CUTI_PENDAMPINGAN_PERSALINAN") != std::string::npos);
    CHECK(listed(f, "leave_kinds", "imported").at("version") == "2027.1");
    CHECK(catalogue_records(f) == 1);
}
