#include "service/router.h"

#include <catch2/catch.hpp>

#include "clock/uuid.h"
#include "discipline/discipline_case.h"
#include "evaluation/evaluation.h"
#include "fixture.h"
#include "survey/survey_response.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

std::string status_of(const json& push_body, std::size_t i = 0) {
    return push_body.at("results").at(i).at("status").get<std::string>();
}

std::string reason_of(const json& push_body, std::size_t i = 0) {
    return push_body.at("results").at(i).value("reason", "");
}

std::size_t count_type(const json& changes, const std::string& type) {
    std::size_t n = 0;
    for (const auto& c : changes)
        n += c.at("type") == type;
    return n;
}

Evaluation final_evaluation(const std::string& employee_id) {
    Evaluation e;
    e.employee_id = employee_id;
    e.period = "2026";
    e.state = EvaluationState::FINAL;
    for (const auto* code : {"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL",
                             "ADAPTIF", "KOLABORATIF"})
        e.values[code] = {Rating::SESUAI_EKSPEKTASI, "Hadir tepat waktu dan melayani dengan baik"};
    e.feedback = "Pertahankan.";
    return e.with_derived_predikat();
}

}  // namespace

TEST_CASE("health answers without credentials") {
    Fixture f;
    const auto response = f.request("GET", "/v1/health");
    CHECK(response.status == 200);
    CHECK(body_of(response).at("status") == "ok");
}

TEST_CASE("unknown paths and methods get JSON errors") {
    Fixture f;
    auto missing = f.request("GET", "/v1/nothing");
    CHECK(missing.status == 404);
    CHECK(body_of(missing).at("error").at("code") == "not_found");
    auto wrong = f.request("GET", "/v1/sync/push");
    CHECK(wrong.status == 405);
    CHECK(body_of(wrong).contains("error"));
}

TEST_CASE("enrolment trades a code for a token once") {
    Fixture f;
    const std::string code = f.code_for(f.supervisor_a);
    const std::string body = json{{"code", code}, {"device_name", "HP Bu Siti"}}.dump();
    const auto first = f.request("POST", "/v1/enroll", body);
    REQUIRE(first.status == 201);
    const auto enrolled = body_of(first);
    CHECK(enrolled.at("token").get<std::string>().size() >= 32);
    CHECK(enrolled.at("device_id").is_string());
    CHECK(enrolled.at("user").at("role") == "supervisor");
    REQUIRE(enrolled.at("units").size() == 1);
    CHECK(enrolled.at("units")[0].at("id") == f.unit_a);
    CHECK(enrolled.at("units")[0].at("name") == "UPT Puskesmas Sukamaju");

    SECTION("a used code gets 401") {
        const auto again = f.request("POST", "/v1/enroll", body);
        CHECK(again.status == 401);
        CHECK(body_of(again).at("error").at("code") == "invalid_code");
    }
    SECTION("a code typed in lower case with spaces still works for another code") {
        std::string typed = f.code_for(f.supervisor_a);
        for (auto& c : typed)
            c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto response =
            f.request("POST", "/v1/enroll", json{{"code", typed}, {"device_name", "HP 2"}}.dump());
        CHECK(response.status == 201);
    }
}

TEST_CASE("a wrong, used or expired code all give the same 401") {
    Fixture f;
    const std::string expired = f.code_for(f.supervisor_a, 1000);
    f.now += 2000;
    auto expired_answer =
        f.request("POST", "/v1/enroll", json{{"code", expired}, {"device_name", "HP"}}.dump());
    auto wrong_answer = f.request(
        "POST", "/v1/enroll", json{{"code", "AAAA-BBBB-CCCC-DDDD"}, {"device_name", "HP"}}.dump());
    CHECK(expired_answer.status == 401);
    CHECK(wrong_answer.status == 401);
    CHECK(expired_answer.body == wrong_answer.body);
}

TEST_CASE("enrolment refuses malformed bodies with 400 and wrong content types with 415") {
    Fixture f;
    CHECK(f.request("POST", "/v1/enroll", "{not json").status == 400);
    CHECK(f.request("POST", "/v1/enroll", R"({"code": 5, "device_name": "x"})").status == 400);
    const auto unknown =
        f.request("POST", "/v1/enroll", R"({"code": "X", "device_name": "x", "admin": true})");
    CHECK(unknown.status == 400);
    CHECK(body_of(unknown).at("error").at("message").get<std::string>().find("admin") !=
          std::string::npos);
    HttpRequest text;
    text.method = "POST";
    text.target = "/v1/enroll";
    text.content_type = "text/plain";
    text.body = "{}";
    CHECK(f.router->handle(text).status == 415);
}

