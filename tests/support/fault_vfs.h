// A SQLite VFS for tests that wraps the default one and counts the writes
// and syncs that reach the file system, so a test can place a fault at an
// exact write instead of after a real sleep: the process kills itself there
// (a crash mid-commit, replayable from the count), or the write fails as if
// the disk were full. Register it once per process; it becomes the default.
#pragma once

#include <cstdint>
#include <functional>

namespace pantau::testing {

enum class FaultAction {
    None,      // the write goes through
    Kill,      // SIGKILL this process before the write reaches the file
    DiskFull,  // the write fails with SQLITE_FULL and nothing is written
};

// Called before every xWrite and xSync with the 1-based count of such
// operations in this process so far.
using FaultPlan = std::function<FaultAction(std::int64_t operation)>;

// Installs the counting VFS as SQLite's default with `plan` (a new plan
// replaces the old one; the count goes on).
void install_fault_vfs(FaultPlan plan);

// How many writes and syncs went through the VFS so far.
std::int64_t fault_vfs_operations();

}  // namespace pantau::testing
