// StatusChoiceModel: the choices of the "other status" sheet, straight from
// the catalogues: the attendance statuses (with what each needs recorded) or
// the kinds of leave. It also holds the one chosen, so the sheet shows the
// minutes field or the leave kinds only when the chosen status needs them.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QString>
#include <string>
#include <vector>

#include "app_core.h"

namespace pantau::mobile {

class StatusChoiceModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString selected READ selected WRITE setSelected NOTIFY selectedChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectedChanged)
    Q_PROPERTY(QString selectedLabel READ selectedLabel NOTIFY selectedChanged)
    // For a leave kind: the catalogue's note on how long it lasts, shown under the choice.
    Q_PROPERTY(QString selectedDetail READ selectedDetail NOTIFY selectedChanged)
    Q_PROPERTY(bool needsMinutes READ needsMinutes NOTIFY selectedChanged)
    Q_PROPERTY(bool needsLeaveKind READ needsLeaveKind NOTIFY selectedChanged)
    // The chosen status's day may name a training (DIKLAT).
    Q_PROPERTY(bool linksTraining READ linksTraining NOTIFY selectedChanged)
    // The chosen status's day may also record early-leave minutes (TERLAMBAT).
    Q_PROPERTY(bool recordsEarlyLeave READ recordsEarlyLeave NOTIFY selectedChanged)

  public:
    enum class Kind { Statuses, LeaveKinds };
    Q_ENUM(Kind)

    enum Role {
        CodeRole = Qt::UserRole + 1,
        LabelRole,
        DetailRole,  // for a leave kind: how long it may last
        NeedsMinutesRole,
        NeedsLeaveKindRole,
        SelectedRole,
    };

    explicit StatusChoiceModel(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    Kind kind() const { return kind_; }
    void setKind(Kind kind);
    QString selected() const { return selected_; }
    // A code of the list, or "" for none; other codes are ignored.
    void setSelected(const QString& code);
    int selectedIndex() const;
    QString selectedLabel() const;
    QString selectedDetail() const;
    bool needsMinutes() const;
    bool needsLeaveKind() const;
    bool linksTraining() const;
    bool recordsEarlyLeave() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void coreChanged();
    void kindChanged();
    void selectedChanged();

  private:
    struct Choice {
        std::string code;
        std::string label_id, label_en;
        std::string detail_id, detail_en;
        bool needs_minutes = false;
        bool needs_leave_kind = false;
        bool links_training = false;
        bool early_leave = false;
    };

    void fill();
    void refill();  // fill() as a model reset, when another catalogue set is in force
    QString text(const std::string& id, const std::string& en) const;

    AppCore* core_ = nullptr;
    Kind kind_ = Kind::Statuses;
    std::vector<Choice> choices_;
    QString selected_;
};

}  // namespace pantau::mobile
