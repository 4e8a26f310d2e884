#include "org/golongan.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

GolonganCatalogue GolonganCatalogue::from_file(const CatalogueFile& file) {
    GolonganCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        Golongan g;
        g.code = r.string("code");
        g.kind = r.enumeration<EmployeeKind>("kind", employee_kind_from_string)
                     .value_or(EmployeeKind::PNS);
        g.rank = static_cast<int>(r.integer("rank"));
        g.pangkat = r.optional_string("pangkat").value_or("");
        r.reject_unknown();
        if (catalogue.find(g.kind, g.code))
            add_problem(problems, r.path("code"), "duplicate", "Kode golongan berulang.",
                        "Repeated golongan code.");
        catalogue.entries_.push_back(std::move(g));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const Golongan* GolonganCatalogue::find(EmployeeKind kind, std::string_view code) const {
    for (const auto& g : entries_)
        if (g.kind == kind && g.code == code)
            return &g;
    return nullptr;
}

const GolonganCatalogue& golongan_catalogue() {
    static const GolonganCatalogue catalogue =
        GolonganCatalogue::from_file(embedded_catalogue("golongan"));
    return catalogue;
}

}  // namespace pantau
