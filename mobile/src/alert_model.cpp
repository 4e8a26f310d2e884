#include "alert_model.h"

namespace pantau::mobile {

AlertModel::AlertModel(QObject* parent) : QAbstractListModel(parent) {}

void AlertModel::setAlerts(std::vector<Alert> alerts) {
    if (alerts == alerts_)
        return;
    beginResetModel();
    alerts_ = std::move(alerts);
    endResetModel();
}

int AlertModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(alerts_.size());
}

QVariant AlertModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = alerts_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case KindRole:
            return a.kind;
        case TitleRole:
            return a.title;
        case DetailRole:
            return a.detail;
        case EmployeeIdRole:
            return a.employee_id;
        case CaseIdRole:
            return a.case_id;
        case OverdueRole:
            return a.overdue;
        case TargetPageRole:
            return a.target_page;
        case TargetPropertiesRole:
            return a.target_properties;
        default:
            return {};
    }
}

QHash<int, QByteArray> AlertModel::roleNames() const {
    return {{KindRole, "kind"},
            {TitleRole, "title"},
            {DetailRole, "detail"},
            {EmployeeIdRole, "employeeId"},
            {CaseIdRole, "caseId"},
            {OverdueRole, "overdue"},
            {TargetPageRole, "targetPage"},
            {TargetPropertiesRole, "targetProperties"}};
}

}  // namespace pantau::mobile
