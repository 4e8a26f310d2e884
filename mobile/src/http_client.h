// HttpClient: the app's side of the wire, over QNetworkAccessManager. It
// sends JSON (gzip-compressed when large), asks for gzip answers (Qt inflates
// them), carries the bearer token, and turns every outcome into one
// HttpAnswer: a status and body, or status 0 when no answer came.
//
// Over https it checks who the server is before anything is sent: the phone
// pins the server's key at enrolment (the SHA-256 of the certificate's
// SubjectPublicKeyInfo), and a request whose handshake shows another key is
// aborted when the handshake ends. The districts' certificates are mostly
// self-signed, so the TLS errors Qt reports about who vouches for a
// certificate (and the name it is reached by) are ignored for the pinned key
// only; any other error (expired, bad signature) fails the request as before.
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace pantau::mobile {

// Who the server at an https address must be.
struct ServerTrust {
    // SHA-256 of the server key (HttpClient::keyOf); empty: none pinned yet.
    QByteArray pinned_key;
    // At enrolment, before a key is pinned: the fingerprint from the
    // enrolment sheet, as typed. Empty: the system's CAs alone decide.
    QString fingerprint;
};

// How the server's certificate was judged.
enum class TlsVerdict {
    Accepted,             // plain http, or https with the expected key (or trusted by the system)
    KeyChanged,           // the pinned key was not the one shown: refused before sending
    FingerprintMismatch,  // the key does not have the typed fingerprint: refused before sending
    Untrusted,            // not trusted by the system, and no fingerprint to check it by
};

struct HttpAnswer {
    int status = 0;  // 0: no answer (no network, refused, timed out, TLS failure)
    QByteArray body;
    std::optional<qint64> retry_after_ms;
    QString network_error;  // Qt's description when status is 0
    TlsVerdict tls = TlsVerdict::Accepted;
    QByteArray server_key;  // the key the server showed (https only), whatever the verdict

    // The body as JSON; discarded (is_discarded()) when it is not JSON.
    nlohmann::json json() const;
    // The server's error code ("unauthorized", ...) when the body carries one.
    QString error_code() const;
};

class HttpClient final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kTimeoutMs = 30'000;
    static constexpr qsizetype kGzipFromBytes = 1024;

    explicit HttpClient(QObject* parent = nullptr);

    // Applies to the requests sent from now on.
    void setTrust(ServerTrust trust) { trust_ = std::move(trust); }
    const ServerTrust& trust() const { return trust_; }

    // The pin of a certificate: SHA-256 of its SubjectPublicKeyInfo (DER). It
    // stays the same when a certificate is renewed for the same key.
    static QByteArray keyOf(const QSslCertificate& certificate);
    // The pin as the enrolment sheet prints it ("7KQ2M-9XTPA-...").
    static QString fingerprintOf(const QByteArray& key);

    // `base_url` is "http(s)://host:port"; `target` is the path and query.
    void send(const QString& base_url, const QByteArray& method, const QString& target,
              const QByteArray& json_body, const QString& token,
              std::function<void(HttpAnswer)> done);
    // Drops every request in flight; their callbacks are not called.
    void abortAll();

  private:
    QNetworkAccessManager manager_;
    quint64 generation_ = 0;
    ServerTrust trust_;
};

// gzip (RFC 1952) of `data`.
QByteArray gzip(const QByteArray& data);

}  // namespace pantau::mobile
