// Dashboard sign-ins from the command line: `user add --login`, `user
// passwd` (the password read from standard input), and the demo's logins.
#include <catch2/catch.hpp>

#include "admin/command_run.h"
#include "admin/demo_data.h"
#include "admin_fixture.h"
#include "service/web_accounts.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

bool signs_in(const AdminFixture& f, const std::string& login, const std::string& password) {
    bool ok = false;
    f.open()->write([&](ServerTransaction& tx) {
        ok = sign_in(tx, login, password, "127.0.0.1", now_ms()).has_value();
    });
    return ok;
}

}  // namespace

TEST_CASE(
    "user add --login names a sign-in and user passwd sets its password from standard "
    "input") {
    AdminFixture f;
    const Outcome added = f.run(
        {"user", "add", "--name", "Admin BKPSDM", "--role", "hr", "--login", "admin.hr", "--json"});
    REQUIRE(added.code == 0);
    CHECK(added.json().at("login") == "admin.hr");
    // A login is unique and of a plain form.
    CHECK(f.run({"user", "add", "--name", "Lain", "--role", "hr", "--login", "admin.hr"}).code ==
          1);
    const Outcome bad =
        f.run({"user", "add", "--name", "Lain", "--role", "hr", "--login", "Admin HR", "--json"});
    CHECK(bad.json().at("error").at("code") == "bad_login");

    CHECK_FALSE(signs_in(f, "admin.hr", "rahasia-panjang-99"));  // no password yet
    const Outcome set = f.run_with_input({"user", "passwd", "--login", "admin.hr", "--json"},
                                         "rahasia-panjang-99\n");
    REQUIRE(set.code == 0);
    CHECK(signs_in(f, "admin.hr", "rahasia-panjang-99"));
    CHECK_FALSE(signs_in(f, "admin.hr", "rahasia-panjang-98"));
    // Too short, or for nobody: refused, nothing changed.
    const Outcome weak =
        f.run_with_input({"user", "passwd", "--login", "admin.hr", "--json"}, "pendek\n");
    CHECK(weak.json().at("error").at("code") == "weak_password");
    CHECK(signs_in(f, "admin.hr", "rahasia-panjang-99"));
    CHECK(f.run_with_input({"user", "passwd", "--login", "siapa", "--json"}, "rahasia-panjang-99\n")
              .json()
              .at("error")
              .at("code") == "unknown_login");
    // A new password signs every browser out.
    std::optional<NewSession> session;
    f.open()->write([&](ServerTransaction& tx) {
        session = sign_in(tx, "admin.hr", "rahasia-panjang-99", "127.0.0.1", now_ms());
    });
    REQUIRE(session);
    REQUIRE(
        f.run_with_input({"user", "passwd", "--login", "admin.hr"}, "yang-baru-lagi-77\r\n").code ==
        0);
    f.open()->write(
        [&](ServerTransaction& tx) { CHECK_FALSE(session_of(tx, session->token, now_ms())); });
    CHECK(signs_in(f, "admin.hr", "yang-baru-lagi-77"));  // the CR of a Windows line is not kept
    // The store holds the Argon2id hash, never the password.
    std::ifstream db(f.dir() / "x.db", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(db)), std::istreambuf_iterator<char>());
    CHECK(bytes.find("yang-baru-lagi-77") == std::string::npos);
}

TEST_CASE("demo-data seeds a history and prints web logins whose fresh passwords work") {
    AdminFixture f;
    const Outcome first = f.run({"demo-data", "--json"});
    REQUIRE(first.code == 0);
    const auto j = first.json();
    CHECK(j.at("history").at("attendance_written").get<int>() > 5000);
    CHECK(j.at("history").at("cases_written") == 4);
    CHECK(j.at("history").at("evaluations_written") == 158);
    CHECK(j.at("history").at("surveys_written").get<int>() > 100);
    const auto& logins = j.at("web_logins");
    REQUIRE(logins.size() == 3);
    std::set<std::string> roles;
    for (const auto& l : logins) {
        roles.insert(l.at("role").get<std::string>());
        CHECK(signs_in(f, l.at("login"), l.at("password")));
    }
    CHECK(roles == std::set<std::string>{"hr", "oversight", "supervisor"});

    // Again: nothing written twice, and new passwords (the old ones stop working).
    const Outcome second = f.run({"demo-data", "--json"});
    REQUIRE(second.code == 0);
    const auto again = second.json();
    CHECK(again.at("history").at("attendance_written") == 0);
    CHECK(again.at("history").at("cases_written") == 0);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& old_login = logins[i];
        const auto& new_login = again.at("web_logins")[i];
        CHECK(new_login.at("password") != old_login.at("password"));
        CHECK_FALSE(signs_in(f, old_login.at("login"), old_login.at("password")));
        CHECK(signs_in(f, new_login.at("login"), new_login.at("password")));
    }
    // The text form prints them too.
    const Outcome text = f.run({"demo-data"});
    CHECK(text.out.find("Dashboard sign-in") != std::string::npos);

    AdminFixture bare;
    const auto none = bare.run({"demo-data", "--no-history", "--json"}).json();
    CHECK(none.at("history").at("attendance_written") == 0);
}
