#include "evaluation_list_model.h"

#include <QVariantMap>
#include <algorithm>

#include "app_core.h"
#include "clock/uuid.h"
#include "evaluation/evaluation_period.h"
#include "json_text.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

EvaluationListModel::EvaluationListModel(QObject* parent) : QAbstractListModel(parent) {}

void EvaluationListModel::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (types.isEmpty() || types.contains(QStringLiteral("evaluation")) ||
                types.contains(QStringLiteral("employee")))
                reload();
        });
        connect(core_, &AppCore::languageChanged, this, [this] {
            emit periodChanged();
            emit periodsChanged();
            if (!rows_.empty())
                emit dataChanged(index(0), index(rowCount() - 1),
                                 {StateLabelRole, PredikatLabelRole});
        });
        connect(core_, &AppCore::todayChanged, this, &EvaluationListModel::periodsChanged);
        if (period_.isEmpty())
            period_ = core_->currentPeriod();
    }
    emit coreChanged();
    emit periodChanged();
    emit periodsChanged();
    reload();
}

void EvaluationListModel::setPeriod(const QString& period) {
    if (period == period_ || !evaluation_period_kind(period.toStdString()))
        return;
    period_ = period;
    emit periodChanged();
    reload();
}

QVariantList EvaluationListModel::periods() const {
    if (!core_)
        return {};
    // The running quarter, the one that ended last (the one due, which the
    // home alert opens) and the year.
    const QString quarter = core_->currentPeriod();
    const QString due = QString::fromStdString(evaluation_period_due(core_->today()));
    const QString year = quarter.left(4);
    return {
        QVariantMap{{QStringLiteral("period"), quarter},
                    {QStringLiteral("label"), labelOfPeriod(quarter)}},
        QVariantMap{{QStringLiteral("period"), due}, {QStringLiteral("label"), labelOfPeriod(due)}},
        QVariantMap{{QStringLiteral("period"), year},
                    {QStringLiteral("label"), labelOfPeriod(year)}}};
}

QString EvaluationListModel::labelOfPeriod(const QString& period) {
    static const QStringList kRoman = {QStringLiteral("I"), QStringLiteral("II"),
                                       QStringLiteral("III"), QStringLiteral("IV")};
    switch (evaluation_period_kind(period.toStdString()).value_or(PeriodKind::MONTHLY)) {
        case PeriodKind::ANNUAL:
            return tr("Tahun %1").arg(period);
        case PeriodKind::QUARTERLY:
            return tr("Triwulan %1 %2").arg(kRoman[period.mid(6, 1).toInt() - 1], period.left(4));
        case PeriodKind::MONTHLY:
            return period;
    }
    return period;
}

QString EvaluationListModel::stateLabel(const std::optional<EvaluationState>& state) {
    if (!state)
        return tr("Belum dinilai");
    return *state == EvaluationState::FINAL ? tr("Final") : tr("Draf");
}

int EvaluationListModel::countState(const std::optional<EvaluationState>& state) const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [&](const auto& r) { return r.state == state; }));
}

int EvaluationListModel::notStarted() const {
    return countState(std::nullopt);
}

int EvaluationListModel::drafts() const {
    return countState(EvaluationState::DRAFT);
}

int EvaluationListModel::finals() const {
    return countState(EvaluationState::FINAL);
}

void EvaluationListModel::reload() {
    if (!core_ || period_.isEmpty())
        return;
    const std::string unit = core_->unit();
    const std::string period = period_.toStdString();
    core_->database().run(
        this,
        [unit, period](store::DeviceStore& s) {
            std::vector<EvaluationListRow> rows;
            for (const auto& e : s.list("employee", unit)) {
                if (e.deleted || !flag_or_false(e.data, "active"))
                    continue;
                EvaluationListRow row;
                row.employee_id = QString::fromStdString(e.id);
                row.name = json_text(e.data, "name");
                row.nip = json_text(e.data, "nip");
                row.jabatan = json_text(e.data, "jabatan");
                if (const auto stored = s.get("evaluation", evaluation_id(e.id, period));
                    stored && !stored->deleted) {
                    Problems ignored;
                    const Evaluation evaluation = Evaluation::from_json(stored->data, ignored);
                    row.state = evaluation.state;
                    // A draft's predikat is what its ratings give so far.
                    row.predikat = evaluation.predikat.value_or(
                        predikat(evaluation.hasil_kerja, evaluation.perilaku));
                }
                rows.push_back(std::move(row));
            }
            std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
                const int order = a.name.localeAwareCompare(b.name);
                return order != 0 ? order < 0 : a.employee_id < b.employee_id;
            });
            return rows;
        },
        [this, period = period_](std::vector<EvaluationListRow> rows) {
            if (period == period_)
                replace(std::move(rows));
        });
}

void EvaluationListModel::replace(std::vector<EvaluationListRow> rows) {
    const bool same_people =
        std::equal(rows.begin(), rows.end(), rows_.begin(), rows_.end(),
                   [](const auto& a, const auto& b) { return a.employee_id == b.employee_id; });
    if (!same_people) {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
        emit countsChanged();
        return;
    }
    bool any = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == rows_[i])
            continue;
        rows_[i] = std::move(rows[i]);
        const QModelIndex at = index(static_cast<int>(i));
        emit dataChanged(at, at);
        any = true;
    }
    if (any)
        emit countsChanged();
}

int EvaluationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant EvaluationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvaluationListRow& r = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case EmployeeIdRole:
            return r.employee_id;
        case NameRole:
            return r.name;
        case NipRole:
            return r.nip;
        case JabatanRole:
            return r.jabatan;
        case StateCodeRole:
            return r.state ? qs(to_string(*r.state)) : QString();
        case StateLabelRole:
            return stateLabel(r.state);
        case PredikatLabelRole:
            return r.predikat && core_ ? core_->text(label_id(*r.predikat), label_en(*r.predikat))
                                       : QString();
        default:
            return {};
    }
}

QHash<int, QByteArray> EvaluationListModel::roleNames() const {
    return {{EmployeeIdRole, "employeeId"},
            {NameRole, "name"},
            {NipRole, "nip"},
            {JabatanRole, "jabatan"},
            {StateCodeRole, "stateCode"},
            {StateLabelRole, "stateLabel"},
            {PredikatLabelRole, "predikatLabel"}};
}

}  // namespace pantau::mobile
