// TrainingController: recording an employee's competency development (a
// course, an e-learning, coaching, ...) on the phone, offline like the roll
// call, and what the employee did this year against the minimum JP. The
// record is checked with the same rule the server uses before it enters the
// outbox. The status sheet uses `trainings` to let a DIKLAT day name one.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QVariantList>
#include <string>
#include <utility>
#include <vector>

#include "store/device_store.h"
#include "training/training.h"
#include "training/training_hours.h"

namespace pantau::mobile {

class AppCore;

// JP as the language writes them: "19,5" in Indonesian, "19.5" in English.
QString jp_label(double jp, bool english);

// What the phone holds about one employee's trainings, read on the database thread.
struct EmployeeTrainings {
    std::string employee_kind;                              // "PNS", "PPPK"; "" when unknown
    std::vector<std::pair<std::string, Training>> records;  // id and training, latest end first
    JpStanding year;                                        // of the year asked for
};

EmployeeTrainings load_employee_trainings(store::DeviceStore& store, const std::string& employee_id,
                                          int year);

class TrainingController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString employeeId READ employeeId WRITE setEmployeeId NOTIFY employeeIdChanged)
    // [{code, label}] of the training kinds and of the competencies, for the choice boxes.
    Q_PROPERTY(QVariantList kinds READ kinds NOTIFY labelsChanged)
    Q_PROPERTY(QVariantList competencies READ competencies NOTIFY labelsChanged)
    // [{code: id, label}] of the employee's trainings, the latest first.
    Q_PROPERTY(QVariantList trainings READ trainings NOTIFY trainingsChanged)
    // "JP 2026: 12 dari 20, kurang 8"; "" before an employee is chosen.
    Q_PROPERTY(QString yearLabel READ yearLabel NOTIFY trainingsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

  public:
    explicit TrainingController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString employeeId() const { return employee_id_; }
    void setEmployeeId(const QString& id);
    QVariantList kinds() const;
    QVariantList competencies() const;
    QVariantList trainings() const;
    QString yearLabel() const;
    QString errorText() const { return error_; }
    bool busy() const { return busy_; }

    // Records a training of employeeId; returns its new id, or "" with
    // errorText set. Dates are YYYY-MM-DD, JP a number with at most one
    // decimal ("2,5" or "2.5"); an empty certificate number records none.
    // `recorded` follows once stored.
    Q_INVOKABLE QString record(const QString& title, const QString& kind, const QString& organiser,
                               const QString& startDate, const QString& endDate, const QString& jp,
                               const QString& competency, const QString& certificateNumber);

  signals:
    void coreChanged();
    void employeeIdChanged();
    void labelsChanged();
    void trainingsChanged();
    void errorTextChanged();
    void busyChanged();
    void recorded(const QString& trainingId);

  private:
    void reload();
    void setError(const QString& message);
    void setBusy(bool busy);

    AppCore* core_ = nullptr;
    QString employee_id_;
    EmployeeTrainings loaded_;
    bool has_loaded_ = false;
    QString error_;
    bool busy_ = false;
};

}  // namespace pantau::mobile
