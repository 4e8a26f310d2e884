// pantau-bench-server: push and pull throughput of the sync server over real
// HTTP on loopback (in-process server, SQLite store, WAL, synchronous=FULL),
// against a baseline of plain SQLite writing and reading the same rows in the
// same run with the same durability: one transaction per batch, no protocol.
// Prints medians of several runs and the server/baseline ratio.
// With --postgresql URL (a cluster's "postgres" database, as
// scripts/pg-cluster.sh prints it) the server runs on the PostgreSQL store,
// in a new database per run, and --servers 2 runs two servers on it, the
// devices split between them; the baseline stays plain SQLite.
//
//   pantau-bench-server [--runs N] [--devices N] [--batches N] [--batch-size N]
//                       [--postgresql URL [--servers N]]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <pqxx/pqxx>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "admin/commands.h"
#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "http/server.h"
#include "service/directory.h"
#include "service/router.h"
#include "service/sync_service.h"
#include "store/pg_server_store.h"
#include "store/sqlite.h"
#include "store/sqlite_server_store.h"
#include "syncserver/http_client.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
using namespace pantau;
using namespace pantau::server;

struct Options {
    int runs = 5;
    int devices = 4;
    int batches = 25;
    int batch_size = 100;
    std::string postgresql;  // the cluster's "postgres" database; empty: SQLite
    int servers = 1;
};

// A new, empty database in the cluster for one run; its URL.
std::string fresh_database(const std::string& cluster_url, int run) {
    const std::string name = "pantau_bench_" + std::to_string(run);
    {
        pqxx::connection c(cluster_url);
        pqxx::nontransaction t(c);
        t.exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        t.exec("CREATE DATABASE " + name);
    }
    const auto at = cluster_url.find("/postgres");
    if (at == std::string::npos)
        throw std::runtime_error("--postgresql must name the cluster's postgres database");
    return cluster_url.substr(0, at) + "/" + name + cluster_url.substr(at + 9);
}

