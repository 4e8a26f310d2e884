// The two ratings of a performance evaluation (hasil kerja and perilaku
// kerja) and the predikat they give under PermenPANRB 6/2022. The matrix is
// the regulation's own, kept as one table in predikat.cpp.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace pantau {

enum class Rating { DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI };

// Best first.
enum class Predikat { SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG };

inline constexpr std::array<Rating, 3> kAllRatings = {
    Rating::DI_ATAS_EKSPEKTASI, Rating::SESUAI_EKSPEKTASI, Rating::DI_BAWAH_EKSPEKTASI};
inline constexpr std::array<Predikat, 5> kAllPredikat = {Predikat::SANGAT_BAIK, Predikat::BAIK,
                                                         Predikat::BUTUH_PERBAIKAN,
                                                         Predikat::KURANG, Predikat::SANGAT_KURANG};

std::string_view to_string(Rating rating);
std::optional<Rating> rating_from_string(std::string_view text);
std::string_view label_id(Rating rating);
std::string_view label_en(Rating rating);

std::string_view to_string(Predikat predikat);
std::optional<Predikat> predikat_from_string(std::string_view text);
std::string_view label_id(Predikat predikat);
std::string_view label_en(Predikat predikat);

// Rows are hasil kerja, columns perilaku. Behaviour below expectations gives
// KURANG even with good results, because it signals misconduct.
Predikat predikat(Rating hasil_kerja, Rating perilaku);

}  // namespace pantau
