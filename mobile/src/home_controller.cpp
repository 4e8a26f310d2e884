#include "home_controller.h"

#include <QStringList>
#include <map>
#include <set>

#include "attendance/attendance_status.h"
#include "attendance/work_calendar.h"
#include "clock/uuid.h"
#include "core/json_fields.h"
#include "discipline/discipline_case.h"
#include "discipline/sanction.h"
#include "evaluation/evaluation_period.h"
#include "records/catalogue_set.h"
#include "training/training.h"
#include "training_controller.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// What the cases opened from an indication already cover: employees with
// such a case still open (the alert would only repeat it), and for those
// whose case has ended, the day the latest one of `year` was opened.
struct IndicationsInHand {
    std::set<std::string> open;
    std::map<std::string, Date> ended_opened_on;
};

IndicationsInHand indications_in_hand(store::DeviceStore& store, const std::string& unit_id,
                                      const std::vector<CaseSummary>& summaries, int year,
                                      int utc_offset_minutes) {
    std::map<std::string, const CaseSummary*> summary_of;
    for (const auto& s : summaries)
        summary_of.emplace(s.id, &s);
    IndicationsInHand in_hand;
    for (const auto& record : store.list("discipline_case", unit_id)) {
        if (text_or_empty(record.data, "source") != to_string(CaseSource::TK_INDICATION))
            continue;
        const auto summary = summary_of.find(record.id);
        if (summary == summary_of.end())
            continue;
        const std::string employee = text_or_empty(record.data, "employee_id");
        if (!is_terminal(summary->second->state)) {
            in_hand.open.insert(employee);
            continue;
        }
        const Date opened = local_date(summary->second->opened_at, utc_offset_minutes);
        if (opened.year() != year)
            continue;
        auto [it, added] = in_hand.ended_opened_on.emplace(employee, opened);
        if (!added && it->second < opened)
            it->second = opened;
    }
    return in_hand;
}

bool due_soon(const CaseSummary& c, const Date& today, const Date& soon) {
    if (!c.next_due)
        return false;
    if (c.overdue)
        return true;
    const Date due = c.next_due->date;
    // A NOT_BEFORE limit only matters until it opens; a NOT_AFTER one until it is met.
    if (c.next_due->rule.bound == DeadlineBound::NOT_BEFORE)
        return today <= due && due <= soon;
    return due <= soon;
}

}  // namespace

HomeSnapshot load_home(store::DeviceStore& store, const std::string& unit_id, const Date& today,
                       const std::string& period) {
    HomeSnapshot snapshot;
    const std::vector<RollCallEntry> staff = load_roll_call(store, unit_id, today);
    snapshot.counts = count_day(staff);

    // One set for the whole snapshot, held while it is used.
    const auto catalogues = current_catalogues();
    const std::vector<CaseSummary> cases = load_case_summaries(store, unit_id, today, *catalogues);
    const WorkSchedules schedules = load_work_schedules(store, unit_id);
    const Date soon = schedules.unit_calendar(catalogues->work_calendar(), unit_id)
                          .add_working_days(today, kDueSoonWorkingDays);
    for (const auto& c : cases)
        if (due_soon(c, today, soon))
            snapshot.due_cases.push_back(c);

    // The previous year too, so a run of absences over New Year is seen whole.
    std::map<std::string, std::vector<AttendanceDay>> days_of;
    const Date from = *Date::from_ymd(today.year() - 1, 1, 1);
    for (const auto& record : store.attendance_between(unit_id, from, today)) {
        Problems ignored;
        const Attendance a = Attendance::from_json(record.data, ignored);
        days_of[a.employee_id].push_back(attendance_day(a));
    }
    const IndicationsInHand in_hand = indications_in_hand(store, unit_id, cases, today.year(),
                                                          unit_utc_offset_minutes(store, unit_id));
    for (const auto& e : staff) {
        // PNS by PP 94/2021, PPPK by the instance's bands (PP 49/2018 Pasal 52).
        const auto& thresholds = catalogues->discipline_rules(e.kind).thresholds;
        if (in_hand.open.contains(e.employee_id))
            continue;
        const WorkCalendar calendar =
            schedules.person_calendar(catalogues->work_calendar(), unit_id, e.employee_id);
        const auto& days = days_of[e.employee_id];
        AbsenceIndication indication = indicate_absence(today.year(), days, calendar, thresholds,
                                                        catalogues->attendance_statuses());
        if (!indication.sanction && !indication.consecutive_trigger)
            continue;
        // A case that ended saw the days up to its opening: only what came after is news.
        if (const auto ended = in_hand.ended_opened_on.find(e.employee_id);
            ended != in_hand.ended_opened_on.end()) {
            std::vector<AttendanceDay> seen;
            for (const auto& d : days)
                if (d.date <= ended->second)
                    seen.push_back(d);
            const AbsenceIndication covered = indicate_absence(
                today.year(), seen, calendar, thresholds, catalogues->attendance_statuses());
            if (!indication_is_news(indication, covered, thresholds))
                continue;
        }
        snapshot.absences.push_back({e.employee_id, e.name, std::move(indication)});
    }

    for (const auto& e : staff) {
        const auto evaluation = store.get("evaluation", evaluation_id(e.employee_id, period));
        const bool final = evaluation && !evaluation->deleted &&
                           text_or_empty(evaluation->data, "state") == "FINAL";
        if (!final)
            ++snapshot.without_final_evaluation;
    }

    if (today.month() >= kTrainingReminderMonth) {
        const auto trainings = store.list("training");
        std::vector<TrainingRecord> counted;
        counted.reserve(trainings.size());
        for (const auto& record : trainings)
            counted.push_back({&record.data, record.deleted});
        const auto done = jp_by_employee(today.year(), counted);
        for (const auto& e : staff) {
            const auto employee = store.get("employee", e.employee_id);
            const auto it = done.find(e.employee_id);
            const JpStanding standing =
                jp_standing(it == done.end() ? JpDone{} : it->second,
                            employee ? text_or_empty(employee->data, "kind") : std::string(),
                            training_minimum_catalogue());
            if (standing.is_short())
                snapshot.short_of_jp.push_back({e.employee_id, e.name, standing});
        }
    }
    return snapshot;
}

