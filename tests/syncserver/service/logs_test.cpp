// What a device can make the server keep, and how the logs are read: the
// stored answers and the rejected log are bounded per device, every list
// pages, and a push is judged on its headers before its body is read.

#include <catch2/catch.hpp>

#include "fixture.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

json bad_change(const std::string& unit, const std::string& employee, int n,
                const std::string& device, std::size_t note_size = 0) {
    auto change = attendance(unit, employee, "2026-11-23", "NGOPI",
                             version_at(kNow, static_cast<std::uint16_t>(n)), device)
                      .to_json();
    if (note_size > 0)
        change["data"]["note"] = std::string(note_size, 'x');
    return change;
}

std::vector<StoredRejection> rejections(Fixture& f) {
    std::vector<StoredRejection> all;
    f.store->read([&](ServerTransaction& tx) { all = tx.rejections_after(0, 100'000); });
    return all;
}

}  // namespace

TEST_CASE("the rejected log keeps a device's newest entries, and a large change as its envelope") {
    ServerConfig config;
    config.rejected_kept_per_device = 5;
    Fixture f(config);
    std::string device, other_device;
    const auto token = f.enroll(f.supervisor_a, &device);
    const auto other = f.enroll(f.supervisor_a, &other_device);
    f.push(other, 1, {bad_change(f.unit_a, f.employee_a, 0, other_device)});

    for (int batch = 1; batch <= 4; ++batch) {
        std::vector<json> changes;
        for (int i = 0; i < 3; ++i)
            changes.push_back(bad_change(f.unit_a, f.employee_a, batch * 10 + i, device));
        f.push(token, batch, changes);
    }
    auto logged = rejections(f);
    std::vector<std::string> versions;
    for (const auto& r : logged)
        if (r.rejected.device_id == device)
            versions.push_back(r.rejected.change.at("version"));
    // The newest five of twelve, in order; the other device keeps its own.
    CHECK(versions == std::vector<std::string>{version_at(kNow, 31), version_at(kNow, 32),
                                               version_at(kNow, 40), version_at(kNow, 41),
                                               version_at(kNow, 42)});
    CHECK(logged.front().rejected.device_id == other_device);

    const auto big = f.push(token, 5, {bad_change(f.unit_a, f.employee_a, 50, device, 100'000)});
    CHECK(big.at("results").at(0).at("status") == "rejected");
    logged = rejections(f);
    const auto& last = logged.back().rejected.change;
    CHECK(last.at("omitted_bytes").get<std::size_t>() > 100'000);
    CHECK(last.at("version") == version_at(kNow, 50));
    CHECK(last.at("type") == "attendance");
    CHECK_FALSE(last.contains("data"));
}

TEST_CASE("the answers of a device's last batches are kept for replay, older ones forgotten") {
    ServerConfig config;
    config.batches_kept_per_device = 3;
    Fixture f(config);
    std::string device;
    const auto token = f.enroll(f.supervisor_a, &device);
    std::vector<json> answers;
    for (int batch = 1; batch <= 5; ++batch)
        answers.push_back(
            f.push(token, batch, {bad_change(f.unit_a, f.employee_a, batch, device)}));
    CHECK(f.push(token, 5, {bad_change(f.unit_a, f.employee_a, 5, device)}) == answers[4]);
    CHECK(f.push(token, 3, {bad_change(f.unit_a, f.employee_a, 3, device)}) == answers[2]);
    const auto forgotten = f.push(token, 2, {bad_change(f.unit_a, f.employee_a, 2, device)}, 409);
    CHECK(forgotten.at("error").at("code") == "batch_already_applied");
    CHECK(forgotten.at("error").at("expected_batch") == 6);
    // The batch count goes on from the last one kept.
    f.push(token, 6, {bad_change(f.unit_a, f.employee_a, 6, device)});
}

TEST_CASE("GET /v1/conflicts pages in id order within the caller's units") {
    Fixture f;
    std::string d1, d2, d3;
    const auto t1 = f.enroll(f.supervisor_a, &d1);
    const auto t2 = f.enroll(f.supervisor_a, &d2);
    const auto tb = f.enroll(f.supervisor_b, &d3);
    // Five conflicts in unit A, one in unit B between them.
    for (int day = 1; day <= 5; ++day) {
        const std::string date = "2026-11-" + std::to_string(15 + day);  // Monday to Friday
        const auto a =
            attendance(f.unit_a, f.employee_a, date, "HADIR", version_at(kNow + day * 10), d1);
        const auto b =
            attendance(f.unit_a, f.employee_a, date, "IZIN", version_at(kNow + day * 10 + 1), d2);
        f.push(t1, day, {a.to_json()});
        f.push(t2, day, {b.to_json()});
        if (day == 3) {
            std::string d4;
            const auto tb2 = f.enroll(f.supervisor_b, &d4);
            f.push(tb, 1,
                   {attendance(f.unit_b, f.employee_b, date, "HADIR", version_at(kNow), d3)
                        .to_json()});
            f.push(tb2, 1,
                   {attendance(f.unit_b, f.employee_b, date, "IZIN", version_at(kNow + 1), d4)
                        .to_json()});
        }
    }
    std::vector<std::string> dates;
    std::string after = "0";
    for (int guard = 0; guard < 10; ++guard) {
        const auto page = body_of(f.request("GET", "/v1/conflicts?limit=2&after=" + after, "", t1));
        for (const auto& c : page.at("conflicts")) {
            CHECK(c.at("unit_id") == f.unit_a);
            dates.push_back(c.at("winner").at("data").at("date"));
        }
        if (page.at("conflicts").empty())
            break;
        CHECK(page.at("conflicts").size() <= 2);
        after = page.at("next");
    }
    CHECK(dates == std::vector<std::string>{"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19",
                                            "2026-11-20"});
    CHECK(body_of(f.request("GET", "/v1/conflicts", "", tb)).at("conflicts").size() == 1);
    CHECK(f.request("GET", "/v1/conflicts?after=-1", "", t1).status == 400);
    CHECK(f.request("GET", "/v1/conflicts?limit=0", "", t1).status == 400);
}

TEST_CASE("a push is judged on its headers: wrong token, read-only account, device over its rate") {
    ServerConfig config;
    config.device_rate = {0.01, 2};
    config.bad_credentials_rate = {0.01, 2};
    Fixture f(config);
    const auto token = f.enroll(f.supervisor_a);
    const auto hr = f.enroll(f.hr);
    auto head = [&](const std::string& method, const std::string& target,
                    const std::string& bearer) {
        return f.router->admit(http_request(method, target, "", bearer, "10.0.0.7"));
    };
    // Only pushes carry bodies worth judging first.
    CHECK_FALSE(head("GET", "/v1/sync/pull", "wrong"));
    CHECK_FALSE(head("POST", "/v1/enroll", ""));

    const auto wrong = head("POST", "/v1/sync/push", "wrong");
    REQUIRE(wrong);
    CHECK(wrong->status == 401);
    const auto read_only = head("POST", "/v1/sync/push", hr);
    REQUIRE(read_only);
    CHECK(read_only->status == 403);
    CHECK(body_of(*read_only).at("error").at("code") == "read_only");

    // Admission takes none of a good device's rate: after many admissions
    // it still has its two requests.
    for (int i = 0; i < 10; ++i)
        CHECK_FALSE(head("POST", "/v1/sync/push?x=" + std::to_string(i), token));
    CHECK(f.request("GET", "/v1/sync/pull", "", token).status == 200);
    CHECK(f.request("GET", "/v1/sync/pull", "", token).status == 200);
    const auto limited = head("POST", "/v1/sync/push", token);
    REQUIRE(limited);
    CHECK(limited->status == 429);

    // Wrong tokens on the headers count against their address like any other.
    CHECK(head("POST", "/v1/sync/push", "wrong-again")->status == 401);
    CHECK(head("POST", "/v1/sync/push", "wrong-thrice")->status == 429);
}

TEST_CASE("the SQLite store measures a pull page's bytes: a tiny bound gives one change a page") {
    ServerConfig config;
    config.max_pull_bytes = 1;
    Fixture f(config);
    const auto token = f.enroll(f.supervisor_a);
    const auto page = body_of(f.request("GET", "/v1/sync/pull?limit=50", "", token));
    CHECK(page.at("changes").size() == 1);
    CHECK(page.at("more") == true);
}
