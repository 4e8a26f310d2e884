#include <catch2/catch.hpp>

#include "admin_fixture.h"

using namespace pantau;
using namespace pantau::server;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

std::size_t employee_count(const AdminFixture& f) {
    std::size_t n = 0;
    f.open()->read([&](ServerTransaction& tx) { n = tx.records_of_type("employee").size(); });
    return n;
}

}  // namespace

TEST_CASE("employee import reads quoted names, any column order, CRLF and a byte order mark") {
    AdminFixture f;
    const std::string unit = f.add_unit("UPT Puskesmas Sukamaju", "PUSKESMAS");
    const std::string csv =
        "\xEF\xBB\xBF"
        "name,nip,kind,golongan,jabatan,unit_id\r\n"
        "\"Siti Rahmawati, S.Kep.\",198503122010012003,PNS,III/c,"
        "Perawat Ahli Muda," +
        unit +
        "\r\n"
        "dr. Ratna Sari Dewi,19780415 200501 2 004,pns,IV/a,"
        "Dokter Ahli Madya," +
        unit +
        "\r\n"
        "\"Agus Prasetyo, A.Md.KL.\",199606032023211001,PPPK,VII,"
        "\"Sanitarian Terampil\"," +
        unit + "\r\n";
    const std::string path = f.write_file("pegawai.csv", csv);

    const Outcome o = f.run({"employee", "import", path, "--json"});
    INFO(o.err);
    REQUIRE(o.code == 0);
    const auto j = o.json();
    CHECK(j.at("imported") == 3);
    REQUIRE(j.at("ids").size() == 3);
    for (const auto& id : j.at("ids"))
        CHECK(id.is_string());

    f.open()->read([&](ServerTransaction& tx) {
        auto siti = tx.employee_by_nip("198503122010012003");
        REQUIRE(siti);
        CHECK(siti->id == j.at("ids")[0]);
        CHECK(siti->data.at("name") == "Siti Rahmawati, S.Kep.");
        CHECK(siti->data.at("active") == true);
        CHECK(siti->unit_id == unit);
        auto ratna = tx.employee_by_nip("197804152005012004");
        REQUIRE(ratna);
        CHECK(ratna->data.at("kind") == "PNS");
        auto agus = tx.employee_by_nip("199606032023211001");
        REQUIRE(agus);
        CHECK(agus->data.at("jabatan") == "Sanitarian Terampil");
    });
}

TEST_CASE("importing a changed file updates employees by NIP instead of adding them") {
    AdminFixture f;
    const std::string unit = f.add_unit("UPT Puskesmas Sukamaju", "PUSKESMAS");
    const std::string header = "nip,name,kind,golongan,jabatan,unit_id\n";
    const std::string path =
        f.write_file("a.csv", header +
                                  "199203182019031005,Budi Santoso,PNS,II/b,Pengelola Layanan "
                                  "Operasional," +
                                  unit + "\n");
    const Outcome first = f.run({"employee", "import", path, "--json"});
    REQUIRE(first.code == 0);

    const Outcome same = f.run({"employee", "import", path, "--json"});
    REQUIRE(same.code == 0);
    CHECK(same.json().at("ids") == first.json().at("ids"));
    CHECK(same.json().at("unchanged") == 1);

    const std::string promoted =
        f.write_file("b.csv", header +
                                  "199203182019031005,Budi Santoso,PNS,II/c,Pengelola Layanan "
                                  "Operasional," +
                                  unit + "\n");
    const Outcome updated = f.run({"employee", "import", promoted});
    REQUIRE(updated.code == 0);
    CHECK(updated.out.find("Imported 1 employee(s)") != std::string::npos);
    CHECK(employee_count(f) == 1);
    f.open()->read([&](ServerTransaction& tx) {
        CHECK(tx.employee_by_nip("199203182019031005")->data.at("golongan") == "II/c");
    });
}

TEST_CASE("one bad row imports nothing and every bad line is reported with its number") {
    AdminFixture f;
    const std::string unit = f.add_unit("UPT Puskesmas Sukamaju", "PUSKESMAS");
    const std::string csv =
        "nip,name,kind,golongan,jabatan,unit_id\n"
        "198503122010012003,Siti Rahmawati,PNS,III/c,Perawat Ahli Muda," +
        unit +
        "\n"
        "198503122010132003,Nip Salah,PNS,III/c,Perawat Ahli Muda," +
        unit +
        "\n"
        "199001072015032002,Dewi Lestari,PNS,II/d,Bidan Terampil,"
        "0b1f0000-0000-4000-8000-000000000000\n"
        "198811232014021001,Ahmad Fauzi,PNS,IX,Apoteker Ahli Pertama," +
        unit +
        "\n"
        "198503122010012003,Siti Lagi,PNS,III/c,Perawat Ahli Muda," +
        unit +
        "\n"
        "199405112020122001,Terlalu Sedikit,PNS\n";
    const std::string path = f.write_file("bad.csv", csv);

    const Outcome o = f.run({"employee", "import", path, "--json"});
    CHECK(o.code == 1);
    const auto j = o.json();
    CHECK(j.at("error").at("code") == "import_failed");
    CHECK(j.at("imported") == 0);
    std::vector<std::size_t> lines;
    for (const auto& e : j.at("errors"))
        lines.push_back(e.at("line"));
    CHECK(lines == std::vector<std::size_t>{3, 4, 5, 6, 7});
    CHECK(j.at("errors")[0].at("message").get<std::string>().find("nip") != std::string::npos);
    CHECK(j.at("errors")[1].at("message").get<std::string>().find("no unit") != std::string::npos);
    CHECK(o.err.find("bad.csv:3:") != std::string::npos);
    CHECK(employee_count(f) == 0);
}

TEST_CASE("a header without the required columns is refused") {
    AdminFixture f;
    const std::string path = f.write_file("h.csv", "nip,nama,kind,golongan,jabatan\n");
    const Outcome o = f.run({"employee", "import", path, "--json"});
    CHECK(o.code == 1);
    const std::string errors = o.json().at("errors").dump();
    CHECK(errors.find("unknown column 'nama'") != std::string::npos);
    CHECK(errors.find("column 'name' is missing") != std::string::npos);
    CHECK(errors.find("column 'unit_id' is missing") != std::string::npos);
}

TEST_CASE("a file that cannot be read fails without touching the store") {
    AdminFixture f;
    const Outcome o = f.run({"employee", "import", (f.dir() / "missing.csv").string(), "--json"});
    CHECK(o.code == 1);
    CHECK(o.json().at("error").at("code") == "cannot_read_file");
}
