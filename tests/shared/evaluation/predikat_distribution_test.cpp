#include "evaluation/predikat_distribution.h"

#include <catch2/catch.hpp>

using namespace pantau;

namespace {

Evaluation rated(Rating hasil_kerja, Rating perilaku) {
    Evaluation e;
    e.hasil_kerja = hasil_kerja;
    e.perilaku = perilaku;
    return e;
}

}  // namespace

TEST_CASE("the distribution counts each predikat and its share of the staff") {
    using R = Rating;
    // 8 evaluations: 1 SANGAT_BAIK, 5 BAIK, 1 BUTUH_PERBAIKAN, 1 KURANG, 0 SANGAT_KURANG.
    const std::vector<Evaluation> evaluations = {
        rated(R::DI_ATAS_EKSPEKTASI, R::DI_ATAS_EKSPEKTASI),
        rated(R::SESUAI_EKSPEKTASI, R::SESUAI_EKSPEKTASI),
        rated(R::SESUAI_EKSPEKTASI, R::SESUAI_EKSPEKTASI),
        rated(R::SESUAI_EKSPEKTASI, R::DI_ATAS_EKSPEKTASI),
        rated(R::DI_ATAS_EKSPEKTASI, R::SESUAI_EKSPEKTASI),
        rated(R::SESUAI_EKSPEKTASI, R::SESUAI_EKSPEKTASI),
        rated(R::DI_BAWAH_EKSPEKTASI, R::SESUAI_EKSPEKTASI),
        rated(R::SESUAI_EKSPEKTASI, R::DI_BAWAH_EKSPEKTASI),
    };
    const auto d = predikat_distribution(evaluations);
    CHECK(d.total == 8);
    CHECK(d.share(Predikat::SANGAT_BAIK).count == 1);
    CHECK(d.share(Predikat::BAIK).count == 5);
    CHECK(d.share(Predikat::BUTUH_PERBAIKAN).count == 1);
    CHECK(d.share(Predikat::KURANG).count == 1);
    CHECK(d.share(Predikat::SANGAT_KURANG).count == 0);
    CHECK(d.share(Predikat::SANGAT_BAIK).percent == Approx(12.5).margin(1e-12));
    CHECK(d.share(Predikat::BAIK).percent == Approx(62.5).margin(1e-12));
    CHECK(d.share(Predikat::SANGAT_KURANG).percent == 0.0);
}

TEST_CASE("the distribution lists all five predikat, best first") {
    const auto d = predikat_distribution({});
    for (std::size_t i = 0; i < kAllPredikat.size(); ++i)
        CHECK(d.shares[i].predikat == kAllPredikat[i]);
}

TEST_CASE("an empty set of evaluations has no shares") {
    const auto d = predikat_distribution({});
    CHECK(d.total == 0);
    for (const auto& s : d.shares) {
        CHECK(s.count == 0);
        CHECK(s.percent == 0.0);
    }
}
