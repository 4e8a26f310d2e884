// The dashboard's security and roles through the router, without a browser
// (tests/web drives a real Chromium): sessions, cookie flags, fixation,
// CSRF, sign-in limits, expiry, and every page against every role.
#include <catch2/catch.hpp>

#include "../service/fixture.h"
#include "attendance/work_calendar.h"
#include "http/query.h"
#include "org/unit.h"
#include "service/master_data.h"
#include "service/web_accounts.h"

using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

const std::string kPassword = "kata-sandi-yang-panjang";

struct Web {
    Web() {
        f.store->write([&](ServerTransaction& tx) {
            for (const auto& [user, login] :
                 {std::pair{f.hr, "hr"}, {f.oversight, "oversight"}, {f.supervisor_a, "kapus.a"}}) {
                REQUIRE(set_login(tx, user, login));
                REQUIRE(set_password(tx, login, kPassword));
            }
        });
    }

    HttpResponse send(const std::string& method, const std::string& target,
                      const std::string& body = "", const std::string& cookie = "",
                      const std::string& origin = "", bool secure = false,
                      const std::string& address = "127.0.0.1") {
        HttpRequest r = http_request(method, target, "", "", address);
        r.body = body;
        r.content_type = body.empty() ? "" : "application/x-www-form-urlencoded";
        r.cookie = cookie;
        r.host = "pantau.example:8787";
        r.origin = origin;
        r.secure = secure;
        return f.router->handle(r);
    }

    // The sign-in form's token and the cookie that carries it.
    std::pair<std::string, std::string> form_token() {
        const auto page = send("GET", "/masuk");
        REQUIRE(page.status == 200);
        const auto at = page.body.find("name=\"csrf\" value=\"");
        REQUIRE(at != std::string::npos);
        const std::string token = page.body.substr(at + 19, 64);
        return {token, "pantau_signin=" + token};
    }

    HttpResponse post_sign_in(const std::string& login, const std::string& password,
                              const std::string& extra_cookie = "", bool secure = false,
                              const std::string& address = "127.0.0.1") {
        const auto [token, cookie] = form_token();
        return send("POST", "/masuk",
                    "csrf=" + token + "&login=" + percent_encode(login) +
                        "&password=" + percent_encode(password) + "&next=%2F",
                    cookie + (extra_cookie.empty() ? "" : "; " + extra_cookie), "", secure,
                    address);
    }

    // The session cookie "pantau_session=..." a sign-in set.
    static std::string session_cookie(const HttpResponse& r) {
        for (const auto& [name, value] : r.headers)
            if (name == "Set-Cookie" && value.rfind("pantau_session=", 0) == 0)
                return value.substr(0, value.find(';'));
        return {};
    }
    static std::string set_cookie(const HttpResponse& r, const std::string& name) {
        for (const auto& [key, value] : r.headers)
            if (key == "Set-Cookie" && value.rfind(name + "=", 0) == 0)
                return value;
        return {};
    }

    std::string sign_in(const std::string& login) {
        const auto r = post_sign_in(login, kPassword);
        REQUIRE(r.status == 303);
        return session_cookie(r);
    }

    // The CSRF token a signed-in page carries in its forms.
    std::string csrf(const std::string& cookie) {
        const auto page = send("GET", "/", "", cookie);
        REQUIRE(page.status == 200);
        const auto at = page.body.find("name=\"csrf\" value=\"");
        REQUIRE(at != std::string::npos);
        return page.body.substr(at + 19, 64);
    }

    Fixture f;
};

}  // namespace

TEST_CASE("signing in gives an HttpOnly SameSite=Strict session cookie, Secure under TLS") {
    Web w;
    const auto plain = w.post_sign_in("hr", kPassword);
    REQUIRE(plain.status == 303);
    const std::string cookie = w.set_cookie(plain, "pantau_session");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(cookie.find("Max-Age=28800") != std::string::npos);
    CHECK(cookie.find("Secure") == std::string::npos);
    const auto tls = w.post_sign_in("hr", kPassword, "", true);
    CHECK(w.set_cookie(tls, "pantau_session").find("; Secure") != std::string::npos);
    // The session works, and the store keeps only its hash.
    const std::string session = Web::session_cookie(plain);
    CHECK(w.send("GET", "/", "", session).status == 200);
    w.f.store->read([&](ServerTransaction& tx) {
        CHECK_FALSE(tx.web_session(session.substr(15)));  // not under the token itself
    });
}

