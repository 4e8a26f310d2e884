#include "http_client.h"

#include <zlib.h>

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include "core/json_parse.h"

namespace pantau::mobile {

nlohmann::json HttpAnswer::json() const {
    // A hostile or broken server must not crash the phone: bounded like the server's own parse.
    auto parsed =
        parse_json(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    return parsed ? std::move(parsed).value() : nlohmann::json(nlohmann::json::value_t::discarded);
}

QString HttpAnswer::error_code() const {
    const auto j = json();
    if (j.is_object() && j.contains("error") && j["error"].is_object() &&
        j["error"].contains("code") && j["error"]["code"].is_string())
        return QString::fromStdString(j["error"]["code"].get<std::string>());
    return {};
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
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation, done] {
        if (generation != generation_)
            return;
        HttpAnswer answer;
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
