// OutboxModel: the sync screen's list of local changes the server has not
// yet taken: waiting ones, and rejected ones with the server's reason. A
// rejected change can be resent as it was, fixed in its own screen (the row
// says which page and record), or discarded after a warning.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <QVariantMap>
#include <vector>

#include "app_core.h"

namespace pantau::mobile {

struct OutboxRow {
    qint64 seq = 0;
    QString type;
    QString record_id;
    QString type_label;
    QString summary;  // who and what, as a person reads it
    QString when;
    bool rejected = false;
    QString reason;
    QString fix_page;  // the page that edits this record, "" when there is none
    QVariantMap fix_properties;
};

class OutboxModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY countsChanged)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY countsChanged)

  public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        TypeLabelRole,
        SummaryRole,
        WhenRole,
        RejectedRole,
        ReasonRole,
        FixPageRole,
        FixPropertiesRole,
    };

    explicit OutboxModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    int rejectedCount() const;
    int waitingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sends a rejected change again as a new edit (after the cause was fixed elsewhere).
    Q_INVOKABLE void resend(int row);
    // Drops a rejected change for good; the record stays as the server has it.
    Q_INVOKABLE void discard(int row);
    Q_INVOKABLE void reload();

  signals:
    void coreChanged();
    void countsChanged();

  private:
    AppCore* core_ = nullptr;
    std::vector<OutboxRow> rows_;
};

}  // namespace pantau::mobile
