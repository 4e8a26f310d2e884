#include "org/unit_kind.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

UnitKindCatalogue UnitKindCatalogue::from_file(const CatalogueFile& file) {
    UnitKindCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        UnitKind kind{r.string("code"), r.string("label_id"), r.string("label_en")};
        r.reject_unknown();
        if (catalogue.find(kind.code))
            add_problem(problems, r.path("code"), "duplicate", "Kode jenis unit berulang.",
                        "Repeated unit kind code.");
        catalogue.entries_.push_back(std::move(kind));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const UnitKind* UnitKindCatalogue::find(std::string_view code) const {
    for (const auto& k : entries_)
        if (k.code == code)
            return &k;
    return nullptr;
}

const UnitKindCatalogue& unit_kind_catalogue() {
    static const UnitKindCatalogue catalogue =
        UnitKindCatalogue::from_file(embedded_catalogue("unit_kinds"));
    return catalogue;
}

}  // namespace pantau
