// CaseEventModel: the timeline of one discipline case, oldest step first,
// as the case screen shows it: which step, when, who recorded it, the
// documents, the note and the sanction. Steps are never edited, so the list
// only grows; CaseController hands it the stored steps.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <cstdint>
#include <vector>

#include "case_summaries.h"

namespace pantau::mobile {

class AppCore;

struct CaseEventRow {
    QString id;
    QString step_code;
    QString step_label;
    QString when;
    QString actor;
    QString documents;  // one line per document
    QString note;
    QString sanction_label;
    bool correction = false;

    bool operator==(const CaseEventRow&) const = default;
};

class CaseEventModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A case's events come from its CaseController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        StepCodeRole = Qt::UserRole + 1,
        StepLabelRole,
        WhenRole,
        ActorRole,
        DocumentsRole,
        NoteRole,
        SanctionLabelRole,
        CorrectionRole,
    };

    explicit CaseEventModel(QObject* parent = nullptr);

    // Shows `events` in the core's language. Appends the new steps when they
    // extend what is shown; anything else (a step from another device that
    // sorts earlier, a language switch) resets.
    void show(const AppCore& core, const std::vector<StoredCaseEvent>& events,
              int utc_offset_minutes);
    int count() const { return static_cast<int>(rows_.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void countChanged();

  private:
    void setRows(std::vector<CaseEventRow> rows);

    std::vector<CaseEventRow> rows_;
};

}  // namespace pantau::mobile
