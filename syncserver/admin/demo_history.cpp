#include "admin/demo_history.h"

#include <algorithm>
#include <map>

#include "attendance/attendance.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/json_fields.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/berakhlak.h"
#include "evaluation/evaluation.h"
#include "evaluation/evaluation_period.h"
#include "org/timezone.h"
#include "records/catalogue_set.h"
#include "report/report.h"
#include "survey/survey_response.h"
#include "sync/scope_exit.h"
#include "training/training.h"

namespace pantau::server {

namespace {

using nlohmann::json;

constexpr int kDays = 92;  // about three months back from yesterday

// A stable number 0..999 for a name, so the demo is the same on every run.
int roll(const std::string& what) {
    std::uint32_t h = 2166136261u;
    for (unsigned char c : what)
        h = (h ^ c) * 16777619u;
    return static_cast<int>(h % 1000);
}

std::string demo_id(const std::string& name) {
    return uuid_v5(kPantauNamespace, "demo/history/" + name);
}

class Writer {
  public:
    Writer(ServerTransaction& tx, std::int64_t now) : tx_(tx), clock_(tx.clock()), now_(now) {}
    ~Writer() { tx_.save_clock(clock_.last()); }

    // False when the record is there already (an earlier run wrote it).
    bool put(const std::string& type, const std::string& id, const std::string& unit, json data) {
        if (const auto current = tx_.current(type, id); current && !current->deleted)
            return false;
        sync::Change change;
        change.type = type;
        change.id = id;
        change.unit_id = unit;
        change.origin = std::string(sync::kServerOrigin);
        change.data = std::move(data);
        sync::put_master_change(tx_, clock_, std::move(change), now_);
        return true;
    }

