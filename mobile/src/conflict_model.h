// ConflictModel: records where another device's edit won over one made
// here. The supervisor sees both versions and either accepts the winner or
// re-applies their own, which becomes a new, later edit.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <vector>

#include "app_core.h"

namespace pantau::mobile {

struct ConflictRow {
    qint64 seq = 0;
    QString type_label;
    QString mine;    // the local edit that lost
    QString theirs;  // the version now held
    QString when;
};

class ConflictModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)

  public:
    enum Role { SeqRole = Qt::UserRole + 1, TypeLabelRole, MineRole, TheirsRole, WhenRole };

    explicit ConflictModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keeps the version that won.
    Q_INVOKABLE void accept(int row);
    // Records the local version again, as a new edit that will win.
    Q_INVOKABLE void keepMine(int row);
    Q_INVOKABLE void reload();

  signals:
    void coreChanged();

  private:
    void settle(int row, bool keep_mine);

    AppCore* core_ = nullptr;
    std::vector<ConflictRow> rows_;
};

}  // namespace pantau::mobile
