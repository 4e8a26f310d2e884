// pantau-soak: a long mixed load on the real pantau-server process over a
// demo store on loopback. Devices push attendance (edits of the same days
// included) on one connection each, while the other connections pull their
// device's scope and list conflicts, all kept alive, for a given time. It
// samples the server's resident memory and prints the answers by status,
// latency medians and the memory curve. It fails (exit 1) on any answer but
// 200, 201 and 429 (the rate limit, by design), on a request without an
// answer, or when memory keeps growing.
//
//   pantau-soak [--seconds 600] [--connections 300] [--devices 24] [--rate-limit 40]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "syncserver/blackbox/server_process.h"
#include "syncserver/http_client.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace pantau;
using namespace pantau::server::testing;

struct Options {
    int seconds = 600;
    int connections = 300;
    int devices = 24;
    std::string rate_limit = "40";
};

struct Device {
    std::string id;
    std::string token;
    std::vector<std::pair<std::string, std::string>> staff;  // unit, employee
};

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::size_t resident_kib(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmRSS:"))
            return std::strtoul(line.c_str() + 6, nullptr, 10);
    return 0;
}

json admin(const std::string& store, std::vector<std::string> args) {
    args.insert(args.end(), {"--store", store, "--json"});
    const auto result = run_server_command(args);
    if (result.exit_code != 0) {
        std::fprintf(stderr, "pantau-server %s failed: %s\n", args[0].c_str(), result.err.c_str());
        std::exit(2);
    }
    return json::parse(result.out);
}

// Counts answers by status, and keeps latencies for the medians.
class Tally {
  public:
    void answer(int status, double ms) {
        std::lock_guard lock(mutex_);
        ++by_status_[status];
        latencies_.push_back(ms);
    }
    void no_answer(const std::string& what) {
        std::lock_guard lock(mutex_);
        ++no_answer_;
        if (first_failure_.empty())
            first_failure_ = what;
    }
    void unexpected(int status, const std::string& body) {
        std::lock_guard lock(mutex_);
        if (first_unexpected_.empty())
            first_unexpected_ = std::to_string(status) + " " + body.substr(0, 300);
    }
    std::map<int, std::uint64_t> by_status_;
    std::vector<double> latencies_;
    std::uint64_t no_answer_ = 0;
    std::string first_failure_;
    std::string first_unexpected_;
    std::mutex mutex_;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    const auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}

// One request, timed and tallied; the answer when one came.
std::optional<test::HttpClientResponse> send(test::HttpClient& client, Tally& tally,
                                             const std::string& method, const std::string& target,
                                             const std::string& body, const std::string& token) {
    const auto start = Clock::now();
    try {
        test::HttpHeaders headers = {{"Authorization", "Bearer " + token}};
        if (!body.empty())
            headers.emplace_back("Content-Type", "application/json");
        auto response = client.request(method, target, body, headers);
        tally.answer(response.status,
                     std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (response.status != 200 && response.status != 201 && response.status != 429)
            tally.unexpected(response.status, response.body);
        return response;
    } catch (const std::exception& e) {
        tally.no_answer(method + " " + target + ": " + e.what());
        client.close();
        return std::nullopt;
    }
}

void wait_a_little(std::mt19937& random, int from_ms, int to_ms) {
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<int>(from_ms, to_ms)(random)));
}

