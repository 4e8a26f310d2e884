#include "discipline/sanction.h"

#include <stdexcept>

#include "core/json_fields.h"

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

SanctionCatalogue SanctionCatalogue::from_file(const CatalogueFile& file) {
    SanctionCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        Sanction s;
        s.code = r.string("code");
        s.level =
            r.enumeration<SanctionLevel>("level", sanction_level_from_string).value_or(s.level);
        s.severity = static_cast<int>(r.integer("severity"));
        s.appealable = r.boolean("appealable");
        s.description_id = r.string("description_id");
        s.description_en = r.string("description_en");
        if (auto cut = r.optional_integer("tpp_cut_percent"))
            s.tpp_cut_percent = static_cast<int>(*cut);
        if (auto months = r.optional_integer("months"))
            s.months = static_cast<int>(*months);
        r.reject_unknown();
        if (s.code.empty())
            add_problem(problems, r.path("code"), "empty", "Kode hukuman wajib diisi.",
                        "The sanction code is required.");
        if (catalogue.find(s.code))
            add_problem(problems, r.path("code"), "duplicate", "Kode hukuman berulang.",
                        "Repeated sanction code.");
        for (const auto& other : catalogue.sanctions_)
            if (other.severity == s.severity)
                add_problem(problems, r.path("severity"), "duplicate",
                            "Urutan berat hukuman berulang.", "Repeated severity.");
        if (s.tpp_cut_percent && (*s.tpp_cut_percent <= 0 || *s.tpp_cut_percent > 100))
            add_problem(problems, r.path("tpp_cut_percent"), "out_of_range",
                        "Potongan tunjangan harus 1..100 persen.",
                        "The allowance cut must be 1..100 percent.");
        if (s.months && *s.months <= 0)
            add_problem(problems, r.path("months"), "out_of_range",
                        "Lama hukuman harus lebih dari 0 bulan.",
                        "The duration must be more than 0 months.");
        catalogue.sanctions_.push_back(std::move(s));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const Sanction* SanctionCatalogue::find(std::string_view code) const {
    for (const auto& s : sanctions_)
        if (s.code == code)
            return &s;
    return nullptr;
}

Result<std::string> SanctionCatalogue::heaviest(const std::vector<std::string>& codes) const {
    if (codes.empty())
        return Error{"no_sanction", "No sanction to choose from."};
    const Sanction* heaviest = nullptr;
    for (const auto& code : codes) {
        const Sanction* s = find(code);
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
    return pp94_sanctions().heaviest(codes);
}

}  // namespace pantau