TEST_CASE("sync endpoints need a valid token") {
    Fixture f;
    CHECK(f.request("GET", "/v1/sync/pull").status == 401);
    CHECK(f.request("GET", "/v1/sync/pull", "", "not-a-token").status == 401);
    CHECK(f.request("POST", "/v1/sync/push", R"({"batch":1,"changes":[]})", "x").status == 401);
}

TEST_CASE("a device pulls its unit's master data and nothing of another unit") {
    Fixture f;
    const auto token = f.enroll(f.supervisor_a);
    const auto changes = f.pull_all(token);
    CHECK(count_type(changes, "unit") == 1);
    CHECK(count_type(changes, "employee") == 2);
    for (const auto& c : changes)
        CHECK(c.at("unit_id") == f.unit_a);
}

TEST_CASE("a push is applied once, replays return the stored answer, gaps get 409") {
    Fixture f;
    const auto token = f.enroll(f.supervisor_a);
    const auto change =
        attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "");
    json sent = change.to_json();
    sent["origin"] = nullptr;
    sent.erase("origin");
    const auto first = f.push(token, 1, {sent});
    CHECK(status_of(first) == "applied");
    const auto replay = f.push(token, 1, {sent});
    CHECK(replay == first);
    const auto gap = f.push(token, 3, {sent}, 409);
    CHECK(gap.at("error").at("expected_batch") == 2);

    const auto other = f.enroll(f.supervisor_a);
    const auto pulled = f.pull_all(other);
    CHECK(count_type(pulled, "attendance") == 1);
}

TEST_CASE("one invalid change is rejected, logged, and the rest of the batch applies") {
    Fixture f;
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);
    auto good = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), device);
    auto bad = attendance(f.unit_a, f.employee_a2, "2026-11-23", "NGOPI", version_at(kNow), device);
    const auto answer = f.push(token, 1, {good.to_json(), bad.to_json()});
    CHECK(status_of(answer, 0) == "applied");
    CHECK(status_of(answer, 1) == "rejected");
    CHECK_FALSE(reason_of(answer, 1).empty());
    f.store->read([&](ServerTransaction& tx) {
        const auto rejected = tx.rejections_after(0, 1000);
        REQUIRE(rejected.size() == 1);
        CHECK(rejected[0].rejected.device_id == device);
        CHECK(rejected[0].rejected.change.at("id") == bad.id);
    });
}

TEST_CASE("the server rejects what a device may not do") {
    Fixture f;
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);

    SECTION("a change for another unit") {
        auto c =
            attendance(f.unit_b, f.employee_b, "2026-11-23", "HADIR", version_at(kNow), device);
        const auto answer = f.push(token, 1, {c.to_json()});
        CHECK(status_of(answer) == "rejected");
        CHECK(reason_of(answer).find("unit_id") != std::string::npos);
    }
    SECTION("an attendance of another unit's employee under its own unit") {
        auto c =
            attendance(f.unit_a, f.employee_b, "2026-11-23", "HADIR", version_at(kNow), device);
        const auto answer = f.push(token, 1, {c.to_json()});
        CHECK(status_of(answer) == "rejected");
        CHECK(reason_of(answer).find("employee_id") != std::string::npos);
    }
    SECTION("master data, which is read-only") {
        sync::Change unit{
            "unit",
            f.unit_a,
            f.unit_a,
            version_at(kNow),
            std::nullopt,
            device,
            false,
            json{{"name", "Renamed"}, {"kind", "PUSKESMAS"}, {"timezone", "Asia/Jakarta"}}};
        const auto answer = f.push(token, 1, {unit.to_json()});
        CHECK(status_of(answer) == "rejected");
        CHECK(reason_of(answer).find("read-only") != std::string::npos);
    }
    SECTION("an unknown type") {
        sync::Change c{"salary",     "0b1f0000-0000-4000-8000-000000000001",
                       f.unit_a,     version_at(kNow),
                       std::nullopt, device,
                       false,        json::object()};
        CHECK(status_of(f.push(token, 1, {c.to_json()})) == "rejected");
    }
    SECTION("a date more than one day after the server's date") {
        auto c =
            attendance(f.unit_a, f.employee_a, "2026-11-25", "HADIR", version_at(kNow), device);
        const auto answer = f.push(token, 1, {c.to_json()});
        CHECK(status_of(answer) == "rejected");
        CHECK(reason_of(answer).find("date") != std::string::npos);
        auto tomorrow =
            attendance(f.unit_a, f.employee_a, "2026-11-24", "HADIR", version_at(kNow), device);
        CHECK(status_of(f.push(token, 2, {tomorrow.to_json()})) == "applied");
    }
    SECTION("a change sent in another device's name") {
        auto c =
            attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), "other");
        CHECK(status_of(f.push(token, 1, {c.to_json()})) == "rejected");
    }
}

