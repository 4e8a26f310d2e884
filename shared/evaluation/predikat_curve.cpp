#include "evaluation/predikat_curve.h"

namespace pantau {

PredikatCurve PredikatCurve::read(FieldReader& r, Problems& problems) {
    PredikatCurve c;
    c.code = r.string("code");
    c.label_id = r.string("label_id");
    c.label_en = r.string("label_en");
    if (const nlohmann::json* caps = r.object("max_percent")) {
        for (const auto& [key, value] : caps->items()) {
            const auto predikat = predikat_from_string(key);
            if (!predikat || !value.is_number() || value.get<double>() < 0.0 ||
                value.get<double>() > 100.0) {
                add_problem(problems, r.path("max_percent") + "." + key, "out_of_range",
                            "Batas harus predikat yang dikenal dengan persen 0 sampai 100.",
                            "A cap must name a known predikat with a percent from 0 to 100.");
                continue;
            }
            c.max_percent[*predikat] = value.get<double>();
        }
    }
    return c;
}

const PredikatCurveCatalogue& predikat_curve_catalogue() {
    static const PredikatCurveCatalogue catalogue =
        PredikatCurveCatalogue::from_file(embedded_catalogue("predikat_curve"));
    return catalogue;
}

std::optional<double> max_percent(const PredikatCurve& curve, Predikat predikat) {
    const auto it = curve.max_percent.find(predikat);
    return it == curve.max_percent.end() ? std::nullopt : std::optional<double>(it->second);
}

bool above_curve(const PredikatDistribution& distribution, const PredikatCurve& curve,
                 Predikat predikat) {
    const auto cap = max_percent(curve, predikat);
    return cap && distribution.share(predikat).percent > *cap + 1e-9;
}

}  // namespace pantau
