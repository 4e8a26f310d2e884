// A SQLite VFS for tests that wraps the default one and counts the writes
// and syncs that reach the file system, so a test can place a crash at an
// exact write instead of after a real sleep: the process kills itself there,
// mid-commit, replayable from the count. It can also play a full disk for
// the files under one folder: their writes fail as ENOSPC makes them fail.
#pragma once

#include <cstdint>
#include <filesystem>

namespace pantau::testing {

// Installs the counting VFS as SQLite's default: this process SIGKILLs itself
// just before its `n`-th write or sync (counted from 1).
void kill_at_write(std::int64_t n);

// Installs the VFS as SQLite's default, passing everything through; only
// files opened after this go through it.
void install_fault_vfs();

// While on, every write to a file under `folder` (database, WAL and
// journal alike), and every truncate that would grow one, fails with
// SQLITE_FULL and changes nothing; reads and shrinking go on. The first
// `room` writes still pass, so that the disk can fill in the middle of a
// commit. Installs the VFS.
void set_disk_full(bool full, const std::filesystem::path& folder = {}, std::int64_t room = 0);
// How many writes the full disk refused so far.
std::int64_t disk_full_refusals();

}  // namespace pantau::testing