TEST_CASE("signing in never keeps a session the browser had before (no fixation)") {
    Web w;
    const std::string planted = w.sign_in("kapus.a");
    const auto again = w.post_sign_in("hr", kPassword, planted);
    REQUIRE(again.status == 303);
    const std::string fresh = Web::session_cookie(again);
    CHECK(fresh != planted);
    CHECK(w.send("GET", "/", "", planted).status == 303);  // the old one is gone
    CHECK(w.send("GET", "/", "", fresh).status == 200);
    // A token the attacker made up is not adopted either.
    const auto made_up = w.post_sign_in("hr", kPassword, "pantau_session=" + std::string(64, 'a'));
    CHECK(Web::session_cookie(made_up) != "pantau_session=" + std::string(64, 'a'));
}

TEST_CASE(
    "a wrong password is refused like an unknown login, and sign-in is limited per login "
    "and per address") {
    Web w;
    CHECK(w.post_sign_in("hr", "salah-sekali-123").status == 401);
    CHECK(w.post_sign_in("tidak-ada", kPassword).status == 401);
    for (int i = 0; i < 3; ++i)
        CHECK(w.post_sign_in("hr", "salah-sekali-123").status == 401);
    CHECK(w.post_sign_in("hr", "salah-sekali-123").status == 401);  // the fifth failure
    const auto limited = w.post_sign_in("hr", kPassword);           // even the right one waits
    CHECK(limited.status == 429);
    bool retry_after = false;
    for (const auto& [name, value] : limited.headers)
        retry_after = retry_after || name == "Retry-After";
    CHECK(retry_after);
    // Another login from another address is not held up by hr's failures...
    CHECK(w.post_sign_in("oversight", kPassword, "", false, "10.0.0.9").status == 303);
    // ...but one address trying many logins is.
    for (int i = 0; i < 20; ++i)
        w.post_sign_in("coba" + std::to_string(i), "x-wrong-password", "", false, "10.0.0.7");
    CHECK(w.post_sign_in("kapus.a", kPassword, "", false, "10.0.0.7").status == 429);
    // The failures are in the audit trail.
    int failed = 0;
    w.f.store->read([&](ServerTransaction& tx) {
        for (const auto& e : tx.audit_after(0, 1000))
            failed += e.action == "web_sign_in_failed" ? 1 : 0;
    });
    CHECK(failed >= 6);
}

TEST_CASE("a form without the session's CSRF token, or from another origin, changes nothing") {
    Web w;
    std::string device;
    const std::string token = w.f.enroll(w.f.supervisor_a, &device);
    const std::string session = w.sign_in("hr");
    const std::string csrf = w.csrf(session);
    const std::string form = "device=" + device;
    CHECK(w.send("POST", "/perangkat/cabut", form, session).status == 403);
    CHECK(w.send("POST", "/perangkat/cabut", form + "&csrf=" + std::string(64, '0'), session)
              .status == 403);
    CHECK(w.send("POST", "/perangkat/cabut", form + "&csrf=" + csrf, session, "http://evil.example")
              .status == 403);
    CHECK(w.f.request("GET", "/v1/sync/pull", "", token).status == 200);  // still enrolled
    const auto revoked = w.send("POST", "/perangkat/cabut", form + "&csrf=" + csrf, session,
                                "http://pantau.example:8787");
    CHECK(revoked.status == 200);
    CHECK(w.f.request("GET", "/v1/sync/pull", "", token).status == 401);
    // A session's token does not work with another session.
    const std::string other = w.sign_in("hr");
    CHECK(w.send("POST", "/keluar", "csrf=" + csrf, other).status == 403);
}

TEST_CASE(
    "signing out ends the session on the server, and idle and old sessions end by themselves") {
    Web w;
    const std::string session = w.sign_in("hr");
    const auto out = w.send("POST", "/keluar", "csrf=" + w.csrf(session), session);
    CHECK(out.status == 303);
    CHECK(w.send("GET", "/", "", session).status == 303);

    const std::string idle = w.sign_in("hr");
    w.f.now += kSessionIdleMs - 1000;
    CHECK(w.send("GET", "/", "", idle).status == 200);  // used: the idle clock restarts
    w.f.now += kSessionIdleMs - 1000;
    CHECK(w.send("GET", "/", "", idle).status == 200);
    w.f.now += kSessionIdleMs + 1;
    CHECK(w.send("GET", "/", "", idle).status == 303);

    const std::string busy = w.sign_in("hr");
    for (std::int64_t t = 0; t < kSessionLifetimeMs; t += kSessionIdleMs / 2) {
        w.f.now += kSessionIdleMs / 2;
        w.send("GET", "/", "", busy);
    }
    CHECK(w.send("GET", "/", "", busy).status == 303);  // a working day at most
}

