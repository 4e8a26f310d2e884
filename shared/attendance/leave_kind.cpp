#include "attendance/leave_kind.h"

namespace pantau {

LeaveKind LeaveKind::read(FieldReader& r, Problems&) {
    LeaveKind kind;
    kind.code = r.string("code");
    kind.label_id = r.string("label_id");
    kind.label_en = r.string("label_en");
    kind.max_length_id = r.string("max_length_id");
    kind.max_length_en = r.string("max_length_en");
    return kind;
}

const LeaveKindCatalogue& leave_kind_catalogue() {
    static const LeaveKindCatalogue catalogue =
        LeaveKindCatalogue::from_file(embedded_catalogue("leave_kinds"));
    return catalogue;
}

}  // namespace pantau
