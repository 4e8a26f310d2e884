#include "support/fault_vfs.h"

#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <string>

namespace pantau::testing {

namespace {

// The wrapper's file: our methods first (SQLite requires pMethods at the
// start), then the real VFS's file in the space after it.
struct FaultFile {
    sqlite3_file base;
    const char* name;  // SQLite keeps it valid until xClose; null for a temporary file
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

sqlite3_file* real_of(sqlite3_file* file) {
    return reinterpret_cast<FaultFile*>(file)->real();
}

sqlite3_vfs* g_default = nullptr;
sqlite3_vfs g_vfs;
std::atomic<std::int64_t> g_kill_at{0};
std::atomic<std::int64_t> g_operations{0};
std::atomic<bool> g_full{false};
std::atomic<std::int64_t> g_refusals{0};
std::atomic<std::int64_t> g_room{0};  // writes that still fit
std::mutex g_folder_mutex;
std::string g_full_folder;  // with a trailing separator; empty for none

bool refused(sqlite3_file* f) {
    if (!g_full.load())
        return false;
    const char* name = reinterpret_cast<FaultFile*>(f)->name;
    {
        std::lock_guard lock(g_folder_mutex);
        if (!name || g_full_folder.empty() || !std::string_view(name).starts_with(g_full_folder))
            return false;
    }
    if (--g_room >= 0)
        return false;
    ++g_refusals;
    return true;
}

void count_and_maybe_die() {
    if (++g_operations >= g_kill_at.load() && g_kill_at.load() > 0) {
        ::kill(::getpid(), SIGKILL);
        ::pause();
    }
}

int x_close(sqlite3_file* f) {
    return real_of(f)->pMethods->xClose(real_of(f));
}
int x_read(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
    return real_of(f)->pMethods->xRead(real_of(f), buffer, amount, offset);
}
int x_write(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
    count_and_maybe_die();
    if (refused(f))
        return SQLITE_FULL;
    return real_of(f)->pMethods->xWrite(real_of(f), buffer, amount, offset);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    sqlite3_int64 now = 0;
    if (real_of(f)->pMethods->xFileSize(real_of(f), &now) == SQLITE_OK && size > now && refused(f))
        return SQLITE_FULL;
    return real_of(f)->pMethods->xTruncate(real_of(f), size);
}
int x_sync(sqlite3_file* f, int flags) {
    count_and_maybe_die();
    return real_of(f)->pMethods->xSync(real_of(f), flags);
}
int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
    return real_of(f)->pMethods->xFileSize(real_of(f), size);
}
int x_lock(sqlite3_file* f, int level) {
    return real_of(f)->pMethods->xLock(real_of(f), level);
}
int x_unlock(sqlite3_file* f, int level) {
    return real_of(f)->pMethods->xUnlock(real_of(f), level);
}
int x_check_reserved_lock(sqlite3_file* f, int* out) {
    return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
    return real_of(f)->pMethods->xFileControl(real_of(f), op, arg);
}
int x_sector_size(sqlite3_file* f) {
    return real_of(f)->pMethods->xSectorSize(real_of(f));
}
int x_device_characteristics(sqlite3_file* f) {
    return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f));
}
int x_shm_map(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return real_of(f)->pMethods->xShmMap(real_of(f), page, size, extend, out);
}
int x_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return real_of(f)->pMethods->xShmLock(real_of(f), offset, n, flags);
}
void x_shm_barrier(sqlite3_file* f) {
    real_of(f)->pMethods->xShmBarrier(real_of(f));
}
int x_shm_unmap(sqlite3_file* f, int delete_flag) {
    return real_of(f)->pMethods->xShmUnmap(real_of(f), delete_flag);
}
int x_fetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    return real_of(f)->pMethods->xFetch(real_of(f), offset, amount, out);
}
int x_unfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) {
    return real_of(f)->pMethods->xUnfetch(real_of(f), offset, page);
}

// Version 3 methods; the real file's methods are version 3 on Unix as well.
const sqlite3_io_methods kMethods = {
    3,
    x_close,
    x_read,
    x_write,
    x_truncate,
    x_sync,
    x_file_size,
    x_lock,
    x_unlock,
    x_check_reserved_lock,
    x_file_control,
    x_sector_size,
    x_device_characteristics,
    x_shm_map,
    x_shm_lock,
    x_shm_barrier,
    x_shm_unmap,
    x_fetch,
    x_unfetch,
};

int x_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    auto* wrapper = reinterpret_cast<FaultFile*>(file);
    wrapper->base.pMethods = nullptr;
    wrapper->name = name;
    const int rc = g_default->xOpen(g_default, name, wrapper->real(), flags, out_flags);
    // SQLite calls xClose only when pMethods is set, so set it only for an open file.
    if (rc == SQLITE_OK && wrapper->real()->pMethods)
        wrapper->base.pMethods = &kMethods;
    return rc;
}

}  // namespace

void kill_at_write(std::int64_t n) {
    g_kill_at = n;
    install_fault_vfs();
}

void install_fault_vfs() {
    if (g_default)
        return;
    g_default = sqlite3_vfs_find(nullptr);
    if (!g_default)
        throw std::runtime_error("SQLite has no default VFS");
    g_vfs = *g_default;
    g_vfs.zName = "pantau-fault";
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_default->szOsFile;
    g_vfs.xOpen = x_open;
    g_vfs.pNext = nullptr;
    if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK)
        throw std::runtime_error("cannot register the fault VFS");
}

void set_disk_full(bool full, const std::filesystem::path& folder, std::int64_t room) {
    install_fault_vfs();
    g_room = room;
    if (!folder.empty()) {
        std::lock_guard lock(g_folder_mutex);
        g_full_folder = (std::filesystem::absolute(folder) / "").string();
    }
    g_full = full;
}

std::int64_t disk_full_refusals() {
    return g_refusals.load();
}

}  // namespace pantau::testing