TEST_CASE("every dashboard page against every role, and another unit's data") {
    Web w;
    const std::string hr = w.sign_in("hr");
    const std::string oversight = w.sign_in("oversight");
    const std::string head = w.sign_in("kapus.a");
    struct Row {
        std::string target;
        int nobody, supervisor, hr_status, oversight_status;
    };
    const std::vector<Row> rows = {
        {"/", 303, 200, 200, 200},
        {"/laporan/attendance-recap", 303, 200, 200, 200},
        {"/laporan/pp94", 303, 200, 200, 200},
        {"/laporan/discipline", 303, 200, 200, 200},
        {"/laporan/predikat", 303, 200, 200, 200},
        {"/laporan/ikm", 303, 200, 200, 200},
        {"/laporan/completeness", 303, 200, 200, 200},
        {"/laporan/training", 303, 200, 200, 200},
        {"/laporan/training?unit=" + w.f.unit_b, 303, 403, 200, 200},
        {"/laporan/attendance-recap?unit=" + w.f.unit_a, 303, 200, 200, 200},
        {"/laporan/attendance-recap?unit=" + w.f.unit_b, 303, 403, 200, 200},
        {"/laporan/pp94?unit=" + w.f.unit_b, 303, 403, 200, 200},
        {"/v1/reports/pp94?unit=" + w.f.unit_b, 401, 403, 200, 200},
        {"/perangkat", 303, 403, 200, 200},
        {"/kode", 303, 403, 200, 403},
        {"/audit", 303, 403, 403, 200},
        {"/publik", 200, 200, 200, 200},
        {"/laporan/gaji", 303, 404, 404, 404},
        {"/static/app.css", 200, 200, 200, 200},
    };
    for (const auto& row : rows) {
        INFO(row.target);
        CHECK(w.send("GET", row.target).status == row.nobody);
        CHECK(w.send("GET", row.target, "", head).status == row.supervisor);
        CHECK(w.send("GET", row.target, "", hr).status == row.hr_status);
        CHECK(w.send("GET", row.target, "", oversight).status == row.oversight_status);
    }
    // A supervisor's pages list their own staff only.
    const auto recap = w.send("GET", "/laporan/attendance-recap", "", head);
    CHECK(recap.body.find("Siti Rahmawati") != std::string::npos);
    CHECK(recap.body.find("Ahmad Fauzi") == std::string::npos);
    // And HR cannot write through a supervisor's forms: issuing a code needs hr.
    const std::string csrf = w.csrf(oversight);
    CHECK(w.send("POST", "/kode", "user=" + w.f.supervisor_a + "&ttl=72&csrf=" + csrf, oversight)
              .status == 403);
}

TEST_CASE("a case of another unit does not exist for a supervisor") {
    Web w;
    std::string case_b;
    {
        const std::string token_b = w.f.enroll(w.f.supervisor_b);
        const std::string id = "7d0b1c64-3b55-4d8e-9a61-0c3f7c1e2b11";
        Phone phone(w.f, w.f.supervisor_b);
        const auto result =
            phone.push(record("discipline_case", id, w.f.unit_b, version_at(w.f.now),
                              {{"employee_id", w.f.employee_b},
                               {"opened_at", "2026-11-20T02:00:00Z"},
                               {"article", "4f"},
                               {"level_estimate", "RINGAN"},
                               {"summary", "Terlambat"},
                               {"source", "INCIDENT"}}));
        REQUIRE(result.at("status") == "applied");
        case_b = id;
        (void)token_b;
    }
    CHECK(w.send("GET", "/kasus/" + case_b, "", w.sign_in("kapus.a")).status == 404);
    CHECK(w.send("GET", "/kasus/" + case_b, "", w.sign_in("hr")).status == 200);
}

