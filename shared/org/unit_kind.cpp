#include "org/unit_kind.h"

namespace pantau {

UnitKind UnitKind::read(FieldReader& r, Problems&) {
    return {r.string("code"), r.string("label_id"), r.string("label_en")};
}

const UnitKindCatalogue& unit_kind_catalogue() {
    static const UnitKindCatalogue catalogue =
        UnitKindCatalogue::from_file(embedded_catalogue("unit_kinds"));
    return catalogue;
}

}  // namespace pantau
