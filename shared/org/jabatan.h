// Kinds of position (jabatan) under the ASN law: JPT (senior leadership),
// administrasi (administrator, pengawas, pelaksana) and fungsional, split into
// keahlian (expert) and keterampilan (skilled) levels. The kind, not the
// position's free-text name, is what authority rules look at.
#pragma once

#include <optional>
#include <string_view>

namespace pantau {

enum class JabatanKind {
    JptUtama,
    JptMadya,
    JptPratama,
    Administrator,
    Pengawas,
    Pelaksana,
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
};

enum class JabatanGroup { Jpt, Administrasi, FungsionalKeahlian, FungsionalKeterampilan };

// Wire strings: "JPT_UTAMA", ..., "ADMINISTRATOR", "AHLI_PERTAMA", "PENYELIA".
std::string_view to_string(JabatanKind kind);
std::optional<JabatanKind> jabatan_kind_from_string(std::string_view text);

// "JPT", "ADMINISTRASI", "FUNGSIONAL_KEAHLIAN", "FUNGSIONAL_KETERAMPILAN".
std::string_view to_string(JabatanGroup group);
std::optional<JabatanGroup> jabatan_group_from_string(std::string_view text);

JabatanGroup group_of(JabatanKind kind);

// Indonesian name for display ("Ahli Pertama", "JPT Pratama").
std::string_view label_id(JabatanKind kind);

}  // namespace pantau