std::uint64_t transactions_of(ServerStore& store) {
    if (auto* pg = dynamic_cast<PgServerStore*>(&store))
        return pg->write_transactions();
    if (auto* lite = dynamic_cast<SqliteServerStore*>(&store))
        return lite->write_transactions();
    return 0;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

fs::path fresh_dir(const std::string& name) {
    const auto dir = fs::temp_directory_path() / ("pantau-bench-server-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// The pushes every device sends: distinct employee-days of one unit, in the past.
std::vector<std::vector<json>> make_batches(const std::string& unit,
                                            const std::vector<std::string>& staff,
                                            const std::string& device_id, int device_index,
                                            const Options& o, std::int64_t now) {
    std::vector<std::vector<json>> batches;
    HlcClock clock;
    const Date today = local_date(now, 7 * 60);
    int n = device_index * o.batches * o.batch_size;
    for (int b = 0; b < o.batches; ++b) {
        std::vector<json> changes;
        for (int i = 0; i < o.batch_size; ++i, ++n) {
            const auto& employee = staff[static_cast<std::size_t>(n) % staff.size()];
            const Date day = today.plus_days(-1 - n / static_cast<int>(staff.size()));
            const Attendance a{employee,     day,          "HADIR",      std::nullopt,
                               std::nullopt, std::nullopt, now - 60'000, std::nullopt};
            changes.push_back({{"type", "attendance"},
                               {"id", attendance_id(unit, employee, day)},
                               {"unit_id", unit},
                               {"version", clock.send(now - 60'000).to_string()},
                               {"base", nullptr},
                               {"origin", device_id},
                               {"deleted", false},
                               {"data", a.to_json()}});
        }
        batches.push_back(std::move(changes));
    }
    return batches;
}

struct RunResult {
    double push_per_s = 0;
    double pull_per_s = 0;
    double base_write_per_s = 0;
    double base_read_per_s = 0;
    std::uint64_t transactions = 0;
};

RunResult run_once(const Options& o, int run) {
    RunResult result;
    const auto dir = fresh_dir(std::to_string(run));
    const std::string url = o.postgresql.empty() ? "sqlite:" + (dir / "central.db").string()
                                                 : fresh_database(o.postgresql, run);
    std::ostringstream out, err;
    if (run_admin_command({"demo-data", "--store", url, "--json"}, out, err) != 0)
        throw std::runtime_error("demo-data failed: " + err.str());
    const json demo = json::parse(out.str());
    std::string unit, supervisor, hr;
    for (const auto& u : demo.at("units"))
        if (unit.empty() && u.at("kind") == "PUSKESMAS")
            unit = u.at("id");
    for (const auto& u : demo.at("users")) {
        if (u.at("role") == "supervisor" && u.at("units")[0] == unit)
            supervisor = u.at("id");
        if (u.at("role") == "hr")
            hr = u.at("id");
    }

    // One or more servers on the store, each with its own store object
    // (its own connections), as separate processes would have.
    struct Serving {
        std::unique_ptr<ServerStore> store;
        Metrics metrics;
        std::unique_ptr<SyncService> service;
        std::unique_ptr<Router> router;
        std::unique_ptr<HttpServer> server;
        std::thread thread;
    };
    ServerConfig config;
    config.listen_port = 0;
    config.device_rate = {1e6, 1e6};
    config.enroll_rate = {1e6, 1e6};  // every device enrols from loopback
    std::vector<std::unique_ptr<Serving>> servers;
    for (int n = 0; n < std::max(1, o.servers); ++n) {
        auto s = std::make_unique<Serving>();
        s->store = open_store(url);
        s->service = std::make_unique<SyncService>(*s->store, s->metrics, config);
        s->router = std::make_unique<Router>(*s->service);
        s->server = std::make_unique<HttpServer>(config, *s->router, s->metrics);
        s->thread = std::thread([server = s->server.get()] { server->run(); });
        servers.push_back(std::move(s));
    }
    auto& store = *servers[0]->store;
    auto& server = *servers[0]->server;
    const auto port_of = [&](int device) {
        return servers[static_cast<std::size_t>(device) % servers.size()]->server->port();
    };
    const auto all_transactions = [&] {
        std::uint64_t n = 0;
        for (auto& s : servers)
            n += transactions_of(*s->store);
        return n;
    };

    auto enroll = [&](const std::string& user) {
        std::string code;
        store.write([&](ServerTransaction& tx) {
            code = *issue_enroll_code(tx, user, 3'600'000, system_now_ms());
        });
        test::HttpClient client("127.0.0.1", server.port());
        auto r = client.post("/v1/enroll", json{{"code", code}, {"device_name", "bench"}}.dump(),
                             {{"Content-Type", "application/json"}});
        return r.json();
    };
    std::vector<json> phones;
    for (int d = 0; d < o.devices; ++d)
        phones.push_back(enroll(supervisor));
    std::vector<std::string> staff;
    {
        test::HttpClient client("127.0.0.1", server.port());
        const std::string token = phones[0].at("token");
        const json page =
            client.get("/v1/sync/pull?limit=1000", {{"Authorization", "Bearer " + token}}).json();
        for (const auto& c : page.at("changes"))
            if (c.at("type") == "employee")
                staff.push_back(c.at("id"));
    }
    const auto now = system_now_ms();
    std::vector<std::vector<std::vector<json>>> work;
    for (int d = 0; d < o.devices; ++d)
        work.push_back(make_batches(
            unit, staff, phones[static_cast<std::size_t>(d)].at("device_id"), d, o, now));

    // Push: every device at once, each batch acknowledged before the next.
    const auto transactions_before = all_transactions();
    std::atomic<int> failures{0};
    const auto push_start = Clock::now();
    std::vector<std::thread> pushers;
    for (int d = 0; d < o.devices; ++d) {
        pushers.emplace_back([&, d] {
            test::HttpClient client("127.0.0.1", port_of(d));
            const std::string token = phones[static_cast<std::size_t>(d)].at("token");
            const test::HttpHeaders headers = {{"Authorization", "Bearer " + token},
                                               {"Content-Type", "application/json"}};
            for (int b = 0; b < o.batches; ++b) {
                const json body = {
                    {"batch", b + 1},
                    {"changes", work[static_cast<std::size_t>(d)][static_cast<std::size_t>(b)]}};
                auto r = client.post("/v1/sync/push", body.dump(), headers);
                if (r.status != 200 || r.body.find("rejected") != std::string::npos)
                    ++failures;
            }
        });
    }
    for (auto& t : pushers)
        t.join();
    const double push_s = seconds_since(push_start);
    result.transactions = all_transactions() - transactions_before;
    if (failures > 0)
        throw std::runtime_error(std::to_string(failures.load()) + " pushes failed");
    const double records = static_cast<double>(o.devices) * o.batches * o.batch_size;
    result.push_per_s = records / push_s;

    // Pull: central HR reads everything, 1000 per page.
    const json hr_device = enroll(hr);
    {
        test::HttpClient client("127.0.0.1", server.port());
        const test::HttpHeaders headers = {
            {"Authorization", "Bearer " + hr_device.at("token").get<std::string>()}};
        std::string cursor;
        std::size_t received = 0;
        const auto pull_start = Clock::now();
        for (;;) {
            auto page = client.get("/v1/sync/pull?limit=1000&cursor=" + cursor, headers).json();
            received += page.at("changes").size();
            cursor = page.at("cursor");
            if (!page.at("more"))
                break;
        }
        result.pull_per_s = static_cast<double>(received) / seconds_since(pull_start);
    }
    for (auto& s : servers) {
        s->server->shutdown();
        s->thread.join();
    }

    // Baseline: the same rows into plain SQLite, one durable transaction per batch.
    auto db = sqlite::Database::open((dir / "baseline.db").string());
    db.exec(
        "CREATE TABLE records (seq INTEGER PRIMARY KEY, type TEXT, id TEXT, unit_id TEXT, "
        "version TEXT, origin TEXT, data TEXT, UNIQUE (type, id))");
    const auto write_start = Clock::now();
    auto insert = db.prepare(
        "INSERT INTO records (type, id, unit_id, version, origin, data) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6)");
    for (const auto& device : work) {
        for (const auto& batch : device) {
            sqlite::Transaction tx(db);
            for (const auto& c : batch) {
                insert.reset();
                insert
                    .bind_all(c.at("type").get<std::string>(), c.at("id").get<std::string>(),
                              c.at("unit_id").get<std::string>(),
                              c.at("version").get<std::string>(), c.at("origin").get<std::string>(),
                              c.at("data").dump())
                    .run();
            }
            tx.commit();
        }
    }
    result.base_write_per_s = records / seconds_since(write_start);
    const auto read_start = Clock::now();
    std::size_t read = 0;
    std::int64_t after = 0;
    auto select = db.prepare(
        "SELECT seq, type, id, unit_id, version, origin, data FROM records WHERE seq > ?1 "
        "ORDER BY seq LIMIT 1000");
    for (;;) {
        select.reset();
        select.bind_all(after);
        std::size_t page = 0;
        while (select.step()) {
            after = select.int64(0);
            json row = {{"type", select.text(1)},    {"id", select.text(2)},
                        {"unit_id", select.text(3)}, {"version", select.text(4)},
                        {"origin", select.text(5)},  {"data", json::parse(select.text(6))}};
            ++page;
        }
        read += page;
        if (page < 1000)
            break;
    }
    result.base_read_per_s = static_cast<double>(read) / seconds_since(read_start);
    fs::remove_all(dir);
    return result;
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--postgresql") {
            o.postgresql = argv[i + 1];
            continue;
        }
        const int value = std::atoi(argv[i + 1]);
        if (flag == "--runs")
            o.runs = value;
        else if (flag == "--devices")
            o.devices = value;
        else if (flag == "--batches")
            o.batches = value;
        else if (flag == "--batch-size")
            o.batch_size = value;
        else if (flag == "--servers")
            o.servers = value;
    }
    std::vector<double> push, pull, write, read, tx;
    for (int run = 0; run < o.runs; ++run) {
        const auto r = run_once(o, run);
        push.push_back(r.push_per_s);
        pull.push_back(r.pull_per_s);
        write.push_back(r.base_write_per_s);
        read.push_back(r.base_read_per_s);
        tx.push_back(static_cast<double>(r.transactions));
        std::fprintf(stderr,
                     "run %d: push %.0f/s, pull %.0f/s, baseline write %.0f/s, read %.0f/s\n",
                     run + 1, r.push_per_s, r.pull_per_s, r.base_write_per_s, r.base_read_per_s);
    }
    const int batches = o.devices * o.batches;
    std::printf(
        "pantau-bench-server: %s store, %d server(s), %d devices x %d batches x %d changes, "
        "median of %d runs\n",
        o.postgresql.empty() ? "SQLite" : "PostgreSQL", std::max(1, o.servers), o.devices,
        o.batches, o.batch_size, o.runs);
    std::printf("  push over HTTP : %9.0f records/s   baseline SQLite write %9.0f/s   ratio %.2f\n",
                median(push), median(write), median(write) / median(push));
    std::printf("  pull over HTTP : %9.0f records/s   baseline SQLite read  %9.0f/s   ratio %.2f\n",
                median(pull), median(read), median(read) / median(pull));
    std::printf("  group commit   : %d push batches in %.0f transactions (median)\n", batches,
                median(tx));
    return 0;
}
