// pantau-server: `serve` runs the sync server; every other command is an
// administration command (admin/commands.h) on the same store.
#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "admin/commands.h"
#include "http/server.h"
#include "http/tls_context.h"
#include "service/router.h"
#include "service/sync_service.h"
#include "store/server_store.h"

namespace {

using namespace pantau::server;

constexpr const char* kServeUsage = R"(usage:
  pantau-server serve [--store URL] [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]
                      [--threads N] [--rate-limit PER_SECOND] [--request-timeout SECONDS] [--metrics-token T]
                      [--body-limit BYTES] [--max-connections-per-address N]
)";

// serve, then every administration command from its table, so none is missing.
std::string usage() {
    return kServeUsage + admin_synopses() + "The store defaults to sqlite:pantau.db.\n";
}

template <typename T>
bool parse_number(const std::string& text, T& out) {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

int usage_error(const std::string& message) {
    std::cerr << "pantau-server: " << message << "\n" << usage();
    return 2;
}

int serve(const std::vector<std::string>& args) {
    ServerConfig config;
    std::string store_url = "sqlite:pantau.db";
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (i + 1 >= args.size())
            return usage_error(flag + " needs a value");
        const std::string& value = args[++i];
        if (flag == "--store") {
            store_url = value;
        } else if (flag == "--listen") {
            const auto colon = value.rfind(':');
            if (colon == std::string::npos ||
                !parse_number(value.substr(colon + 1), config.listen_port))
                return usage_error("--listen takes HOST:PORT");
            config.listen_host = value.substr(0, colon);
        } else if (flag == "--tls-cert") {
            config.tls_cert_file = value;
        } else if (flag == "--tls-key") {
            config.tls_key_file = value;
        } else if (flag == "--threads") {
            if (!parse_number(value, config.io_threads) || config.io_threads < 1 ||
                config.io_threads > 64)
                return usage_error("--threads takes a number from 1 to 64");
        } else if (flag == "--rate-limit") {
            double rate = 0;
            if (!parse_number(value, rate) || rate <= 0)
                return usage_error("--rate-limit takes requests per second per device");
            config.device_rate = {rate, std::max(1.0, rate * 6)};
        } else if (flag == "--request-timeout") {
            double seconds = 0;
            if (!parse_number(value, seconds) || seconds <= 0)
                return usage_error("--request-timeout takes seconds");
            config.http.request_timeout =
                std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
        } else if (flag == "--metrics-token") {
            if (value.size() < 16)
                return usage_error("--metrics-token takes a secret of at least 16 characters");
            config.metrics_token = value;
        } else if (flag == "--max-connections-per-address") {
            if (!parse_number(value, config.http.max_connections_per_address) ||
                config.http.max_connections_per_address < 1)
                return usage_error("--max-connections-per-address takes a number of at least 1");
        } else if (flag == "--body-limit") {
            if (!parse_number(value, config.http.body_limit) || config.http.body_limit < 1024)
                return usage_error("--body-limit takes bytes (at least 1024)");
        } else {
            return usage_error("unknown option " + flag);
        }
    }
    if (config.tls_cert_file.empty() != config.tls_key_file.empty())
        return usage_error("--tls-cert and --tls-key go together");

    // Signals are taken by one thread with sigwait; every other thread,
    // created after this, inherits the blocked mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGUSR1);  // wakes the watcher when the server stops by itself
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    try {
        auto store = open_store(store_url);
        Metrics metrics;
        SyncService service(*store, metrics, config);
        Router router(service);
        HttpServer server(config, router, metrics);
        std::printf("listening on %s:%u\n", server.host().c_str(),
                    static_cast<unsigned>(server.port()));
        std::fflush(stdout);
        const std::string transport =
            config.tls_cert_file.empty()
                ? std::string("plain HTTP")
                : "TLS, key fingerprint " + certificate_key_fingerprint(config.tls_cert_file);
        std::fprintf(stderr, "pantau-server %s: store %s, %s\n",
                     std::string(kServerVersion).c_str(), store_url.c_str(), transport.c_str());

        std::thread watcher([&] {
            int signal = 0;
            sigwait(&signals, &signal);
            if (signal != SIGUSR1) {
                std::fprintf(stderr, "pantau-server: signal %d, finishing requests in flight\n",
                             signal);
                server.shutdown();
            }
        });
        server.run();
        pthread_kill(watcher.native_handle(), SIGUSR1);
        watcher.join();
        std::fprintf(stderr, "pantau-server: stopped\n");
        return 0;
    } catch (const StoreError& e) {
        std::fprintf(stderr, "pantau-server: store: %s\n", e.what());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "pantau-server: %s\n", e.what());
    }
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << usage();
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "serve")
        return serve(args);
    if (is_admin_command(args))
        return run_admin_command(args, std::cout, std::cerr);
    return usage_error("unknown command " + args[0]);
}
