// EvaluationListModel: the unit's active staff, by name, with where each
// one's performance evaluation stands for a period (a quarter, or the
// year): not started, draft, or final, and the predikat it gives so far.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <QVariantList>
#include <optional>
#include <vector>

#include "evaluation/evaluation.h"

namespace pantau::mobile {

class AppCore;

struct EvaluationListRow {
    QString employee_id;
    QString name;
    QString nip;
    QString jabatan;
    std::optional<EvaluationState> state;  // nullopt: not started
    std::optional<Predikat> predikat;

    bool operator==(const EvaluationListRow&) const = default;
};

class EvaluationListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY periodChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY periodChanged)
    Q_PROPERTY(QVariantList periods READ periods NOTIFY periodsChanged)
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int notStarted READ notStarted NOTIFY countsChanged)
    Q_PROPERTY(int drafts READ drafts NOTIFY countsChanged)
    Q_PROPERTY(int finals READ finals NOTIFY countsChanged)

  public:
    enum Role {
        EmployeeIdRole = Qt::UserRole + 1,
        NameRole,
        NipRole,
        JabatanRole,
        StateCodeRole,
        StateLabelRole,
        PredikatLabelRole,
    };

    explicit EvaluationListModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    // Defaults to the current quarter once the core is set.
    QString period() const { return period_; }
    void setPeriod(const QString& period);
    QString periodLabel() const { return labelOfPeriod(period_); }
    // The current quarter, the last quarter that has ended (the one due) and
    // the current year, as {period, label}.
    QVariantList periods() const;
    int count() const { return rowCount(); }
    int notStarted() const;
    int drafts() const;
    int finals() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Triwulan IV 2026" for "2026-Q4", "Tahun 2026" for "2026".
    static QString labelOfPeriod(const QString& period);
    // "Belum dinilai" (nothing stored), "Draf", "Final".
    static QString stateLabel(const std::optional<EvaluationState>& state);

  signals:
    void coreChanged();
    void periodChanged();
    void periodsChanged();
    void countsChanged();

  private:
    void reload();
    void replace(std::vector<EvaluationListRow> rows);
    int countState(const std::optional<EvaluationState>& state) const;

    AppCore* core_ = nullptr;
    QString period_;
    std::vector<EvaluationListRow> rows_;
};

}  // namespace pantau::mobile
