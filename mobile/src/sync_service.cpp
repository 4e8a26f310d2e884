#include "sync_service.h"

#include <QDateTime>
#include <QNetworkInformation>
#include <QUrlQuery>
#include <random>

#include "app_core.h"
#include "clock/boot.h"

namespace pantau::mobile {

namespace {

constexpr auto kLastSync = "sync.last_at";
constexpr int kLogLines = 200;

struct Counts {
    int waiting = 0;
    int rejected = 0;
    int conflicts = 0;
};

double jitter() {
    static thread_local std::mt19937 engine{std::random_device{}()};
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

}  // namespace

SyncService::SyncService(AppCore& core, bool start_timers, QObject* parent)
    : QObject(parent), core_(core) {
    retry_.setSingleShot(true);
    connect(&retry_, &QTimer::timeout, this, [this] { handle(sync::TimerFired{core_.nowMs()}); });
    period_.setInterval(kPeriodMs);
    soon_.setSingleShot(true);
    soon_.setInterval(kAfterEditMs);
    connect(&soon_, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&period_, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&core_, &AppCore::languageChanged, this, &SyncService::stateChanged);
    connect(&core_, &AppCore::recordsChanged, this, &SyncService::refreshCounts);
    if (core_.database().isOpen()) {
        const auto last = core_.database().call(
            [](store::DeviceStore& s) { return s.meta(kLastSync).value_or("0"); });
        last_sync_at_ = QString::fromStdString(last).toLongLong();
        // Taken once: asking the database thread later could wait behind a big pull.
        journal_ = core_.database().call(
            [](store::DeviceStore& s) { return static_cast<sync::SyncJournal*>(&s); });
        refreshCounts();
    }
    if (start_timers) {
        period_.start();
        watchNetwork();
    }
}

SyncService::~SyncService() {
    http_.abortAll();
    // The engine's last step may still be queued on the database thread.
    core_.database().flush();
}

void SyncService::watchNetwork() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;  // no backend on this platform: the periodic timer still runs
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online) {
                    addLog(tr("Jaringan tersedia kembali"));
                    syncNow();
                }
            });
}

QString SyncService::statusText() const {
    if (!core_.enrolled())
        return tr("Belum terdaftar");
    if (stop_code_ == QLatin1String("unauthorized") || stop_code_ == QLatin1String("re_enroll"))
        return tr("Perangkat ditolak server: daftarkan ulang");
    if (stop_code_ == QLatin1String(kCertificateChanged))
        return certificateChangedText();
    if (!stop_code_.isEmpty())
        return tr("Sinkronisasi berhenti: %1").arg(last_problem_);
    if (busy())
        return pulling_ ? tr("Menerima data… (%1)").arg(received_) : tr("Mengirim data…");
    if (retry_.isActive())
        return tr("Gagal, dicoba lagi otomatis");
    if (!online_)
        return tr("Luring (offline)");
    if (waiting_ > 0)
        return tr("%n perubahan menunggu dikirim", "", waiting_);
    return tr("Semua data terkirim");
}

QString SyncService::certificateChangedText() {
    return tr(
        "Sertifikat server berbeda dari saat pendaftaran, jadi tidak ada data yang dikirim. "
        "Data tetap aman di HP ini; hubungi admin BKPSDM.");
}

