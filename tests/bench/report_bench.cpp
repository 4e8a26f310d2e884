// pantau-bench-reports: how long each of central HR's reports takes over a
// kabupaten's year: 3,000 staff in 60 puskesmas, about 750,000 attendance
// records of 2026 (a realistic mix of statuses, lateness and a few runs of
// unexcused days), 300 discipline cases with their steps, four quarters of
// evaluations and 30,000 SKM responses. The store is built once into a file
// (the records are written through the store's own put(), as the push path
// stores them) and kept for later runs; each report is then run and rendered
// as JSON several times and the median and the fastest printed, beside a
// baseline in the same run: one plain scan of every attendance row.
//
//   pantau-bench-reports [--store FILE] [--staff N] [--runs N] [--fresh]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/random.h"
#include "clock/uuid.h"
#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "org/unit.h"
#include "records/catalogue_set.h"
#include "report/report.h"
#include "report/report_render.h"
#include "service/master_data.h"
#include "store/server_store.h"
#include "survey/survey_response.h"

namespace {

using namespace pantau;
using namespace pantau::server;
using nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

const std::int64_t kBase = *parse_timestamp("2026-01-01T00:00:00Z");

// Writes changes through put(), 5,000 to a transaction.
class Writer {
  public:
    explicit Writer(ServerStore& store) : store_(store) {}
    ~Writer() { flush(); }
    void put(const std::string& type, const std::string& id, const std::string& unit, json data) {
        pending_.push_back({type, id, unit, clock_.send(kBase).to_string(), std::nullopt, "bench",
                            false, std::move(data)});
        if (pending_.size() >= 5000)
            flush();
    }
    void flush() {
        if (pending_.empty())
            return;
        store_.write([&](ServerTransaction& tx) {
            for (const auto& c : pending_)
                tx.put(c, std::nullopt);
        });
        written_ += pending_.size();
        pending_.clear();
    }
    std::size_t written() const { return written_; }

  private:
    ServerStore& store_;
    HlcClock clock_;
    std::vector<sync::Change> pending_;
    std::size_t written_ = 0;
};

void build(ServerStore& store, int staff) {
    const auto start = Clock::now();
    SplitMix64 rng(2026);
    const auto id = [&] { return uuid_v4(rng.uuid_bytes()); };
    const auto chance = [&](int per_thousand) {
        return static_cast<int>(rng.next() % 1000) < per_thousand;
    };
    std::vector<std::string> units;
    std::vector<std::pair<std::string, std::string>> employees;  // (id, unit)
    store.write([&](ServerTransaction& tx) {
        const std::string pemda = *add_unit(
            tx, Unit{"Pemerintah Kabupaten Bench", "PEMDA", std::nullopt, "Asia/Jakarta"}, kBase);
        const std::string dinas =
            *add_unit(tx, Unit{"Dinas Kesehatan", "OPD", pemda, "Asia/Jakarta"}, kBase);
        const int unit_count = std::max(1, staff / 50);
        for (int u = 0; u < unit_count; ++u)
            units.push_back(*add_unit(
                tx,
                Unit{"UPT Puskesmas " + std::to_string(u + 1), "PUSKESMAS", dinas, "Asia/Jakarta"},
                kBase));
        for (int e = 0; e < std::min(staff, 999 * 14); ++e) {
            char nip[19];
            // Unique: the sequence and the appointment year follow from e.
            std::snprintf(nip, sizeof nip, "19%02d%02d%02d20%02d%02d1%03d", 70 + e % 25, 1 + e % 12,
                          1 + e % 28, 10 + (e / 999) % 14, 1 + e % 12, 1 + e % 999);
            const std::string& unit = units[static_cast<std::size_t>(e) % units.size()];
            employees.emplace_back(
                put_employee(tx,
                             Employee{nip, "Pegawai " + std::to_string(e + 1), EmployeeKind::PNS,
                                      "III/a", "Perawat", std::nullopt, unit, true},
                             kBase)
                    .value(),
                unit);
        }
    });

    Writer w(store);
    const auto catalogues = CatalogueSet::embedded();
    const WorkCalendar& calendar = catalogues->work_calendar();
    for (Date d = *Date::parse("2026-01-01"); d <= *Date::parse("2026-12-31"); d = d.plus_days(1)) {
        if (!calendar.is_working_day(d))
            continue;
        for (std::size_t e = 0; e < employees.size(); ++e) {
            const auto& [employee, unit] = employees[e];
            Attendance a{employee,     d,     "HADIR",     std::nullopt, std::nullopt,
                         std::nullopt, kBase, std::nullopt};
            // Every 97th employee has a run of unexcused days in March.
            if (e % 97 == 0 && d.month() == 3 && d.day() >= 2 && d.day() <= 17)
                a.status = "TANPA_KETERANGAN";
            else if (chance(50))
                a.status = "TERLAMBAT", a.minutes = 1 + static_cast<int>(rng.next() % 120);
            else if (chance(10))
                a.status = "PULANG_CEPAT", a.minutes = 1 + static_cast<int>(rng.next() % 120);
            else if (chance(15))
                a.status = "SAKIT";
            else if (chance(10))
                a.status = "CUTI", a.leave_kind = "CUTI_TAHUNAN";
            else if (chance(4))
                a.status = "TANPA_KETERANGAN";
            w.put("attendance", attendance_id(unit, employee, d), unit, a.to_json());
        }
    }
    for (std::size_t e = 0; e < employees.size(); e += 10) {
        const auto& [employee, unit] = employees[e];
        const std::string case_id = id();
        const std::int64_t opened = kBase + static_cast<std::int64_t>(e % 300) * 86'400'000;
        w.put(
            "discipline_case", case_id, unit,
            DisciplineCase{employee, opened, "4f", "RINGAN", "Terlambat berulang", "TK_INDICATION"}
                .to_json());
        int at = 0;
        for (const CaseState s :
             {CaseState::REPORTED, CaseState::UNDER_REVIEW, CaseState::SUMMONED_1}) {
            DisciplineEvent ev;
            ev.case_id = case_id;
            ev.step = s;
            ev.at = opened + (at++) * 86'400'000;
            ev.actor = "Kepala Puskesmas";
            w.put("discipline_event", id(), unit, ev.to_json());
        }
    }
    for (const char* period : {"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"})
        for (const auto& [employee, unit] : employees) {
            Evaluation ev;
            ev.employee_id = employee;
            ev.period = period;
            ev.state = EvaluationState::FINAL;
            ev.hasil_kerja = chance(150) ? Rating::DI_ATAS_EKSPEKTASI : Rating::SESUAI_EKSPEKTASI;
            ev.perilaku = chance(150) ? Rating::DI_ATAS_EKSPEKTASI : Rating::SESUAI_EKSPEKTASI;
            w.put("evaluation", evaluation_id(employee, period), unit,
                  ev.with_derived_predikat().to_json());
        }
    for (const auto& unit : units)
        for (int r = 0; r < 500; ++r) {
            SurveyResponse s;
            s.unit_id = unit;
            s.collected_at = kBase + static_cast<std::int64_t>(r) * 17 * 3'600'000;
            for (auto& score : s.scores)
                score = 2 + static_cast<int>(rng.next() % 3);
            w.put("survey_response", id(), unit, s.to_json());
        }
    w.flush();
    std::printf("built %zu records for %d staff in %.1f s\n", w.written(), staff,
                seconds_since(start));
}

}  // namespace

