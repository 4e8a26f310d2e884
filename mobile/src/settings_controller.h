// SettingsController: language, device name, the server in use, and
// sign-out. Signing out wipes this phone's copy, so it is refused while
// changes are unsent unless the supervisor confirms the loss explicitly.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>

#include "app_core.h"

namespace pantau::mobile {

class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(int unsent READ unsent NOTIFY unsentChanged)
    Q_PROPERTY(QString signOutWarning READ signOutWarning NOTIFY unsentChanged)

  public:
    explicit SettingsController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    // Waiting plus rejected changes: what sign-out would lose.
    int unsent() const;
    QString signOutWarning() const;

    // Signs out when nothing is unsent, or when `accept_loss` is true.
    // Returns whether it signed out.
    Q_INVOKABLE bool signOut(bool accept_loss);

  signals:
    void coreChanged();
    void unsentChanged();

  private:
    AppCore* core_ = nullptr;
};

}  // namespace pantau::mobile
