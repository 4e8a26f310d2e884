// `pantau-server report KIND` over the demo kabupaten: JSON, CSV for an
// Indonesian Excel, XLSX to a file, and clear refusals.
#include <catch2/catch.hpp>

#include "admin_fixture.h"

using namespace pantau::server;
using namespace pantau::server::testing;

TEST_CASE("report prints JSON and CSV, writes XLSX to a file, and refuses what it cannot do") {
    AdminFixture f;
    REQUIRE(f.run({"demo-data", "--json"}).code == 0);
    const Outcome json = f.run({"report", "discipline"});
    REQUIRE(json.code == 0);
    CHECK(json.json().at("report") == "discipline");
    CHECK(json.json().at("count") == 4);

    const Outcome csv = f.run({"report", "completeness", "--format", "csv", "--sep", ";"});
    REQUIRE(csv.code == 0);
    CHECK(csv.out.rfind("\xEF\xBB\xBFID unit;Unit;Pegawai aktif;", 0) == 0);
    const Outcome english = f.run({"report", "completeness", "--format", "csv", "--lang", "en"});
    CHECK(english.out.rfind("\xEF\xBB\xBFUnit id,Unit,Active staff,", 0) == 0);

    const auto file = (f.dir() / "pp94.xlsx").string();
    const Outcome xlsx = f.run({"report", "pp94", "--format", "xlsx", "--out", file});
    REQUIRE(xlsx.code == 0);
    std::ifstream in(file, std::ios::binary);
    std::string head(2, '\0');
    in.read(head.data(), 2);
    CHECK(head == "PK");

    CHECK(f.run({"report", "payroll"}).code == 1);
    CHECK(f.run({"report", "pp94", "--format", "xlsx"}).err.find("--out") != std::string::npos);
    CHECK(f.run({"report", "pp94", "--month", "2026-11"}).err.find("takes year") !=
          std::string::npos);
    CHECK(f.run({"report", "attendance-recap", "--unit", "nowhere"}).err.find("no unit") !=
          std::string::npos);
    // Every report leaves a line in the audit trail.
    int audited = 0;
    f.open()->read([&](ServerTransaction& tx) {
        for (const auto& e : tx.audit_after(0, 1000))
            audited += e.action == "report" ? 1 : 0;
    });
    CHECK(audited == 4);
}
