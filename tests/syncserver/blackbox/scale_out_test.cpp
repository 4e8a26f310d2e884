// Black-box: two pantau-server processes on one store, as behind a load
// balancer. Phones send each request to either process at random. On
// PostgreSQL this is the scale-out setup; on SQLite the two processes share
// one file, which the same rules keep whole.
//
// The first test is the pull cursor's: many phones push at once through both
// processes while readers pull all the time, and at the end every reader
// holds every record. A cursor that a transaction committing late could
// pass (a commit position taken before a lower one commits) shows here as a
// reader missing records. The second kills one process with kill -9 during
// the run and restarts it; everything converges, nothing lost or doubled.
// PANTAU_SCALE_SEED chooses both runs.
#include <signal.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>
#include <thread>

#include "clock/uuid.h"
#include "convergence.h"
#include "kabupaten.h"
#include "survey/survey_response.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server;
using namespace pantau::server::testing;

namespace {

unsigned seed_from_env() {
    const char* value = std::getenv("PANTAU_SCALE_SEED");
    return value ? static_cast<unsigned>(std::strtoul(value, nullptr, 10))
                 : static_cast<unsigned>(std::random_device{}());
}

json survey_response(const std::string& unit, std::mt19937& random) {
    SurveyResponse r;
    r.unit_id = unit;
    r.collected_at = now_ms() - 60'000;
    for (auto& score : r.scores)
        score = 1 + static_cast<int>(random() % 4);
    return r.to_json();
}

std::string random_uuid(std::mt19937& random) {
    UuidBytes bytes;
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(random());
    return uuid_v4(bytes);
}

}  // namespace

TEST_CASE(
    "the pull cursor skips nothing while many phones push through two servers and readers pull all "
    "the time") {
    const unsigned seed = seed_from_env();
    INFO("seed " << seed << " (rerun: PANTAU_SCALE_SEED=" << seed << ")");
    const auto started = std::chrono::steady_clock::now();
    Kabupaten k;
    ServerProcess second(k.store_url, {}, k.dir.path() / "second.log");
    second.start();
    Balancer balancer({&k.server, &second}, seed);

    // Writers: two phones in each of three puskesmas and a kecamatan.
    struct Writer {
        std::unique_ptr<TestDevice> device;
        std::string unit;
        std::vector<std::string> made;
    };
    std::vector<Writer> writers;
    int index = 0;
    for (const auto& [kind, unit_index] : {std::pair{"PUSKESMAS", 0}, std::pair{"PUSKESMAS", 1},
                                           std::pair{"PUSKESMAS", 2}, std::pair{"KECAMATAN", 0}}) {
        const auto unit = k.unit(kind, unit_index);
        for (int n = 0; n < 2; ++n) {
            Writer w{std::make_unique<TestDevice>(
                         balancer.transport(), k.new_code(k.supervisor_of(unit)),
                         (k.dir.path() / ("writer-" + std::to_string(index++) + ".db")).string()),
                     unit,
                     {}};
            REQUIRE(w.device->sync(now_ms(), 10) == SyncOutcome::Finished);
            writers.push_back(std::move(w));
        }
    }
    // Readers: central HR's devices, whose scope is every unit.
    const auto hr = k.user_with_role("hr");
    std::vector<std::unique_ptr<TestDevice>> readers;
    for (int n = 0; n < 3; ++n) {
        readers.push_back(std::make_unique<TestDevice>(
            balancer.transport(), k.new_code(hr),
            (k.dir.path() / ("reader-" + std::to_string(n) + ".db")).string()));
    }

    constexpr int kRounds = 12;
    constexpr int kPerRound = 8;
    std::atomic<int> writing{static_cast<int>(writers.size())};
    std::atomic<long> pulls{0};
    std::vector<std::thread> threads;
    std::mutex failures_mutex;
    std::vector<std::string> failures;
    const auto failed = [&](std::string what) {
        std::lock_guard lock(failures_mutex);
        failures.push_back(std::move(what));
    };
    for (std::size_t w = 0; w < writers.size(); ++w) {
        threads.emplace_back([&, w] {
            auto& writer = writers[w];
            std::mt19937 random(seed + static_cast<unsigned>(w));
            for (int round = 0; round < kRounds; ++round) {
                for (int n = 0; n < kPerRound; ++n) {
                    const auto id = random_uuid(random);
                    const auto change = writer.device->store().record(
                        {"survey_response", id, writer.unit, survey_response(writer.unit, random)},
                        now_ms());
                    if (!change) {
                        failed("record: " + change.error().message);
                        continue;
                    }
                    writer.made.push_back(id);
                }
                if (writer.device->sync(now_ms(), 10) != SyncOutcome::Finished)
                    failed("writer sync stopped: " + writer.device->last_stop());
            }
            --writing;
        });
    }
    for (auto& reader : readers) {
        threads.emplace_back([&, device = reader.get()] {
            while (writing > 0) {
                if (device->sync(now_ms(), 10) != SyncOutcome::Finished)
                    failed("reader sync stopped: " + device->last_stop());
                ++pulls;
            }
        });
    }
    for (auto& t : threads)
        t.join();
    for (const auto& f : failures)
        UNSCOPED_INFO(f);
    CHECK(failures.empty());

    // Every writer has had everything acknowledged; each reader takes one
    // last pull, which may only bring what came after its previous one.
    std::set<std::string> written;
    for (auto& w : writers) {
        CHECK(w.device->store().waiting_count() == 0);
        written.insert(w.made.begin(), w.made.end());
    }
    REQUIRE(written.size() == writers.size() * kRounds * kPerRound);
    std::size_t missing = 0;
    for (auto& reader : readers) {
        REQUIRE(reader->sync(now_ms(), 10) == SyncOutcome::Finished);
        std::set<std::string> held;
        for (const auto& record : reader->store().list("survey_response"))
            held.insert(record.id);
        for (const auto& id : written)
            missing += held.count(id) == 0;
        CHECK(held.size() == written.size());
    }
    CHECK(missing == 0);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf(
        "cursor run, seed %u: %zu writers pushed %zu records through 2 servers while %zu readers "
        "made %ld pulls; %ld requests answered, %ld failed; records missing from a reader: %zu; "
        "%.1f s\n",
        seed, writers.size(), written.size(), readers.size(), pulls.load(), balancer.answered(),
        balancer.failed(), missing, seconds);
}

