#include "service/master_data.h"

#include <algorithm>
#include <mutex>

#include "clock/hlc.h"
#include "records/catalogue_set.h"
#include "service/secrets.h"

namespace pantau::server {

namespace {

void put_record(ServerTransaction& tx, std::string type, const std::string& id,
                const std::string& unit_id, nlohmann::json data, std::int64_t now) {
    HlcClock clock(tx.clock());
    const auto current = tx.current(type, id);
    sync::Change change;
    change.type = std::move(type);
    change.id = id;
    change.unit_id = unit_id;
    change.version = clock.send(now).to_string();
    if (current)
        change.base = current->version;
    change.origin = std::string(kServerOrigin);
    change.data = std::move(data);
    tx.put(change, std::nullopt);
    tx.save_clock(clock.last());
}

StoredCatalogue stored_of(const sync::Change& change) {
    StoredCatalogue stored;
    stored.document = change.data;
    stored.name = change.data.value("catalogue", "");
    stored.version = change.data.value("version", "");
    stored.source = change.data.value("source", "");
    stored.verify = change.data.value("verify", false);
    if (const auto version = Hlc::parse(change.version))
        stored.imported_at = static_cast<std::int64_t>(version->millis());
    return stored;
}

bool unit_exists(ServerTransaction& tx, const std::string& id) {
    auto unit = tx.current("unit", id);
    return unit && !unit->deleted;
}

}  // namespace

Result<std::string> add_unit(ServerTransaction& tx, const Unit& unit, std::int64_t now,
                             std::optional<std::string> id) {
    if (auto problems = unit.validate(); !problems.empty())
        return Error{"invalid_unit", summarize(problems)};
    if (unit.parent_id && !unit_exists(tx, *unit.parent_id))
        return Error{"unknown_unit", "There is no parent unit with id " + *unit.parent_id + "."};
    const std::string unit_id = id ? *id : new_uuid();
    if (tx.current("unit", unit_id))
        return Error{"duplicate_unit", "A unit with id " + unit_id + " exists already."};
    // A unit is in its own scope: its unit_id is itself.
    put_record(tx, "unit", unit_id, unit_id, unit.to_json(), now);
    return unit_id;
}

Result<std::string> put_employee(ServerTransaction& tx, const Employee& employee,
                                 std::int64_t now) {
    if (auto problems = employee.validate(); !problems.empty())
        return Error{"invalid_employee", employee.nip + ": " + summarize(problems)};
    if (!unit_exists(tx, employee.unit_id))
        return Error{"unknown_unit",
                     employee.nip + ": there is no unit with id " + employee.unit_id + "."};
    const auto existing = tx.employee_by_nip(employee.nip);
    const std::string id = existing ? existing->id : new_uuid();
    put_record(tx, "employee", id, employee.unit_id, employee.to_json(), now);
    return id;
}

Result<StoredCatalogue> import_catalogue(ServerTransaction& tx, const nlohmann::json& document,
                                         std::int64_t now) {
    auto checked = check_catalogue_document(document);
    if (!checked)
        return checked.error();
    const std::string& name = checked->file.name;
    const std::string id = catalogue_record_id(name);
    if (const auto current = tx.current(std::string(kCatalogueRecordType), id);
        current && !current->deleted) {
        const std::string stored = current->data.value("version", "");
        if (compare_catalogue_versions(checked->file.version, stored).value_or(1) <= 0)
            return Error{"not_newer", "catalogue " + name + ": version " + checked->file.version +
                                          " is not newer than the stored " + stored +
                                          "; nothing was imported"};
        // Records may already use what the stored version added.
        if (auto previous = check_catalogue_document(current->data); previous)
            if (auto kept = keeps_what_records_use(previous->file, checked->file); !kept)
                return Error{kept.error().code,
                             kept.error().message + " (the stored version); nothing was imported"};
    }
    put_record(tx, std::string(kCatalogueRecordType), id, std::string(sync::kGlobalScopeUnit),
               checked->document, now);
    return stored_of(*tx.current(std::string(kCatalogueRecordType), id));
}

std::vector<StoredCatalogue> stored_catalogues(ServerTransaction& tx) {
    std::vector<StoredCatalogue> out;
    for (const auto& change : tx.records_of_type(std::string(kCatalogueRecordType)))
        if (!change.deleted)
            out.push_back(stored_of(change));
    std::sort(out.begin(), out.end(),
              [](const StoredCatalogue& a, const StoredCatalogue& b) { return a.name < b.name; });
    return out;
}

std::shared_ptr<const CatalogueSet> catalogues_in_force(ServerTransaction& tx) {
    // The last set built, keyed by the documents themselves: a process with
    // many stores (tests) only costs rebuilds.
    static std::mutex mutex;
    static std::string cached_key;
    static std::shared_ptr<const CatalogueSet> cached;

    std::vector<nlohmann::json> documents;
    std::string key;
    for (auto& change : tx.records_of_type(std::string(kCatalogueRecordType))) {
        if (change.deleted)
            continue;
        key += change.data.dump() + '\n';
        documents.push_back(std::move(change.data));
    }
    std::lock_guard lock(mutex);
    if (!cached || key != cached_key) {
        cached = CatalogueSet::from_documents(documents);
        cached_key = std::move(key);
    }
    return cached;
}

}  // namespace pantau::server
