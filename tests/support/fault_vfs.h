// A SQLite VFS for tests that wraps the default one and counts the writes
// and syncs that reach the file system, so a test can place a crash at an
// exact write instead of after a real sleep: the process kills itself there,
// mid-commit, replayable from the count.
#pragma once

#include <cstdint>

namespace pantau::testing {

// Installs the counting VFS as SQLite's default: this process SIGKILLs itself
// just before its `n`-th write or sync (counted from 1).
void kill_at_write(std::int64_t n);

}  // namespace pantau::testing