TEST_CASE("a FINAL evaluation never changes") {
    Fixture f;
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);
    Evaluation e = final_evaluation(f.employee_a);
    const std::string id = evaluation_id(f.employee_a, "2026");
    sync::Change final_one{"evaluation", id,     f.unit_a, version_at(kNow),
                           std::nullopt, device, false,    e.to_json()};
    const auto first = f.push(token, 1, {final_one.to_json()});
    INFO(first.dump());
    REQUIRE(status_of(first) == "applied");
    e.feedback = "Diubah.";
    sync::Change edit{"evaluation",     id,     f.unit_a, version_at(kNow + 1000),
                      version_at(kNow), device, false,    e.to_json()};
    const auto second = f.push(token, 2, {edit.to_json()});
    CHECK(status_of(second) == "rejected");
}

TEST_CASE("a FINAL evaluation cannot be deleted") {
    Fixture f;
    Phone phone(f, f.supervisor_a);
    const std::string id = evaluation_id(f.employee_a, "2026");
    auto stored = record("evaluation", id, f.unit_a, version_at(kNow),
                         final_evaluation(f.employee_a).to_json());
    REQUIRE(phone.push(stored).at("status") == "applied");
    auto tombstone = stored;
    tombstone.version = version_at(kNow + 1000);
    tombstone.base = stored.version;
    tombstone.deleted = true;
    const auto answer = phone.push(tombstone);
    CHECK(answer.at("status") == "rejected");
    CHECK(answer.value("reason", "").find("FINAL") != std::string::npos);
    f.store->read(
        [&](ServerTransaction& tx) { CHECK_FALSE(tx.current("evaluation", id)->deleted); });
}

TEST_CASE("a stored survey answer or case step never changes, even under a new version") {
    Fixture f;
    Phone phone(f, f.supervisor_a);
    SECTION("a survey answer") {
        SurveyResponse r;
        r.unit_id = f.unit_a;
        r.collected_at = kNow - 600'000;
        r.scores = {4, 4, 4, 4, 4, 4, 4, 4, 4};
        const std::string id = uuid_v5(kPantauNamespace, "router-test/survey");
        REQUIRE(phone.push(record("survey_response", id, f.unit_a, version_at(kNow), r.to_json()))
                    .at("status") == "applied");
        r.scores = {1, 1, 1, 1, 1, 1, 1, 1, 1};
        auto edit = record("survey_response", id, f.unit_a, version_at(kNow + 1000), r.to_json());
        edit.base = version_at(kNow);
        CHECK(phone.push(edit).at("status") == "rejected");
        f.store->read([&](ServerTransaction& tx) {
            CHECK(tx.current("survey_response", id)->data.at("scores")[0] == 4);
        });
    }
    SECTION("a case step") {
        const std::string case_id = uuid_v5(kPantauNamespace, "router-test/case");
        const DisciplineCase c{f.employee_a, kNow - 7'200'000, "4f", "RINGAN", "x", "INCIDENT"};
        REQUIRE(
            phone.push(record("discipline_case", case_id, f.unit_a, version_at(kNow), c.to_json()))
                .at("status") == "applied");
        const std::string id = uuid_v5(kPantauNamespace, "router-test/step");
        auto reported = step(case_id, CaseState::REPORTED, kNow - 3'600'000);
        REQUIRE(phone
                    .push(record("discipline_event", id, f.unit_a, version_at(kNow + 1),
                                 reported.to_json()))
                    .at("status") == "applied");
        reported.note = "Ditulis ulang";
        auto edit =
            record("discipline_event", id, f.unit_a, version_at(kNow + 1000), reported.to_json());
        edit.base = version_at(kNow + 1);
        CHECK(phone.push(edit).at("status") == "rejected");
    }
}

