#include "admin/demo_staff.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <span>

#include "clock/random.h"
#include "core/date.h"
#include "org/golongan.h"
#include "org/nip.h"

namespace pantau::server {

namespace {

// Ages and years of service are counted at this year, so the people do not
// change with the day the demo is seeded.
constexpr int kReferenceYear = 2025;

enum class Education { Sma, D3, S1, Profesi };

struct Position {
    std::string_view jabatan;
    JabatanKind kind;
    Education education;
    int min_rank;  // PNS golongan rank: II/a is 5, III/a is 9, IV/a is 13
    int max_rank;
    int min_age;
    int max_age;
    int weight;  // 0: exactly one holder, listed first
    bool pppk;   // the position may be held by a PPPK
    int female_percent;
    std::string_view prefix;  // academic title before the name
    std::string_view suffix;  // and after it
};

using JK = JabatanKind;
using Ed = Education;

// A puskesmas: its head is a doctor with the additional duty of kepala
// puskesmas; most staff are nurses and midwives.
constexpr Position kPuskesmas[] = {
    {"Dokter Ahli Madya", JK::AhliMadya, Ed::Profesi, 13, 14, 45, 56, 0, false, 50, "dr. ",
     ", M.K.M."},
    {"Kepala Subbagian Tata Usaha", JK::Pengawas, Ed::S1, 10, 12, 38, 55, 0, false, 50, "",
     ", S.KM."},
    {"Dokter Ahli Pertama", JK::AhliPertama, Ed::Profesi, 10, 10, 28, 40, 2, true, 60, "dr. ", ""},
    {"Dokter Ahli Muda", JK::AhliMuda, Ed::Profesi, 11, 12, 36, 50, 1, false, 50, "dr. ", ""},
    {"Dokter Gigi Ahli Pertama", JK::AhliPertama, Ed::Profesi, 10, 10, 28, 42, 1, true, 70, "drg. ",
     ""},
    {"Perawat Ahli Pertama", JK::AhliPertama, Ed::S1, 9, 10, 26, 40, 3, true, 70, "",
     ", S.Kep., Ners"},
    {"Perawat Ahli Muda", JK::AhliMuda, Ed::S1, 11, 12, 38, 55, 1, false, 65, "", ", S.Kep., Ners"},
    {"Perawat Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 4, true, 65, "", ", A.Md.Kep."},
    {"Perawat Mahir", JK::Mahir, Ed::D3, 9, 10, 38, 55, 1, false, 65, "", ", A.Md.Kep."},
    {"Bidan Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 5, true, 100, "", ", A.Md.Keb."},
    {"Bidan Ahli Pertama", JK::AhliPertama, Ed::S1, 9, 10, 26, 40, 1, true, 100, "", ", S.Tr.Keb."},
    {"Bidan Penyelia", JK::Penyelia, Ed::D3, 11, 12, 45, 57, 1, false, 100, "", ", A.Md.Keb."},
    {"Apoteker Ahli Pertama", JK::AhliPertama, Ed::Profesi, 10, 10, 27, 40, 1, true, 60, "",
     ", S.Farm., Apt."},
    {"Asisten Apoteker Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 1, true, 70, "",
     ", A.Md.Farm."},
    {"Pranata Laboratorium Kesehatan Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 1, true, 60, "",
     ", A.Md.AK."},
    {"Nutrisionis Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 1, true, 80, "", ", A.Md.Gz."},
    {"Sanitarian Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 1, true, 40, "", ", A.Md.KL."},
    {"Epidemiolog Kesehatan Ahli Pertama", JK::AhliPertama, Ed::S1, 9, 10, 26, 42, 1, true, 55, "",
     ", S.KM."},
    {"Penyuluh Kesehatan Masyarakat Ahli Pertama", JK::AhliPertama, Ed::S1, 9, 10, 26, 45, 1, true,
     55, "", ", S.KM."},
    {"Perekam Medis Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 1, true, 60, "", ", A.Md.RMIK."},
    {"Pengadministrasi Perkantoran", JK::Pelaksana, Ed::Sma, 5, 8, 25, 56, 2, true, 50, "", ""},
    {"Pengelola Layanan Operasional", JK::Pelaksana, Ed::D3, 7, 9, 25, 50, 1, true, 50, "",
     ", A.Md."},
    {"Operator Layanan Operasional", JK::Pelaksana, Ed::Sma, 5, 7, 22, 45, 1, true, 40, "", ""},
};

// A kecamatan office: the camat, the secretary and the section heads, then
// administrative staff and a few functional positions.
constexpr Position kKecamatan[] = {
    {"Camat", JK::Administrator, Ed::S1, 12, 14, 42, 56, 0, false, 25, "", ", S.STP., M.Si."},
    {"Sekretaris Kecamatan", JK::Administrator, Ed::S1, 11, 13, 40, 56, 0, false, 35, "",
     ", S.IP., M.Si."},
    {"Kepala Seksi Pemerintahan", JK::Pengawas, Ed::S1, 10, 12, 35, 56, 0, false, 40, "",
     ", S.IP."},
    {"Kepala Seksi Ketenteraman dan Ketertiban Umum", JK::Pengawas, Ed::S1, 10, 12, 35, 56, 0,
     false, 20, "", ", S.H."},
    {"Kepala Seksi Kesejahteraan Sosial", JK::Pengawas, Ed::S1, 10, 12, 35, 56, 0, false, 50, "",
     ", S.Sos."},
    {"Kepala Seksi Pemberdayaan Masyarakat Desa", JK::Pengawas, Ed::S1, 10, 12, 35, 56, 0, false,
     40, "", ", S.E."},
    {"Kepala Seksi Pelayanan Umum", JK::Pengawas, Ed::S1, 10, 12, 35, 56, 0, false, 50, "",
     ", S.AP."},
    {"Kepala Subbagian Umum dan Kepegawaian", JK::Pengawas, Ed::S1, 10, 12, 35, 56, 0, false, 50,
     "", ", S.E."},
    {"Pengadministrasi Perkantoran", JK::Pelaksana, Ed::Sma, 5, 8, 23, 57, 4, true, 50, "", ""},
    {"Penata Layanan Operasional", JK::Pelaksana, Ed::S1, 9, 11, 25, 50, 3, true, 50, "",
     ", S.AP."},
    {"Pengolah Data dan Informasi", JK::Pelaksana, Ed::D3, 7, 9, 24, 50, 2, true, 45, "",
     ", A.Md."},
    {"Pengelola Umum Operasional", JK::Pelaksana, Ed::Sma, 5, 8, 23, 57, 2, true, 30, "", ""},
    {"Operator Layanan Operasional", JK::Pelaksana, Ed::Sma, 5, 7, 21, 45, 2, true, 40, "", ""},
    {"Penelaah Teknis Kebijakan", JK::Pelaksana, Ed::S1, 9, 11, 26, 50, 2, true, 50, "",
     ", S.Sos."},
    {"Analis Kebijakan Ahli Pertama", JK::AhliPertama, Ed::S1, 9, 10, 26, 42, 1, true, 50, "",
     ", S.IP."},
    {"Pranata Komputer Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 42, 1, true, 35, "",
     ", A.Md.Kom."},
    {"Arsiparis Terampil", JK::Terampil, Ed::D3, 7, 8, 24, 45, 1, true, 60, "", ", A.Md."},
    {"Polisi Pamong Praja Pemula", JK::Pemula, Ed::Sma, 5, 6, 22, 45, 2, true, 15, "", ""},
};

// West Javanese (Sundanese) and common Indonesian names, as a kabupaten
// called Sukamaju would have them.
constexpr std::string_view kFemaleFirst[] = {
    "Siti",   "Dewi", "Rina",  "Euis",  "Neneng", "Yuyun", "Lilis", "Nurul", "Rini",
    "Ika",    "Sri",  "Tuti",  "Wulan", "Fitri",  "Dian",  "Rika",  "Desi",  "Yeni",
    "Nia",    "Lina", "Ratna", "Intan", "Ayu",    "Putri", "Anisa", "Rahma", "Mega",
    "Nining", "Cucu", "Iis",   "Tati",  "Heni",   "Ani",   "Elis",  "Imas",  "Popon"};
constexpr std::string_view kFemaleLast[] = {
    "Rahmawati", "Nurhayati", "Handayani",   "Lestari",     "Marlina",  "Kurniasari",
    "Suryani",   "Fitriani",  "Wulandari",   "Permatasari", "Yuliani",  "Susanti",
    "Maryani",   "Hidayati",  "Sulastri",    "Komalasari",  "Nurjanah", "Sumiati",
    "Rohmawati", "Anggraeni", "Purnamasari", "Setiawati",   "Rosmiati", "Mulyani",
    "Safitri",   "Yuningsih", "Nurlaela",    "Kartika",     "Solihat",  "Juwita"};
constexpr std::string_view kMaleFirst[] = {
    "Asep",    "Dede",   "Ujang", "Agus",   "Budi",  "Hendra", "Yusuf",  "Ahmad",   "Rudi",
    "Dedi",    "Iwan",   "Cecep", "Aep",    "Deni",  "Rizki",  "Fajar",  "Andi",    "Eko",
    "Bambang", "Dadang", "Yayan", "Ade",    "Irfan", "Wawan",  "Hadi",   "Maman",   "Ridwan",
    "Taufik",  "Arief",  "Dodi",  "Gilang", "Iqbal", "Jajang", "Engkus", "Kusnadi", "Opik"};
constexpr std::string_view kMaleLast[] = {
    "Saepudin",   "Supriatna", "Kurniawan", "Hidayat",  "Santoso",  "Wijaya",  "Prasetyo",
    "Firmansyah", "Setiawan",  "Nugraha",   "Gunawan",  "Sudrajat", "Permana", "Ramdani",
    "Hermawan",   "Suherman",  "Mulyana",   "Somantri", "Rachmat",  "Saputra", "Hakim",
    "Fauzi",      "Sopian",    "Suryana",   "Maulana",  "Rusmana",  "Sobari",  "Ruhiyat"};

class Picker {
  public:
    explicit Picker(std::uint64_t seed) : random_(seed) {}

    int between(int low, int high) {  // inclusive
        return low + static_cast<int>(random_.next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool percent(int chance) { return between(1, 100) <= chance; }
    template <typename T, std::size_t N>
    const T& one_of(const T (&items)[N]) {
        return items[random_.next() % N];
    }

  private:
    SplitMix64 random_;
};

int entry_rank(Education education) {
    switch (education) {
        case Education::Sma:
            return 5;  // II/a
        case Education::D3:
            return 7;  // II/c
        case Education::S1:
            return 9;  // III/a
        case Education::Profesi:
            return 10;  // III/b
    }
    return 5;
}

int entry_age(Education education) {
    switch (education) {
        case Education::Sma:
            return 20;
        case Education::D3:
            return 23;
        case Education::S1:
            return 24;
        case Education::Profesi:
            return 27;
    }
    return 20;
}

// PPPK golongan follow the education the position asks for (Perpres 98/2020).
std::string_view pppk_golongan(Education education) {
    switch (education) {
        case Education::Sma:
            return "V";
        case Education::D3:
            return "VII";
        case Education::S1:
            return "IX";
        case Education::Profesi:
            return "X";
    }
    return "V";
}

std::string pns_golongan(int rank) {
    for (const auto& g : golongan_catalogue().entries())
        if (g.kind == EmployeeKind::PNS && g.rank == rank)
            return g.code;
    return {};
}

std::string digits(int value, int width) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
}

const Position& weighted(std::span<const Position> positions, Picker& pick) {
    int total = 0;
    for (const auto& p : positions)
        total += p.weight;
    int roll = pick.between(1, total);
    for (const auto& p : positions) {
        roll -= p.weight;
        if (p.weight > 0 && roll <= 0)
            return p;
    }
    return positions.back();
}

std::string person_name(const Position& position, bool female, Picker& pick,
                        std::set<std::string>& used) {
    std::string name;
    for (int attempt = 0; attempt < 50; ++attempt) {
        name = female ? std::string(pick.one_of(kFemaleFirst)) + " " +
                            std::string(pick.one_of(kFemaleLast))
                      : std::string(pick.one_of(kMaleFirst)) + " " +
                            std::string(pick.one_of(kMaleLast));
        if (used.insert(name).second)
            break;
    }
    return std::string(position.prefix) + name + std::string(position.suffix);
}

Result<Employee> person(const Position& position, const std::string& unit_id, Picker& pick,
                        std::set<std::string>& taken, std::set<std::string>& names) {
    const bool female = pick.percent(position.female_percent);
    const bool pppk = position.pppk && pick.percent(30);
    int age = pick.between(position.min_age, position.max_age);
    if (pppk)
        age = std::max(age, 26);  // appointed 2021-2024, as adults
    const int birth_year = kReferenceYear - age;
    const int birth_month = pick.between(1, 12);
    const int birth_day = pick.between(1, days_in_month(birth_year, birth_month));
    const std::string birth = digits(birth_year, 4) + digits(birth_month, 2) + digits(birth_day, 2);
    const std::string gender = female ? "2" : "1";

    Employee e;
    e.kind = pppk ? EmployeeKind::PPPK : EmployeeKind::PNS;
    std::string prefix;  // the NIP without its sequence
    if (pppk) {
        const int year = pick.between(2021, 2024);
        // Digit 13 is the PPPK mark 2; the meaning of digit 14 is not settled (org/nip.h).
        prefix = birth + digits(year, 4) + "2" + digits(pick.between(1, 2), 1) + gender;
        e.golongan = std::string(pppk_golongan(position.education));
    } else {
        constexpr int kTmtMonths[] = {1, 2, 3, 4, 12};
        const int tmt_year = std::min(
            birth_year + entry_age(position.education) + pick.between(0, 5), kReferenceYear - 1);
        prefix = birth + digits(tmt_year, 4) + digits(pick.one_of(kTmtMonths), 2) + gender;
        const int served = kReferenceYear - tmt_year;
        // A regular promotion every four years, within what the position allows.
        const int rank = std::clamp(entry_rank(position.education) + served / 4, position.min_rank,
                                    position.max_rank);
        e.golongan = pns_golongan(rank);
    }
    int sequence = pick.between(1, 12);
    while (taken.contains(prefix + digits(sequence, 3)) && sequence < 999)
        ++sequence;
    e.nip = prefix + digits(sequence, 3);
    e.name = person_name(position, female, pick, names);
    e.jabatan = std::string(position.jabatan);
    e.jabatan_kind = position.kind;
    e.unit_id = unit_id;
    e.active = true;

    Problems problems = e.validate();
    for (auto& warning : e.warnings())
        problems.push_back(std::move(warning));
    if (!problems.empty() || taken.contains(e.nip))
        return Error{"invalid_demo_data", "the demo generator made an invalid employee (" + e.nip +
                                              ", " + e.name + "): " + summarize(problems)};
    taken.insert(e.nip);
    return e;
}

}  // namespace

Result<std::vector<Employee>> demo_staff(std::string_view unit_kind, const std::string& unit_id,
                                         int count, std::uint64_t seed,
                                         std::set<std::string>& taken) {
    std::span<const Position> positions;
    if (unit_kind == "PUSKESMAS")
        positions = kPuskesmas;
    else if (unit_kind == "KECAMATAN")
        positions = kKecamatan;
    else
        return Error{"invalid_demo_data",
                     "the demo has no staff plan for units of kind " + std::string(unit_kind)};

    Picker pick(seed);
    std::set<std::string> names;
    std::vector<Employee> staff;
    auto add = [&](const Position& position) -> Result<void> {
        auto e = person(position, unit_id, pick, taken, names);
        if (!e)
            return e.error();
        staff.push_back(std::move(*e));
        return success();
    };
    for (const auto& position : positions)
        if (position.weight == 0 && static_cast<int>(staff.size()) < count)
            if (auto r = add(position); !r)
                return r.error();
    while (static_cast<int>(staff.size()) < count)
        if (auto r = add(weighted(positions, pick)); !r)
            return r.error();
    return staff;
}

}  // namespace pantau::server
