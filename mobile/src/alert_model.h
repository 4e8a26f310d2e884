// AlertModel: what the home screen asks the supervisor to look at: an
// indication of a PP 94/2021 absence threshold, a discipline case whose time
// limit is near or past, staff still without a final evaluation, staff short
// of their yearly JP of competency development. Each row
// names the page that deals with it and the properties to open it with.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <QVariantMap>
#include <vector>

namespace pantau::mobile {

struct Alert {
    QString kind;  // "pp94", "case_due", "evaluation_due" or "training_short"
    QString title;
    QString detail;
    QString employee_id;
    QString case_id;
    bool overdue = false;
    QString target_page;  // "CaseOpenPage", ...; opened with `core` and `target_properties`
    QVariantMap target_properties;

    bool operator==(const Alert&) const = default;
};

class AlertModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AlertModel belongs to HomeController")

  public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        TitleRole,
        DetailRole,
        EmployeeIdRole,
        CaseIdRole,
        OverdueRole,
        TargetPageRole,
        TargetPropertiesRole,
    };

    explicit AlertModel(QObject* parent = nullptr);

    // Replaces the list; nothing is signalled when it did not change.
    void setAlerts(std::vector<Alert> alerts);
    const std::vector<Alert>& alerts() const { return alerts_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  private:
    std::vector<Alert> alerts_;
};

}  // namespace pantau::mobile
