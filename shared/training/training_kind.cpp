#include "training/training_kind.h"

namespace pantau {

TrainingKind TrainingKind::read(FieldReader& r, Problems& problems) {
    TrainingKind kind;
    kind.code = r.string("code");
    kind.label_id = r.string("label_id");
    kind.label_en = r.string("label_en");
    kind.path = r.string("path");
    if (kind.path != "KLASIKAL" && kind.path != "NONKLASIKAL")
        add_problem(problems, r.path("path"), "unknown_value",
                    "Jalur pengembangan kompetensi harus KLASIKAL atau NONKLASIKAL.",
                    "The development path must be KLASIKAL or NONKLASIKAL.");
    return kind;
}

CompetencyKind CompetencyKind::read(FieldReader& r, Problems&) {
    CompetencyKind kind;
    kind.code = r.string("code");
    kind.label_id = r.string("label_id");
    kind.label_en = r.string("label_en");
    return kind;
}

const TrainingKindCatalogue& training_kind_catalogue() {
    static const TrainingKindCatalogue catalogue =
        TrainingKindCatalogue::from_file(embedded_catalogue("training_kinds"));
    return catalogue;
}

const CompetencyKindCatalogue& competency_kind_catalogue() {
    static const CompetencyKindCatalogue catalogue =
        CompetencyKindCatalogue::from_file(embedded_catalogue("competency_kinds"));
    return catalogue;
}

}  // namespace pantau
