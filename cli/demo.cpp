#include "demo.h"

#include <cstdio>
#include <filesystem>
#include <map>

#include "attendance/attendance.h"
#include "attendance/attendance_status.h"
#include "attendance/leave_kind.h"
#include "attendance/pp94_indication.h"
#include "attendance/work_calendar.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "org/employee.h"
#include "org/timezone.h"
#include "org/unit.h"
#include "records/catalogue_set.h"
#include "records/record_types.h"
#include "store/device_store.h"

namespace pantau::cli {

namespace {

using nlohmann::json;

// The demo puskesmas is in WIB.
constexpr std::string_view kDemoTimeZone = "Asia/Jakarta";

struct DemoEmployee {
    const char* nip;
    const char* name;
    EmployeeKind kind;
    const char* golongan;
    const char* jabatan;
};

// Valid NIPs / NI PPPK: birth date, TMT (or appointment year + contract count), gender, sequence.
constexpr DemoEmployee kStaff[] = {
    {"197804152005012004", "dr. Ratna Sari Dewi", EmployeeKind::PNS, "IV/a", "Dokter Ahli Madya"},
    {"198503122010012003", "Siti Rahmawati, S.Kep.", EmployeeKind::PNS, "III/c",
     "Perawat Ahli Muda"},
    {"199001072015032002", "Dewi Lestari, A.Md.Keb.", EmployeeKind::PNS, "II/d", "Bidan Terampil"},
    {"198811232014021001", "Ahmad Fauzi, S.Farm.", EmployeeKind::PNS, "III/b",
     "Apoteker Ahli Pertama"},
    {"199203182019031005", "Budi Santoso", EmployeeKind::PNS, "II/b",
     "Pengelola Layanan Operasional"},
    {"198607302011012002", "Nur Aini, S.KM.", EmployeeKind::PNS, "III/b",
     "Epidemiolog Kesehatan Ahli Pertama"},
    {"199405112020122001", "Putri Handayani, S.Gz.", EmployeeKind::PNS, "III/a",
     "Nutrisionis Ahli Pertama"},
    {"199508202022012003", "Rina Marlina", EmployeeKind::PNS, "II/c",
     "Pranata Laboratorium Kesehatan Terampil"},
    {"198909142017031002", "Hendra Wijaya, S.Kep.", EmployeeKind::PNS, "III/a",
     "Perawat Ahli Pertama"},
    {"199606032023211001", "Agus Prasetyo, A.Md.KL.", EmployeeKind::PPPK, "VII",
     "Sanitarian Terampil"},
    {"199712252023212002", "Maya Kurniasari, S.Kep.", EmployeeKind::PPPK, "IX",
     "Perawat Ahli Pertama"},
    {"199310102023211003", "Yusuf Hidayat", EmployeeKind::PPPK, "V",
     "Pengadministrasi Perkantoran"},
};

std::string demo_id(const std::string& name) {
    return uuid_v5(kPantauNamespace, "demo/" + name);
}

std::int64_t wib_ms(const Date& date, int hour, int minute) {
    return (date.days_since_epoch() * 1440 + hour * 60 + minute -
            utc_offset_minutes_or_fallback(kDemoTimeZone)) *
           60'000;
}

Date previous_working_day(const WorkCalendar& calendar, Date date) {
    do
        date = date.plus_days(-1);
    while (!calendar.is_working_day(date));
    return date;
}

// Master data arrives from the server as an ordinary pull page.
Result<void> seed_master_data(store::DeviceStore& store, const std::string& unit_id,
                              std::int64_t now_ms) {
    HlcClock server_clock;
    sync::PullPage page;
    const std::string dinas_id = demo_id("unit/dinkes");
    auto add = [&](std::string type, std::string id, std::string unit, json data) {
        page.changes.push_back({std::move(type), std::move(id), std::move(unit),
                                server_clock.send(now_ms).to_string(), std::nullopt, "server",
                                false, std::move(data)});
    };
    add("unit", dinas_id, dinas_id,
        Unit{"Dinas Kesehatan Kabupaten Sukamaju", "OPD", std::nullopt, std::string(kDemoTimeZone)}
            .to_json());
    add("unit", unit_id, unit_id,
        Unit{"UPT Puskesmas Sukamaju", "PUSKESMAS", dinas_id, std::string(kDemoTimeZone)}
            .to_json());
    for (const auto& s : kStaff) {
        const Employee e{s.nip, s.name, s.kind, s.golongan, s.jabatan, std::nullopt, unit_id, true};
        if (auto problems = e.validate(); !problems.empty())
            return Error{"invalid_demo_data", std::string(s.name) + ": " + summarize(problems)};
        add("employee", demo_id(std::string("employee/") + s.nip), unit_id, e.to_json());
    }
    page.cursor = "demo";
    auto applied = store.apply_pull_page(page, now_ms);
    if (!applied)
        return applied.error();
    return success();
}

Result<void> mark(store::DeviceStore& store, const std::string& unit_id,
                  const std::string& employee_id, const Date& date, std::string status,
                  std::optional<int> minutes = std::nullopt,
                  std::optional<std::string> leave_kind = std::nullopt) {
    const Attendance a{employee_id,           date,         std::move(status),   minutes,
                       std::move(leave_kind), std::nullopt, wib_ms(date, 7, 45), std::nullopt};
    auto change = store.record(
        {"attendance", attendance_id(unit_id, employee_id, date), unit_id, a.to_json()},
        wib_ms(date, 7, 45));
    if (!change)
        return change.error();
    return success();
}

std::string employee_id_of(const DemoEmployee& s) {
    return demo_id(std::string("employee/") + s.nip);
}

// A month of history that crosses three PP 94 thresholds, then today's roll call.
Result<void> record_attendance(store::DeviceStore& store, const std::string& unit_id,
                               const WorkCalendar& calendar, const Date& today) {
    std::vector<Date> history;
    for (Date d = previous_working_day(calendar, today); history.size() < 20;
         d = previous_working_day(calendar, d))
        history.insert(history.begin(), d);
    for (std::size_t day = 0; day < history.size(); ++day) {
        for (std::size_t i = 0; i < std::size(kStaff); ++i) {
            const std::string id = employee_id_of(kStaff[i]);
            Result<void> r = success();
            if (i == 7 && day >= history.size() - 10)
                r = mark(store, unit_id, id, history[day],
                         "TANPA_KETERANGAN");  // 10 working days in a row
            else if (i == 4 && day % 5 == 1)
                r = mark(store, unit_id, id, history[day], "TANPA_KETERANGAN");  // 4 scattered days
            else if (i == 2 && (day == 3 || day == 12))
                r = mark(store, unit_id, id, history[day], "TANPA_KETERANGAN");
            else if (i == 2 && day % 3 == 0)
                r = mark(store, unit_id, id, history[day], "TERLAMBAT",
                         95);  // lateness adds up to a day
            else
                r = mark(store, unit_id, id, history[day], "HADIR");
            if (!r)
                return r;
        }
    }
    struct Today {
        std::size_t staff;
        const char* status;
        std::optional<int> minutes;
        std::optional<std::string> leave_kind;
    };
    const Today roll_call[] = {
        {0, "HADIR", {}, {}},
        {1, "HADIR", {}, {}},
        {2, "TERLAMBAT", 25, {}},
        {3, "DINAS_LUAR", {}, {}},
        {4, "HADIR", {}, {}},
        {5, "SAKIT", {}, {}},
        {6, "CUTI", {}, "CUTI_TAHUNAN"},
        {7, "TANPA_KETERANGAN", {}, {}},
        {8, "HADIR", {}, {}},
        {9, "HADIR", {}, {}},
        {10, "PULANG_CEPAT", 40, {}},
        // Yusuf (11) is not yet recorded: the roll call shows him as open.
    };
    for (const auto& t : roll_call) {
        if (auto r = mark(store, unit_id, employee_id_of(kStaff[t.staff]), today, t.status,
                          t.minutes, t.leave_kind);
            !r)
            return r;
    }
    return success();
}

void print_day(store::DeviceStore& store, const std::string& unit_id, const Date& today,
               const CatalogueSet& catalogues) {
    const auto& statuses = catalogues.attendance_statuses();
    std::map<std::string, Attendance> by_employee;
    for (const auto& row : store.attendance_of_day(unit_id, today)) {
        Problems ignored;
        auto a = Attendance::from_json(row.data, ignored);
        by_employee[a.employee_id] = a;
    }
    std::printf("\nPresensi %s / Attendance %s\n", today.iso().c_str(), today.iso().c_str());
    std::printf("%-40s %-18s %-26s %s\n", "Nama / Name", "NIP", "Status", "Menit / Minutes");
    std::map<std::string, int> counts;
    for (const auto& s : kStaff) {
        auto it = by_employee.find(employee_id_of(s));
        std::string status = "(belum dicatat / not recorded)";
        std::string minutes;
        if (it != by_employee.end()) {
            const auto* known = statuses.find(it->second.status);
            status = known ? known->label_id : it->second.status;
            if (it->second.leave_kind) {
                const auto* kind = catalogues.leave_kinds().find(*it->second.leave_kind);
                status += " (" + (kind ? kind->label_id : *it->second.leave_kind) + ")";
            }
            if (it->second.minutes)
                minutes = std::to_string(*it->second.minutes);
            ++counts[known ? known->label_id : it->second.status];
        } else {
            ++counts["Belum dicatat / Not recorded"];
        }
        std::printf("%-40s %-18s %-26s %s\n", s.name, s.nip, status.c_str(), minutes.c_str());
    }
    std::printf("\nRingkasan / Summary:");
    for (const auto& [label, n] : counts)
        std::printf("  %s: %d;", label.c_str(), n);
    std::printf("\n");
}

void print_indications(store::DeviceStore& store, const std::string& unit_id,
                       const CatalogueSet& catalogues, const Date& today) {
    std::map<std::string, std::vector<AttendanceDay>> days;
    for (const auto& row : store.list("attendance", unit_id)) {
        Problems ignored;
        const auto a = Attendance::from_json(row.data, ignored);
        if (a.date.year() == today.year())
            days[a.employee_id].push_back(attendance_day(a));
    }
    std::printf("\nIndikasi pelanggaran PP 94/2021 tahun %d / PP 94/2021 absence indications, %d\n",
                today.year(), today.year());
    std::printf(
        "(Hanya indikasi untuk ditindaklanjuti atasan; bukan hukuman. / Indications for the "
        "supervisor to "
        "act on; not sanctions.)\n");
    int shown = 0;
    for (const auto& s : kStaff) {
        const auto indication = indicate_absence(
            today.year(), days[employee_id_of(s)], catalogues.work_calendar(),
            catalogues.pp94_absence_thresholds(), catalogues.attendance_statuses());
        if (!indication.sanction && !indication.consecutive_trigger)
            continue;
        ++shown;
        std::printf(
            "- %s: TK %d hari/days, terlambat+pulang cepat %d menit/min (= %d hari/days), total %d "
            "-> %s",
            s.name, indication.unexcused_days, indication.lateness_minutes,
            indication.lateness_days, indication.total_days,
            indication.sanction.value_or("-").c_str());
        if (indication.consecutive_trigger)
            std::printf("; %d hari kerja berturut-turut / consecutive working days -> %s",
                        indication.longest_consecutive_run,
                        indication.consecutive_sanction.value_or("").c_str());
        std::printf("\n");
    }
    if (shown == 0)
        std::printf("(tidak ada / none)\n");
}

}  // namespace

int run_demo(const DemoOptions& options) {
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(options.store_path + suffix);
    auto opened = store::DeviceStore::open(options.store_path);
    if (!opened) {
        std::fprintf(stderr, "pantau-cli: %s\n", opened.error().message.c_str());
        return 1;
    }
    store::DeviceStore& store = *opened;
    store.set_validator(
        [](const std::string& type, const json& data) { return check_record_data(type, data); });
    if (auto r = store.set_device_id("demo-device"); !r) {
        std::fprintf(stderr, "pantau-cli: %s\n", r.error().message.c_str());
        return 1;
    }

    // The catalogues in force, held for the whole run.
    const auto catalogues = current_catalogues();
    const WorkCalendar& calendar = catalogues->work_calendar();
    Date today = options.date.value_or(
        local_date(options.now_ms, utc_offset_minutes_or_fallback(kDemoTimeZone)));
    if (!calendar.is_working_day(today))
        today = previous_working_day(calendar, today);

    const std::string unit_id = demo_id("unit/puskesmas-sukamaju");
    std::printf("Pantau: demo perangkat / device demo\n");
    std::printf("Unit: UPT Puskesmas Sukamaju (WIB), %zu pegawai / staff\n", std::size(kStaff));
    if (auto r = seed_master_data(store, unit_id, options.now_ms); !r) {
        std::fprintf(stderr, "pantau-cli: %s\n", r.error().message.c_str());
        return 1;
    }
    if (auto r = record_attendance(store, unit_id, calendar, today); !r) {
        std::fprintf(stderr, "pantau-cli: %s: %s\n", r.error().code.c_str(),
                     r.error().message.c_str());
        return 1;
    }
    print_day(store, unit_id, today, *catalogues);
    print_indications(store, unit_id, *catalogues, today);
    std::printf("\nMenunggu sinkronisasi / Waiting to sync: %lld perubahan / changes (outbox)\n",
                static_cast<long long>(store.waiting_count()));
    std::printf("Penyimpanan perangkat / Device store: %s\n", options.store_path.c_str());
    return 0;
}

}  // namespace pantau::cli