TEST_CASE("phones sending to either of two servers converge while one is killed and restarted") {
    const unsigned seed = seed_from_env();
    INFO("seed " << seed << " (rerun: PANTAU_SCALE_SEED=" << seed << ")");
    std::printf("scale-out run: seed %u\n", seed);
    const auto started = std::chrono::steady_clock::now();
    Run run(seed);
    Kabupaten k;
    ServerProcess second(k.store_url, {}, k.dir.path() / "second.log");
    second.start();
    std::vector<ServerProcess*> servers = {&k.server, &second};
    Balancer balancer(servers, seed);

    std::vector<Phone> phones;
    int index = 0;
    for (const auto& [kind, unit_index] : {std::pair{"PUSKESMAS", 0}, std::pair{"PUSKESMAS", 0},
                                           std::pair{"PUSKESMAS", 1}, std::pair{"KECAMATAN", 0}}) {
        const auto unit = k.unit(kind, unit_index);
        Phone p{std::make_unique<TestDevice>(
                    balancer.transport(), k.new_code(k.supervisor_of(unit)),
                    (k.dir.path() / ("phone-" + std::to_string(index++) + ".db")).string()),
                unit,
                {}};
        REQUIRE(p.device->sync(now_ms(), 10) == SyncOutcome::Finished);
        for (const auto& e : p.device->store().list("employee", unit))
            p.staff.push_back(e.id);
        REQUIRE(p.staff.size() >= 4);
        phones.push_back(std::move(p));
    }
    const auto some_phone = [&]() -> Phone& {
        return phones[static_cast<std::size_t>(run.below(static_cast<int>(phones.size())))];
    };
    const auto work = [&](int steps) {
        for (int step = 0; step < steps; ++step) {
            auto& phone = some_phone();
            if (run.below(2) == 0)
                run.edit(phone);
            else
                phone.device->sync(now_ms(), 3);
        }
    };

    constexpr int kCycles = 10;
    int kills = 0;
    for (int cycle = 0; cycle < kCycles; ++cycle) {
        // Edits pile up on the phones, so the sync the kill lands in has work.
        for (int n = 0; n < 6 + run.below(10); ++n)
            run.edit(some_phone());
        work(2 + run.below(6));
        // One server dies a seeded number of milliseconds into a phone's sync.
        auto& victim = *servers[static_cast<std::size_t>(run.below(2))];
        const auto after = std::chrono::milliseconds(run.below(15));
        std::thread killer([pid = victim.pid(), after] {
            std::this_thread::sleep_for(after);
            ::kill(pid, SIGKILL);
        });
        some_phone().device->sync(now_ms(), 3);
        killer.join();
        victim.kill9();  // reaps it
        ++kills;
        work(1 + run.below(4));  // the other server carries on alone
        victim.start();
    }

    const bool quiet = sync_until_quiet(phones);
    REQUIRE(quiet);
    const auto [lost, duplicated] = check_converged(k, run, phones);
    CHECK(lost == 0);
    CHECK(duplicated == 0);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf(
        "scale-out run, seed %u: 2 servers, %d kills; %ld requests answered, %ld lost to a "
        "kill; %zu edits of %zu records; lost %d, duplicated %d; %.1f s\n",
        seed, kills, balancer.answered(), balancer.failed(), run.edits.size(), run.latest.size(),
        lost, duplicated, seconds);
}
