// HomeController: the home screen's figures. Today's roll-call counts (the
// same numbers as the roll call), and the alerts: PP 94/2021 absence
// indications, discipline cases near or past a time limit, and how many
// staff still lack a final evaluation for the last quarter that has ended
// (evaluation/evaluation_period.h: the running one is not yet due), and from October the
// staff still short of their yearly JP of competency development. Everything is read on the
// database thread and re-read when records, the date or the language change.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "alert_model.h"
#include "app_core.h"
#include "attendance/pp94_indication.h"
#include "case_summaries.h"
#include "roll_call_day.h"
#include "training/training_hours.h"

namespace pantau::mobile {

// An active employee whose attendance this year reaches a PP 94 threshold.
struct AbsenceFinding {
    std::string employee_id;
    std::string name;
    AbsenceIndication indication;
};

// An active employee short of the yearly minimum JP (training/training_hours.h).
struct TrainingShortfall {
    std::string employee_id;
    std::string name;
    JpStanding standing;
};

// What the home screen shows, read in one job on the database thread.
struct HomeSnapshot {
    DayCounts counts;
    std::vector<AbsenceFinding> absences;
    std::vector<CaseSummary> due_cases;  // next limit within kDueSoonWorkingDays, or past
    int without_final_evaluation = 0;
    std::vector<TrainingShortfall> short_of_jp;  // from kTrainingReminderMonth on
};

inline constexpr int kDueSoonWorkingDays = 3;
// Staff short of their JP show from 1 October: the last quarter still leaves
// time to send them to a training (or to record the ones not yet recorded)
// before the year closes, while earlier in the year nearly everyone is still
// short and the list would only be noise.
inline constexpr int kTrainingReminderMonth = 10;

// `period`: the evaluation period whose missing final evaluations are counted.
HomeSnapshot load_home(store::DeviceStore& store, const std::string& unit_id, const Date& today,
                       const std::string& period);

class HomeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY coreChanged)
    Q_PROPERTY(QString todayLabel READ todayLabel NOTIFY todayChanged)
    Q_PROPERTY(int present READ present NOTIFY countsChanged)
    Q_PROPERTY(int late READ late NOTIFY countsChanged)
    Q_PROPERTY(int absent READ absent NOTIFY countsChanged)
    Q_PROPERTY(int onLeave READ onLeave NOTIFY countsChanged)
    Q_PROPERTY(int notRecorded READ notRecorded NOTIFY countsChanged)
    Q_PROPERTY(pantau::mobile::AlertModel* alerts READ alerts CONSTANT)
    // False while another page covers the home page: changes then only mark
    // it stale, and it reloads once when it shows again.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

  public:
    explicit HomeController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString unitName() const { return core_ ? core_->unitName() : QString(); }
    QString todayLabel() const { return core_ ? core_->todayLabel() : QString(); }
    int present() const { return counts_.present; }
    int late() const { return counts_.late; }
    int absent() const { return counts_.absent; }
    int onLeave() const { return counts_.on_leave; }
    int notRecorded() const { return counts_.not_recorded; }
    AlertModel* alerts() { return &alerts_; }
    bool active() const { return active_; }
    void setActive(bool active);

  signals:
    void coreChanged();
    void todayChanged();
    void countsChanged();
    void activeChanged();

  private:
    void reload();
    void show(const HomeSnapshot& snapshot);
    Alert absenceAlert(const AbsenceFinding& finding) const;
    Alert caseAlert(const CaseSummary& summary) const;
    Alert evaluationAlert(int missing) const;
    Alert trainingAlert(const TrainingShortfall& shortfall) const;
    QString sanctionText(const std::string& code) const;

    AppCore* core_ = nullptr;
    AlertModel alerts_;
    DayCounts counts_;
    // The indications read two years of attendance: a burst of edits (a roll
    // call) runs at most one load behind the one in flight, not one per edit.
    bool loading_ = false;
    bool again_ = false;
    bool active_ = true;
    bool stale_ = false;
};

}  // namespace pantau::mobile
