#include "server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <random>
#include <stdexcept>
#include <thread>

namespace pantau::server::testing {

namespace {

std::vector<char*> argv_of(std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    return argv;
}

// Reads everything from `fd` until it closes.
std::string drain(int fd) {
    std::string out;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            out.append(buffer, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR)
            break;
    }
    return out;
}

// In the child between fork and exec: closes every descriptor but 0, 1 and
// 2. The test's own sockets (a proxy's connections, clients' keep-alives)
// must not live on in the server, or closing them would not end them.
void close_inherited() {
    ::close_range(3, ~0U, 0);
}

int exit_status(int status) {
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace

TempDir::TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("pantau-blackbox-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

CommandResult run_server_command(const std::vector<std::string>& args) {
    int out_pipe[2], err_pipe[2];
    if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<std::string> all{PANTAU_SERVER_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    auto argv = argv_of(all);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out_pipe[1], 1);
        ::dup2(err_pipe[1], 2);
        close_inherited();
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    CommandResult result;
    std::thread err_reader([&] { result.err = drain(err_pipe[0]); });
    result.out = drain(out_pipe[0]);
    err_reader.join();
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = exit_status(status);
    return result;
}

ServerProcess::ServerProcess(std::string store, std::vector<std::string> extra_args,
                             std::filesystem::path log_file)
    : store_(std::move(store)),
      extra_args_(std::move(extra_args)),
      log_file_(std::move(log_file)) {}

ServerProcess::~ServerProcess() {
    if (pid_ > 0)
        kill9();
}

void ServerProcess::start() {
    if (pid_ > 0)
        throw std::logic_error("the server runs already");
    int out_pipe[2];
    if (::pipe(out_pipe) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<std::string> all{PANTAU_SERVER_BINARY, "serve", "--store", store_,
                                 "--listen",           listen_};
    all.insert(all.end(), extra_args_.begin(), extra_args_.end());
    auto argv = argv_of(all);
    const std::string log = log_file_.empty() ? std::string("/dev/null") : log_file_.string();
    pid_ = ::fork();
    if (pid_ == 0) {
        ::dup2(out_pipe[1], 1);
        ::close(out_pipe[0]);
        const int log_fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (log_fd >= 0)
            ::dup2(log_fd, 2);
        close_inherited();
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out_pipe[1]);

    // The first line on stdout names the port.
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (line.find('\n') == std::string::npos) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now())
                              .count();
        pollfd p{out_pipe[0], POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0)
            break;
        char c[256];
        const ssize_t n = ::read(out_pipe[0], c, sizeof c);
        if (n <= 0)
            break;
        line.append(c, static_cast<std::size_t>(n));
    }
    ::close(out_pipe[0]);
    const std::string prefix = "listening on 127.0.0.1:";
    if (line.rfind(prefix, 0) != 0) {
        kill9();
        throw std::runtime_error("the server did not start; it printed: " + line);
    }
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(prefix.size())));
}

int ServerProcess::wait_exit(int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(pid_, &status, WNOHANG);
        if (done == pid_) {
            pid_ = -1;
            return exit_status(status);
        }
        if (std::chrono::steady_clock::now() > deadline)
            return -1;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

int ServerProcess::stop(int timeout_ms) {
    if (pid_ <= 0)
        return -1;
    ::kill(pid_, SIGTERM);
    const int status = wait_exit(timeout_ms);
    if (status < 0)
        kill9();
    return status;
}

void ServerProcess::kill9() {
    if (pid_ <= 0)
        return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
}

}  // namespace pantau::server::testing
