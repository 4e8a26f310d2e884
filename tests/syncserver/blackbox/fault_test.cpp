// Black-box: devices sync through a bad network (the fault proxy delays,
// cuts requests in the middle, drops answers after the server committed and
// resets connections) while the server is killed with kill -9 and restarted
// at seeded moments. With the faults off they all sync until quiet, and then
// every device, the server's store and its export hold the same records at
// the same versions: each the latest edit made anywhere, none lost, none
// twice. PANTAU_FAULT_SEED and PANTAU_FAULT_CYCLES choose the run
// (scripts/kill-cycles.sh runs a long one). A seed replays the same edits,
// kill moments and sequence of fates; a kill at a seeded time into a sync
// lands wherever the server is then, so the interleaving varies a little.

#include <signal.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <tuple>

#include "clock/uuid.h"
#include "convergence.h"
#include "evaluation/evaluation.h"
#include "fault_proxy.h"
#include "kabupaten.h"
#include "store/server_store.h"
#include "survey/survey_response.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

int env_int(const char* name, int fallback) {
    const char* value = std::getenv(name);
    return value ? std::atoi(value) : fallback;
}

test::HttpHeaders bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

}  // namespace

TEST_CASE("each fate the fault proxy deals does what it says (pass delay cut drop reset)") {
    Kabupaten k;
    FaultProxy proxy(1, k.server.port());
    const auto unit = k.unit("PUSKESMAS", 0);
    auto phone = k.device(k.supervisor_of(unit), "phone");
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    const auto staff = phone->store().list("employee", unit);
    REQUIRE(staff.size() >= 5);
    auto direct = k.client();

    std::int64_t batch = 0;
    struct Sent {
        std::string id;
        std::string body;
        std::optional<test::HttpClientResponse> answer;
        std::string failure;
    };
    // A push in a new batch on a new connection through the proxy, which deals it `fault`.
    const auto push = [&](Fault fault, std::size_t employee) {
        proxy.force(fault);
        const auto change = attendance_change(unit, staff[employee].id, phone->device_id());
        Sent sent{change.at("id"), json{{"batch", ++batch}, {"changes", {change}}}.dump(), {}, {}};
        test::HttpClient client("127.0.0.1", proxy.port());
        try {
            sent.answer = client.post("/v1/sync/push", sent.body, bearer(phone->token()));
        } catch (const std::exception& e) {
            sent.failure = e.what();
        }
        return sent;
    };
    const auto applied = [](const test::HttpClientResponse& answer) {
        INFO(answer.body);
        return answer.status == 200 && answer.json().at("results").at(0).at("status") == "applied";
    };

    const auto passed = push(Fault::Pass, 0);
    REQUIRE(passed.answer);
    CHECK(applied(*passed.answer));
    CHECK(stored_versions(k, passed.id) == 1);

    const auto delayed = push(Fault::Delay, 1);
    REQUIRE(delayed.answer);
    CHECK(applied(*delayed.answer));
    CHECK(proxy.count(Fault::Delay) == 1);

    // Cut: the server had half a request and kept nothing; the retry applies.
    const auto cut = push(Fault::Cut, 2);
    CHECK_FALSE(cut.answer);
    CHECK(cut.failure.find("reset") == std::string::npos);
    CHECK(proxy.count(Fault::Cut) == 1);
    CHECK(stored_versions(k, cut.id) == 0);
    const auto cut_retry = direct.post("/v1/sync/push", cut.body, bearer(phone->token()));
    CHECK(applied(cut_retry));
    CHECK(stored_versions(k, cut.id) == 1);

    // Drop: the server committed, the phone heard nothing; the retry is a replay.
    const auto dropped = push(Fault::Drop, 3);
    CHECK_FALSE(dropped.answer);
    CHECK(proxy.count(Fault::Drop) == 1);
    CHECK(stored_versions(k, dropped.id) == 1);
    const auto drop_retry = direct.post("/v1/sync/push", dropped.body, bearer(phone->token()));
    CHECK(applied(drop_retry));
    CHECK(stored_versions(k, dropped.id) == 1);

    // Reset: an RST; whatever the server got, the retry leaves the record stored once.
    const auto reset = push(Fault::Reset, 4);
    CHECK_FALSE(reset.answer);
    CHECK(reset.failure.find("reset") != std::string::npos);
    CHECK(proxy.count(Fault::Reset) == 1);
    const auto reset_retry = direct.post("/v1/sync/push", reset.body, bearer(phone->token()));
    CHECK(applied(reset_retry));
    CHECK(stored_versions(k, reset.id) == 1);
    CHECK(proxy.count(Fault::Pass) == 1);
    CHECK(proxy.connections() == 5);
}

