// AttendanceHistoryModel: every version of one employee's attendance on one
// day that this phone made or received, newest first, so a supervisor sees
// what was corrected, when, and whether on this phone or another.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <cstdint>
#include <vector>

#include "app_core.h"
#include "attendance/attendance.h"

namespace pantau::mobile {

// One stored version of an attendance record.
struct AttendanceVersion {
    Attendance attendance;
    std::int64_t at_ms = 0;  // when the version was made, from its hybrid-clock version
    bool by_this_device = false;
    bool deleted = false;
};

class AttendanceHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString employeeId READ employeeId WRITE setEmployeeId NOTIFY keyChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY keyChanged)

  public:
    enum Role {
        StatusRole = Qt::UserRole + 1,
        StatusLabelRole,
        DetailRole,  // minutes, leave kind and note, as one line
        WhenRole,
        ByThisDeviceRole,
        ByLabelRole,
        CurrentRole,  // the newest version: what the record says now
    };

    explicit AttendanceHistoryModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString employeeId() const { return employee_id_; }
    void setEmployeeId(const QString& id);
    QString date() const { return date_; }
    void setDate(const QString& iso);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void coreChanged();
    void keyChanged();

  private:
    void reload();
    QString when(std::int64_t at_ms) const;
    QString detail(const Attendance& a) const;

    AppCore* core_ = nullptr;
    QString employee_id_;
    QString date_;
    std::vector<AttendanceVersion> versions_;  // newest first
};

}  // namespace pantau::mobile
