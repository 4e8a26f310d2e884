#include "records/refusal.h"

#include <array>
#include <utility>

namespace pantau {

namespace {

// The codes the discipline and evaluation rules refuse with (discipline/,
// evaluation/), each in the words a supervisor would use.
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kTexts = {{
    {"no_events", "Kasus disiplin ini belum memiliki langkah."},
    {"first_event_not_reported", "Langkah pertama sebuah kasus harus pelaporan (REPORTED)."},
    {"correction_of_unknown_step",
     "Koreksi ini merujuk tahap yang belum pernah dicapai kasus tersebut."},
    {"illegal_transition", "Langkah ini tidak dapat dicatat pada tahap kasus sekarang."},
    {"appeal_not_allowed",
     "Banding administratif hanya terbuka terhadap hukuman disiplin pemberhentian."},
    {"objection_not_allowed",
     "Keberatan tidak terbuka terhadap hukuman ini; pemberhentian diajukan banding "
     "administratif."},
    {"close_reason_missing", "Penutupan kasus sebelum waktunya wajib menyebut alasannya."},
    {"close_reason_not_allowed", "Alasan penutupan ini tidak berlaku pada tahap kasus sekarang."},
    {"outcome_sanction_mismatch",
     "Hasil diperingan menyebut hukuman yang lebih ringan, diperberat yang lebih berat."},
    {"outcome_without_remedy",
     "Hasil upaya administratif hanya dicatat sesudah keberatan atau banding."},
    {"sanction_not_in_rules", "Hukuman ini bukan bagian dari aturan disiplin kasus ini."},
    {"case_rule_set_changed", "Kasus disiplin tetap diperiksa menurut aturan saat dibuka."},
    {"no_sanction", "Tidak ada jenis hukuman disiplin untuk dipilih."},
    {"unknown_sanction", "Jenis hukuman disiplin ini tidak ada dalam katalog."},
    {"case_decided", "Kasus ini sudah diputus; dugaan pelanggarannya tidak dapat diubah lagi."},
    {"case_employee_changed", "Kasus disiplin tidak dapat dipindahkan ke pegawai lain."},
    {"evaluation_final",
     "Penilaian ini sudah FINAL dan tidak dapat diubah; catat penilaian koreksi yang "
     "menggantikannya."},
    {"evaluation_key_changed", "Penilaian tidak dapat dipindahkan ke pegawai atau periode lain."},
    {"supersedes_draft", "Hanya penilaian FINAL yang digantikan; penilaian draf cukup disunting."},
    {"supersedes_other",
     "Penilaian koreksi harus untuk pegawai dan periode yang sama dengan yang digantikannya."},
}};

}  // namespace

std::optional<std::string_view> refusal_text_id(std::string_view code) {
    for (const auto& [known, text] : kTexts)
        if (known == code)
            return text;
    return std::nullopt;
}

Problem refusal(const Error& error, std::string field) {
    const auto text = refusal_text_id(error.code);
    std::string message_id =
        text ? std::string(*text)
             : "Perubahan ini ditolak oleh aturan server (kode " + error.code + ").";
    return {std::move(field), error.code, std::move(message_id), error.message};
}

Problem refusal(std::string field, std::string code, std::string message_id,
                std::string message_en) {
    return {std::move(field), std::move(code), std::move(message_id), std::move(message_en)};
}

}  // namespace pantau
