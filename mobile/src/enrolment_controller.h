// EnrolmentController: the first-start screen's actions. It checks that the
// address answers as a Pantau server, trades the one-time code for a device
// token, stores the session, and pulls the unit's master data with progress.
// Every failure ends in one sentence the supervisor can act on.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>

#include "http_client.h"

namespace pantau::mobile {

class AppCore;

class EnrolmentController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int received READ received NOTIFY receivedChanged)

  public:
    enum class Stage { Idle, Checking, Enrolling, Pulling, Done };
    Q_ENUM(Stage)

    explicit EnrolmentController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString serverUrl() const { return server_url_; }
    void setServerUrl(const QString& url);
    QString code() const { return code_; }
    void setCode(const QString& code);
    Stage stage() const { return stage_; }
    bool busy() const { return stage_ != Stage::Idle && stage_ != Stage::Done; }
    QString errorText() const { return error_; }
    int received() const;

    // "127.0.0.1:8787" -> "https://127.0.0.1:8787"; trailing slashes dropped.
    static QString normalizedUrl(const QString& typed);

    Q_INVOKABLE void enrol();

  signals:
    void coreChanged();
    void serverUrlChanged();
    void codeChanged();
    void stageChanged();
    void errorTextChanged();
    void receivedChanged();
    void enrolled();  // the session is stored and the first pull has ended

  private:
    void checked(const HttpAnswer& answer);
    void answered(const HttpAnswer& answer);
    void fail(const QString& message);
    void setStage(Stage stage);

    AppCore* core_ = nullptr;
    HttpClient http_;
    QString server_url_;
    QString code_;
    QString url_in_use_;
    Stage stage_ = Stage::Idle;
    QString error_;
};

}  // namespace pantau::mobile
