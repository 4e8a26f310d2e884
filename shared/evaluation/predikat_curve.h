// The curve an organisation's own rating allows its staff's predikat to
// follow (PermenPANRB 6/2022): per organisation rating, the largest share of
// staff each predikat may take. It is the "predikat_curve" catalogue (verify).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/coded_catalogue.h"
#include "evaluation/predikat_distribution.h"

namespace pantau {

struct PredikatCurve {
    std::string code;  // the organisation's rating: "ISTIMEWA", "BAIK", ...
    std::string label_id;
    std::string label_en;
    std::map<Predikat, double> max_percent;  // a predikat not listed has no cap

    bool operator==(const PredikatCurve&) const = default;

    // Refuses an unknown predikat or a cap outside 0..100.
    static PredikatCurve read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Predikat organisasi berulang.",
                                                  "Repeated organisation rating."};
};

using PredikatCurveCatalogue = CodedCatalogue<PredikatCurve>;

const PredikatCurveCatalogue& predikat_curve_catalogue();

// The cap of `predikat` under `curve`, or nullopt when it has none.
std::optional<double> max_percent(const PredikatCurve& curve, Predikat predikat);

// Whether a distribution's share of `predikat` is above the curve's cap.
bool above_curve(const PredikatDistribution& distribution, const PredikatCurve& curve,
                 Predikat predikat);

}  // namespace pantau
