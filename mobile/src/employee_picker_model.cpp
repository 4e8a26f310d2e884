#include "employee_picker_model.h"

#include <QCollator>
#include <algorithm>

#include "app_core.h"
#include "discipline/discipline_rule_set.h"
#include "json_text.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

bool matches(const EmployeePickerModel::Employee& e, const QString& filter) {
    return filter.isEmpty() || e.name.contains(filter, Qt::CaseInsensitive) ||
           e.nip.contains(filter);
}

}  // namespace

EmployeePickerModel::EmployeePickerModel(QObject* parent) : QAbstractListModel(parent) {}

void EmployeePickerModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::languageChanged, this, &EmployeePickerModel::selectedChanged);
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (types.isEmpty() || types.contains(QStringLiteral("employee")))
                reload();
        });
    }
    emit coreChanged();
    reload();
}

void EmployeePickerModel::setFilter(const QString& filter) {
    const QString trimmed = filter.trimmed();
    if (trimmed == filter_)
        return;
    filter_ = trimmed;
    emit filterChanged();
    applyFilter();
}

void EmployeePickerModel::setSelectedId(const QString& id) {
    if (id == selected_id_)
        return;
    selected_id_ = id;
    emit selectedChanged();
}

const EmployeePickerModel::Employee* EmployeePickerModel::selected() const {
    const auto it = std::find_if(all_.begin(), all_.end(),
                                 [this](const Employee& e) { return e.id == selected_id_; });
    return it == all_.end() ? nullptr : &*it;
}

QString EmployeePickerModel::selectedName() const {
    const Employee* e = selected();
    return e ? e->name : QString();
}

QString EmployeePickerModel::selectedRuleSet() const {
    const Employee* e = selected();
    return e ? QString::fromStdString(discipline_rule_sets().for_kind(e->kind).rule_set)
             : QString();
}

QString EmployeePickerModel::selectedRuleSetLabel() const {
    const Employee* e = selected();
    if (!e || !core_)
        return {};
    const auto& set = discipline_rule_sets().for_kind(e->kind);
    return core_->text(set.label_id, set.label_en);
}

void EmployeePickerModel::reload() {
    if (!core_)
        return;
    core_->database().run(
        this,
        [unit = core_->unit()](store::DeviceStore& s) {
            std::vector<Employee> staff;
            for (const auto& record : s.list("employee", unit)) {
                if (!flag_or_false(record.data, "active"))
                    continue;
                staff.push_back(
                    {QString::fromStdString(record.id), json_text(record.data, "name"),
                     json_text(record.data, "nip"), json_text(record.data, "jabatan"),
                     employee_kind_from_string(json_text(record.data, "kind").toStdString())
                         .value_or(EmployeeKind::PNS)});
            }
            QCollator collator(QLocale(QLocale::Indonesian));
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::sort(staff.begin(), staff.end(), [&](const Employee& a, const Employee& b) {
                return collator.compare(a.name, b.name) < 0;
            });
            return staff;
        },
        [this](std::vector<Employee> staff) {
            all_ = std::move(staff);
            applyFilter();
            emit selectedChanged();
        });
}

void EmployeePickerModel::applyFilter() {
    std::vector<Employee> rows;
    std::copy_if(all_.begin(), all_.end(), std::back_inserter(rows),
                 [this](const Employee& e) { return matches(e, filter_); });
    const bool count_changed = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (count_changed)
        emit countChanged();
}

int EmployeePickerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant EmployeePickerModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Employee& e = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case EmployeeIdRole:
            return e.id;
        case Qt::DisplayRole:
        case NameRole:
            return e.name;
        case NipRole:
            return e.nip;
        case JabatanRole:
            return e.jabatan;
        default:
            return {};
    }
}

QHash<int, QByteArray> EmployeePickerModel::roleNames() const {
    return {{EmployeeIdRole, "employeeId"},
            {NameRole, "name"},
            {NipRole, "nip"},
            {JabatanRole, "jabatan"}};
}

}  // namespace pantau::mobile
