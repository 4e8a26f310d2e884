#include "fuzz/server_world.h"

#include <filesystem>
#include <string>

#include "clock/hlc.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/world.h"
#include "org/employee.h"
#include "org/unit.h"
#include "service/directory.h"
#include "service/master_data.h"
#include "service/secrets.h"

namespace pantau::fuzz {

namespace {

using namespace pantau::server;
namespace fs = std::filesystem;

template <typename T>
T must(Result<T> result) {
    if (!result)
        fail(result.error().code + ": " + result.error().message);
    return std::move(*result);
}

// put_employee gives a new employee a random id; the corpus needs a known one,
// so the record is written the way put_employee writes it.
void put_employee_with_id(ServerTransaction& tx, std::string_view id, const Employee& employee) {
    require(employee.validate().empty(), "the world's employees are valid");
    HlcClock clock(tx.clock());
    sync::Change change;
    change.type = "employee";
    change.id = std::string(id);
    change.unit_id = employee.unit_id;
    change.version = clock.send(kNow).to_string();
    change.origin = std::string(kServerOrigin);
    change.data = employee.to_json();
    tx.put(change, std::nullopt);
    tx.save_clock(clock.last());
}

void add_device(ServerTransaction& tx, std::string_view id, const User& user,
                std::string_view token) {
    tx.add_user(user);
    tx.add_device(Device{std::string(id),
                         user.id,
                         "HP " + user.name,
                         kNow,
                         std::nullopt,
                         kNow,
                         "127.0.0.1",
                         {},
                         {}},
                  hash_secret(token));
}

void build_world(ServerTransaction& tx) {
    const std::string dinas(kDinas), unit_a(kUnitA), unit_b(kUnitB);
    must(add_unit(tx, Unit{"Dinas Kesehatan", "OPD", std::nullopt, "Asia/Jakarta"}, kNow, dinas));
    must(add_unit(tx, Unit{"UPT Puskesmas Sukamaju", "PUSKESMAS", dinas, "Asia/Jakarta"}, kNow,
                  unit_a));
    must(add_unit(tx, Unit{"UPT Puskesmas Cibeureum", "PUSKESMAS", dinas, "Asia/Jakarta"}, kNow,
                  unit_b));
    put_employee_with_id(tx, kEmployeeA,
                         Employee{"198503122010012003", "Siti Rahmawati", EmployeeKind::PNS,
                                  "III/c", "Perawat Ahli Muda", std::nullopt, unit_a, true});
    put_employee_with_id(tx, kEmployeeA2,
                         Employee{"199001072015032002", "Dewi Lestari", EmployeeKind::PNS, "II/d",
                                  "Bidan Terampil", std::nullopt, unit_a, true});
    put_employee_with_id(tx, kEmployeeB,
                         Employee{"198811232014021001", "Ahmad Fauzi", EmployeeKind::PNS, "III/b",
                                  "Apoteker Ahli Pertama", std::nullopt, unit_b, true});
    const User supervisor_a{"50000000-0000-4000-8000-00000000000a",
                            "Kepala Puskesmas Sukamaju",
                            Role::Supervisor,
                            {unit_a},
                            kNow,
                            std::nullopt};
    add_device(tx, kSupervisorADevice, supervisor_a, kSupervisorAToken);
    add_device(tx, kSupervisorBDevice,
               User{"50000000-0000-4000-8000-00000000000b",
                    "Kepala Puskesmas Cibeureum",
                    Role::Supervisor,
                    {unit_b},
                    kNow,
                    std::nullopt},
               kSupervisorBToken);
    add_device(
        tx, kHrDevice,
        User{"50000000-0000-4000-8000-0000000000c1", "BKPSDM", Role::Hr, {}, kNow, std::nullopt},
        kHrToken);
    add_device(tx, kOversightDevice,
               User{"50000000-0000-4000-8000-0000000000d1",
                    "Inspektorat",
                    Role::Oversight,
                    {},
                    kNow,
                    std::nullopt},
               kOversightToken);
    tx.add_enroll_code(hash_secret(normalize_enroll_code(kEnrollCode)), supervisor_a.id, kNow,
                       kNow + kDefaultEnrollTtlMs);
}

void remove_database(const fs::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(path.string() + suffix, ignored);
}

// The world in a file of its own, built once; closing the store folds its
// write-ahead log into the file, so copying the file alone copies the world.
const fs::path& template_file() {
    static const fs::path path = [] {
        const fs::path file = scratch_dir() / "world.db";
        remove_database(file);
        auto store = open_store("sqlite:" + file.string());
        store->write(build_world);
        store.reset();
        require(!fs::exists(file.string() + "-wal") || fs::file_size(file.string() + "-wal") == 0,
                "the world's store left no write-ahead log behind");
        return file;
    }();
    return path;
}

}  // namespace

std::unique_ptr<ServerStore> fresh_server_store() {
    const fs::path& world = template_file();
    const fs::path file = scratch_dir() / "server.db";
    remove_database(file);
    fs::copy_file(world, file);
    return open_store("sqlite:" + file.string());
}

}  // namespace pantau::fuzz
