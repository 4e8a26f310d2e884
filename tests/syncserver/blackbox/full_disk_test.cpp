// Black-box: the server's store on a real, small file system, filled to its
// last byte: a tmpfs of a few MiB mounted for the test, which needs the right
// to mount (root, or CAP_SYS_ADMIN); without it the test says so and passes,
// and the fault-VFS tests of the service (disk_full_test.cpp) hold the same
// contract everywhere. While the disk is full a push is refused with 503
// storage_full and a Retry-After and applies nothing, pulls go on, the phone
// keeps its outbox; once space returns the same push applies, once.

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "kabupaten.h"

using nlohmann::json;
using namespace pantau;
using namespace pantau::server::testing;

namespace {

// A tmpfs of `size` mounted at a folder for the life of the object.
class SmallDisk {
  public:
    SmallDisk(std::filesystem::path at, const std::string& size) : path_(std::move(at)) {
        std::filesystem::create_directories(path_);
        mounted_ = ::mount("tmpfs", path_.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
    }
    ~SmallDisk() {
        if (mounted_)
            ::umount2(path_.c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return mounted_; }
    const std::filesystem::path& path() const { return path_; }

    // Writes a filler file until not one more byte fits.
    void fill() {
        const auto filler = (path_ / "filler").string();
        const int fd = ::open(filler.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        REQUIRE(fd >= 0);
        static const char block[64 * 1024] = {};
        for (std::size_t n = sizeof block; n > 0; n /= 2)
            while (::write(fd, block, n) > 0) {
            }
        ::close(fd);
        REQUIRE(std::filesystem::space(path_).available == 0);
    }
    void free() { std::filesystem::remove(path_ / "filler"); }

  private:
    std::filesystem::path path_;
    bool mounted_ = false;
};

test::HttpHeaders bearer(const std::string& token) {
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

}  // namespace

TEST_CASE("a server whose disk is really full refuses pushes and recovers when space returns",
          "[sqlite]") {
    TempDir folder;
    SmallDisk disk(folder.path() / "disk", "8m");
    if (!disk.mounted()) {
        WARN("not run: mounting a tmpfs needs root (the fault-VFS disk-full tests still ran)");
        return;
    }
    Kabupaten k({}, disk.path());
    const auto unit = k.unit("PUSKESMAS", 0);
    auto phone = k.device(k.supervisor_of(unit), "phone");
    auto reader = k.device(k.supervisor_of(unit), "reader");
    auto raw = k.device(k.supervisor_of(unit), "raw");
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    REQUIRE(reader->sync(now_ms()) == SyncOutcome::Finished);
    const auto staff = phone->store().list("employee", unit);
    const auto mine = mark(*phone, unit, staff[0].id, "HADIR", now_ms());
    const std::string push =
        json{{"batch", 1}, {"changes", {attendance_change(unit, staff[1].id, raw->device_id())}}}
            .dump();

    disk.fill();
    auto client = k.client();
    const auto refused = client.post("/v1/sync/push", push, bearer(raw->token()));
    INFO(refused.body);
    CHECK(refused.status == 503);
    CHECK(refused.error_code() == "storage_full");
    CHECK_FALSE(refused.header("Retry-After").empty());
    CHECK(refused.body.find("applied") == std::string::npos);
    CHECK(phone->sync(now_ms(), 2) == SyncOutcome::GaveUp);
    CHECK(phone->store().waiting_count() == 1);
    // Reading needs no space: a pull goes on, and there is nothing new to pull.
    CHECK(reader->sync(now_ms()) == SyncOutcome::Finished);
    CHECK(reader->store().count("attendance") == 0);
    CHECK(k.server.running());

    disk.free();
    const auto applied = client.post("/v1/sync/push", push, bearer(raw->token()));
    INFO(applied.body);
    REQUIRE(applied.status == 200);
    CHECK(applied.json().at("results").at(0).at("status") == "applied");
    // The same batch again is a replay with the same answer, and stores nothing more.
    CHECK(client.post("/v1/sync/push", push, bearer(raw->token())).body == applied.body);
    REQUIRE(phone->sync(now_ms()) == SyncOutcome::Finished);
    CHECK(phone->store().waiting_count() == 0);

    // Both survive kill -9, once each.
    k.server.kill9();
    k.server.start();
    REQUIRE(reader->sync(now_ms()) == SyncOutcome::Finished);
    CHECK(reader->store().count("attendance") == 2);
    CHECK(reader->store().get("attendance", mine.id)->version == mine.version);
    const auto exported = run_server_command(
        {"export", "--store", k.store_url, "--type", "attendance", "--format", "json"});
    REQUIRE(exported.exit_code == 0);
    CHECK(json::parse(exported.out).at("rows").size() == 2);
}