HomeController::HomeController(QObject* parent) : QObject(parent) {}

void HomeController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, &HomeController::reload);
        connect(core_, &AppCore::sessionChanged, this, [this] {
            emit coreChanged();
            reload();
        });
        connect(core_, &AppCore::todayChanged, this, [this] {
            emit todayChanged();
            reload();
        });
        connect(core_, &AppCore::languageChanged, this, &HomeController::reload);
    }
    emit coreChanged();
    emit todayChanged();
    reload();
}

void HomeController::setActive(bool active) {
    if (active == active_)
        return;
    active_ = active;
    emit activeChanged();
    if (active_ && stale_)
        reload();
}

void HomeController::reload() {
    if (!core_ || !core_->enrolled())
        return;
    if (!active_) {
        stale_ = true;
        return;
    }
    stale_ = false;
    if (loading_) {
        again_ = true;
        return;
    }
    loading_ = true;
    core_->database().run(
        this,
        [unit = core_->unit(), today = core_->today(),
         period = evaluation_period_due(core_->today())](store::DeviceStore& s) {
            return load_home(s, unit, today, period);
        },
        [this](HomeSnapshot snapshot) {
            loading_ = false;
            if (again_) {  // already outdated: load once more instead
                again_ = false;
                reload();
                return;
            }
            show(snapshot);
        });
}

void HomeController::show(const HomeSnapshot& snapshot) {
    if (snapshot.counts != counts_) {
        counts_ = snapshot.counts;
        emit countsChanged();
    }
    // What is already late first, then what the regulation flags, then what is near.
    std::vector<Alert> alerts;
    for (const auto& c : snapshot.due_cases)
        if (c.overdue)
            alerts.push_back(caseAlert(c));
    for (const auto& finding : snapshot.absences)
        alerts.push_back(absenceAlert(finding));
    for (const auto& c : snapshot.due_cases)
        if (!c.overdue)
            alerts.push_back(caseAlert(c));
    if (snapshot.without_final_evaluation > 0)
        alerts.push_back(evaluationAlert(snapshot.without_final_evaluation));
    for (const auto& shortfall : snapshot.short_of_jp)
        alerts.push_back(trainingAlert(shortfall));
    alerts_.setAlerts(std::move(alerts));
}

QString HomeController::sanctionText(const std::string& code) const {
    const auto catalogues = current_catalogues();
    const Sanction* sanction = catalogues->find_sanction(code);
    if (!sanction)
        return qs(code);
    return QStringLiteral("%1 (%2)").arg(
        qs(code), core_->text(sanction->description_id, sanction->description_en));
}

