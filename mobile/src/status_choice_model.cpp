#include "status_choice_model.h"

#include <algorithm>

#include "attendance/attendance_status.h"
#include "attendance/leave_kind.h"
#include "records/catalogue_set.h"

namespace pantau::mobile {

StatusChoiceModel::StatusChoiceModel(QObject* parent) : QAbstractListModel(parent) {
    fill();
}

void StatusChoiceModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::languageChanged, this, [this] {
            if (!choices_.empty())
                emit dataChanged(index(0), index(rowCount() - 1), {LabelRole, DetailRole});
            emit selectedChanged();
        });
        connect(core_, &AppCore::cataloguesChanged, this, &StatusChoiceModel::refill);
    }
    refill();  // the set may have changed since the model was made
    emit coreChanged();
    if (!choices_.empty())
        emit dataChanged(index(0), index(rowCount() - 1), {LabelRole, DetailRole});
    emit selectedChanged();
}

void StatusChoiceModel::setKind(Kind kind) {
    if (kind == kind_)
        return;
    kind_ = kind;
    beginResetModel();
    fill();
    endResetModel();
    emit kindChanged();
    setSelected({});
}

void StatusChoiceModel::refill() {
    beginResetModel();
    fill();
    endResetModel();
    // A code the new list lacks is no longer chosen (a replacement keeps every
    // code, so that is only the embedded set coming back).
    const std::string wanted = selected_.toStdString();
    if (std::none_of(choices_.begin(), choices_.end(),
                     [&](const Choice& c) { return c.code == wanted; }))
        selected_.clear();
    emit selectedChanged();
}

void StatusChoiceModel::fill() {
    choices_.clear();
    const auto catalogues = current_catalogues();  // held while its entries are read
    if (kind_ == Kind::Statuses) {
        for (const auto& s : catalogues->attendance_statuses().entries())
            choices_.push_back({s.code,
                                s.label_id,
                                s.label_en,
                                {},
                                {},
                                s.needs_minutes,
                                s.needs_leave_kind,
                                s.links_training,
                                s.early_leave_series.has_value()});
    } else {
        for (const auto& k : catalogues->leave_kinds().entries())
            choices_.push_back({k.code, k.label_id, k.label_en, k.max_length_id, k.max_length_en,
                                false, false, false, false});
    }
}

void StatusChoiceModel::setSelected(const QString& code) {
    if (code == selected_)
        return;
    const std::string wanted = code.toStdString();
    const bool known = std::any_of(choices_.begin(), choices_.end(),
                                   [&](const Choice& c) { return c.code == wanted; });
    if (!code.isEmpty() && !known)
        return;
    const int before = selectedIndex();
    selected_ = code;
    const int after = selectedIndex();
    for (int row : {before, after})
        if (row >= 0)
            emit dataChanged(index(row), index(row), {SelectedRole});
    emit selectedChanged();
}

int StatusChoiceModel::selectedIndex() const {
    const std::string code = selected_.toStdString();
    for (std::size_t i = 0; i < choices_.size(); ++i)
        if (choices_[i].code == code)
            return static_cast<int>(i);
    return -1;
}

QString StatusChoiceModel::selectedLabel() const {
    const int row = selectedIndex();
    if (row < 0)
        return {};
    const Choice& c = choices_[static_cast<std::size_t>(row)];
    return text(c.label_id, c.label_en);
}

QString StatusChoiceModel::selectedDetail() const {
    const int row = selectedIndex();
    if (row < 0)
        return {};
    const Choice& c = choices_[static_cast<std::size_t>(row)];
    return text(c.detail_id, c.detail_en);
}

bool StatusChoiceModel::needsMinutes() const {
    const int row = selectedIndex();
    return row >= 0 && choices_[static_cast<std::size_t>(row)].needs_minutes;
}

bool StatusChoiceModel::needsLeaveKind() const {
    const int row = selectedIndex();
    return row >= 0 && choices_[static_cast<std::size_t>(row)].needs_leave_kind;
}

bool StatusChoiceModel::linksTraining() const {
    const int row = selectedIndex();
    return row >= 0 && choices_[static_cast<std::size_t>(row)].links_training;
}

bool StatusChoiceModel::recordsEarlyLeave() const {
    const int row = selectedIndex();
    return row >= 0 && choices_[static_cast<std::size_t>(row)].early_leave;
}

QString StatusChoiceModel::text(const std::string& id, const std::string& en) const {
    return core_ ? core_->text(id, en) : QString::fromStdString(id);
}

int StatusChoiceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(choices_.size());
}

QVariant StatusChoiceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Choice& c = choices_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case CodeRole:
            return QString::fromStdString(c.code);
        case LabelRole:
            return text(c.label_id, c.label_en);
        case DetailRole:
            return text(c.detail_id, c.detail_en);
        case NeedsMinutesRole:
            return c.needs_minutes;
        case NeedsLeaveKindRole:
            return c.needs_leave_kind;
        case SelectedRole:
            return QString::fromStdString(c.code) == selected_;
        default:
            return {};
    }
}

QHash<int, QByteArray> StatusChoiceModel::roleNames() const {
    return {{CodeRole, "code"},
            {LabelRole, "label"},
            {DetailRole, "detail"},
            {NeedsMinutesRole, "needsMinutes"},
            {NeedsLeaveKindRole, "needsLeaveKind"},
            {SelectedRole, "selected"}};
}

}  // namespace pantau::mobile
