#include "admin/commands.h"

#include <catch2/catch.hpp>

#include "admin_fixture.h"
#include "core/timestamp.h"
#include "service/directory.h"

using namespace pantau;
using namespace pantau::server;
using pantau::server::testing::AdminFixture;
using pantau::server::testing::Outcome;

namespace {

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

TEST_CASE("the administration commands are recognised by their first word") {
    for (const char* word : {"demo-data", "unit", "employee", "user", "enroll-code", "device",
                             "export", "catalogue", "backup", "restore"})
        CHECK(is_admin_command({word}));
    CHECK_FALSE(is_admin_command({"serve"}));
    CHECK_FALSE(is_admin_command({}));
}

TEST_CASE("the program's usage lists every administration command") {
    const std::string text = admin_synopses();
    for (const char* command :
         {"demo-data", "unit add", "employee import", "user add", "enroll-code", "device list",
          "export", "catalogue import", "catalogue list", "backup", "restore"})
        CHECK(text.find(std::string("  pantau-server ") + command) != std::string::npos);
}

TEST_CASE("unit add prints the new unit's id and stores the unit under its parent") {
    AdminFixture f;
    const std::string root = f.add_unit("Pemerintah Kabupaten Sukamaju", "PEMDA");
    const Outcome o = f.run({"unit", "add", "--json", "--parent", root, "--name", "Dinas Kesehatan",
                             "--kind", "OPD", "--timezone", "Asia/Makassar"});
    REQUIRE(o.code == 0);
    const auto j = o.json();
    REQUIRE(j.at("id").is_string());
    const std::string id = j.at("id");
    auto store = f.open();
    store->read([&](ServerTransaction& tx) {
        auto unit = tx.current("unit", id);
        REQUIRE(unit);
        CHECK(unit->data.at("name") == "Dinas Kesehatan");
        CHECK(unit->data.at("parent_id") == root);
        CHECK(unit->data.at("timezone") == "Asia/Makassar");
        CHECK(unit->origin == "server");
    });
}

TEST_CASE("unit add without --json prints a readable line with the id") {
    AdminFixture f;
    const Outcome o = f.run({"unit", "add", "--name", "Kecamatan Sukamaju", "--kind", "KECAMATAN"});
    REQUIRE(o.code == 0);
    CHECK(o.out.find("Unit added: ") == 0);
    CHECK(o.out.find("Kecamatan Sukamaju") != std::string::npos);
}

TEST_CASE("unit add under an unknown parent or of an unknown kind fails with a JSON error") {
    AdminFixture f;
    const Outcome unknown_parent = f.run({"unit", "add", "--name", "X", "--kind", "OPD", "--parent",
                                          "0b1f0000-0000-4000-8000-000000000000", "--json"});
    CHECK(unknown_parent.code == 1);
    CHECK(unknown_parent.json().at("error").at("code") == "unknown_unit");
    CHECK(unknown_parent.err.find("no parent unit") != std::string::npos);

    const Outcome bad_kind = f.run({"unit", "add", "--name", "X", "--kind", "PLANET", "--json"});
    CHECK(bad_kind.code == 1);
    CHECK(bad_kind.json().at("error").at("code") == "invalid_unit");
}

TEST_CASE("a missing required flag, an unknown flag or a stray word is a usage error") {
    AdminFixture f;
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"unit", "add", "--kind", "OPD"},
             {"unit", "add", "--name", "X", "--kind", "OPD", "--colour", "red"},
             {"unit", "add", "--name", "X", "--kind", "OPD", "extra"},
             {"unit"},
             {"unit", "remove"},
             {"user", "add", "--name", "A"},
             {"enroll-code"},
             {"device", "revoke"},
             {"employee", "import"},
             {"export", "--type", "attendance"}}) {
        const Outcome o = f.run(args);
        INFO(args[0] << " " << (args.size() > 1 ? args[1] : ""));
        CHECK(o.code == 2);
        CHECK(o.err.find("usage") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(f.dir() / "x.db"));
}

