#include "admin/demo_data.h"

#include <algorithm>
#include <set>

#include "admin/demo_staff.h"
#include "clock/uuid.h"
#include "org/unit.h"
#include "service/directory.h"
#include "service/master_data.h"

namespace pantau::server {

namespace {

struct UnitPlan {
    std::string_view slug;
    std::string_view name;
    std::string_view kind;
    std::string_view parent_slug;  // empty for the root
    int staff;                     // field units only
    std::uint64_t seed;
};

constexpr UnitPlan kUnits[] = {
    {"pemda", "Pemerintah Kabupaten Sukamaju", "PEMDA", "", 0, 0},
    {"dinkes", "Dinas Kesehatan Kabupaten Sukamaju", "OPD", "pemda", 0, 0},
    {"puskesmas-sukamaju", "UPT Puskesmas Sukamaju", "PUSKESMAS", "dinkes", 44, 0x5b0e0001},
    {"puskesmas-cibeureum", "UPT Puskesmas Cibeureum", "PUSKESMAS", "dinkes", 36, 0x5b0e0002},
    {"puskesmas-margahayu", "UPT Puskesmas Margahayu", "PUSKESMAS", "dinkes", 29, 0x5b0e0003},
    {"kecamatan-sukamaju", "Kecamatan Sukamaju", "KECAMATAN", "pemda", 27, 0x5b0e0004},
    {"kecamatan-cibeureum", "Kecamatan Cibeureum", "KECAMATAN", "pemda", 22, 0x5b0e0005},
};

constexpr std::string_view kHrUser = "Admin BKPSDM Kabupaten Sukamaju";
constexpr std::string_view kOversightUser = "Tim Inspektorat Kabupaten Sukamaju";

Result<DemoUnit> ensure_unit(ServerTransaction& tx, const UnitPlan& plan, std::int64_t now) {
    DemoUnit unit{demo_unit_id(std::string(plan.slug)), std::string(plan.name),
                  std::string(plan.kind), std::nullopt, std::string(kDemoTimeZone)};
    if (!plan.parent_slug.empty())
        unit.parent_id = demo_unit_id(std::string(plan.parent_slug));
    if (auto existing = tx.current("unit", unit.id)) {
        if (existing->deleted)
            return Error{"demo_unit_deleted", "The demo unit " + unit.name + " (" + unit.id +
                                                  ") was deleted; use a fresh store."};
        return unit;  // kept as an administrator may have changed it
    }
    auto added =
        add_unit(tx, Unit{unit.name, unit.kind, unit.parent_id, unit.timezone}, now, unit.id);
    if (!added)
        return added.error();
    unit.created = true;
    return unit;
}

// The user of that name and role with exactly these units, made on an earlier run.
std::optional<User> find_user(const std::vector<User>& users, std::string_view name, Role role,
                              std::vector<std::string> units) {
    std::sort(units.begin(), units.end());
    for (const auto& user : users) {
        auto theirs = user.units;
        std::sort(theirs.begin(), theirs.end());
        if (user.name == name && user.role == role && theirs == units)
            return user;
    }
    return std::nullopt;
}

Result<DemoUser> ensure_user(ServerTransaction& tx, const std::vector<User>& existing,
                             const std::string& name, Role role, std::optional<std::string> unit,
                             std::int64_t now, std::int64_t code_ttl_ms) {
    std::vector<std::string> units;
    if (unit)
        units.push_back(*unit);
    DemoUser demo;
    demo.unit = unit;
    if (auto found = find_user(existing, name, role, units)) {
        demo.user = *found;
    } else {
        auto created = create_user(tx, name, role, units, now);
        if (!created)
            return created.error();
        demo.user = *created;
        demo.created = true;
    }
    auto code = issue_enroll_code(tx, demo.user.id, code_ttl_ms, now);
    if (!code)
        return code.error();
    demo.code = *code;
    demo.code_expires_at = now + code_ttl_ms;
    return demo;
}

}  // namespace

std::string demo_unit_id(const std::string& slug) {
    return uuid_v5(kPantauNamespace, "demo/unit/" + slug);
}

Result<DemoData> seed_demo_data(ServerTransaction& tx, std::int64_t now, std::int64_t code_ttl_ms) {
    DemoData demo;
    std::set<std::string> nips;
    std::vector<std::pair<std::string, std::string>> supervisors;  // (name, unit id)
    for (const auto& plan : kUnits) {
        auto unit = ensure_unit(tx, plan, now);
        if (!unit)
            return unit.error();
        if (plan.staff > 0) {
            auto staff = demo_staff(plan.kind, unit->id, plan.staff, plan.seed, nips);
            if (!staff)
                return staff.error();
            for (const auto& employee : *staff) {
                // Unchanged people are not written again, so devices pull nothing new.
                auto existing = tx.employee_by_nip(employee.nip);
                if (existing && !existing->deleted && existing->unit_id == employee.unit_id &&
                    existing->data == employee.to_json())
                    continue;
                if (auto put = put_employee(tx, employee, now); !put)
                    return put.error();
                ++demo.employees_written;
            }
            unit->employees = plan.staff;
            demo.employees += plan.staff;
            // The head of the unit supervises it.
            supervisors.emplace_back(staff->front().name, unit->id);
        }
        demo.units.push_back(std::move(*unit));
    }

    const std::vector<User> existing = tx.users();
    for (const auto& [name, unit] : supervisors) {
        auto user = ensure_user(tx, existing, name, Role::Supervisor, unit, now, code_ttl_ms);
        if (!user)
            return user.error();
        demo.users.push_back(std::move(*user));
    }
    for (auto [name, role] :
         {std::pair{kHrUser, Role::Hr}, std::pair{kOversightUser, Role::Oversight}}) {
        auto user =
            ensure_user(tx, existing, std::string(name), role, std::nullopt, now, code_ttl_ms);
        if (!user)
            return user.error();
        demo.users.push_back(std::move(*user));
    }
    return demo;
}

}  // namespace pantau::server
