#include "evaluation/berakhlak.h"

namespace pantau {

namespace {

std::array<std::string, kGuidesPerValue> read_guides(FieldReader& r, std::string_view key,
                                                     Problems& problems) {
    std::array<std::string, kGuidesPerValue> guides;
    const auto* list = r.array(key);
    if (!list)
        return guides;
    if (list->size() != kGuidesPerValue) {
        add_problem(problems, r.path(key), "wrong_length", "Harus ada tepat 3 panduan perilaku.",
                    "There must be exactly 3 behaviour guides.");
        return guides;
    }
    for (std::size_t i = 0; i < kGuidesPerValue; ++i) {
        const auto& g = (*list)[i];
        if (!g.is_string() || g.get<std::string>().empty()) {
            add_problem(problems, r.path(key) + "[" + std::to_string(i) + "]", "wrong_type",
                        "Panduan perilaku harus teks yang tidak kosong.",
                        "A behaviour guide must be non-empty text.");
            continue;
        }
        guides[i] = g.get<std::string>();
    }
    return guides;
}

}  // namespace

CoreValue CoreValue::read(FieldReader& r, Problems& problems) {
    CoreValue v;
    v.code = r.string("code");
    v.label_id = r.string("label_id");
    v.label_en = r.string("label_en");
    v.guides_id = read_guides(r, "guides_id", problems);
    v.guides_en = read_guides(r, "guides_en", problems);
    if (v.code.empty())
        add_problem(problems, r.path("code"), "empty", "Kode nilai wajib diisi.",
                    "The value code is required.");
    return v;
}

const BerakhlakCatalogue& berakhlak() {
    static const BerakhlakCatalogue catalogue =
        BerakhlakCatalogue::from_file(embedded_catalogue("berakhlak"));
    return catalogue;
}

}  // namespace pantau
