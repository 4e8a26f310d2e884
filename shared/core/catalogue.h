// Catalogues are versioned data tables (PP 94 articles, attendance statuses,
// lateness bands, holidays, ...) kept as JSON files in shared/catalogues/ and
// embedded in the library at build time, so rules marked "(verify)" in the
// regulation notes can change without touching code. Every file has the form
//   {"catalogue": "<name>", "version": "<version>", "source": "...", "entries": [...]}
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pantau {

struct CatalogueFile {
    std::string name;
    std::string version;
    nlohmann::json entries;  // always an array
};

// The embedded catalogue of that name (file name without ".json").
// Throws std::logic_error if there is none or it is malformed: a build defect.
const CatalogueFile& embedded_catalogue(std::string_view name);

// Parses and checks the outer form of a catalogue document (for catalogues
// that arrive at run time, e.g. a server's newer holiday table).
CatalogueFile parse_catalogue(const nlohmann::json& document);

std::vector<std::string> embedded_catalogue_names();

}  // namespace pantau
