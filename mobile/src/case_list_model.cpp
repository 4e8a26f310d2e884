#include "case_list_model.h"

#include <algorithm>
#include <utility>

#include "app_core.h"
#include "catalogue_choice_model.h"

namespace pantau::mobile {

namespace {

const QString kOpen = QStringLiteral("open");
const QString kDecided = QStringLiteral("decided");
const QString kClosed = QStringLiteral("closed");

// What needs the supervisor soonest comes first.
bool comes_before(const CaseSummary& a, const CaseSummary& b) {
    if (a.overdue != b.overdue)
        return a.overdue;
    if (a.next_due.has_value() != b.next_due.has_value())
        return a.next_due.has_value();
    if (a.next_due && a.next_due->date != b.next_due->date)
        return a.next_due->date < b.next_due->date;
    if (a.opened_at != b.opened_at)
        return a.opened_at > b.opened_at;
    return a.id < b.id;
}

bool touches_cases(const QStringList& types) {
    return types.isEmpty() || types.contains(QStringLiteral("discipline_case")) ||
           types.contains(QStringLiteral("discipline_event")) ||
           types.contains(QStringLiteral("employee"));
}

}  // namespace

CaseListModel::CaseListModel(QObject* parent) : QAbstractListModel(parent) {}

void CaseListModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (touches_cases(types))
                reload();
        });
        connect(core_, &AppCore::languageChanged, this, &CaseListModel::applyFilter);
        connect(core_, &AppCore::todayChanged, this, &CaseListModel::reload);
    }
    emit coreChanged();
    reload();
}

void CaseListModel::setStateFilter(const QString& filter) {
    if (filter == state_filter_)
        return;
    state_filter_ = filter;
    emit stateFilterChanged();
    applyFilter();
}

bool CaseListModel::passes(const CaseSummary& summary) const {
    if (state_filter_ == kOpen)
        return !is_terminal(summary.state);
    if (state_filter_ == kDecided)
        return is_decided(summary.state) && !is_terminal(summary.state);
    if (state_filter_ == kClosed)
        return is_terminal(summary.state);
    return true;
}

void CaseListModel::reload() {
    if (!core_)
        return;
    core_->database().run(
        this,
        [unit = core_->unit(), today = core_->today()](store::DeviceStore& s) {
            auto summaries = load_case_summaries(s, unit, today);
            std::sort(summaries.begin(), summaries.end(), comes_before);
            return std::make_pair(std::move(summaries), unit_utc_offset_minutes(s, unit));
        },
        [this](std::pair<std::vector<CaseSummary>, int> loaded) {
            all_ = std::move(loaded.first);
            utc_offset_minutes_ = loaded.second;
            loaded_ = true;
            applyFilter();
        });
}

void CaseListModel::applyFilter() {
    std::vector<CaseSummary> rows;
    std::copy_if(all_.begin(), all_.end(), std::back_inserter(rows),
                 [this](const CaseSummary& s) { return passes(s); });
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

QString CaseListModel::dueLabel(const CaseSummary& summary) const {
    if (!summary.next_due)
        return {};
    const QString date = core_->dateLabel(summary.next_due->date);
    if (summary.overdue)
        return tr("Lewat batas %1").arg(date);
    if (summary.next_due->rule.bound == DeadlineBound::NOT_BEFORE)
        return tr("Paling cepat %1").arg(date);
    return tr("Paling lambat %1").arg(date);
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!core_ ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseSummary& s = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case CaseIdRole:
            return QString::fromStdString(s.id);
        case Qt::DisplayRole:
        case EmployeeNameRole:
            return s.employee_name.empty() ? QString::fromStdString(s.employee_id)
                                           : QString::fromStdString(s.employee_name);
        case ArticleLabelRole:
            return article_label(*core_, s.article, s.rule_set);
        case StateCodeRole:
            return QString::fromUtf8(to_string(s.state).data());
        case StateLabelRole: {
            const BilingualText text = case_state_text(s.state);
            return core_->text(text.id, text.en);
        }
        case DueLabelRole:
            return dueLabel(s);
        case OverdueRole:
            return s.overdue;
        case OpenedLabelRole:
            return tr("Dibuka %1")
                .arg(core_->dateLabel(local_date(s.opened_at, utc_offset_minutes_)));
        default:
            return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
    return {{CaseIdRole, "caseId"},
            {EmployeeNameRole, "employeeName"},
            {ArticleLabelRole, "articleLabel"},
            {StateCodeRole, "stateCode"},
            {StateLabelRole, "stateLabel"},
            {DueLabelRole, "dueLabel"},
            {OverdueRole, "overdue"},
            {OpenedLabelRole, "openedLabel"}};
}

}  // namespace pantau::mobile
