#include "org/jabatan.h"

#include <array>

namespace pantau {

namespace {

struct JabatanInfo {
    JabatanKind kind;
    std::string_view code;
    std::string_view label;
    JabatanGroup group;
};

constexpr std::array<JabatanInfo, 14> kJabatan{{
    {JabatanKind::JptUtama, "JPT_UTAMA", "JPT Utama", JabatanGroup::Jpt},
    {JabatanKind::JptMadya, "JPT_MADYA", "JPT Madya", JabatanGroup::Jpt},
    {JabatanKind::JptPratama, "JPT_PRATAMA", "JPT Pratama", JabatanGroup::Jpt},
    {JabatanKind::Administrator, "ADMINISTRATOR", "Administrator", JabatanGroup::Administrasi},
    {JabatanKind::Pengawas, "PENGAWAS", "Pengawas", JabatanGroup::Administrasi},
    {JabatanKind::Pelaksana, "PELAKSANA", "Pelaksana", JabatanGroup::Administrasi},
    {JabatanKind::AhliPertama, "AHLI_PERTAMA", "Ahli Pertama", JabatanGroup::FungsionalKeahlian},
    {JabatanKind::AhliMuda, "AHLI_MUDA", "Ahli Muda", JabatanGroup::FungsionalKeahlian},
    {JabatanKind::AhliMadya, "AHLI_MADYA", "Ahli Madya", JabatanGroup::FungsionalKeahlian},
    {JabatanKind::AhliUtama, "AHLI_UTAMA", "Ahli Utama", JabatanGroup::FungsionalKeahlian},
    {JabatanKind::Pemula, "PEMULA", "Pemula", JabatanGroup::FungsionalKeterampilan},
    {JabatanKind::Terampil, "TERAMPIL", "Terampil", JabatanGroup::FungsionalKeterampilan},
    {JabatanKind::Mahir, "MAHIR", "Mahir", JabatanGroup::FungsionalKeterampilan},
    {JabatanKind::Penyelia, "PENYELIA", "Penyelia", JabatanGroup::FungsionalKeterampilan},
}};

const JabatanInfo& info(JabatanKind kind) {
    for (const auto& i : kJabatan)
        if (i.kind == kind)
            return i;
    return kJabatan.front();
}

}  // namespace

std::string_view to_string(JabatanKind kind) {
    return info(kind).code;
}

std::optional<JabatanKind> jabatan_kind_from_string(std::string_view text) {
    for (const auto& i : kJabatan)
        if (i.code == text)
            return i.kind;
    return std::nullopt;
}

std::string_view to_string(JabatanGroup group) {
    switch (group) {
        case JabatanGroup::Jpt:
            return "JPT";
        case JabatanGroup::Administrasi:
            return "ADMINISTRASI";
        case JabatanGroup::FungsionalKeahlian:
            return "FUNGSIONAL_KEAHLIAN";
        case JabatanGroup::FungsionalKeterampilan:
            return "FUNGSIONAL_KETERAMPILAN";
    }
    return "JPT";
}

std::optional<JabatanGroup> jabatan_group_from_string(std::string_view text) {
    for (auto g : {JabatanGroup::Jpt, JabatanGroup::Administrasi, JabatanGroup::FungsionalKeahlian,
                   JabatanGroup::FungsionalKeterampilan})
        if (to_string(g) == text)
            return g;
    return std::nullopt;
}

JabatanGroup group_of(JabatanKind kind) {
    return info(kind).group;
}

std::string_view label_id(JabatanKind kind) {
    return info(kind).label;
}

}  // namespace pantau
