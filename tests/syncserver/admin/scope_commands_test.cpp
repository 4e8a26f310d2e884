// `employee move`, `employee deactivate`, `unit move` and `period
// close|reopen|list` from the command line: each writes its change once,
// audits it, and says so; doing it again changes nothing.
#include <catch2/catch.hpp>

#include "admin_fixture.h"
#include "sync/scope_exit.h"

using namespace pantau;
using namespace pantau::server;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

constexpr const char* kNip = "198503122010012003";

void import_one(const AdminFixture& f, const std::string& unit) {
    const std::string path = f.write_file(
        "pegawai.csv", "nip,name,kind,golongan,jabatan,unit_id\n" + std::string(kNip) +
                           ",Siti Rahmawati,PNS,III/c,Perawat Ahli Muda," + unit + "\n");
    REQUIRE(f.run({"employee", "import", path}).code == 0);
}

std::vector<std::string> audit_actions(const AdminFixture& f) {
    std::vector<std::string> actions;
    f.open()->read([&](ServerTransaction& tx) {
        for (const auto& entry : tx.audit_after(0, 100))
            actions.push_back(entry.action);
    });
    return actions;
}

std::size_t count(const std::vector<std::string>& all, const std::string& one) {
    return static_cast<std::size_t>(std::count(all.begin(), all.end(), one));
}

}  // namespace

TEST_CASE("employee move writes the move and the old unit's exit once, audited") {
    AdminFixture f;
    const std::string dinas = f.add_unit("Dinas Kesehatan", "OPD");
    const std::string a = f.add_unit("UPT Puskesmas Sukamaju", "PUSKESMAS", dinas);
    const std::string b = f.add_unit("UPT Puskesmas Cibeureum", "PUSKESMAS", dinas);
    import_one(f, a);

    const Outcome moved = f.run({"employee", "move", "--nip", kNip, "--unit", b, "--json"});
    INFO(moved.err);
    REQUIRE(moved.code == 0);
    CHECK(moved.json().at("from_unit") == a);
    CHECK(moved.json().at("to_unit") == b);
    CHECK(moved.json().at("changed") == true);
    const Outcome again = f.run({"employee", "move", "--nip", kNip, "--unit", b});
    REQUIRE(again.code == 0);
    CHECK(again.out.find("nothing changed") != std::string::npos);

    f.open()->read([&](ServerTransaction& tx) {
        CHECK(tx.employee_by_nip(kNip)->unit_id == b);
        const auto exits = tx.records_of_type(std::string(sync::kScopeExitRecordType));
        REQUIRE(exits.size() == 1);
        const auto exit = sync::ScopeExit::of(exits[0]);
        REQUIRE(exit);
        CHECK(exit->from_unit == a);
        CHECK(exit->to_unit == b);
    });
    CHECK(count(audit_actions(f), "employee_move") == 1);

    CHECK(f.run({"employee", "move", "--nip", "199999999999999999", "--unit", b}).code == 1);
    const Outcome nowhere = f.run(
        {"employee", "move", "--nip", kNip, "--unit", "5d2c8e1f-6a4b-4f3e-8c7d-1b9a0e2f3c4d"});
    CHECK(nowhere.code == 1);
    CHECK(nowhere.err.find("no unit") != std::string::npos);
}

TEST_CASE("employee deactivate keeps the employee, inactive, audited once") {
    AdminFixture f;
    const std::string a = f.add_unit("UPT Puskesmas Sukamaju", "PUSKESMAS");
    import_one(f, a);
    REQUIRE(f.run({"employee", "deactivate", "--nip", kNip}).code == 0);
    const Outcome again = f.run({"employee", "deactivate", "--nip", kNip, "--json"});
    REQUIRE(again.code == 0);
    CHECK(again.json().at("changed") == false);
    f.open()->read([&](ServerTransaction& tx) {
        const auto e = tx.employee_by_nip(kNip);
        REQUIRE(e);
        CHECK_FALSE(e->deleted);
        CHECK(e->data.at("active") == false);
        CHECK(e->unit_id == a);
    });
    CHECK(count(audit_actions(f), "employee_deactivate") == 1);
}

TEST_CASE("unit move refuses a cycle and moves a unit with what is under it") {
    AdminFixture f;
    const std::string dinas = f.add_unit("Pemerintah Kabupaten", "PEMDA");
    const std::string k1 = f.add_unit("Kecamatan Cibiru", "KECAMATAN", dinas);
    const std::string k2 = f.add_unit("Kecamatan Ujung", "KECAMATAN", dinas);
    const std::string x = f.add_unit("Kelurahan Pasir", "KELURAHAN", k1);

    const Outcome cycle = f.run({"unit", "move", "--unit", k1, "--parent", x});
    CHECK(cycle.code == 1);
    CHECK(cycle.err.find("cannot move under itself") != std::string::npos);
    const Outcome moved = f.run({"unit", "move", "--unit", k1, "--parent", k2, "--json"});
    INFO(moved.err);
    REQUIRE(moved.code == 0);
    CHECK(moved.json().at("from_parent") == dinas);
    CHECK(moved.json().at("units").size() == 2);  // the kecamatan and its kelurahan
    f.open()->read([&](ServerTransaction& tx) {
        CHECK(tx.current("unit", k1)->data.at("parent_id") == k2);
        CHECK(tx.records_of_type(std::string(sync::kScopeExitRecordType)).size() == 2);
    });
    CHECK(f.run({"unit", "move", "--unit", k1, "--parent", k2}).out.find("nothing changed") !=
          std::string::npos);
    CHECK(count(audit_actions(f), "unit_move") == 1);
}

TEST_CASE("period close, list and reopen, each audited, with usage errors a clerk understands") {
    AdminFixture f;
    const Outcome closed = f.run({"period", "close", "--kind", "attendance", "--month", "2026-10",
                                  "--grace", "48h", "--json"});
    INFO(closed.err);
    REQUIRE(closed.code == 0);
    CHECK(closed.json().at("closed") == true);
    CHECK(closed.json().at("grace_ms") == 48 * 3'600'000LL);
    CHECK(closed.json().at("closed_by") == "BKPSDM");
    CHECK(f.run({"period", "close", "--kind", "attendance", "--month", "2026-10", "--grace", "48h"})
              .out.find("nothing changed") != std::string::npos);

    const Outcome list = f.run({"period", "list"});
    REQUIRE(list.code == 0);
    CHECK(list.out.find("attendance  2026-10  closed") != std::string::npos);

    const Outcome reopened =
        f.run({"period", "reopen", "--kind", "attendance", "--month", "2026-10", "--json"});
    REQUIRE(reopened.code == 0);
    CHECK(reopened.json().at("closed") == false);
    const auto listed = f.run({"period", "list", "--json"}).json().at("periods");
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].at("closed") == false);

    const auto actions = audit_actions(f);
    CHECK(count(actions, "period_close") == 1);
    CHECK(count(actions, "period_reopen") == 1);

    CHECK(f.run({"period", "close", "--kind", "payroll", "--month", "2026-10"})
              .err.find("--kind must be attendance or evaluation") != std::string::npos);
    CHECK(f.run({"period", "close", "--kind", "attendance"}).err.find("--month YYYY-MM") !=
          std::string::npos);
    CHECK(
        f.run({"period", "close", "--kind", "attendance", "--month", "2026-10", "--grace", "soon"})
            .code == 1);
    CHECK(f.run({"period", "reopen", "--kind", "evaluation", "--period", "2025"})
              .err.find("never closed") != std::string::npos);
}
