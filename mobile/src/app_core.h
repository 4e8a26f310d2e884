// AppCore: what every screen shares. It opens the device store (on its own
// thread), keeps the enrolled session (server, token, user, unit) in the
// store's meta table, knows today's date in the unit's time zone, switches
// the language, and owns the background sync. Main.qml receives it as its
// required `core` property and hands it to each page.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/date.h"
#include "device_database.h"
#include "sync_service.h"

namespace pantau::mobile {

// What enrolment leaves behind; persisted in the store's meta table.
struct Session {
    QString server_url;
    // https: SHA-256 of the server key seen at enrolment (HttpClient::keyOf),
    // checked at every later request. Empty over plain http (loopback only).
    QByteArray server_key;
    QString token;
    QString device_id;
    QString user_id;
    QString user_name;
    QString unit_id;
    QString unit_name;
    QString unit_timezone;                           // IANA name from the unit record
    nlohmann::json units = nlohmann::json::array();  // the unit objects of the enrolment answer
};

class AppCore final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppCore is created by the application")
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY sessionChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString unitId READ unitId NOTIFY sessionChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY sessionChanged)
    Q_PROPERTY(QString deviceName READ deviceName WRITE setDeviceName NOTIFY deviceNameChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString today READ todayIso NOTIFY todayChanged)
    Q_PROPERTY(QString todayLabel READ todayLabel NOTIFY todayChanged)
    Q_PROPERTY(QString currentPeriod READ currentPeriod NOTIFY todayChanged)
    Q_PROPERTY(pantau::mobile::SyncService* sync READ sync CONSTANT)

  public:
    struct Options {
        QString data_dir;               // empty: the platform's app data folder
        std::function<qint64()> clock;  // Unix ms; empty: the system clock
        bool start_sync_timers = true;  // tests drive sync by hand
    };

    explicit AppCore(Options options, QObject* parent = nullptr);
    ~AppCore() override;

    // Where language changes retranslate; set by main() and by screen tests.
    void setEngine(QQmlEngine* engine) { engine_ = engine; }

    DeviceDatabase& database() { return *database_; }
    SyncService* sync() { return sync_.get(); }
    QString dataDir() const { return data_dir_; }
    QString openError() const { return database_->openError(); }

    bool enrolled() const { return !session_.token.isEmpty(); }
    const Session& session() const { return session_; }
    QString serverUrl() const { return session_.server_url; }
    QString userName() const { return session_.user_name; }
    QString unitId() const { return session_.unit_id; }
    QString unitName() const { return session_.unit_name; }
    std::string unit() const { return session_.unit_id.toStdString(); }
    // Who records discipline steps and evaluations.
    std::string actor() const { return session_.user_id.toStdString(); }

    // Stores the session of a successful enrolment (and the device id).
    Result<void> startSession(const Session& session);
    // Forgets the session and every local record: sign-out.
    void endSession();

    QString deviceName() const { return device_name_; }
    void setDeviceName(const QString& name);

    QString language() const { return language_; }
    void setLanguage(const QString& language);
    bool english() const { return language_ == QLatin1String("en"); }
    // The catalogue text in the current language.
    QString text(std::string_view id, std::string_view en) const;
    // The same for work on the database thread, which must not read the language.
    static QString text(std::string_view id, std::string_view en, bool english);
    // A record type's name ("Presensi" / "Attendance"); the code when unknown.
    static QString typeLabel(std::string_view type, bool english);

    qint64 nowMs() const;
    // Minutes east of UTC of the unit's time zone (WIB when the unit names none).
    int utcOffsetMinutes() const;
    // Today in the unit's time zone.
    Date today() const;
    QString todayIso() const { return QString::fromStdString(today().iso()); }
    QString todayLabel() const;
    // A date as people read it: "Senin, 23 November 2026" / "Monday, 23 November 2026".
    QString dateLabel(const Date& date) const;
    // An instant as people read it, in a zone `utc_offset_minutes` east of UTC:
    // "Senin, 23 November 2026 09:05".
    QString momentLabel(std::int64_t unix_ms, int utc_offset_minutes) const;
    // The evaluation period of today: periodic evaluations are quarterly ("2026-Q4").
    QString currentPeriod() const;
    // Re-reads the date (the app was in the background over midnight).
    Q_INVOKABLE void refreshToday();

    // Models call this after they changed records, and sync after it pulled.
    void notifyRecordsChanged(const QStringList& types);
    // Queues, on the database thread, the installation of the catalogue set
    // built from the catalogues the device received (records/catalogue_set.h):
    // at start-up, after enrolment or sign-out, and after every sync. Work
    // queued after it sees the new set; cataloguesChanged follows, on this
    // thread, when a version in force changed.
    void installCatalogues();

  signals:
    void sessionChanged();
    void deviceNameChanged();
    void languageChanged();
    void todayChanged();
    void recordsChanged(const QStringList& types);
    // Another catalogue version is in force: lists of statuses, leave kinds,
    // articles and sanctions read current_catalogues() again.
    void cataloguesChanged();

  private:
    void loadSession();

    Options options_;
    QString data_dir_;
    std::unique_ptr<DeviceDatabase> database_;
    std::unique_ptr<SyncService> sync_;
    Session session_;
    QString device_name_;
    QString language_ = QStringLiteral("id");
    QString today_iso_;
    QTranslator translator_;
    QPointer<QQmlEngine> engine_;
};

}  // namespace pantau::mobile