TEST_CASE("central HR reads every unit but writes nothing") {
    Fixture f;
    std::string device;
    const auto token = f.enroll(f.hr, &device);
    const auto changes = f.pull_all(token);
    CHECK(count_type(changes, "unit") == 3);
    CHECK(count_type(changes, "employee") == 3);
    auto c = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), device);
    // Refused whole, before the body is read: nothing is logged or stored.
    const auto refused = f.push(token, 1, {c.to_json()}, 403);
    CHECK(refused.at("error").at("code") == "read_only");
    f.store->read([&](ServerTransaction& tx) {
        CHECK(tx.rejections_after(0, 1000).empty());
        CHECK_FALSE(tx.current("attendance", c.id));
    });
    SECTION("even a body that is not JSON gets the 403, not a parse error") {
        CHECK(f.request("POST", "/v1/sync/push", "[[[[", token).status == 403);
    }
}

TEST_CASE("exports are for HR and oversight, the audit log for oversight only") {
    Fixture f;
    const auto supervisor = f.enroll(f.supervisor_a);
    const auto hr = f.enroll(f.hr);
    const auto oversight = f.enroll(f.oversight);
    CHECK(f.request("GET", "/v1/audit", "", supervisor).status == 403);
    CHECK(f.request("GET", "/v1/audit", "", hr).status == 403);
    const auto audit = f.request("GET", "/v1/audit", "", oversight);
    REQUIRE(audit.status == 200);
    CHECK(body_of(audit).at("entries").size() == 3);  // three enrolments
    CHECK(body_of(audit).at("entries")[0].at("action") == "enroll");
    CHECK(f.request("GET", "/v1/export?type=attendance&format=csv", "", supervisor).status == 403);
    CHECK(f.request("GET", "/v1/export?type=nonsense&format=csv", "", hr).status == 400);
    // sep=%3B: the ';' an Indonesian-locale Excel splits on, after the byte-order mark.
    const auto excel = f.request("GET", "/v1/export?type=attendance&format=csv&sep=%3B", "", hr);
    REQUIRE(excel.status == 200);
    CHECK(excel.body.rfind("\xEF\xBB\xBF", 0) == 0);
    const std::string header = excel.body.substr(3, excel.body.find("\r\n") - 3);
    CHECK(header.find(';') != std::string::npos);
    CHECK(header.find(',') == std::string::npos);
    CHECK(f.request("GET", "/v1/export?type=attendance&format=csv&sep=%7C", "", hr).status == 400);
}

TEST_CASE("a revoked device gets 401 on its next request") {
    Fixture f;
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);
    CHECK(f.request("GET", "/v1/sync/pull", "", token).status == 200);
    f.store->write([&](ServerTransaction& tx) { CHECK(tx.revoke_device(device, f.now)); });
    CHECK(f.request("GET", "/v1/sync/pull", "", token).status == 401);
}

TEST_CASE("a device that sends too fast gets 429 with Retry-After") {
    ServerConfig config;
    config.device_rate = {0.5, 3};
    Fixture f(config);
    const auto token = f.enroll(f.supervisor_a);
    int limited = 0;
    std::string retry_after;
    for (int i = 0; i < 5; ++i) {
        const auto response = f.request("GET", "/v1/sync/pull", "", token);
        if (response.status == 429) {
            ++limited;
            for (const auto& [name, value] : response.headers)
                if (name == "Retry-After")
                    retry_after = value;
        }
    }
    CHECK(limited == 2);
    CHECK(std::stoi(retry_after) >= 1);
}

TEST_CASE("a far-ahead device clock does not win over a later correct edit") {
    Fixture f;
    std::string fast_device, good_device;
    const auto fast = f.enroll(f.supervisor_a, &fast_device);
    const auto good = f.enroll(f.supervisor_a, &good_device);
    const std::int64_t day = 24 * 3600 * 1000;
    auto ahead = attendance(f.unit_a, f.employee_a, "2026-11-23", "SAKIT", version_at(kNow + day),
                            fast_device);
    const auto first = f.push(fast, 1, {ahead.to_json()});
    REQUIRE(status_of(first) == "applied");
    const std::string stamped = first.at("results")[0].at("version").get<std::string>();
    CHECK(stamped < version_at(kNow + 1000));

    f.now += 60'000;
    auto later = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(f.now),
                            good_device, stamped);
    CHECK(status_of(f.push(good, 1, {later.to_json()})) == "applied");
    for (const auto& c : f.pull_all(fast))
        if (c.at("type") == "attendance")
            CHECK(c.at("data").at("status") == "HADIR");
}