int main(int argc, char** argv) {
    std::string path = (fs::temp_directory_path() / "pantau-bench-reports.db").string();
    int staff = 3000;
    int runs = 5;
    bool fresh = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--store" && i + 1 < argc)
            path = argv[++i];
        else if (arg == "--staff" && i + 1 < argc)
            staff = std::atoi(argv[++i]);
        else if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--fresh")
            fresh = true;
        else {
            std::fprintf(stderr,
                         "usage: pantau-bench-reports [--store FILE] [--staff N] [--runs N] "
                         "[--fresh]\n");
            return 2;
        }
    }
    if (fresh)
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(path + suffix);
    auto store = open_store("sqlite:" + path);
    bool built = false;
    store->read([&](ServerTransaction& tx) { built = !tx.records_of_type("unit").empty(); });
    if (!built)
        build(*store, staff);
    else
        std::printf("using the store built earlier: %s (--fresh builds it again)\n", path.c_str());

    const std::int64_t now = *parse_timestamp("2027-01-04T02:00:00Z");
    struct Case {
        const char* name;
        ReportKind kind;
        ReportFilterText filters;
    };
    std::vector<Case> cases = {
        {"attendance-recap 2026-11", ReportKind::AttendanceRecap, {}},
        {"pp94 2026", ReportKind::Pp94, {}},
        {"discipline", ReportKind::Discipline, {}},
        {"predikat 2026-Q3", ReportKind::Predikat, {}},
        {"ikm 2026", ReportKind::Ikm, {}},
        {"completeness 2026-11", ReportKind::Completeness, {}},
        {"completeness 2026-11-23", ReportKind::Completeness, {}},
    };
    cases[0].filters.month = "2026-11";
    cases[1].filters.year = "2026";
    cases[3].filters.period = "2026-Q3";
    cases[4].filters.period = "2026";
    cases[5].filters.month = "2026-11";
    cases[6].filters.date = "2026-11-23";

    // The baseline: one pass over every attendance row of the year.
    std::vector<double> baseline;
    std::size_t rows_seen = 0;
    for (int r = 0; r < runs; ++r) {
        const auto start = Clock::now();
        store->read([&](ServerTransaction& tx) {
            rows_seen =
                tx.attendance_between(*Date::parse("2026-01-01"), *Date::parse("2026-12-31"))
                    .size();
        });
        baseline.push_back(seconds_since(start));
    }
    std::printf("%-28s %10s %10s %8s %10s\n", "report", "median s", "fastest s", "rows",
                "x baseline");
    std::printf("%-28s %10.3f %10.3f %8zu %10s\n", "baseline: read a year's rows", median(baseline),
                *std::min_element(baseline.begin(), baseline.end()), rows_seen, "1.0");
    bool all_fast = true;
    for (const auto& c : cases) {
        std::vector<double> times;
        std::size_t rows = 0;
        for (int r = 0; r < runs; ++r) {
            const auto start = Clock::now();
            store->read([&](ServerTransaction& tx) {
                const auto query = report_query(c.kind, c.filters, now);
                auto report = run_report(tx, *query, std::nullopt);
                rows = report->rows.size();
                const std::string body =
                    render_report(*report, {ReportFormat::Json, ',', Language::Id});
                if (body.empty())
                    std::abort();
            });
            times.push_back(seconds_since(start));
        }
        const double m = median(times);
        all_fast = all_fast && m < 2.0;
        std::printf("%-28s %10.3f %10.3f %8zu %10.1f\n", c.name, m,
                    *std::min_element(times.begin(), times.end()), rows, m / median(baseline));
    }
    std::printf("every report under 2 s: %s\n", all_fast ? "yes" : "NO");
    return 0;
}