TEST_CASE("the --help flag prints the command's usage and succeeds") {
    const Outcome o = AdminFixture::run_as_given({"user", "add", "--help"});
    CHECK(o.code == 0);
    CHECK(o.out.find("user add") != std::string::npos);
}

TEST_CASE("user add takes repeated --unit flags in any order") {
    AdminFixture f;
    const std::string a = f.add_unit("Puskesmas A", "PUSKESMAS");
    const std::string b = f.add_unit("Puskesmas B", "PUSKESMAS");
    const Outcome o = f.run({"user", "add", "--unit", a, "--json", "--role", "supervisor", "--unit",
                             b, "--name", "dr. Ratna Sari Dewi"});
    REQUIRE(o.code == 0);
    const auto j = o.json();
    CHECK(j.at("id").is_string());
    CHECK(j.at("role") == "supervisor");
    CHECK(j.at("name") == "dr. Ratna Sari Dewi");
    std::vector<std::string> expected = {a, b};
    std::sort(expected.begin(), expected.end());
    CHECK(j.at("units").get<std::vector<std::string>>() == expected);
}

TEST_CASE("user add refuses an unknown role, a supervisor without units and unknown units") {
    AdminFixture f;
    const Outcome role = f.run({"user", "add", "--name", "A", "--role", "boss", "--json"});
    CHECK(role.code == 1);
    CHECK(role.json().at("error").at("code") == "bad_role");

    const Outcome no_unit = f.run({"user", "add", "--name", "A", "--role", "supervisor", "--json"});
    CHECK(no_unit.code == 1);
    CHECK(no_unit.json().at("error").at("code") == "unit_required");

    const Outcome unknown = f.run({"user", "add", "--name", "A", "--role", "supervisor", "--unit",
                                   "0b1f0000-0000-4000-8000-000000000000", "--json"});
    CHECK(unknown.code == 1);
    CHECK(unknown.json().at("error").at("code") == "unknown_unit");

    const Outcome hr = f.run({"user", "add", "--name", "BKPSDM", "--role", "hr", "--json"});
    CHECK(hr.code == 0);
    CHECK(hr.json().at("units").empty());
}

TEST_CASE("an enrolment code enrols one device, once") {
    AdminFixture f;
    const Outcome user = f.run({"user", "add", "--name", "HR", "--role", "hr", "--json"});
    REQUIRE(user.code == 0);
    const std::string user_id = user.json().at("id");
    const Outcome issued = f.run({"enroll-code", "--user", user_id, "--json"});
    REQUIRE(issued.code == 0);
    const auto j = issued.json();
    CHECK(j.at("user") == user_id);
    const std::string code = j.at("code");

    auto store = f.open();
    store->write([&](ServerTransaction& tx) {
        const std::int64_t now = now_ms();
        auto first = enroll(tx, code, "HP Samsung A05", now, "127.0.0.1");
        REQUIRE(first);
        CHECK(first->user.id == user_id);
        CHECK_FALSE(enroll(tx, code, "second phone", now, "127.0.0.1"));
    });
}

TEST_CASE("the --ttl flag sets when the enrolment code expires") {
    AdminFixture f;
    const std::string user_id =
        f.run({"user", "add", "--name", "Inspektorat", "--role", "oversight", "--json"})
            .json()
            .at("id");
    for (auto [ttl, ms] : {std::pair{"30m", 1'800'000LL}, std::pair{"3600s", 3'600'000LL},
                           std::pair{"7d", 604'800'000LL}, std::pair{"", 72 * 3'600'000LL}}) {
        std::vector<std::string> args = {"enroll-code", "--user", user_id, "--json"};
        if (*ttl) {
            args.push_back("--ttl");
            args.push_back(ttl);
        }
        const std::int64_t before = now_ms();
        const Outcome o = f.run(args);
        const std::int64_t after = now_ms();
        REQUIRE(o.code == 0);
        const auto expires = parse_timestamp(o.json().at("expires_at").get<std::string>());
        REQUIRE(expires);
        CHECK(*expires >= before + ms);
        CHECK(*expires <= after + ms);
    }
    const Outcome bad = f.run({"enroll-code", "--user", user_id, "--ttl", "soon", "--json"});
    CHECK(bad.code == 1);
    CHECK(bad.json().at("error").at("code") == "bad_ttl");
}

