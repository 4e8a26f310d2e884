#include "attendance_history_model.h"

#include <QStringList>
#include <algorithm>

#include "attendance/attendance_status.h"
#include "attendance/leave_kind.h"
#include "clock/hlc.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "org/timezone.h"
#include "records/catalogue_set.h"

namespace pantau::mobile {

namespace {}  // namespace

AttendanceHistoryModel::AttendanceHistoryModel(QObject* parent) : QAbstractListModel(parent) {}

void AttendanceHistoryModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (types.isEmpty() || types.contains(QStringLiteral("attendance")))
                reload();
        });
        connect(core_, &AppCore::languageChanged, this, &AttendanceHistoryModel::reload);
    }
    emit coreChanged();
    reload();
}

void AttendanceHistoryModel::setEmployeeId(const QString& id) {
    if (id == employee_id_)
        return;
    employee_id_ = id;
    emit keyChanged();
    reload();
}

void AttendanceHistoryModel::setDate(const QString& iso) {
    if (iso == date_)
        return;
    date_ = iso;
    emit keyChanged();
    reload();
}

void AttendanceHistoryModel::reload() {
    const auto day = Date::parse(date_.toStdString());
    if (!core_ || employee_id_.isEmpty() || !day)
        return;
    const std::string id = attendance_id(core_->unit(), employee_id_.toStdString(), *day);
    core_->database().run(
        this,
        [id](store::DeviceStore& s) {
            const std::string me = s.device_id();
            std::vector<AttendanceVersion> versions;
            for (const auto& stored : s.history("attendance", id)) {
                AttendanceVersion v;
                Problems ignored;  // an odd version from elsewhere still belongs to the story
                v.attendance = Attendance::from_json(stored.data, ignored);
                if (const auto hlc = Hlc::parse(stored.version))
                    v.at_ms = static_cast<std::int64_t>(hlc->millis());
                v.by_this_device = stored.origin == me;
                v.deleted = stored.deleted;
                versions.push_back(std::move(v));
            }
            std::reverse(versions.begin(), versions.end());
            return versions;
        },
        [this](std::vector<AttendanceVersion> versions) {
            beginResetModel();
            versions_ = std::move(versions);
            endResetModel();
        });
}

QString AttendanceHistoryModel::when(std::int64_t at_ms) const {
    return core_->momentLabel(at_ms, core_->utcOffsetMinutes());
}

QString AttendanceHistoryModel::detail(const Attendance& a) const {
    QStringList parts;
    if (a.minutes)
        parts << tr("%1 menit").arg(*a.minutes);
    if (a.early_minutes)
        parts << tr("pulang cepat %1 menit").arg(*a.early_minutes);
    if (a.leave_kind) {
        const auto catalogues = current_catalogues();
        const LeaveKind* kind = catalogues->leave_kinds().find(*a.leave_kind);
        parts << (kind ? core_->text(kind->label_id, kind->label_en)
                       : QString::fromStdString(*a.leave_kind));
    }
    if (a.note)
        parts << QString::fromStdString(*a.note);
    return parts.join(QStringLiteral(" · "));
}

int AttendanceHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(versions_.size());
}

QVariant AttendanceHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !core_)
        return {};
    const AttendanceVersion& v = versions_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case StatusRole:
            return QString::fromStdString(v.attendance.status);
        case StatusLabelRole: {
            if (v.deleted)
                return tr("Dihapus");
            const auto catalogues = current_catalogues();
            const AttendanceStatus* s = catalogues->attendance_statuses().find(v.attendance.status);
            return s ? core_->text(s->label_id, s->label_en)
                     : QString::fromStdString(v.attendance.status);
        }
        case DetailRole:
            return v.deleted ? QString() : detail(v.attendance);
        case WhenRole:
            return when(v.at_ms);
        case ByThisDeviceRole:
            return v.by_this_device;
        case ByLabelRole:
            return v.by_this_device ? tr("Perangkat ini") : tr("Perangkat lain");
        case CurrentRole:
            return index.row() == 0;
        default:
            return {};
    }
}

QHash<int, QByteArray> AttendanceHistoryModel::roleNames() const {
    return {{StatusRole, "status"},  {StatusLabelRole, "statusLabel"},   {DetailRole, "detail"},
            {WhenRole, "when"},      {ByThisDeviceRole, "byThisDevice"}, {ByLabelRole, "byLabel"},
            {CurrentRole, "current"}};
}

}  // namespace pantau::mobile
