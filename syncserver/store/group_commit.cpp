#include "store/group_commit.h"

#include <vector>

namespace pantau::server {

struct GroupCommit::Entry {
    Job job;
    bool done = false;
};

void GroupCommit::submit(const Work& work, const RunGroup& run_group) {
    Entry entry;
    entry.job.work = &work;
    std::unique_lock lock(mutex_);
    queue_.push_back(&entry);
    while (!entry.done) {
        if (!leader_active_)
            lead(lock, run_group);
        else
            done_.wait(lock);
    }
    if (entry.job.error)
        std::rethrow_exception(entry.job.error);
}

// Called with the lock held; releases it while the group's transaction runs.
void GroupCommit::lead(std::unique_lock<std::mutex>& lock, const RunGroup& run_group) {
    leader_active_ = true;
    std::vector<Entry*> group;
    while (!queue_.empty() && group.size() < max_group_) {
        group.push_back(queue_.front());
        queue_.pop_front();
    }
    lock.unlock();

    std::vector<Job*> jobs;
    jobs.reserve(group.size());
    for (Entry* entry : group)
        jobs.push_back(&entry->job);
    try {
        run_group(jobs);
    } catch (...) {
        // A runner reports failures through the jobs; anything escaping it
        // still reaches every caller instead of leaving them waiting.
        const auto failure = std::current_exception();
        for (Job* job : jobs)
            if (!job->error)
                job->error = failure;
    }

    lock.lock();
    ++groups_;
    for (Entry* entry : group)
        entry->done = true;
    leader_active_ = false;
    done_.notify_all();
}

std::uint64_t GroupCommit::groups() const {
    std::lock_guard lock(mutex_);
    return groups_;
}

}  // namespace pantau::server
