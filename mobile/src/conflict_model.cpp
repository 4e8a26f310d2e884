#include "conflict_model.h"

#include <QDateTime>

#include "json_text.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

// The fields a person compares, in a stable order.
QString brief(const json& data) {
    QStringList parts;
    for (const char* key : {"status", "minutes", "leave_kind", "note", "state", "hasil_kerja",
                            "feedback", "summary", "article"}) {
        if (!data.is_object() || !data.contains(key) || data[key].is_null())
            continue;
        const json& v = data[key];
        parts << QString::fromStdString(v.is_string() ? v.get<std::string>() : v.dump());
    }
    return parts.join(QStringLiteral(" · "));
}

}  // namespace

ConflictModel::ConflictModel(QObject* parent) : QAbstractListModel(parent) {}

void ConflictModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_)
        connect(core_, &AppCore::recordsChanged, this, &ConflictModel::reload);
    emit coreChanged();
    reload();
}

void ConflictModel::reload() {
    if (!core_)
        return;
    const bool english = core_->english();
    core_->database().run(
        this,
        [english](store::DeviceStore& s) {
            std::vector<ConflictRow> rows;
            for (const auto& c : s.conflicts()) {
                ConflictRow row;
                row.seq = c.seq;
                row.type_label = AppCore::typeLabel(c.type, english);
                QString who;
                if (const auto e = s.get("employee", text_or_empty(c.local_data, "employee_id")))
                    who = json_text(e->data, "name");
                if (!who.isEmpty())
                    row.type_label += QStringLiteral(" · ") + who;
                row.mine = brief(c.local_data);
                row.theirs = brief(c.remote_data);
                row.when = QDateTime::fromMSecsSinceEpoch(c.detected_at)
                               .toString(QStringLiteral("dd-MM-yyyy HH:mm"));
                rows.push_back(std::move(row));
            }
            return rows;
        },
        [this](std::vector<ConflictRow> rows) {
            beginResetModel();
            rows_ = std::move(rows);
            endResetModel();
        });
}

void ConflictModel::accept(int row) {
    settle(row, false);
}

void ConflictModel::keepMine(int row) {
    settle(row, true);
}

void ConflictModel::settle(int row, bool keep_mine) {
    if (!core_ || row < 0 || row >= rowCount())
        return;
    const qint64 seq = rows_[static_cast<std::size_t>(row)].seq;
    const qint64 now = core_->nowMs();
    core_->database().run(
        this,
        [seq, now, keep_mine](store::DeviceStore& s) {
            for (const auto& c : s.conflicts()) {
                if (c.seq != seq)
                    continue;
                if (keep_mine) {
                    const auto current = s.get(c.type, c.record_id);
                    if (!current)
                        return false;
                    if (!s.record({c.type, c.record_id, current->unit_id, c.local_data}, now))
                        return false;
                }
                return s.resolve_conflict(seq).ok();
            }
            return false;
        },
        [this, keep_mine](bool) {
            core_->notifyRecordsChanged({});
            if (keep_mine)
                core_->sync()->syncNow();
        });
}

int ConflictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case SeqRole:
            return r.seq;
        case TypeLabelRole:
            return r.type_label;
        case MineRole:
            return r.mine;
        case TheirsRole:
            return r.theirs;
        case WhenRole:
            return r.when;
        default:
            return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const {
    return {{SeqRole, "seq"},
            {TypeLabelRole, "typeLabel"},
            {MineRole, "mine"},
            {TheirsRole, "theirs"},
            {WhenRole, "when"}};
}

}  // namespace pantau::mobile
