// CaseListModel: the unit's discipline cases for the case list, the ones that
// need action first: overdue, then by the next limit, then the newest. The
// filter picks open cases (not finished), decided ones still running, or
// finished ones (closed or completed).
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "case_summaries.h"

namespace pantau::mobile {

class AppCore;

class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    // "" (all), "open", "decided" or "closed".
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY stateFilterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)

  public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        EmployeeNameRole,
        ArticleLabelRole,
        StateCodeRole,
        StateLabelRole,
        DueLabelRole,
        OverdueRole,
        OpenedLabelRole,
    };

    explicit CaseListModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString stateFilter() const { return state_filter_; }
    void setStateFilter(const QString& filter);
    int count() const { return static_cast<int>(rows_.size()); }
    bool loaded() const { return loaded_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void coreChanged();
    void stateFilterChanged();
    void countChanged();

  private:
    void reload();
    bool passes(const CaseSummary& summary) const;
    QString dueLabel(const CaseSummary& summary) const;

    void applyFilter();

    AppCore* core_ = nullptr;
    QString state_filter_;
    std::vector<CaseSummary> all_;  // every case of the unit, in list order
    std::vector<CaseSummary> rows_;
    int utc_offset_minutes_ = 0;  // the unit's, for the dates cases were opened
    bool loaded_ = false;
};

}  // namespace pantau::mobile