TEST_CASE("devices syncing through a faulty network while the server is killed converge") {
    const auto seed = static_cast<unsigned>(env_int("PANTAU_FAULT_SEED", 1));
    const int cycles = env_int("PANTAU_FAULT_CYCLES", 20);
    INFO("seed " << seed << " (rerun: PANTAU_FAULT_SEED=" << seed
                 << " PANTAU_FAULT_CYCLES=" << cycles << ")");
    std::printf("fault run: seed %u, %d kill cycles\n", seed, cycles);
    const auto started = std::chrono::steady_clock::now();
    Run run(seed);
    Kabupaten k;
    FaultProxy proxy(seed, k.server.port());
    k.via_port = proxy.port();

    // Enrolment uses up its code, so the phones enrol over a good line.
    proxy.set_faults(false);
    std::vector<Phone> phones;
    for (const auto& [kind, index, name] :
         {std::tuple{"PUSKESMAS", 0, "a1"}, std::tuple{"PUSKESMAS", 0, "a2"},
          std::tuple{"PUSKESMAS", 1, "b"}, std::tuple{"KECAMATAN", 0, "c"}}) {
        const auto unit = k.unit(kind, index);
        Phone p{k.device(k.supervisor_of(unit), name), unit, {}};
        REQUIRE(p.device->sync(now_ms()) == SyncOutcome::Finished);
        for (const auto& e : p.device->store().list("employee", unit))
            p.staff.push_back(e.id);
        REQUIRE(p.staff.size() >= 4);  // four per unit: contention on few records
        phones.push_back(std::move(p));
    }
    proxy.set_faults(true);
    const int first_request = k.requests_sent;

    const auto restart = [&] {
        k.server.start();
        proxy.set_upstream(k.server.port());
    };
    const auto some_phone = [&]() -> Phone& {
        return phones[static_cast<std::size_t>(run.below(static_cast<int>(phones.size())))];
    };
    // Work between kills: edits, syncs and app restarts, in seeded order.
    const auto work = [&](int steps) {
        for (int step = 0; step < steps; ++step) {
            auto& phone = some_phone();
            const int action = run.below(10);
            if (action < 5)
                run.edit(phone);
            else if (action < 9)
                phone.device->sync(now_ms(), 2);
            else
                phone.device->restart();  // the app is killed and opened again
        }
    };

    int kills = 0;
    std::map<std::string, int> kill_moments;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        work(1 + run.below(5));
        // Kill the server during a phone's sync: before its n-th request, after
        // the server answered it (committed, the answer not yet read), or a
        // seeded number of milliseconds into the sync, wherever the server is.
        const int moment = run.below(3);
        const int at_request = k.requests_sent + 1 + run.below(4);
        const auto after = std::chrono::milliseconds(run.below(60));
        std::thread killer;
        if (moment < 2) {
            k.on_request = [&k, at_request, moment](int request, bool answered) {
                if (request == at_request && answered == (moment == 1))
                    k.server.kill9();
            };
        } else {
            // Only a signal from this thread; the test's thread reaps the process.
            killer = std::thread([pid = k.server.pid(), after] {
                std::this_thread::sleep_for(after);
                ::kill(pid, SIGKILL);
            });
        }
        some_phone().device->sync(now_ms(), 2);
        if (killer.joinable())
            killer.join();
        k.on_request = nullptr;
        static const char* kMoments[] = {"before a request", "after an answer", "at a seeded time"};
        ++kill_moments[moment == 2 || !k.server.running() ? kMoments[moment] : "after the sync"];
        k.server.kill9();
        ++kills;
        // The server stays down for a while, or comes back at once.
        work(run.below(3));
        restart();
    }

    // The network heals: every phone syncs until none has anything to send.
    proxy.set_faults(false);
    if (!k.server.running())
        restart();
    const bool quiet = sync_until_quiet(phones);
    INFO(proxy.summary());
    REQUIRE(quiet);  // a quiet round pulled everything everyone sent

    const auto [lost, duplicated] = check_converged(k, run, phones);
    CHECK(lost == 0);
    CHECK(duplicated == 0);
    CHECK(proxy.count(Fault::Pass) < proxy.connections());  // the line was bad indeed

    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string moments;
    for (const auto& [moment, n] : kill_moments)
        moments += (moments.empty() ? "" : ", ") + moment + " " + std::to_string(n);
    std::printf(
        "fault run, seed %u: %d kill cycles (%s); %d requests over %lld connections; proxy "
        "faults: %s; %zu edits of %zu records (%d survey responses); lost %d, duplicated %d; "
        "%.1f s\n",
        seed, kills, moments.c_str(), k.requests_sent - first_request,
        static_cast<long long>(proxy.connections()), proxy.summary().c_str(), run.edits.size(),
        run.latest.size(), run.surveys, lost, duplicated, seconds);
}