TEST_CASE("enroll-code for an unknown user fails") {
    AdminFixture f;
    const Outcome o = f.run({"enroll-code", "--user", "nobody", "--json"});
    CHECK(o.code == 1);
    CHECK(o.json().at("error").at("code") == "unknown_user");
}

TEST_CASE("device list shows enrolled devices and device revoke stops their token") {
    AdminFixture f;
    const std::string user_id =
        f.run({"user", "add", "--name", "HR", "--role", "hr", "--json"}).json().at("id");
    const std::string code = f.run({"enroll-code", "--user", user_id, "--json"}).json().at("code");
    std::string token;
    std::string device_id;
    {
        auto store = f.open();
        store->write([&](ServerTransaction& tx) {
            auto enrolment = enroll(tx, code, "Tablet BKPSDM", now_ms(), "10.0.0.7");
            REQUIRE(enrolment);
            token = enrolment->token;
            device_id = enrolment->device.id;
        });
    }

    const Outcome list = f.run({"device", "list", "--json"});
    REQUIRE(list.code == 0);
    const auto devices = list.json().at("devices");
    REQUIRE(devices.size() == 1);
    CHECK(devices[0].at("id") == device_id);
    CHECK(devices[0].at("name") == "Tablet BKPSDM");
    CHECK(devices[0].at("revoked_at").is_null());
    CHECK(f.run({"device", "list"}).out.find("Tablet BKPSDM") != std::string::npos);

    const Outcome revoked = f.run({"device", "revoke", device_id, "--json"});
    REQUIRE(revoked.code == 0);
    CHECK(revoked.json() == nlohmann::json{{"id", device_id}, {"revoked", true}});

    auto store = f.open();
    store->read([&](ServerTransaction& tx) {
        CHECK_FALSE(authenticate(tx, "Bearer " + token));
        bool audited = false;
        for (const auto& entry : tx.audit_after(0, 100))
            if (entry.action == "device_revoke") {
                audited = true;
                CHECK(entry.user_id == "admin");
                CHECK(entry.device_id == device_id);
                CHECK(entry.address == "cli");
            }
        CHECK(audited);
    });
    CHECK_FALSE(
        f.run({"device", "list", "--json"}).json().at("devices")[0].at("revoked_at").is_null());
}

TEST_CASE("revoking an unknown device fails") {
    AdminFixture f;
    const Outcome o = f.run({"device", "revoke", "no-such-device", "--json"});
    CHECK(o.code == 1);
    CHECK(o.json().at("error").at("code") == "unknown_device");
    CHECK(o.err.find("no-such-device") != std::string::npos);
}

TEST_CASE("a store URL of an unknown kind fails with a clear message") {
    const Outcome o = AdminFixture::run_as_given(
        {"device", "list", "--store", "mysql://localhost/pantau", "--json"});
    CHECK(o.code == 1);
    CHECK(o.json().at("error").at("code") == "bad_store_url");
    CHECK(o.err.find("sqlite:PATH") != std::string::npos);
}

TEST_CASE("the store defaults to sqlite:pantau.db in the working directory") {
    AdminFixture f;
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(f.dir());
    const Outcome o =
        AdminFixture::run_as_given({"unit", "add", "--name", "Pemda", "--kind", "PEMDA"});
    std::filesystem::current_path(previous);
    CHECK(o.code == 0);
    CHECK(std::filesystem::exists(f.dir() / "pantau.db"));
}
