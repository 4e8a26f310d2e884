// EmployeePickerModel: the unit's active employees by name, narrowed by what
// the supervisor types (part of a name or NIP), with the one picked. Forms
// that concern one employee (opening a case, an evaluation) choose with it.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "org/employee_kind.h"

namespace pantau::mobile {

class AppCore;

class EmployeePickerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectedChanged)
    // The discipline rules the picked employee is judged by ("PP94" for PNS,
    // "PPPK"), and their name in the app's language; empty while not found.
    Q_PROPERTY(QString selectedRuleSet READ selectedRuleSet NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedRuleSetLabel READ selectedRuleSetLabel NOTIFY selectedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role { EmployeeIdRole = Qt::UserRole + 1, NameRole, NipRole, JabatanRole };

    struct Employee {
        QString id;
        QString name;
        QString nip;
        QString jabatan;
        EmployeeKind kind = EmployeeKind::PNS;
    };

    explicit EmployeePickerModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString filter() const { return filter_; }
    void setFilter(const QString& filter);
    QString selectedId() const { return selected_id_; }
    void setSelectedId(const QString& id);
    // Empty while the picked employee is not (yet) among the unit's active staff.
    QString selectedName() const;
    QString selectedRuleSet() const;
    QString selectedRuleSetLabel() const;
    int count() const { return static_cast<int>(rows_.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void coreChanged();
    void filterChanged();
    void selectedChanged();
    void countChanged();

  private:
    void reload();
    void applyFilter();
    // The picked employee among the unit's active staff, or nullptr.
    const Employee* selected() const;

    AppCore* core_ = nullptr;
    QString filter_;
    QString selected_id_;
    std::vector<Employee> all_;   // active staff, by name
    std::vector<Employee> rows_;  // those matching the filter
};

}  // namespace pantau::mobile
