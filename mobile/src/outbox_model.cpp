#include "outbox_model.h"

#include <QDateTime>

#include "core/json_fields.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

// The server's reason in the app's language. A server older than the
// bilingual reasons sends English only: the app says so in Indonesian and
// shows it as a detail.
QString rejection_text(const store::OutboxEntry& entry, bool english) {
    const QString en = QString::fromStdString(entry.rejected_reason.value_or(""));
    if (english)
        return en;
    if (entry.rejected_reason_id && !entry.rejected_reason_id->empty())
        return QString::fromStdString(*entry.rejected_reason_id);
    return OutboxModel::tr("alasan hanya dikirim dalam bahasa Inggris (%1)").arg(en);
}

// What a person needs to recognise a change: whose record, and what it says.
QString describe(store::DeviceStore& s, const sync::Change& c, bool english) {
    QString who;
    if (const std::string employee = text_or_empty(c.data, "employee_id"); !employee.empty()) {
        if (const auto e = s.get("employee", employee))
            who = QString::fromStdString(text_or_empty(e->data, "name"));
    }
    QStringList parts;
    if (!who.isEmpty())
        parts << who;
    for (const char* key : {"status", "date", "period", "state", "step", "article"})
        if (const std::string value = text_or_empty(c.data, key); !value.empty())
            parts << QString::fromStdString(value);
    if (c.type == "survey_response")
        parts << (english ? QStringLiteral("survey answers") : QStringLiteral("jawaban survei"));
    if (c.deleted)
        parts << (english ? QStringLiteral("deleted") : QStringLiteral("dihapus"));
    return parts.join(QStringLiteral(" · "));
}

void fix_target(OutboxRow& row, const sync::Change& c) {
    if (c.type == "attendance") {
        row.fix_page = QStringLiteral("RollCallPage");
        row.fix_properties = {
            {QStringLiteral("date"), QString::fromStdString(text_or_empty(c.data, "date"))}};
    } else if (c.type == "discipline_case") {
        row.fix_page = QStringLiteral("CasePage");
        row.fix_properties = {{QStringLiteral("caseId"), QString::fromStdString(c.id)}};
    } else if (c.type == "discipline_event") {
        row.fix_page = QStringLiteral("CasePage");
        row.fix_properties = {
            {QStringLiteral("caseId"), QString::fromStdString(text_or_empty(c.data, "case_id"))}};
    } else if (c.type == "evaluation") {
        row.fix_page = QStringLiteral("EvaluationPage");
        row.fix_properties = {
            {QStringLiteral("employeeId"),
             QString::fromStdString(text_or_empty(c.data, "employee_id"))},
            {QStringLiteral("period"), QString::fromStdString(text_or_empty(c.data, "period"))}};
    }
}

}  // namespace

OutboxModel::OutboxModel(QObject* parent) : QAbstractListModel(parent) {}

void OutboxModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, &OutboxModel::reload);
        connect(core_, &AppCore::languageChanged, this, &OutboxModel::reload);
    }
    emit coreChanged();
    reload();
}

int OutboxModel::rejectedCount() const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const OutboxRow& r) { return r.rejected; }));
}

int OutboxModel::waitingCount() const {
    return static_cast<int>(rows_.size()) - rejectedCount();
}

void OutboxModel::reload() {
    if (!core_)
        return;
    const bool english = core_->english();
    core_->database().run(
        this,
        [english](store::DeviceStore& s) {
            std::vector<OutboxRow> rows;
            for (const auto& entry : s.outbox()) {
                const auto& c = entry.change;
                OutboxRow row;
                row.seq = entry.seq;
                row.type = QString::fromStdString(c.type);
                row.record_id = QString::fromStdString(c.id);
                row.type_label = AppCore::typeLabel(c.type, english);
                row.summary = describe(s, c, english);
                row.when = QDateTime::fromMSecsSinceEpoch(entry.created_at)
                               .toString(QStringLiteral("dd-MM-yyyy HH:mm"));
                row.rejected = entry.rejected_reason.has_value();
                row.reason = rejection_text(entry, english);
                fix_target(row, c);
                rows.push_back(std::move(row));
            }
            // What needs a person comes first.
            std::stable_partition(rows.begin(), rows.end(),
                                  [](const OutboxRow& r) { return r.rejected; });
            return rows;
        },
        [this](std::vector<OutboxRow> rows) {
            beginResetModel();
            rows_ = std::move(rows);
            endResetModel();
            emit countsChanged();
        });
}

void OutboxModel::resend(int row) {
    if (!core_ || row < 0 || row >= rowCount() || !rows_[static_cast<std::size_t>(row)].rejected)
        return;
    const qint64 seq = rows_[static_cast<std::size_t>(row)].seq;
    const qint64 now = core_->nowMs();
    core_->database().run(
        this,
        [seq, now](store::DeviceStore& s) {
            for (const auto& entry : s.rejected()) {
                if (entry.seq != seq)
                    continue;
                const auto& c = entry.change;
                if (!s.record({c.type, c.id, c.unit_id, c.data, c.deleted}, now))
                    return false;
                return s.dismiss_rejected(seq).ok();
            }
            return false;
        },
        [this](bool) {
            core_->notifyRecordsChanged({});
            core_->sync()->syncNow();
        });
}

void OutboxModel::discard(int row) {
    if (!core_ || row < 0 || row >= rowCount() || !rows_[static_cast<std::size_t>(row)].rejected)
        return;
    const qint64 seq = rows_[static_cast<std::size_t>(row)].seq;
    core_->database().run(
        this, [seq](store::DeviceStore& s) { return s.dismiss_rejected(seq).ok(); },
        [this](bool) { core_->notifyRecordsChanged({}); });
}

int OutboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case SeqRole:
            return r.seq;
        case TypeLabelRole:
            return r.type_label;
        case SummaryRole:
            return r.summary;
        case WhenRole:
            return r.when;
        case RejectedRole:
            return r.rejected;
        case ReasonRole:
            return r.reason;
        case FixPageRole:
            return r.fix_page;
        case FixPropertiesRole:
            return r.fix_properties;
        default:
            return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const {
    return {{SeqRole, "seq"},         {TypeLabelRole, "typeLabel"},        {SummaryRole, "summary"},
            {WhenRole, "when"},       {RejectedRole, "rejected"},          {ReasonRole, "reason"},
            {FixPageRole, "fixPage"}, {FixPropertiesRole, "fixProperties"}};
}

}  // namespace pantau::mobile
