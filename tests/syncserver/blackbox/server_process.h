// The real pantau-server as a child process, for black-box tests: started on
// loopback with port 0 over a store in a temporary folder, stopped with
// SIGTERM or killed with SIGKILL, and restarted on the same store. The admin
// commands run as processes too, exactly as an operator types them.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pantau::server::testing {

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// A temporary folder removed with everything in it at the end of the test.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

// Runs `pantau-server ARGS...` to completion.
CommandResult run_server_command(const std::vector<std::string>& args);

class ServerProcess {
  public:
    // `store` is a URL such as "sqlite:/tmp/x/central.db".
    explicit ServerProcess(std::string store, std::vector<std::string> extra_args = {},
                           std::filesystem::path log_file = {});
    ~ServerProcess();  // kills the server if it still runs
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts the server and waits for "listening on HOST:PORT".
    void start();
    // SIGTERM, then waits; returns the exit status (exit code, or 128 + signal).
    int stop(int timeout_ms = 15'000);
    // SIGKILL, no goodbye.
    void kill9();
    bool running() const { return pid_ > 0; }
    // Later starts listen on the port this one got, as a real server's
    // address stays the same across restarts (clients remember it).
    void keep_port() { listen_ = "127.0.0.1:" + std::to_string(port_); }

    std::uint16_t port() const { return port_; }
    pid_t pid() const { return pid_; }
    const std::string& store() const { return store_; }

  private:
    int wait_exit(int timeout_ms);
    std::string store_;
    std::vector<std::string> extra_args_;
    std::filesystem::path log_file_;
    std::string listen_ = "127.0.0.1:0";
    pid_t pid_ = -1;
    std::uint16_t port_ = 0;
};

}  // namespace pantau::server::testing
