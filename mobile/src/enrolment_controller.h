// EnrolmentController: the first-start screen's actions. It checks that the
// address answers as a Pantau server, trades the one-time code for a device
// token, stores the session, and pulls the unit's master data with progress.
// Every failure ends in one sentence the supervisor can act on.
//
// Over https the server's key is pinned here. The enrolment sheet carries its
// fingerprint (`pantau-server enroll-code --tls-cert`): a certificate the
// phone does not trust (the district's own, self-signed) is accepted only
// with the fingerprint typed and matching; one the system trusts is pinned
// as first seen, and must match the fingerprint too when one is typed. The
// code goes only to the key that was checked. Plain http is for this
// machine's loopback (the demo): elsewhere it would carry code and token in
// clear, so it is refused.
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
    Q_PROPERTY(QString fingerprint READ fingerprint WRITE setFingerprint NOTIFY fingerprintChanged)
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
    QString fingerprint() const { return fingerprint_; }
    void setFingerprint(const QString& fingerprint);
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
    void fingerprintChanged();
    void stageChanged();
    void errorTextChanged();
    void receivedChanged();
    void enrolled();  // the session is stored and the first pull has ended

  private:
    void checked(const HttpAnswer& answer);
    // The sentence for a request refused over the server's certificate; empty when it was not.
    QString tlsProblem(const HttpAnswer& answer) const;
    void answered(const HttpAnswer& answer);
    void fail(const QString& message);
    void setStage(Stage stage);

    AppCore* core_ = nullptr;
    HttpClient http_;
    QString server_url_;
    QString code_;
    QString fingerprint_;
    QString url_in_use_;
    QByteArray key_in_use_;  // the server key checked at /v1/health, pinned for the rest
    Stage stage_ = Stage::Idle;
    QString error_;
};

}  // namespace pantau::mobile
