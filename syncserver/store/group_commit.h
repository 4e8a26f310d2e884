// Group commit: writers that arrive while a transaction is running queue up,
// and the first of them to find no transaction running becomes the leader
// and runs every queued piece of work in one transaction, each inside its
// own savepoint, paying for one commit for all of them. Both stores use it;
// how a group's transaction is opened, savepointed and committed is theirs.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <span>

namespace pantau::server {

class ServerTransaction;

class GroupCommit {
  public:
    using Work = std::function<void(ServerTransaction&)>;

    struct Job {
        const Work* work = nullptr;
        std::exception_ptr error;  // set by the group's runner when this job failed
    };

    // Runs one group's jobs in one transaction, setting each failed job's error.
    using RunGroup = std::function<void(std::span<Job* const> group)>;

    explicit GroupCommit(std::size_t max_group) : max_group_(max_group == 0 ? 1 : max_group) {}

    // Returns once `work` ran in some group's transaction and that
    // transaction ended; rethrows what the work (or the commit) threw.
    void submit(const Work& work, const RunGroup& run_group);

    // How many transactions the writes so far took.
    std::uint64_t groups() const;

  private:
    struct Entry;
    void lead(std::unique_lock<std::mutex>& lock, const RunGroup& run_group);

    std::size_t max_group_;
    mutable std::mutex mutex_;
    std::condition_variable done_;
    std::deque<Entry*> queue_;
    bool leader_active_ = false;
    std::uint64_t groups_ = 0;
};

}  // namespace pantau::server