Alert HomeController::absenceAlert(const AbsenceFinding& finding) const {
    const AbsenceIndication& i = finding.indication;
    QStringList lines;
    if (i.sanction)
        lines << tr("Tahun %1: %2 hari kerja tanpa keterangan, terlambat/pulang cepat %3 menit "
                    "(%4 hari); jumlah %5 hari, setara hukuman %6.")
                     .arg(i.year)
                     .arg(i.unexcused_days)
                     .arg(i.lateness_minutes)
                     .arg(i.lateness_days)
                     .arg(i.total_days)
                     .arg(sanctionText(*i.sanction));
    if (i.consecutive_trigger)
        lines << tr("%1 hari kerja berturut-turut tanpa keterangan, setara hukuman %2.")
                     .arg(i.longest_consecutive_run)
                     .arg(sanctionText(i.consecutive_sanction.value_or("")));
    if (i.salary_stop_from)
        lines << tr("Pembayaran gaji dihentikan mulai %1 (PP 94/2021 Pasal 15 ayat (2)); "
                    "beri tahu BKPSDM.")
                     .arg(core_->dateLabel(*i.salary_stop_from));
    lines << tr("Ini indikasi untuk diperiksa, bukan keputusan hukuman.");

    Alert alert;
    alert.kind = QStringLiteral("pp94");
    alert.title = tr("Indikasi pelanggaran jam kerja: %1").arg(qs(finding.name));
    alert.detail = lines.join(QLatin1Char(' '));
    alert.employee_id = qs(finding.employee_id);
    alert.target_page = QStringLiteral("CaseOpenPage");
    alert.target_properties = {{QStringLiteral("employeeId"), alert.employee_id},
                               {QStringLiteral("source"), QStringLiteral("TK_INDICATION")}};
    return alert;
}

Alert HomeController::caseAlert(const CaseSummary& c) const {
    const DeadlineRule& rule = c.next_due->rule;
    const QString date = core_->dateLabel(c.next_due->date);
    QString detail = core_->text(rule.description_id, rule.description_en) + QStringLiteral(". ");
    if (c.overdue)
        detail += tr("Batas waktu %1 sudah lewat.").arg(date);
    else if (rule.bound == DeadlineBound::NOT_BEFORE)
        detail += tr("Dapat dilaksanakan mulai %1.").arg(date);
    else
        detail += tr("Paling lambat %1.").arg(date);

    Alert alert;
    alert.kind = QStringLiteral("case_due");
    alert.title = c.overdue ? tr("Kasus disiplin lewat batas waktu: %1").arg(qs(c.employee_name))
                            : tr("Batas waktu kasus disiplin: %1").arg(qs(c.employee_name));
    alert.detail = detail;
    alert.employee_id = qs(c.employee_id);
    alert.case_id = qs(c.id);
    alert.overdue = c.overdue;
    alert.target_page = QStringLiteral("CasePage");
    alert.target_properties = {{QStringLiteral("caseId"), alert.case_id}};
    return alert;
}

Alert HomeController::evaluationAlert(int missing) const {
    // The quarter that has ended, not the running one (evaluation/evaluation_period.h).
    const QString period = QString::fromStdString(evaluation_period_due(core_->today()));
    Alert alert;
    alert.kind = QStringLiteral("evaluation_due");
    alert.title = tr("Penilaian kinerja %1").arg(period);
    alert.detail = tr("%1 pegawai belum memiliki penilaian final.").arg(missing);
    alert.target_page = QStringLiteral("EvaluationListPage");
    alert.target_properties = {{QStringLiteral("period"), period}};
    return alert;
}

Alert HomeController::trainingAlert(const TrainingShortfall& shortfall) const {
    const JpStanding& s = shortfall.standing;
    const auto jp = [this](double value) { return jp_label(value, core_->english()); };
    Alert alert;
    alert.kind = QStringLiteral("training_short");
    alert.title = tr("JP pengembangan kompetensi belum cukup: %1").arg(qs(shortfall.name));
    alert.detail = tr("Tahun %1: %2 dari %3 JP; kurang %4 JP.")
                       .arg(core_->today().year())
                       .arg(jp(s.done.jp()), jp(s.minimum()), jp(s.short_by()));
    alert.employee_id = qs(shortfall.employee_id);
    alert.target_page = QStringLiteral("TrainingPage");
    alert.target_properties = {{QStringLiteral("employeeId"), alert.employee_id}};
    return alert;
}

}  // namespace pantau::mobile
