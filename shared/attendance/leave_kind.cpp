#include "attendance/leave_kind.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

LeaveKindCatalogue LeaveKindCatalogue::from_file(const CatalogueFile& file) {
    LeaveKindCatalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        LeaveKind kind;
        kind.code = r.string("code");
        kind.label_id = r.string("label_id");
        kind.label_en = r.string("label_en");
        kind.max_length_id = r.string("max_length_id");
        kind.max_length_en = r.string("max_length_en");
        r.reject_unknown();
        if (catalogue.find(kind.code))
            add_problem(problems, r.path("code"), "duplicate", "Kode jenis cuti berulang.",
                        "Repeated leave kind code.");
        catalogue.entries_.push_back(std::move(kind));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const LeaveKind* LeaveKindCatalogue::find(std::string_view code) const {
    for (const auto& k : entries_)
        if (k.code == code)
            return &k;
    return nullptr;
}

const LeaveKindCatalogue& leave_kind_catalogue() {
    static const LeaveKindCatalogue catalogue =
        LeaveKindCatalogue::from_file(embedded_catalogue("leave_kinds"));
    return catalogue;
}

}  // namespace pantau
