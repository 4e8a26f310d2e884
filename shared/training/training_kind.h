// The kinds of competency development a supervisor records (classroom,
// e-learning, coaching, ...) and the competency it builds (technical,
// managerial, socio-cultural), kept as the "training_kinds" and
// "competency_kinds" catalogues: Peraturan LAN 10/2018 lists more paths than
// the field records, and an instance may add its own.
#pragma once

#include <string>

#include "core/coded_catalogue.h"

namespace pantau {

struct TrainingKind {
    std::string code;  // "KLASIKAL", "E_LEARNING", ...
    std::string label_id;
    std::string label_en;
    std::string path;  // "KLASIKAL" or "NONKLASIKAL" (Peraturan LAN 10/2018)

    bool operator==(const TrainingKind&) const = default;

    static TrainingKind read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode jenis pengembangan kompetensi berulang.",
                                                  "Repeated training kind code."};
};

struct CompetencyKind {
    std::string code;  // "TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL"
    std::string label_id;
    std::string label_en;

    bool operator==(const CompetencyKind&) const = default;

    static CompetencyKind read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode jenis kompetensi berulang.",
                                                  "Repeated competency code."};
};

using TrainingKindCatalogue = CodedCatalogue<TrainingKind>;
using CompetencyKindCatalogue = CodedCatalogue<CompetencyKind>;

// The embedded catalogues, loaded once.
const TrainingKindCatalogue& training_kind_catalogue();
const CompetencyKindCatalogue& competency_kind_catalogue();

}  // namespace pantau
