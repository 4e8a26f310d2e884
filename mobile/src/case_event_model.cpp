#include "case_event_model.h"

#include <algorithm>

#include "app_core.h"
#include "catalogue_choice_model.h"

namespace pantau::mobile {

CaseEventModel::CaseEventModel(QObject* parent) : QAbstractListModel(parent) {}

void CaseEventModel::show(const AppCore& core, const std::vector<StoredCaseEvent>& events,
                          int utc_offset_minutes) {
    std::vector<CaseEventRow> rows;
    for (const auto& stored : events) {
        const DisciplineEvent& e = stored.event;
        CaseEventRow row;
        row.id = QString::fromStdString(stored.id);
        row.step_code = QString::fromStdString(std::string(to_string(e.step)));
        const BilingualText step = case_state_text(e.step);
        row.step_label = core.text(step.id, step.en);
        row.when = core.momentLabel(e.at, utc_offset_minutes);
        // Steps of this phone's user read by name; others' by their account.
        row.actor = e.actor == core.actor() && !core.userName().isEmpty()
                        ? core.userName()
                        : QString::fromStdString(e.actor);
        QStringList documents;
        for (const auto& d : e.documents) {
            const BilingualText kind = document_kind_text(d.kind);
            QString line = tr("%1 nomor %2")
                               .arg(core.text(kind.id, kind.en), QString::fromStdString(d.number));
            if (d.date)
                line += QStringLiteral(", ") + core.dateLabel(*d.date);
            documents << line;
        }
        row.documents = documents.join(QLatin1Char('\n'));
        row.note = QString::fromStdString(e.note.value_or(""));
        row.sanction_label = e.sanction ? sanction_label(core, *e.sanction) : QString();
        row.correction = e.is_correction();
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

void CaseEventModel::setRows(std::vector<CaseEventRow> rows) {
    if (rows == rows_)
        return;
    const bool extends =
        rows.size() > rows_.size() && std::equal(rows_.begin(), rows_.end(), rows.begin());
    if (extends) {
        beginInsertRows({}, count(), static_cast<int>(rows.size()) - 1);
        rows_ = std::move(rows);
        endInsertRows();
    } else {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    emit countChanged();
}

int CaseEventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CaseEventModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseEventRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case StepCodeRole:
            return r.step_code;
        case Qt::DisplayRole:
        case StepLabelRole:
            return r.step_label;
        case WhenRole:
            return r.when;
        case ActorRole:
            return r.actor;
        case DocumentsRole:
            return r.documents;
        case NoteRole:
            return r.note;
        case SanctionLabelRole:
            return r.sanction_label;
        case CorrectionRole:
            return r.correction;
        default:
            return {};
    }
}

QHash<int, QByteArray> CaseEventModel::roleNames() const {
    return {{StepCodeRole, "stepCode"},
            {StepLabelRole, "stepLabel"},
            {WhenRole, "when"},
            {ActorRole, "actor"},
            {DocumentsRole, "documents"},
            {NoteRole, "note"},
            {SanctionLabelRole, "sanctionLabel"},
            {CorrectionRole, "correction"}};
}

}  // namespace pantau::mobile
