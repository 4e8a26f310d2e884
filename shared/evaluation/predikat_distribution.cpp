#include "evaluation/predikat_distribution.h"

#include <cstddef>

namespace pantau {

const PredikatShare& PredikatDistribution::share(Predikat predikat) const {
    for (const auto& s : shares)
        if (s.predikat == predikat)
            return s;
    return shares.front();
}

PredikatDistribution predikat_distribution(const std::vector<Evaluation>& evaluations) {
    PredikatDistribution d;
    for (std::size_t i = 0; i < kAllPredikat.size(); ++i)
        d.shares[i].predikat = kAllPredikat[i];
    for (const auto& e : evaluations) {
        const Predikat p = predikat(e.hasil_kerja, e.perilaku);
        for (auto& s : d.shares)
            if (s.predikat == p)
                ++s.count;
    }
    d.total = static_cast<int>(evaluations.size());
    if (d.total > 0)
        for (auto& s : d.shares)
            s.percent = 100.0 * s.count / d.total;
    return d;
}

}  // namespace pantau
