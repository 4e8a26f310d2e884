#include "evaluation/predikat.h"

#include <catch2/catch.hpp>

using namespace pantau;
using R = Rating;
using P = Predikat;

TEST_CASE("results above expectations give the predikat of the behaviour") {
    CHECK(predikat(R::DI_ATAS_EKSPEKTASI, R::DI_ATAS_EKSPEKTASI) == P::SANGAT_BAIK);
    CHECK(predikat(R::DI_ATAS_EKSPEKTASI, R::SESUAI_EKSPEKTASI) == P::BAIK);
    CHECK(predikat(R::DI_ATAS_EKSPEKTASI, R::DI_BAWAH_EKSPEKTASI) == P::KURANG);
}

TEST_CASE("results as expected give BAIK unless behaviour is below expectations") {
    CHECK(predikat(R::SESUAI_EKSPEKTASI, R::DI_ATAS_EKSPEKTASI) == P::BAIK);
    CHECK(predikat(R::SESUAI_EKSPEKTASI, R::SESUAI_EKSPEKTASI) == P::BAIK);
    CHECK(predikat(R::SESUAI_EKSPEKTASI, R::DI_BAWAH_EKSPEKTASI) == P::KURANG);
}

TEST_CASE("results below expectations need improvement, or are very poor with poor behaviour") {
    CHECK(predikat(R::DI_BAWAH_EKSPEKTASI, R::DI_ATAS_EKSPEKTASI) == P::BUTUH_PERBAIKAN);
    CHECK(predikat(R::DI_BAWAH_EKSPEKTASI, R::SESUAI_EKSPEKTASI) == P::BUTUH_PERBAIKAN);
    CHECK(predikat(R::DI_BAWAH_EKSPEKTASI, R::DI_BAWAH_EKSPEKTASI) == P::SANGAT_KURANG);
}

TEST_CASE("ratings and predikat convert to and from their codes") {
    for (auto r : kAllRatings)
        CHECK(rating_from_string(to_string(r)) == r);
    for (auto p : kAllPredikat)
        CHECK(predikat_from_string(to_string(p)) == p);
    CHECK(to_string(R::DI_ATAS_EKSPEKTASI) == "DI_ATAS_EKSPEKTASI");
    CHECK(to_string(P::BUTUH_PERBAIKAN) == "BUTUH_PERBAIKAN");
    CHECK_FALSE(rating_from_string("SESUAI"));
    CHECK_FALSE(predikat_from_string("Baik"));
}

TEST_CASE("ratings and predikat have Indonesian and English labels") {
    CHECK(label_id(P::SANGAT_BAIK) == "Sangat Baik");
    CHECK(label_en(P::BUTUH_PERBAIKAN) == "Needs improvement");
    CHECK(label_id(R::DI_BAWAH_EKSPEKTASI) == "Di Bawah Ekspektasi");
    CHECK(label_en(R::SESUAI_EKSPEKTASI) == "Meets expectations");
    for (auto p : kAllPredikat) {
        CHECK_FALSE(label_id(p).empty());
        CHECK_FALSE(label_en(p).empty());
    }
}
