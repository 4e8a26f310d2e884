#include "core/catalogue.h"

#include <map>
#include <mutex>
#include <stdexcept>

namespace pantau {

namespace detail {
extern const std::pair<std::string_view, std::string_view> kEmbeddedCatalogues[];
extern const std::size_t kEmbeddedCatalogueCount;
}  // namespace detail

CatalogueFile parse_catalogue(const nlohmann::json& document) {
    if (!document.is_object() || !document.contains("catalogue") ||
        !document["catalogue"].is_string() || !document.contains("version") ||
        !document["version"].is_string() || !document.contains("entries") ||
        !document["entries"].is_array()) {
        throw std::invalid_argument(
            "a catalogue needs string 'catalogue', 'version' and array 'entries'");
    }
    return {document["catalogue"].get<std::string>(), document["version"].get<std::string>(),
            document["entries"]};
}

const CatalogueFile& embedded_catalogue(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, CatalogueFile, std::less<>> loaded;
    std::lock_guard lock(mutex);
    if (auto it = loaded.find(name); it != loaded.end())
        return it->second;
    for (std::size_t i = 0; i < detail::kEmbeddedCatalogueCount; ++i) {
        const auto& [file, text] = detail::kEmbeddedCatalogues[i];
        if (file != name)
            continue;
        auto document = nlohmann::json::parse(text);
        auto parsed = parse_catalogue(document);
        if (parsed.name != name)
            throw std::logic_error("catalogue file " + std::string(name) + " names itself " +
                                   parsed.name);
        return loaded.emplace(std::string(name), std::move(parsed)).first->second;
    }
    throw std::logic_error("no embedded catalogue named " + std::string(name));
}

std::vector<std::string> embedded_catalogue_names() {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < detail::kEmbeddedCatalogueCount; ++i)
        names.emplace_back(detail::kEmbeddedCatalogues[i].first);
    return names;
}

}  // namespace pantau
