// RollCallModel: the daily roll call of the unit. One row per active
// employee (by name) with what was recorded for the chosen date; a tap marks
// one present, the status sheet records any other status, and the rest of
// the day can be marked present at once. A past day is corrected by choosing
// its date and recording again: every record() is a new version.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app_core.h"
#include "attendance/attendance.h"
#include "core/date.h"
#include "roll_call_day.h"

namespace pantau::mobile {

class RollCallModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString dateLabel READ dateLabel NOTIFY dateChanged)
    Q_PROPERTY(bool canGoForward READ canGoForward NOTIFY dateChanged)
    Q_PROPERTY(bool workingDay READ workingDay NOTIFY workingDayChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int present READ present NOTIFY countsChanged)
    Q_PROPERTY(int late READ late NOTIFY countsChanged)
    Q_PROPERTY(int absent READ absent NOTIFY countsChanged)
    Q_PROPERTY(int onLeave READ onLeave NOTIFY countsChanged)
    Q_PROPERTY(int notRecorded READ notRecorded NOTIFY countsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // Not empty when central HR has closed the day's month: why, and whom to
    // ask. The day can be read, not changed.
    Q_PROPERTY(QString closedText READ closedText NOTIFY closedTextChanged)

  public:
    enum Role {
        EmployeeIdRole = Qt::UserRole + 1,
        NameRole,
        NipRole,
        JabatanRole,
        StatusRole,
        StatusLabelRole,
        MinutesRole,
        LeaveKindRole,
        LeaveKindLabelRole,
        NoteRole,
        RecordedRole,
        PresentRole,
        CategoryRole,      // "present", "late", "absent", "leave" or "" (not recorded)
        DueRole,           // a working day for them (the unit's pattern and their roster)
        ShiftLabelRole,    // the roster's shift that day, or ""
        TrainingIdRole,    // the training a DIKLAT day names; "" for none
        EarlyMinutesRole,  // early-leave minutes of a late day; 0 for none
    };

    explicit RollCallModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString date() const;
    // Takes "YYYY-MM-DD" up to today; "" means today. Other text is ignored.
    void setDate(const QString& iso);
    QString dateLabel() const;
    bool canGoForward() const;
    bool workingDay() const { return working_day_; }
    QString filter() const { return filter_; }
    void setFilter(const QString& filter);

    int present() const { return counts_.present; }
    int late() const { return counts_.late; }
    int absent() const { return counts_.absent; }
    int onLeave() const { return counts_.on_leave; }
    int notRecorded() const { return counts_.not_recorded; }
    const DayCounts& counts() const { return counts_; }
    QString errorText() const { return error_; }
    QString closedText() const { return closed_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString shiftLabel(const std::string& code) const;

    // One tap: the employee came to work.
    Q_INVOKABLE void markPresent(int row);
    // Any status of the catalogue; false (and errorText) when a detail the
    // status needs is missing or out of range. Details the status does not
    // record are dropped; minutes <= 0 and "" mean "not given". A training id
    // is kept on a status that links trainings only; early-leave minutes on
    // a status that records them (TERLAMBAT: a day late and left early).
    Q_INVOKABLE bool setStatus(int row, const QString& status, int minutes,
                               const QString& leaveKind, const QString& note,
                               const QString& trainingId = QString(), int earlyMinutes = 0);
    // Every employee without a record for the day becomes present; returns how many.
    Q_INVOKABLE int markRestPresent();
    Q_INVOKABLE void clearFilter() { setFilter({}); }
    Q_INVOKABLE void clearError();
    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    Q_INVOKABLE void showToday();

  signals:
    void workingDayChanged();
    void coreChanged();
    void dateChanged();
    void filterChanged();
    void countsChanged();
    void errorTextChanged();
    void closedTextChanged();

  private:
    void reload();
    void apply(std::vector<RollCallEntry> entries);
    void setClosed(const QString& text);
    // False, saying why, when the day's period is closed.
    bool mayChange();
    void applyFilter();
    // With `only_empty`, days that have a record in the store by now are left
    // alone: "the rest are present" must not overwrite what a sync just brought.
    void write(std::vector<Attendance> days, bool only_empty);
    void written(const std::vector<Attendance>& days);
    void setError(const QString& text);
    const RollCallEntry* entryAt(int row) const;
    bool matches(const RollCallEntry& entry) const;
    QString statusLabel(const std::string& code) const;
    QString leaveKindLabel(const std::string& code) const;

    AppCore* core_ = nullptr;
    std::optional<Date> date_;
    QString filter_;
    std::vector<RollCallEntry> entries_;  // every employee of the day
    std::vector<std::size_t> visible_;    // rows: indexes into entries_ that match the filter
    DayCounts counts_;
    bool working_day_ = true;  // of the unit, by its week pattern and the holidays
    QString error_;
    QString closed_;
    std::uint64_t generation_ = 0;  // answers of older reloads are dropped
};

}  // namespace pantau::mobile
