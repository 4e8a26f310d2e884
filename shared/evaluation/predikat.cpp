#include "evaluation/predikat.h"

#include <cstddef>

namespace pantau {

namespace {

struct RatingText {
    Rating rating;
    std::string_view code, id, en;
};

constexpr RatingText kRatings[] = {
    {Rating::DI_ATAS_EKSPEKTASI, "DI_ATAS_EKSPEKTASI", "Di Atas Ekspektasi", "Above expectations"},
    {Rating::SESUAI_EKSPEKTASI, "SESUAI_EKSPEKTASI", "Sesuai Ekspektasi", "Meets expectations"},
    {Rating::DI_BAWAH_EKSPEKTASI, "DI_BAWAH_EKSPEKTASI", "Di Bawah Ekspektasi",
     "Below expectations"},
};

struct PredikatText {
    Predikat predikat;
    std::string_view code, id, en;
};

constexpr PredikatText kPredikat[] = {
    {Predikat::SANGAT_BAIK, "SANGAT_BAIK", "Sangat Baik", "Excellent"},
    {Predikat::BAIK, "BAIK", "Baik", "Good"},
    {Predikat::BUTUH_PERBAIKAN, "BUTUH_PERBAIKAN", "Butuh Perbaikan", "Needs improvement"},
    {Predikat::KURANG, "KURANG", "Kurang", "Poor (misconduct)"},
    {Predikat::SANGAT_KURANG, "SANGAT_KURANG", "Sangat Kurang", "Very poor"},
};

using P = Predikat;

// kMatrix[hasil_kerja][perilaku], both indexed atas, sesuai, bawah.
constexpr P kMatrix[3][3] = {
    /* hasil di atas  */ {P::SANGAT_BAIK, P::BAIK, P::KURANG},
    /* hasil sesuai   */ {P::BAIK, P::BAIK, P::KURANG},
    /* hasil di bawah */ {P::BUTUH_PERBAIKAN, P::BUTUH_PERBAIKAN, P::SANGAT_KURANG},
};

std::size_t index(Rating rating) {
    switch (rating) {
        case Rating::DI_ATAS_EKSPEKTASI:
            return 0;
        case Rating::SESUAI_EKSPEKTASI:
            return 1;
        case Rating::DI_BAWAH_EKSPEKTASI:
            return 2;
    }
    return 1;
}

const RatingText& text(Rating rating) {
    return kRatings[index(rating)];
}

const PredikatText& text(Predikat predikat) {
    for (const auto& t : kPredikat)
        if (t.predikat == predikat)
            return t;
    return kPredikat[1];
}

}  // namespace

std::string_view to_string(Rating rating) {
    return text(rating).code;
}
std::string_view label_id(Rating rating) {
    return text(rating).id;
}
std::string_view label_en(Rating rating) {
    return text(rating).en;
}

std::optional<Rating> rating_from_string(std::string_view code) {
    for (const auto& t : kRatings)
        if (t.code == code)
            return t.rating;
    return std::nullopt;
}

std::string_view to_string(Predikat predikat) {
    return text(predikat).code;
}
std::string_view label_id(Predikat predikat) {
    return text(predikat).id;
}
std::string_view label_en(Predikat predikat) {
    return text(predikat).en;
}

std::optional<Predikat> predikat_from_string(std::string_view code) {
    for (const auto& t : kPredikat)
        if (t.code == code)
            return t.predikat;
    return std::nullopt;
}

Predikat predikat(Rating hasil_kerja, Rating perilaku) {
    return kMatrix[index(hasil_kerja)][index(perilaku)];
}

}  // namespace pantau