TEST_CASE("concurrent edits of one employee-day converge and the conflict is listed") {
    Fixture f;
    std::string d1, d2;
    const auto t1 = f.enroll(f.supervisor_a, &d1);
    const auto t2 = f.enroll(f.supervisor_a, &d2);
    auto a = attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), d1);
    auto b = attendance(f.unit_a, f.employee_a, "2026-11-23", "IZIN", version_at(kNow + 5), d2);
    CHECK(status_of(f.push(t1, 1, {a.to_json()})) == "applied");
    CHECK(status_of(f.push(t2, 1, {b.to_json()})) == "applied");
    const auto conflicts = body_of(f.request("GET", "/v1/conflicts", "", t1));
    REQUIRE(conflicts.at("conflicts").size() == 1);
    CHECK(conflicts.at("conflicts")[0].at("winner").at("origin") == d2);
    const auto other_unit = f.enroll(f.supervisor_b);
    CHECK(body_of(f.request("GET", "/v1/conflicts", "", other_unit)).at("conflicts").empty());
}

TEST_CASE("a batch above the change limit is refused whole with 413") {
    ServerConfig config;
    config.max_changes_per_batch = 10;
    Fixture f(config);
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);
    std::vector<json> changes(
        11, attendance(f.unit_a, f.employee_a, "2026-11-23", "HADIR", version_at(kNow), device)
                .to_json());
    const auto answer = f.push(token, 1, changes, 413);
    CHECK(answer.at("error").at("code") == "batch_too_large");
}

TEST_CASE("pull refuses a cursor it never gave and a bad limit") {
    Fixture f;
    const auto token = f.enroll(f.supervisor_a);
    CHECK(f.request("GET", "/v1/sync/pull?cursor=zzz", "", token).status == 400);
    CHECK(f.request("GET", "/v1/sync/pull?limit=-4", "", token).status == 400);
    CHECK(f.request("GET", "/v1/sync/pull?limit=%zz", "", token).status == 400);
}

TEST_CASE("wrong tokens from one address are slowed down with 429, other addresses are not") {
    ServerConfig config;
    config.bad_credentials_rate = {0.5, 5};
    Fixture f(config);
    HttpRequest guess;
    guess.method = "GET";
    guess.target = "/v1/sync/pull";
    guess.remote_address = "203.0.113.9";
    int refused = 0, limited = 0;
    for (int i = 0; i < 8; ++i) {
        guess.authorization = "Bearer " + std::string(64, static_cast<char>('a' + i));
        const auto answer = f.router->handle(guess);
        refused += answer.status == 401;
        limited += answer.status == 429;
    }
    CHECK(refused == 5);
    CHECK(limited == 3);
    // A real device elsewhere is not held up by the guesser.
    const auto token = f.enroll(f.supervisor_a);
    CHECK(f.request("GET", "/v1/sync/pull", "", token).status == 200);
}

TEST_CASE("metrics are served to this machine only, or to the holder of the metrics token") {
    HttpRequest scrape;
    scrape.method = "GET";
    scrape.target = "/metrics";
    SECTION("without a token configured") {
        Fixture f;
        scrape.remote_address = "127.0.0.1";
        CHECK(f.router->handle(scrape).status == 200);
        scrape.remote_address = "::1";
        CHECK(f.router->handle(scrape).status == 200);
        scrape.remote_address = "192.0.2.10";
        CHECK(f.router->handle(scrape).status == 403);
    }
    SECTION("with a token configured") {
        ServerConfig config;
        config.metrics_token = "prometheus-scrape-secret";
        Fixture f(config);
        scrape.remote_address = "192.0.2.10";
        CHECK(f.router->handle(scrape).status == 403);
        scrape.authorization = "Bearer prometheus-scrape-secrex";
        CHECK(f.router->handle(scrape).status == 403);
        scrape.authorization = "Bearer prometheus-scrape-secret";
        const auto answer = f.router->handle(scrape);
        CHECK(answer.status == 200);
        CHECK(answer.body.find("pantau_") != std::string::npos);
    }
}