// A device's pushes, one batch after another on one connection: attendance
// of its staff on the last 20 days, edits of earlier ones with their base.
void push_loop(std::uint16_t port, Device& device, Tally& tally, Clock::time_point end,
               unsigned seed) {
    static const std::vector<std::string> kStatuses = {"HADIR", "SAKIT", "IZIN", "DINAS_LUAR"};
    std::mt19937 random(seed);
    test::HttpClient client("127.0.0.1", port);
    std::map<std::string, std::string> last_version;  // record id -> version applied
    std::int64_t batch = 1;
    std::uint16_t counter = 0;
    const Date today = local_date(now_ms(), 7 * 60);  // the demo units are in WIB
    while (Clock::now() < end) {
        json changes = json::array();
        for (int i = 0; i < 20 && !device.staff.empty(); ++i) {
            const auto& [unit, employee] = device.staff[random() % device.staff.size()];
            const Date day = today.plus_days(-static_cast<int>(random() % 20));
            Attendance a{employee,     day,          kStatuses[random() % kStatuses.size()],
                         std::nullopt, std::nullopt, std::nullopt,
                         now_ms(),     std::nullopt};
            const std::string id = attendance_id(unit, employee, day);
            const std::string version =
                Hlc(static_cast<std::uint64_t>(now_ms()), counter++).to_string();
            const auto base = last_version.find(id);
            changes.push_back(
                {{"type", "attendance"},
                 {"id", id},
                 {"unit_id", unit},
                 {"version", version},
                 {"base", base == last_version.end() ? json(nullptr) : json(base->second)},
                 {"origin", device.id},
                 {"deleted", false},
                 {"data", a.to_json()}});
        }
        const auto answer = send(client, tally, "POST", "/v1/sync/push",
                                 json{{"batch", batch}, {"changes", changes}}.dump(), device.token);
        if (answer && answer->status == 200) {
            ++batch;
            const auto body = answer->json();
            for (std::size_t i = 0; i < changes.size(); ++i)
                if (body.at("results").at(i).at("status") == "applied")
                    last_version[changes[i].at("id")] =
                        body.at("results").at(i).value("version", changes[i].at("version"));
        } else if (answer && answer->status == 429) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
        wait_a_little(random, 200, 800);
    }
}

// A phone syncing: pulls its scope page by page to the end, then keeps
// pulling from where it stopped as new changes arrive; now and then it
// starts over (a phone newly enrolled) or lists the conflicts.
void pull_loop(std::uint16_t port, const Device& device, Tally& tally, Clock::time_point end,
               unsigned seed) {
    std::mt19937 random(seed);
    test::HttpClient client("127.0.0.1", port);
    std::string cursor;
    while (Clock::now() < end) {
        const auto dice = random() % 50;
        if (dice == 0) {
            cursor.clear();
        } else if (dice < 5) {
            send(client, tally, "GET", "/v1/conflicts?limit=100", "", device.token);
        } else if (const auto answer =
                       send(client, tally, "GET", "/v1/sync/pull?limit=200&cursor=" + cursor, "",
                            device.token);
                   answer && answer->status == 200) {
            cursor = answer->json().at("cursor").get<std::string>();
        }
        wait_a_little(random, 100, 900);
    }
}

