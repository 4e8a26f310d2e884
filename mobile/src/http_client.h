// HttpClient: the app's side of the wire, over QNetworkAccessManager. It
// sends JSON (gzip-compressed when large), asks for gzip answers (Qt inflates
// them), carries the bearer token, and turns every outcome into one
// HttpAnswer: a status and body, or status 0 when no answer came.
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace pantau::mobile {

struct HttpAnswer {
    int status = 0;  // 0: no answer (no network, refused, timed out, TLS failure)
    QByteArray body;
    std::optional<qint64> retry_after_ms;
    QString network_error;  // Qt's description when status is 0

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

    // `base_url` is "http(s)://host:port"; `target` is the path and query.
    void send(const QString& base_url, const QByteArray& method, const QString& target,
              const QByteArray& json_body, const QString& token,
              std::function<void(HttpAnswer)> done);
    // Drops every request in flight; their callbacks are not called.
    void abortAll();

  private:
    QNetworkAccessManager manager_;
    quint64 generation_ = 0;
};

// gzip (RFC 1952) of `data`.
QByteArray gzip(const QByteArray& data);

}  // namespace pantau::mobile