QString SyncService::lastSyncLabel() const {
    if (last_sync_at_ <= 0)
        return tr("Belum pernah");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(last_sync_at_);
    const qint64 minutes = (core_.nowMs() - last_sync_at_) / 60'000;
    if (minutes < 1)
        return tr("Baru saja");
    if (minutes < 60)
        return tr("%n menit lalu", "", static_cast<int>(minutes));
    return at.toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

void SyncService::refreshCounts() {
    if (!core_.database().isOpen())
        return;
    core_.database().run(
        this,
        [](store::DeviceStore& s) {
            return Counts{static_cast<int>(s.waiting_count()),
                          static_cast<int>(s.rejected().size()),
                          static_cast<int>(s.conflicts().size())};
        },
        [this](Counts c) {
            if (c.waiting == waiting_ && c.rejected == rejected_ && c.conflicts == conflicts_)
                return;
            // A new local edit goes out soon, not only at the next period.
            if (c.waiting > waiting_ && period_.isActive())
                soon_.start();
            waiting_ = c.waiting;
            rejected_ = c.rejected;
            conflicts_ = c.conflicts;
            emit countsChanged();
            emit stateChanged();
        });
}

void SyncService::syncNow() {
    if (!core_.enrolled() || !journal_)
        return;
    if (engine_ && retry_.isActive()) {
        retry_.stop();  // waiting out a backoff: try now instead
        emit stateChanged();
        handle(sync::TimerFired{core_.nowMs()});
        return;
    }
    if (busy()) {
        again_ = true;
        return;
    }
    stop_code_.clear();
    received_ = 0;
    pulling_ = false;
    engine_ = std::make_shared<sync::SyncEngine>(*journal_);
    addLog(tr("Sinkronisasi dimulai"));
    emit stateChanged();
    emit progressChanged();
    handle(sync::SyncRequested{core_.nowMs()});
}

void SyncService::cancel() {
    again_ = false;
    retry_.stop();
    http_.abortAll();
    if (engine_) {
        core_.database().flush();
        engine_.reset();
        emit stateChanged();
    }
}

void SyncService::handle(sync::Event event) {
    if (!engine_)
        return;
    auto engine = engine_;
    core_.database().run(
        this, [engine, event](store::DeviceStore&) { return engine->handle(event); },
        [this, engine](sync::Command command) {
            if (engine == engine_)
                execute(command);
        });
}

void SyncService::execute(const sync::Command& command) {
    const Session& session = core_.session();
    // Every request checks the key pinned at enrolment.
    http_.setTrust({session.server_key, {}});
    if (const auto* push = std::get_if<sync::SendPush>(&command)) {
        pulling_ = false;
        emit progressChanged();
        // The device's clock as the batch leaves, so the server learns how far off it is.
        nlohmann::json body = push->body;
        sync::with_device_time(body, {core_.nowMs(), uptime_ms(), boot_id()});
        http_.send(session.server_url, "POST", QStringLiteral("/v1/sync/push"),
                   QByteArray::fromStdString(body.dump()), session.token,
                   [this](HttpAnswer a) { answered(true, a); });
    } else if (const auto* pull = std::get_if<sync::SendPull>(&command)) {
        pulling_ = true;
        emit progressChanged();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), QString::fromStdString(pull->cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pull->limit));
        http_.send(session.server_url, "GET",
                   QStringLiteral("/v1/sync/pull?") + query.toString(QUrl::FullyEncoded), {},
                   session.token, [this](HttpAnswer a) { answered(false, a); });
    } else if (const auto* retry = std::get_if<sync::ScheduleRetry>(&command)) {
        addLog(tr("Gagal: %1. Dicoba lagi dalam %n detik", "",
                  static_cast<int>((retry->after_ms + 999) / 1000))
                   .arg(last_problem_));
        retry_.start(static_cast<int>(std::min<std::int64_t>(retry->after_ms, 3'600'000)));
        pulling_ = false;
        emit progressChanged();
        emit stateChanged();
        emit finished(false);  // the engine stays, waiting for the timer
    } else if (const auto* finished = std::get_if<sync::Finished>(&command)) {
        const auto& r = finished->report;
        addLog(tr("Selesai: %1 terkirim, %2 ditolak, %3 diterima, %4 konflik")
                   .arg(r.pushed.applied + r.pushed.superseded)
                   .arg(r.pushed.rejected)
                   .arg(r.pulled.received)
                   .arg(r.pulled.conflicts));
        last_sync_at_ = core_.nowMs();
        core_.database().run([at = std::to_string(last_sync_at_)](store::DeviceStore& s) {
            return s.set_meta(kLastSync, at);
        });
        core_.installCatalogues();  // before the reloads end() asks for
        end(true);
    } else if (const auto* stopped = std::get_if<sync::Stopped>(&command)) {
        stop_code_ = QString::fromStdString(stopped->code);
        last_problem_ = QString::fromStdString(stopped->message);
        addLog(tr("Berhenti: %1").arg(last_problem_));
        end(false);
    }
    // Wait: the engine expects another event (a timer already armed).
}

void SyncService::answered(bool push, const HttpAnswer& answer) {
    if (answer.tls == TlsVerdict::KeyChanged) {
        // Refused when the handshake ended, before the request went out: the
        // outbox is as it was, and no retry is armed against that server.
        // The next sync (by hand, timer or network) checks again.
        stop_code_ = QString::fromLatin1(kCertificateChanged);
        last_problem_ = certificateChangedText();
        addLog(tr("Berhenti: %1").arg(last_problem_));
        return end(false);
    }
    const std::int64_t now = core_.nowMs();
    setOnline(answer.status != 0);
    if (answer.status == 200) {
        const auto body = answer.json();
        if (!body.is_discarded()) {
            if (!push) {
                if (body.contains("changes") && body["changes"].is_array())
                    received_ += static_cast<int>(body["changes"].size());
                emit progressChanged();
                emit stateChanged();
                handle(sync::PullAnswered{now, body});
            } else {
                handle(sync::PushAnswered{now, body});
            }
            return;
        }
    }
    sync::RequestFailed failed{now, answer.status, answer.json(), answer.retry_after_ms, jitter()};
    if (failed.body.is_discarded())
        failed.body = nlohmann::json();
    last_problem_ = answer.status == 0
                        ? tr("tidak ada jaringan (%1)").arg(answer.network_error)
                        : tr("server menjawab %1 %2").arg(answer.status).arg(answer.error_code());
    handle(failed);
}

void SyncService::end(bool ok) {
    engine_.reset();
    pulling_ = false;
    emit progressChanged();
    emit stateChanged();
    core_.notifyRecordsChanged({});
    emit finished(ok);
    if (again_ && ok) {
        again_ = false;
        syncNow();
    }
}

void SyncService::setOnline(bool online) {
    if (online == online_)
        return;
    online_ = online;
    emit stateChanged();
}

void SyncService::addLog(const QString& line) {
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(core_.nowMs()).toString(QStringLiteral("dd-MM HH:mm:ss"));
    log_.prepend(stamp + QStringLiteral("  ") + line);
    while (log_.size() > kLogLines)
        log_.removeLast();
    emit logChanged();
}

}  // namespace pantau::mobile
