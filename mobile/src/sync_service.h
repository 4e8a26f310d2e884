// SyncService: runs the shared sync engine in the background. The engine
// and the device store live on the database thread; this class carries the
// engine's commands over HttpClient and feeds the answers back as events.
// A sync starts when asked, when the network comes back, and every few
// minutes while the app runs; it never blocks the UI.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

#include "http_client.h"
#include "sync/engine.h"

namespace pantau::mobile {

class AppCore;

class SyncService final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncService belongs to AppCore")
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString lastSyncLabel READ lastSyncLabel NOTIFY stateChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY countsChanged)
    Q_PROPERTY(int rejected READ rejected NOTIFY countsChanged)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY countsChanged)
    Q_PROPERTY(int received READ received NOTIFY progressChanged)
    Q_PROPERTY(bool pulling READ pulling NOTIFY progressChanged)
    Q_PROPERTY(QStringList log READ log NOTIFY logChanged)

  public:
    static constexpr int kPeriodMs = 5 * 60'000;
    static constexpr int kAfterEditMs = 15'000;
    // stopCode() when the server showed a key other than the one pinned at enrolment.
    static constexpr const char* kCertificateChanged = "certificate_changed";

    SyncService(AppCore& core, bool start_timers, QObject* parent = nullptr);
    ~SyncService() override;

    bool busy() const { return engine_ != nullptr && !retry_.isActive(); }
    bool retrying() const { return engine_ != nullptr && retry_.isActive(); }
    bool online() const { return online_; }
    bool needsAttention() const { return !stop_code_.isEmpty(); }
    QString statusText() const;
    QString lastSyncLabel() const;
    qint64 lastSyncAt() const { return last_sync_at_; }
    int waiting() const { return waiting_; }
    int rejected() const { return rejected_; }
    int conflicts() const { return conflicts_; }
    int received() const { return received_; }
    bool pulling() const { return pulling_; }
    QStringList log() const { return log_; }
    QString stopCode() const { return stop_code_; }
    // What the supervisor reads when the server's certificate changed.
    static QString certificateChangedText();

    // Starts a sync unless one runs; a request during a sync runs another after it.
    Q_INVOKABLE void syncNow();
    // Stops the sync in flight (sign-out, shutdown); what was sent stays safe.
    void cancel();
    // Re-reads the counts of waiting, rejected and conflicting changes.
    Q_INVOKABLE void refreshCounts();

  signals:
    void stateChanged();
    void countsChanged();
    void progressChanged();
    void logChanged();
    // A sync ended (`ok`), stopped, or failed and waits to retry (both false).
    void finished(bool ok);

  private:
    void handle(sync::Event event);
    void execute(const sync::Command& command);
    void answered(bool push, const HttpAnswer& answer);
    void end(bool ok);
    void setOnline(bool online);
    void addLog(const QString& line);
    void watchNetwork();

    AppCore& core_;
    HttpClient http_;
    QTimer period_;
    QTimer retry_;
    QTimer soon_;                               // a sync shortly after local edits
    sync::SyncJournal* journal_ = nullptr;      // the device store, used on its thread only
    std::shared_ptr<sync::SyncEngine> engine_;  // used on the database thread only
    bool again_ = false;
    bool online_ = true;
    bool pulling_ = false;
    int received_ = 0;
    int waiting_ = 0;
    int rejected_ = 0;
    int conflicts_ = 0;
    qint64 last_sync_at_ = 0;
    QString stop_code_;
    QString last_problem_;
    QStringList log_;
};

}  // namespace pantau::mobile
