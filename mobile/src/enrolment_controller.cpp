#include "enrolment_controller.h"

#include <QHostAddress>
#include <QSysInfo>
#include <QUrl>

#include "app_core.h"
#include "json_text.h"
#include "sync_service.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

// http://127.0.0.1, http://[::1] or http://localhost: nothing leaves the machine.
bool plain_http_off_machine(const QString& url) {
    const QUrl parsed(url);
    if (parsed.scheme() != QLatin1String("http"))
        return false;
    const QString host = parsed.host();
    return host != QLatin1String("localhost") && !QHostAddress(host).isLoopback();
}

}  // namespace

EnrolmentController::EnrolmentController(QObject* parent) : QObject(parent) {}

void EnrolmentController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_->sync(), nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_->sync(), &SyncService::progressChanged, this,
                &EnrolmentController::receivedChanged);
        connect(core_->sync(), &SyncService::finished, this, [this](bool ok) {
            if (stage_ != Stage::Pulling)
                return;
            // A failed first pull is not fatal: the session is stored and
            // the background sync carries on when the network allows.
            if (!ok)
                error_ = core_->sync()->statusText();
            setStage(Stage::Done);
            emit enrolled();
        });
        if (server_url_.isEmpty())
            setServerUrl(core_->serverUrl());
    }
    emit coreChanged();
}

void EnrolmentController::setServerUrl(const QString& url) {
    if (url == server_url_)
        return;
    server_url_ = url;
    emit serverUrlChanged();
}

void EnrolmentController::setCode(const QString& code) {
    if (code == code_)
        return;
    code_ = code;
    emit codeChanged();
}

void EnrolmentController::setFingerprint(const QString& fingerprint) {
    if (fingerprint == fingerprint_)
        return;
    fingerprint_ = fingerprint;
    emit fingerprintChanged();
}

int EnrolmentController::received() const {
    return core_ ? core_->sync()->received() : 0;
}

QString EnrolmentController::normalizedUrl(const QString& typed) {
    QString url = typed.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    if (!url.isEmpty() && !url.contains(QStringLiteral("://")))
        url.prepend(QStringLiteral("https://"));
    return url;
}

void EnrolmentController::enrol() {
    if (!core_ || busy())
        return;
    url_in_use_ = normalizedUrl(server_url_);
    if (url_in_use_.isEmpty())
        return fail(tr("Isi alamat server."));
    if (code_.trimmed().isEmpty())
        return fail(tr("Isi kode pendaftaran dari BKPSDM."));
    if (plain_http_off_machine(url_in_use_))
        return fail(
            tr("Alamat http:// tanpa enkripsi hanya untuk percobaan di perangkat ini. "
               "Pakai alamat https:// dari BKPSDM."));
    fail({});
    key_in_use_.clear();
    setStage(Stage::Checking);
    http_.setTrust({{}, fingerprint_.trimmed()});
    http_.send(url_in_use_, "GET", QStringLiteral("/v1/health"), {}, {},
               [this](HttpAnswer a) { checked(a); });
}

QString EnrolmentController::tlsProblem(const HttpAnswer& answer) const {
    switch (answer.tls) {
        case TlsVerdict::Accepted:
            return {};
        case TlsVerdict::Untrusted:
            return tr(
                "HP ini tidak mengenal sertifikat server. Isi sidik jari server dari "
                "lembar kode pendaftaran BKPSDM.");
        case TlsVerdict::FingerprintMismatch:
            return tr(
                "Sidik jari server tidak cocok dengan lembar pendaftaran, jadi kode tidak "
                "dikirim. Periksa ketikan; bila sudah benar, jangan lanjutkan dan hubungi "
                "admin BKPSDM.");
        case TlsVerdict::KeyChanged:
            return SyncService::certificateChangedText();
    }
    return {};
}

void EnrolmentController::checked(const HttpAnswer& answer) {
    if (const QString problem = tlsProblem(answer); !problem.isEmpty())
        return fail(problem);
    if (answer.status == 0)
        return fail(tr("Server tidak dapat dihubungi. Periksa jaringan dan alamat server."));
    const json body = answer.json();
    if (answer.status != 200 || json_text(body, "status") != QLatin1String("ok"))
        return fail(tr("Alamat ini bukan server Pantau. Periksa alamat server."));
    // From here on the code and the session go to this key only.
    key_in_use_ = answer.server_key;
    if (url_in_use_.startsWith(QLatin1String("https:"), Qt::CaseInsensitive) &&
        key_in_use_.isEmpty())
        return fail(tr("Server tidak dapat dihubungi. Periksa jaringan dan alamat server."));
    http_.setTrust({key_in_use_, {}});
    setStage(Stage::Enrolling);
    QString device_name = core_->deviceName();
    if (device_name.isEmpty())
        device_name = QSysInfo::machineHostName();
    if (device_name.isEmpty())
        device_name = QStringLiteral("Pantau");
    const json request = {{"code", code_.trimmed().toStdString()},
                          {"device_name", device_name.toStdString()}};
    http_.send(url_in_use_, "POST", QStringLiteral("/v1/enroll"),
               QByteArray::fromStdString(request.dump()), {},
               [this](HttpAnswer a) { answered(a); });
}

void EnrolmentController::answered(const HttpAnswer& answer) {
    if (const QString problem = tlsProblem(answer); !problem.isEmpty())
        return fail(problem);
    if (answer.status == 0)
        return fail(tr("Jaringan terputus saat mendaftar. Coba lagi."));
    if (answer.status == 401)
        return fail(
            tr("Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa. "
               "Minta kode baru ke BKPSDM."));
    if (answer.status == 429)
        return fail(tr("Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi."));
    const json body = answer.json();
    if (answer.status != 201 || !body.is_object())
        return fail(tr("Server menolak pendaftaran (%1).").arg(answer.status));

    Session session;
    session.server_url = url_in_use_;
    session.server_key = key_in_use_;
    session.token = json_text(body, "token");
    session.device_id = json_text(body, "device_id");
    const json user = body.value("user", json::object());
    session.user_id = json_text(user, "id");
    session.user_name = json_text(user, "name");
    session.units = body.value("units", json::array());
    if (session.units.is_array() && !session.units.empty())
        session.unit_id = json_text(session.units[0], "id");
    if (session.token.isEmpty() || session.device_id.isEmpty() || session.unit_id.isEmpty())
        return fail(tr("Jawaban server tidak lengkap. Hubungi BKPSDM."));
    if (auto stored = core_->startSession(session); !stored)
        return fail(tr("Data tidak dapat disimpan di HP: %1")
                        .arg(QString::fromStdString(stored.error().message)));
    setCode({});
    setStage(Stage::Pulling);
    core_->sync()->syncNow();
}

void EnrolmentController::fail(const QString& message) {
    if (!message.isEmpty())
        setStage(Stage::Idle);
    if (message == error_)
        return;
    error_ = message;
    emit errorTextChanged();
}

void EnrolmentController::setStage(Stage stage) {
    if (stage == stage_)
        return;
    stage_ = stage;
    emit stageChanged();
}

}  // namespace pantau::mobile
