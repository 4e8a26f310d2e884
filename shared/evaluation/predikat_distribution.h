// How predikat are spread over a set of evaluations, for central HR: the
// organisation's own rating caps the share of good predikat it may give.
#pragma once

#include <array>
#include <vector>

#include "evaluation/evaluation.h"
#include "evaluation/predikat.h"

namespace pantau {

struct PredikatShare {
    Predikat predikat = Predikat::BAIK;
    int count = 0;
    double percent = 0.0;  // of total, 0..100; 0 when there are no evaluations

    bool operator==(const PredikatShare&) const = default;
};

struct PredikatDistribution {
    int total = 0;
    std::array<PredikatShare, kAllPredikat.size()> shares;  // in kAllPredikat order, best first

    const PredikatShare& share(Predikat predikat) const;
};

// Counts every evaluation given, by the matrix result of its two ratings;
// choosing which to count (usually FINAL ones, not superseded) is the caller's.
PredikatDistribution predikat_distribution(const std::vector<Evaluation>& evaluations);

}  // namespace pantau