TEST_CASE("names in pages are escaped, and pages carry a strict content security policy") {
    Web w;
    w.f.store->write([&](ServerTransaction& tx) {
        REQUIRE(add_unit(tx,
                         Unit{"<script>alert(1)</script>", "PUSKESMAS", w.f.dinas, "Asia/Jakarta"},
                         w.f.now));
    });
    const auto page = w.send("GET", "/laporan/completeness", "", w.sign_in("hr"));
    CHECK(page.body.find("<script>alert(1)") == std::string::npos);
    CHECK(page.body.find("&lt;script&gt;alert(1)") != std::string::npos);
    bool csp = false;
    for (const auto& [name, value] : page.headers)
        csp = csp || (name == "Content-Security-Policy" &&
                      value.find("default-src 'none'") != std::string::npos &&
                      value.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp);
}

TEST_CASE("the public page shows results per unit and no personal data") {
    Web w;
    const auto page = w.send("GET", "/publik");
    CHECK(page.status == 200);
    for (const char* personal : {"Siti Rahmawati", "198503122010012003", "Dewi Lestari"})
        CHECK(page.body.find(personal) == std::string::npos);
}

TEST_CASE("passwords are kept as Argon2id hashes and checked against them") {
    const std::string hash = hash_password(kPassword);
    CHECK(hash.rfind("$argon2id$v=19$m=19456,t=2,p=1$", 0) == 0);
    CHECK(hash != hash_password(kPassword));  // salted
    CHECK(verify_password(hash, kPassword));
    CHECK_FALSE(verify_password(hash, kPassword + "x"));
    CHECK_FALSE(verify_password("$argon2i$bogus", kPassword));
    CHECK_FALSE(check_password("pendek"));
    CHECK_FALSE(is_valid_login("Budi Santoso"));
    CHECK(is_valid_login("budi.santoso"));
}

TEST_CASE(
    "HR's case page names who decided, the proposal, the objection window and the day it takes "
    "effect") {
    Web w;
    const std::string id = "7d0b1c64-3b55-4d8e-9a61-0c3f7c1e2b12";
    Phone phone(w.f, w.f.supervisor_a);
    REQUIRE(phone
                .push(record("discipline_case", id, w.f.unit_a, version_at(w.f.now),
                             {{"employee_id", w.f.employee_a},
                              {"opened_at", "2026-11-20T02:00:00Z"},
                              {"article", "4f"},
                              {"other_articles", {"3e"}},
                              {"level_estimate", "SEDANG"},
                              {"summary", "Tidak masuk 11 hari"},
                              {"source", "TK_INDICATION"}}))
                .at("status") == "applied");
    int n = 0;
    const auto push = [&](DisciplineEvent e) {
        ++n;
        const std::string event = "7d0b1c64-3b55-4d8e-9a61-0c3f7c1e2c" + std::to_string(10 + n);
        return phone.push(
            record("discipline_event", event, w.f.unit_a, version_at(w.f.now + n), e.to_json()));
    };
    for (auto s : {CaseState::REPORTED, CaseState::UNDER_REVIEW, CaseState::SUMMONED_1,
                   CaseState::EXAMINED, CaseState::FINDINGS})
        REQUIRE(push(step(id, s, w.f.now - (100 - n) * 60'000)).at("status") == "applied");
    DisciplineEvent decided = step(id, CaseState::DECIDED, w.f.now - 50 * 60'000);
    decided.sanction = "S2";
    decided.proposed_sanction = "S1";
    decided.deviation_reason = "Berulang";
    decided.decided_by = DecidingOfficial{"Budi Santoso", std::nullopt, "Bupati", "PPK"};
    REQUIRE(push(decided).at("status") == "applied");
    DisciplineEvent delivered = step(id, CaseState::DELIVERED, w.f.now - 40 * 60'000);
    delivered.served_on = Date::parse("2026-11-24");
    REQUIRE(push(delivered).at("status") == "applied");

    const auto page = w.send("GET", "/kasus/" + id, "", w.sign_in("hr"));
    REQUIRE(page.status == 200);
    CHECK(page.body.find("4f, 3e") != std::string::npos);
    CHECK(page.body.find("Diputus oleh Budi Santoso (Bupati, PPK)") != std::string::npos);
    CHECK(page.body.find("Usulan S1") != std::string::npos);
    CHECK(page.body.find("Alasan berbeda: Berulang") != std::string::npos);
    const Date last = embedded_work_calendar().add_working_days(*Date::parse("2026-11-24"), 14);
    CHECK(page.body.find("paling lambat " + last.iso()) != std::string::npos);
    CHECK(page.body.find(embedded_work_calendar().next_working_day(last).iso()) !=
          std::string::npos);
}
