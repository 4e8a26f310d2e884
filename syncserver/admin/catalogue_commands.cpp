// `pantau-server catalogue import` and `catalogue list`: newer versions of
// the replaceable catalogues (holidays, discipline deadlines, PP 94
// thresholds) as master data that every device pulls.
#include <fstream>
#include <iterator>
#include <sstream>

#include "admin/command_handlers.h"
#include "core/json_parse.h"
#include "core/timestamp.h"
#include "records/catalogue_set.h"
#include "service/master_data.h"

namespace pantau::server {

namespace {

using nlohmann::json;

json to_json(const StoredCatalogue& c) {
    return {{"name", c.name},       {"version", c.version},
            {"source", c.source},   {"verify", c.verify},
            {"origin", "imported"}, {"imported_at", format_timestamp(c.imported_at)}};
}

}  // namespace

int run_catalogue_import(Run& run) {
    const std::string& path = run.args.positional.front();
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return run.fail({"cannot_read_file", "cannot read " + path});
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    auto document = parse_json(text);
    if (!document)
        return run.fail(
            {"invalid_json", path + ": " + document.error().message + "; nothing was imported"});
    std::string previous;
    auto imported =
        write<StoredCatalogue>(run.store(), [&](ServerTransaction& tx) -> Result<StoredCatalogue> {
            for (const auto& c : stored_catalogues(tx))
                if (c.name == document->value("catalogue", ""))
                    previous = c.version;
            auto stored = import_catalogue(tx, *document, now_ms());
            if (stored)
                audit(tx, "catalogue_import",
                      {{"file", path},
                       {"catalogue", stored->name},
                       {"version", stored->version},
                       {"previous_version", previous.empty() ? json(nullptr) : json(previous)},
                       {"verify", stored->verify}});
            return stored;
        });
    if (!imported) {
        Error error = imported.error();
        error.message = path + ": " + error.message;
        return run.fail(error);
    }
    json result = to_json(*imported);
    result["previous_version"] = previous.empty() ? json(nullptr) : json(previous);
    return run.done(result, "Imported catalogue " + imported->name + " version " +
                                imported->version +
                                (previous.empty() ? "" : " (replacing " + previous + ")") +
                                (imported->verify ? "; marked verify: check it against "
                                                    "its source"
                                                  : "") +
                                ". Devices receive it at their next sync.\n");
}

int run_catalogue_list(Run& run) {
    std::vector<StoredCatalogue> stored;
    run.store().read([&](ServerTransaction& tx) { stored = stored_catalogues(tx); });
    std::vector<json> documents;
    for (const auto& c : stored)
        documents.push_back(c.document);
    // The rule every device applies, so the list says what the phones use.
    const auto set = CatalogueSet::from_documents(documents);

    json list = json::array();
    std::ostringstream text;
    text << pad("NAME", 26) << pad("VERSION", 10) << pad("ORIGIN", 10) << pad("IMPORTED", 26)
         << pad("VERIFY", 8) << "IN FORCE\n";
    for (const auto name : replaceable_catalogue_names()) {
        const auto* in_force = set->in_force(name);
        const auto& embedded = embedded_catalogue(name);
        const bool embedded_used = in_force && !in_force->received;
        list.push_back({{"name", name},
                        {"version", embedded.version},
                        {"origin", "embedded"},
                        {"source", ""},
                        {"verify", false},
                        {"imported_at", nullptr},
                        {"in_force", embedded_used}});
        text << pad(std::string(name), 26) << pad(embedded.version, 10) << pad("embedded", 10)
             << pad("-", 26) << pad("-", 8) << (embedded_used ? "yes" : "no") << '\n';
        for (const auto& c : stored) {
            if (c.name != name)
                continue;
            const bool used = in_force && in_force->received && in_force->version == c.version;
            json entry = to_json(c);
            entry["in_force"] = used;
            list.push_back(entry);
            text << pad(c.name, 26) << pad(c.version, 10) << pad("imported", 10)
                 << pad(format_timestamp(c.imported_at), 26) << pad(c.verify ? "yes" : "no", 8)
                 << (used ? "yes" : "no") << '\n';
        }
    }
    for (const auto& reason : set->ignored())
        text << "ignored: " << reason << '\n';
    return run.done({{"catalogues", list}, {"ignored", set->ignored()}}, text.str());
}

}  // namespace pantau::server
