#include "discipline/sanction.h"

#include "discipline/level_list.h"

namespace pantau {

std::string_view to_string(SanctionLevel level) {
    switch (level) {
        case SanctionLevel::RINGAN:
            return "RINGAN";
        case SanctionLevel::SEDANG:
            return "SEDANG";
        case SanctionLevel::BERAT:
            return "BERAT";
    }
    return "RINGAN";
}

std::optional<SanctionLevel> sanction_level_from_string(std::string_view text) {
    if (text == "RINGAN")
        return SanctionLevel::RINGAN;
    if (text == "SEDANG")
        return SanctionLevel::SEDANG;
    if (text == "BERAT")
        return SanctionLevel::BERAT;
    return std::nullopt;
}

std::string_view to_string(RemedyRoute route) {
    switch (route) {
        case RemedyRoute::KEBERATAN:
            return "KEBERATAN";
        case RemedyRoute::BANDING:
            return "BANDING";
        case RemedyRoute::NONE:
            return "NONE";
    }
    return "NONE";
}

std::optional<RemedyRoute> remedy_route_from_string(std::string_view text) {
    for (auto route : {RemedyRoute::KEBERATAN, RemedyRoute::BANDING, RemedyRoute::NONE})
        if (to_string(route) == text)
            return route;
    return std::nullopt;
}

std::vector<SanctionLevel> read_levels(const nlohmann::json& array, Problems& problems,
                                       const std::string& path) {
    std::vector<SanctionLevel> levels;
    for (const auto& item : array) {
        const std::string text = item.is_string() ? item.get<std::string>() : std::string();
        if (auto level = sanction_level_from_string(text))
            levels.push_back(*level);
        else
            add_problem(problems, path, "unknown_value", "Tingkat '" + text + "' tidak dikenal.",
                        "Level '" + text + "' is not known.");
    }
    return levels;
}

Sanction Sanction::read(FieldReader& r, Problems& problems) {
    Sanction s;
    s.code = r.string("code");
    s.level = r.enumeration<SanctionLevel>("level", sanction_level_from_string).value_or(s.level);
    s.severity = static_cast<int>(r.integer("severity"));
    s.appealable = r.boolean("appealable");
    s.description_id = r.string("description_id");
    s.description_en = r.string("description_en");
    if (auto cut = r.optional_integer("tpp_cut_percent"))
        s.tpp_cut_percent = static_cast<int>(*cut);
    if (auto months = r.optional_integer("months"))
        s.months = static_cast<int>(*months);
    s.route = r.enumeration<RemedyRoute>("route", remedy_route_from_string, false);
    if (s.route && s.appealable != (*s.route == RemedyRoute::BANDING))
        add_problem(problems, r.path("route"), "inconsistent",
                    "Hukuman yang dapat dibanding harus berjalur BANDING, dan sebaliknya.",
                    "An appealable sanction has the BANDING route, and only it.");
    if (s.code.empty())
        add_problem(problems, r.path("code"), "empty", "Kode hukuman wajib diisi.",
                    "The sanction code is required.");
    if (s.tpp_cut_percent && (*s.tpp_cut_percent <= 0 || *s.tpp_cut_percent > 100))
        add_problem(problems, r.path("tpp_cut_percent"), "out_of_range",
                    "Potongan tunjangan harus 1..100 persen.",
                    "The allowance cut must be 1..100 percent.");
    if (s.months && *s.months <= 0)
        add_problem(problems, r.path("months"), "out_of_range",
                    "Lama hukuman harus lebih dari 0 bulan.",
                    "The duration must be more than 0 months.");
    return s;
}

void Sanction::check_catalogue(const std::vector<Sanction>& sanctions, const CatalogueFile& file,
                               Problems& problems) {
    for (std::size_t i = 0; i < sanctions.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (sanctions[j].severity == sanctions[i].severity)
                add_problem(problems, catalogue_entry_path(file, i) + ".severity", "duplicate",
                            "Urutan berat hukuman berulang.", "Repeated severity.");
}

Result<std::string> heaviest(const SanctionCatalogue& sanctions,
                             const std::vector<std::string>& codes) {
    if (codes.empty())
        return Error{"no_sanction", "No sanction to choose from."};
    const Sanction* heaviest = nullptr;
    for (const auto& code : codes) {
        const Sanction* s = sanctions.find(code);
        if (!s)
            return Error{"unknown_sanction", "Sanction '" + code + "' is not in the catalogue."};
        if (!heaviest || s->severity > heaviest->severity)
            heaviest = s;
    }
    return heaviest->code;
}

const SanctionCatalogue& pp94_sanctions() {
    static const SanctionCatalogue catalogue =
        SanctionCatalogue::from_file(embedded_catalogue("pp94_sanctions"));
    return catalogue;
}

Result<std::string> heaviest(const std::vector<std::string>& codes) {
    return heaviest(pp94_sanctions(), codes);
}

}  // namespace pantau
