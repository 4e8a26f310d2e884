#include "http_client.h"

#include <zlib.h>

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QUrl>
#include <memory>

#include "core/fingerprint.h"
#include "core/json_parse.h"
#include "json_text.h"

namespace pantau::mobile {

nlohmann::json HttpAnswer::json() const {
    // A hostile or broken server must not crash the phone: bounded like the server's own parse.
    auto parsed =
        parse_json(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    return parsed ? std::move(parsed).value() : nlohmann::json(nlohmann::json::value_t::discarded);
}

QString HttpAnswer::error_code() const {
    const auto j = json();
    if (!j.is_object() || !j.contains("error"))
        return {};
    return json_text(j["error"], "code");
}

namespace {

// What one request learnt about the server during its handshake.
struct TlsState {
    TlsVerdict verdict = TlsVerdict::Accepted;
    QByteArray key;
};

// An error a pinned key answers: it says only that nobody the phone knows
// vouches for the server's own certificate, or that the certificate names
// another host. A chain may end in the district's own root, reported as a
// self-signed certificate in the chain. Anything else (expired, not yet
// valid, a bad signature, a revoked or misused certificate) still counts.
bool answered_by_pin(const QSslError& error, const QSslCertificate& leaf) {
    switch (error.error()) {
        case QSslError::SelfSignedCertificateInChain:
            return true;
        case QSslError::SelfSignedCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
            return error.certificate().isNull() || error.certificate() == leaf;
        default:
            return false;
    }
}

// Judges the key the server showed against what the phone expects.
TlsVerdict judge(const ServerTrust& trust, const QByteArray& key) {
    if (!trust.pinned_key.isEmpty())
        return key == trust.pinned_key ? TlsVerdict::Accepted : TlsVerdict::KeyChanged;
    if (!trust.fingerprint.isEmpty())
        return normalize_fingerprint(HttpClient::fingerprintOf(key).toStdString()) ==
                       normalize_fingerprint(trust.fingerprint.toStdString())
                   ? TlsVerdict::Accepted
                   : TlsVerdict::FingerprintMismatch;
    return TlsVerdict::Accepted;
}

}  // namespace

QByteArray HttpClient::keyOf(const QSslCertificate& certificate) {
    if (certificate.isNull())
        return {};
    // A public QSslKey's DER is its SubjectPublicKeyInfo.
    const QByteArray spki = certificate.publicKey().toDer();
    return spki.isEmpty() ? QByteArray()
                          : QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QString HttpClient::fingerprintOf(const QByteArray& key) {
    return QString::fromStdString(key_fingerprint(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(key.constData()),
                                      static_cast<std::size_t>(key.size()))));
}

QByteArray gzip(const QByteArray& data) {
    z_stream stream{};
    // 15 window bits + 16: a gzip header instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
                   Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

HttpClient::HttpClient(QObject* parent) : QObject(parent) {
    manager_.setAutoDeleteReplies(true);
    manager_.setTransferTimeout(kTimeoutMs);
}

void HttpClient::send(const QString& base_url, const QByteArray& method, const QString& target,
                      const QByteArray& json_body, const QString& token,
                      std::function<void(HttpAnswer)> done) {
    QString base = base_url.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkRequest request(QUrl(base + target));
    // The API never redirects; following one would take the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    // No Accept-Encoding of our own: Qt then asks for gzip and inflates it.
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QByteArray body = json_body;
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (body.size() >= kGzipFromBytes) {
            if (QByteArray packed = gzip(body); !packed.isEmpty()) {
                body = std::move(packed);
                request.setRawHeader("Content-Encoding", "gzip");
            }
        }
    }
    QNetworkReply* reply =
        method == "GET" ? manager_.get(request) : manager_.sendCustomRequest(request, method, body);
    const quint64 generation = generation_;
    auto tls = std::make_shared<TlsState>();
    // Qt reports a certificate nobody vouches for here, before the handshake
    // ends: the errors are ignored, one by one, for the expected key only.
    connect(reply, &QNetworkReply::sslErrors, this,
            [reply, tls, trust = trust_](const QList<QSslError>& errors) {
                const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
                tls->key = keyOf(leaf);
                if (trust.pinned_key.isEmpty() && trust.fingerprint.isEmpty()) {
                    tls->verdict = TlsVerdict::Untrusted;
                    return;  // not ignored: the handshake fails
                }
                tls->verdict = judge(trust, tls->key);
                if (tls->verdict != TlsVerdict::Accepted)
                    return reply->abort();
                for (const QSslError& error : errors)
                    if (!answered_by_pin(error, leaf))
                        return;  // not ignored: the handshake fails
                reply->ignoreSslErrors(errors);
            });
    // The handshake is over and nothing has been sent yet: a certificate the
    // system trusts must still carry the expected key.
    connect(reply, &QNetworkReply::encrypted, this, [reply, tls, trust = trust_] {
        tls->key = keyOf(reply->sslConfiguration().peerCertificate());
        tls->verdict = judge(trust, tls->key);
        if (tls->verdict != TlsVerdict::Accepted)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, generation, done, tls, trust = trust_] {
                if (generation != generation_)
                    return;
                if (tls->key.isEmpty() && reply->url().scheme() == QLatin1String("https")) {
                    // No handshake of its own (a kept-alive connection): judged by
                    // the certificate of the connection it went over.
                    tls->key = keyOf(reply->sslConfiguration().peerCertificate());
                    if (!tls->key.isEmpty())
                        tls->verdict = judge(trust, tls->key);
                }
                HttpAnswer answer;
                answer.tls = tls->verdict;
                answer.server_key = tls->key;
                if (answer.tls != TlsVerdict::Accepted) {
                    answer.network_error = reply->errorString();
                    return done(std::move(answer));
                }
                answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer.body = reply->readAll();
                if (answer.status == 0)
                    answer.network_error = reply->errorString();
                bool ok = false;
                const qint64 seconds = reply->rawHeader("Retry-After").toLongLong(&ok);
                if (ok && seconds >= 0)
                    answer.retry_after_ms = seconds * 1000;
                done(std::move(answer));
            });
}

void HttpClient::abortAll() {
    ++generation_;
    for (QNetworkReply* reply : manager_.findChildren<QNetworkReply*>())
        reply->abort();
}

}  // namespace pantau::mobile