  private:
    ServerTransaction& tx_;
    HlcClock clock_;
    std::int64_t now_;
};

std::int64_t at_local(Date d, int hour, int minute, int offset) {
    return (d.days_since_epoch() * 1440 + hour * 60 + minute - offset) * 60'000;
}

struct Person {
    std::string id;
    std::string unit;
    std::string name;
};

}  // namespace

Result<DemoHistory> seed_demo_history(ServerTransaction& tx, const DemoData& demo,
                                      std::int64_t now) {
    DemoHistory out;
    Writer w(tx, now);
    const int offset = utc_offset_minutes_or_fallback(kDemoTimeZone);
    const Date today = local_date(now, offset);
    const auto catalogues = CatalogueSet::embedded();
    const WorkCalendar& calendar = catalogues->work_calendar();

    // The staff of each field unit, in the order demo-data made them.
    std::map<std::string, std::vector<Person>> staff;
    for (const auto& e : tx.records_of_type("employee"))
        if (!e.deleted && !(e.data.contains("active") && e.data["active"] == false))
            staff[e.unit_id].push_back({e.id, e.unit_id, text_or_empty(e.data, "name")});
    std::vector<std::string> units;
    for (const auto& u : demo.units)
        if (u.employees > 0)
            units.push_back(u.id);
    if (units.size() < 5)
        return out;  // not the demo kabupaten's shape: nothing to add

    // Who has a run of unexcused days (ending a week ago), and who a few scattered.
    const Person& runner = staff[units[0]].at(5);     // 11 working days in a row: B3
    const Person& scattered = staff[units[1]].at(3);  // 4 days: R2
    const Person& three = staff[units[2]].at(7);      // 3 days: R1, with a case
    const Person& on_leave = staff[units[3]].at(2);   // two weeks of annual leave
    std::map<std::string, std::vector<Date>> unexcused;
    {
        Date d = today.plus_days(-8);
        for (int n = 0; n < 11; d = d.plus_days(-1))
            if (calendar.is_working_day(d)) {
                unexcused[runner.id].push_back(d);
                ++n;
            }
        for (int back : {10, 24, 38, 52})
            unexcused[scattered.id].push_back(calendar.add_working_days(today, -back));
        for (int back : {15, 33, 61})
            unexcused[three.id].push_back(calendar.add_working_days(today, -back));
    }
    const auto is_unexcused = [&](const std::string& id, Date d) {
        const auto it = unexcused.find(id);
        return it != unexcused.end() &&
               std::find(it->second.begin(), it->second.end(), d) != it->second.end();
    };

    // Attendance: every working day up to yesterday. The last kecamatan has
    // recorded nothing for the last two working days (completeness shows it).
    const Date first = today.plus_days(-kDays);
    for (const auto& unit : units) {
        const bool lagging = unit == units.back();
        for (Date d = first; d < today; d = d.plus_days(1)) {
            if (!calendar.is_working_day(d))
                continue;
            if (lagging && calendar.working_days_between(d, today.plus_days(-1)) <= 2)
                continue;
            for (const auto& p : staff[unit]) {
                const int r = roll(p.id + d.iso());
                Attendance a{p.id,
                             d,
                             "HADIR",
                             std::nullopt,
                             std::nullopt,
                             std::nullopt,
                             at_local(d, 8, 5, offset),
                             std::nullopt};
                if (is_unexcused(p.id, d)) {
                    a.status = "TANPA_KETERANGAN";
                } else if (p.id == on_leave.id && d >= today.plus_days(-30) &&
                           d < today.plus_days(-16)) {
                    a.status = "CUTI";
                    a.leave_kind = "CUTI_TAHUNAN";
                } else if (r < 60) {
                    a.status = "TERLAMBAT";
                    a.minutes = 5 + r * 3 % 110;
                } else if (r < 80) {
                    a.status = "PULANG_CEPAT";
                    a.minutes = 10 + r % 70;
                } else if (r < 100) {
                    a.status = "SAKIT";
                } else if (r < 110) {
                    a.status = "IZIN";
                } else if (r < 125) {
                    a.status = "DINAS_LUAR";
                } else if (r < 135) {
                    a.status = "CUTI";
                    a.leave_kind = "CUTI_TAHUNAN";
                }
                if (w.put("attendance", attendance_id(unit, p.id, d), unit, a.to_json()))
                    ++out.attendance;
            }
        }
    }

    // Discipline cases in several states.
    struct CasePlan {
        const char* name;
        const Person* who;
        const char* source;
        const char* level;
        const char* summary;
        std::vector<std::pair<CaseState, int>> steps;  // state, working days ago
        const char* sanction;
    };
    const Person& incident = staff[units[1]].at(9);
    const Person& closed = staff[units[3]].at(6);
    const std::vector<CasePlan> plans = {
        {"runner",
         &runner,
         "TK_INDICATION",
         "BERAT",
         "Tidak masuk kerja 11 hari kerja berturut-turut tanpa keterangan",
         {{CaseState::REPORTED, 6}, {CaseState::UNDER_REVIEW, 5}, {CaseState::SUMMONED_1, 4}},
         nullptr},
        {"incident",
         &incident,
         "INCIDENT",
         "SEDANG",
         "Meninggalkan tugas jaga IGD tanpa izin atasan",
         {{CaseState::REPORTED, 40},
          {CaseState::UNDER_REVIEW, 38},
          {CaseState::SUMMONED_1, 35},
          {CaseState::SUMMONED_2, 25},
          {CaseState::EXAMINED, 16},
          {CaseState::FINDINGS, 14},
          {CaseState::DECIDED, 12}},
         "S1"},
        {"three",
         &three,
         "TK_INDICATION",
         "RINGAN",
         "Tiga hari kerja tidak masuk tanpa keterangan dalam tahun ini",
         {{CaseState::REPORTED, 14},
          {CaseState::UNDER_REVIEW, 13},
          {CaseState::SUMMONED_1, 12},
          {CaseState::SUMMONED_2, 10}},
         nullptr},
        {"closed",
         &closed,
         "INCIDENT",
         "RINGAN",
         "Laporan masyarakat tentang sikap petugas loket",
         {{CaseState::REPORTED, 50},
          {CaseState::UNDER_REVIEW, 48},
          {CaseState::SUMMONED_1, 45},
          {CaseState::EXAMINED, 36},
          {CaseState::FINDINGS, 34},
          {CaseState::NOT_PROVEN, 33},
          {CaseState::CLOSED, 32}},
         nullptr},
    };
    for (const auto& plan : plans) {
        const std::string case_id = demo_id(std::string("case/") + plan.name);
        const Date opened = calendar.add_working_days(today, -plan.steps.front().second);
        const DisciplineCase dc{plan.who->id, at_local(opened, 9, 0, offset),
                                "4f",         plan.level,
                                plan.summary, plan.source};
        if (!w.put("discipline_case", case_id, plan.who->unit, dc.to_json()))
            continue;
        ++out.cases;
        int n = 0;
        for (const auto& [state, ago] : plan.steps) {
            DisciplineEvent e;
            e.case_id = case_id;
            e.step = state;
            e.at = at_local(calendar.add_working_days(today, -ago), 10, n, offset);
            e.actor = "Kepala " + std::string(demo.units.size() > 2 ? "Puskesmas" : "Unit");
            if (state == CaseState::DECIDED && plan.sanction)
                e.sanction = plan.sanction;
            w.put("discipline_event",
                  demo_id(std::string("event/") + plan.name + "/" + std::to_string(n++)),
                  plan.who->unit, e.to_json());
        }
    }

    // The last whole quarter's evaluations: FINAL for most, a few drafts;
    // the first puskesmas gives more Sangat Baik than its curve allows.
    const std::string period = evaluation_period_due(today);
    for (const auto& unit : units)
        for (const auto& p : staff[unit]) {
            const int r = roll("evaluation" + p.id);
            Evaluation e;
            e.employee_id = p.id;
            e.period = period;
            const bool generous = unit == units[0] && r < 300;
            e.hasil_kerja = generous || r < 60 ? Rating::DI_ATAS_EKSPEKTASI
                            : r > 700          ? Rating::DI_BAWAH_EKSPEKTASI
                                               : Rating::SESUAI_EKSPEKTASI;
            e.perilaku =
                generous || r < 40 ? Rating::DI_ATAS_EKSPEKTASI : Rating::SESUAI_EKSPEKTASI;
            for (const auto& value : berakhlak().entries())
                e.values[value.code] = {e.perilaku, "Tercatat di logbook harian"};
            e.state = r > 900 ? EvaluationState::DRAFT : EvaluationState::FINAL;
            e.evaluator = "Kepala unit";
            if (w.put("evaluation", evaluation_id(p.id, period), unit,
                      e.with_derived_predikat().to_json()))
                ++out.evaluations;
        }

    // SKM responses in the last quarter: the first kecamatan has only a few.
    const auto quarter_dates = evaluation_period_dates(period);
    for (std::size_t u = 0; u < units.size(); ++u) {
        const int count = u == 3 ? 12 : 45 + static_cast<int>(u) * 7;
        for (int n = 0; n < count; ++n) {
            const std::string id = demo_id("survey/" + units[u] + "/" + std::to_string(n));
            SurveyResponse s;
            s.unit_id = units[u];
            const auto span =
                quarter_dates->second.days_since_epoch() - quarter_dates->first.days_since_epoch();
            const Date day = quarter_dates->first.plus_days(roll(id) % (span + 1));
            s.collected_at = at_local(day, 10, n % 50, offset);
            for (std::size_t i = 0; i < s.scores.size(); ++i) {
                const int r = roll(id + std::to_string(i));
                // Units differ: the later ones are rated a little lower.
                s.scores[i] = r < 520 - static_cast<int>(u) * 60 ? 4 : r < 940 ? 3 : 2;
            }
            if (w.put("survey_response", id, units[u], s.to_json()))
                ++out.surveys;
        }
    }

    // This year's competency development: none to three trainings each, so
    // that some staff have their 20 JP and the rest show as short.
    const Date new_year = *Date::from_ymd(today.year(), 1, 1);
    const std::int64_t days_so_far = today.days_since_epoch() - new_year.days_since_epoch();
    static const char* const kTitles[] = {"Pelatihan Pencegahan dan Pengendalian Infeksi",
                                          "Pelatihan Pelayanan Prima", "Orientasi SIMPUS",
                                          "Pelatihan Manajemen Puskesmas"};
    static const char* const kKinds[] = {"E_LEARNING", "KLASIKAL", "SEMINAR", "COACHING"};
    static const char* const kCompetencies[] = {"TEKNIS", "SOSIAL_KULTURAL", "TEKNIS",
                                                "MANAJERIAL"};
    static const int kJp[] = {8, 12, 4, 16};
    for (const auto& unit : units)
        for (const auto& p : staff[unit]) {
            const int count = days_so_far > 7 ? roll("training" + p.id) % 4 : 0;
            for (int n = 0; n < count; ++n) {
                const std::string id = demo_id("training/" + p.id + "/" + std::to_string(n));
                const int r = roll(id);
                Training t;
                t.employee_id = p.id;
                t.title = kTitles[r % 4];
                t.kind = kKinds[r % 4];
                t.organiser = r % 2 ? "BPSDM Provinsi" : "Dinas Kesehatan";
                t.end_date = new_year.plus_days(r % (days_so_far - 2));
                t.start_date = t.end_date.plus_days(-(r % 3));
                if (t.start_date < new_year)
                    t.start_date = new_year;
                t.jp = kJp[(r / 4) % 4];
                t.competency = kCompetencies[r % 4];
                w.put("training", id, unit, t.to_json());
            }
        }
    return out;
}

}  // namespace pantau::server