int usage() {
    std::fprintf(stderr,
                 "usage: pantau-soak [--seconds N] [--connections N] [--devices N] "
                 "[--rate-limit PER_SECOND]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const std::string value = argv[i + 1];
        if (flag == "--seconds")
            options.seconds = std::atoi(value.c_str());
        else if (flag == "--connections")
            options.connections = std::atoi(value.c_str());
        else if (flag == "--devices")
            options.devices = std::atoi(value.c_str());
        else if (flag == "--rate-limit")
            options.rate_limit = value;
        else
            return usage();
    }
    if (argc % 2 == 0 || options.seconds < 1 || options.devices < 1 ||
        options.connections < options.devices)
        return usage();

    TempDir dir;
    const std::string store = "sqlite:" + (dir.path() / "soak.db").string();
    const json demo = admin(store, {"demo-data"});
    // Every connection comes from 127.0.0.1 here, where in the field each
    // phone has its own address (or a carrier NAT's): the per-address limit
    // is raised to let the whole load through.
    ServerProcess server(store,
                         {"--rate-limit", options.rate_limit, "--max-connections-per-address",
                          std::to_string(options.connections + 10)},
                         dir.path() / "server.log");
    server.start();
    Tally tally;

    // Devices of the demo supervisors, in turn; enrolment is rate-limited
    // per address, so the 429s are waited out.
    std::vector<std::string> supervisors;
    for (const auto& u : demo.at("users"))
        if (u.at("role") == "supervisor")
            supervisors.push_back(u.at("id"));
    std::vector<Device> devices(static_cast<std::size_t>(options.devices));
    test::HttpClient setup("127.0.0.1", server.port());
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const auto code =
            admin(store, {"enroll-code", "--user", supervisors[i % supervisors.size()]})
                .at("code")
                .get<std::string>();
        for (;;) {
            const auto answer = setup.post(
                "/v1/enroll",
                json{{"code", code}, {"device_name", "soak " + std::to_string(i)}}.dump(),
                {{"Content-Type", "application/json"}});
            if (answer.status == 201) {
                devices[i].id = answer.json().at("device_id");
                devices[i].token = answer.json().at("token");
                break;
            }
            if (answer.status != 429) {
                std::fprintf(stderr, "enrolment failed: %d %s\n", answer.status,
                             answer.body.c_str());
                return 2;
            }
            std::this_thread::sleep_for(
                std::chrono::seconds(std::max(1, std::atoi(answer.header("Retry-After").c_str()))));
        }
        // The device's staff, from its first pull.
        std::string cursor;
        for (;;) {
            const auto page = setup
                                  .get("/v1/sync/pull?cursor=" + cursor,
                                       {{"Authorization", "Bearer " + devices[i].token}})
                                  .json();
            for (const auto& c : page.at("changes"))
                if (c.at("type") == "employee" && !c.at("deleted").get<bool>())
                    devices[i].staff.emplace_back(c.at("unit_id"), c.at("id"));
            if (!page.at("more").get<bool>())
                break;
            cursor = page.at("cursor");
        }
    }
    setup.close();

    std::printf("soak: %d connections (%d pushing), %d devices, %d s, rate limit %s/s per device\n",
                options.connections, options.devices, options.devices, options.seconds,
                options.rate_limit.c_str());
    std::fflush(stdout);
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(options.seconds);
    std::vector<std::thread> threads;
    for (int c = 0; c < options.connections; ++c) {
        auto& device = devices[static_cast<std::size_t>(c % options.devices)];
        if (c < options.devices)
            threads.emplace_back(push_loop, server.port(), std::ref(device), std::ref(tally), end,
                                 static_cast<unsigned>(c + 1));
        else
            threads.emplace_back(pull_loop, server.port(), std::cref(device), std::ref(tally), end,
                                 static_cast<unsigned>(c + 1));
    }

    // The server's memory, every few seconds.
    std::vector<std::pair<int, std::size_t>> memory;
    const int step = std::max(1, options.seconds / 20);
    while (Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::seconds(std::min(step, 5)));
        const int at = static_cast<int>(
            std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - start).count());
        if (memory.empty() || at - memory.back().first >= step)
            memory.emplace_back(at, resident_kib(server.pid()));
    }
    for (auto& thread : threads)
        thread.join();
    memory.emplace_back(options.seconds, resident_kib(server.pid()));
    const int stopped = server.stop();

    std::uint64_t total = 0, other = 0;
    for (const auto& [status, count] : tally.by_status_) {
        total += count;
        if (status != 200 && status != 201 && status != 429)
            other += count;
    }
    std::printf("requests: %llu in %d s (%.0f/s)\n", static_cast<unsigned long long>(total),
                options.seconds, static_cast<double>(total) / options.seconds);
    for (const auto& [status, count] : tally.by_status_)
        std::printf("  %d: %llu\n", status, static_cast<unsigned long long>(count));
    std::printf("  without an answer: %llu\n", static_cast<unsigned long long>(tally.no_answer_));
    std::printf("latency: median %.1f ms, p99 %.1f ms\n", percentile(tally.latencies_, 0.5),
                percentile(tally.latencies_, 0.99));
    std::printf("server memory (VmRSS, MiB) by second:");
    for (const auto& [at, kib] : memory)
        std::printf(" %d:%.1f", at, static_cast<double>(kib) / 1024);
    std::printf("\n");

    // Flat: the second half grows by at most 10 % + 4 MiB (the store's page
    // caches fill early on; a leak keeps climbing to the end).
    std::size_t half = 0, last = 0;
    for (std::size_t i = memory.size() / 2; i < memory.size(); ++i) {
        if (i < memory.size() * 3 / 4)
            half = std::max(half, memory[i].second);
        else
            last = std::max(last, memory[i].second);
    }
    const bool flat = last <= half + half / 10 + 4096;
    std::printf("memory, highest in the third quarter and in the last: %.1f -> %.1f MiB (%s)\n",
                static_cast<double>(half) / 1024, static_cast<double>(last) / 1024,
                flat ? "flat" : "GROWING");
    std::printf("server stopped with status %d\n", stopped);
    if (!tally.first_unexpected_.empty())
        std::printf("first unexpected answer: %s\n", tally.first_unexpected_.c_str());
    if (!tally.first_failure_.empty())
        std::printf("first request without an answer: %s\n", tally.first_failure_.c_str());
    const bool ok = other == 0 && tally.no_answer_ == 0 && flat && stopped == 0;
    std::printf("%s\n", ok ? "soak: PASS" : "soak: FAIL");
    return ok ? 0 : 1;
}
