#include "app_core.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QQmlEngine>
#include <QStandardPaths>
#include <array>

#include "evaluation/evaluation_period.h"
#include "json_text.h"
#include "org/timezone.h"
#include "records/catalogue_set.h"
#include "records/record_types.h"
#include "sync_service.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

// Meta keys of the session; the token is the device's own credential, kept
// in the app's private storage like any other app secret on the phone.
constexpr auto kServer = "session.server_url";
constexpr auto kServerKey = "session.server_key";  // base64 of the pinned key's SHA-256
constexpr auto kToken = "session.token";
constexpr auto kUserId = "session.user_id";
constexpr auto kUserName = "session.user_name";
constexpr auto kUnitId = "session.unit_id";
constexpr auto kUnits = "session.units";
constexpr auto kDeviceName = "settings.device_name";
constexpr auto kLanguage = "settings.language";

QString qs(const std::optional<std::string>& value) {
    return value ? QString::fromStdString(*value) : QString();
}

QString default_data_dir() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.pantau");
    return dir;
}

QString unit_field(const json& units, const QString& unit_id, const char* field) {
    for (const auto& unit : units)
        if (text_or_empty(unit, "id") == unit_id.toStdString())
            return json_text(unit, field);
    return {};
}

}  // namespace

AppCore::AppCore(Options options, QObject* parent) : QObject(parent), options_(std::move(options)) {
    data_dir_ = options_.data_dir.isEmpty() ? default_data_dir() : options_.data_dir;
    QDir().mkpath(data_dir_);
    database_ = std::make_unique<DeviceDatabase>(data_dir_ + QStringLiteral("/pantau.db"));
    if (database_->isOpen()) {
        database_->call([](store::DeviceStore& s) {
            s.set_validator([](const std::string& type, const json& data) {
                return check_record_data(type, data);
            });
        });
        loadSession();
    }
    today_iso_ = todayIso();
    sync_ = std::make_unique<SyncService>(*this, options_.start_sync_timers);
}

AppCore::~AppCore() {
    sync_.reset();  // before the database it writes to
    if (!translator_.isEmpty())
        QCoreApplication::removeTranslator(&translator_);
}

void AppCore::loadSession() {
    struct Loaded {
        std::optional<std::string> server, server_key, token, user_id, user_name, unit_id, units,
            device_name, language;
        std::string device_id;
    };
    const Loaded l = database_->call([](store::DeviceStore& s) {
        return Loaded{s.meta(kServer),   s.meta(kServerKey), s.meta(kToken), s.meta(kUserId),
                      s.meta(kUserName), s.meta(kUnitId),    s.meta(kUnits), s.meta(kDeviceName),
                      s.meta(kLanguage), s.device_id()};
    });
    session_ = Session{};
    session_.server_url = qs(l.server);
    session_.server_key = QByteArray::fromBase64(qs(l.server_key).toLatin1());
    session_.token = qs(l.token);
    session_.device_id = QString::fromStdString(l.device_id);
    session_.user_id = qs(l.user_id);
    session_.user_name = qs(l.user_name);
    session_.unit_id = qs(l.unit_id);
    if (l.units)
        session_.units = json::parse(*l.units, nullptr, false);
    if (!session_.units.is_array())
        session_.units = json::array();
    session_.unit_name = unit_field(session_.units, session_.unit_id, "name");
    session_.unit_timezone = unit_field(session_.units, session_.unit_id, "timezone");
    device_name_ = qs(l.device_name);
    if (l.language) {
        // Already stored: set it first so that setLanguage only loads the
        // translation and does not write the same value back at every start.
        const QString stored = QString::fromStdString(*l.language);
        language_ = stored == QLatin1String("en") ? stored : QStringLiteral("id");
        setLanguage(stored);
    }
    installCatalogues();
}

Result<void> AppCore::startSession(const Session& session) {
    const auto stored = database_->call([&session](store::DeviceStore& s) -> Result<void> {
        const std::pair<const char*, std::string> values[] = {
            {kServer, session.server_url.toStdString()},
            {kServerKey, session.server_key.toBase64().toStdString()},
            {kToken, session.token.toStdString()},
            {kUserId, session.user_id.toStdString()},
            {kUserName, session.user_name.toStdString()},
            {kUnitId, session.unit_id.toStdString()},
            {kUnits, session.units.dump()},
        };
        for (const auto& [key, value] : values)
            if (auto r = s.set_meta(key, value); !r)
                return r;
        return s.set_device_id(session.device_id.toStdString());
    });
    if (!stored)
        return stored;
    loadSession();
    emit sessionChanged();
    refreshToday();
    return success();
}

void AppCore::installCatalogues() {
    if (!database_->isOpen())
        return;
    database_->run(
        this,
        [](store::DeviceStore& s) {
            std::vector<json> documents;
            for (const auto& record : s.list(std::string(kCatalogueRecordType)))
                if (!record.deleted)
                    documents.push_back(record.data);
            auto set = CatalogueSet::from_documents(documents);
            const auto before = current_catalogues();
            bool changed = false;
            for (const auto& now : set->in_force()) {
                const auto* was = before->in_force(now.name);
                changed =
                    changed || !was || was->version != now.version || was->received != now.received;
            }
            install_catalogues(std::move(set));
            return changed;
        },
        [this](bool changed) {
            if (changed)
                emit cataloguesChanged();
        });
}

void AppCore::endSession() {
    sync_->cancel();
    database_->call([](store::DeviceStore& s) {
        s.database().exec(
            "DELETE FROM records; DELETE FROM outbox; DELETE FROM conflicts; DELETE FROM history; "
            "DELETE FROM meta WHERE key NOT LIKE 'settings.%';");
    });
    loadSession();
    emit sessionChanged();
    notifyRecordsChanged({});
}

void AppCore::setDeviceName(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed == device_name_)
        return;
    device_name_ = trimmed;
    database_->run([value = trimmed.toStdString()](store::DeviceStore& s) {
        return s.set_meta(kDeviceName, value);
    });
    emit deviceNameChanged();
}

void AppCore::setLanguage(const QString& language) {
    const QString wanted =
        language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    if (!translator_.isEmpty())
        QCoreApplication::removeTranslator(&translator_);
    // Source texts are Indonesian; English comes from the translation file.
    if (wanted == QLatin1String("en") && translator_.load(QStringLiteral(":/i18n/pantau_en.qm")))
        QCoreApplication::installTranslator(&translator_);
    if (wanted == language_)
        return;
    language_ = wanted;
    database_->run([value = wanted.toStdString()](store::DeviceStore& s) {
        return s.set_meta(kLanguage, value);
    });
    if (engine_)
        engine_->retranslate();
    emit languageChanged();
    emit todayChanged();
}

QString AppCore::text(std::string_view id, std::string_view en) const {
    return text(id, en, english());
}

QString AppCore::text(std::string_view id, std::string_view en, bool english) {
    const std::string_view chosen = english && !en.empty() ? en : id;
    return QString::fromUtf8(chosen.data(), static_cast<qsizetype>(chosen.size()));
}

QString AppCore::typeLabel(std::string_view type, bool english) {
    const RecordType* found = find_record_type(type);
    return found ? text(found->label_id, found->label_en, english) : text(type, {}, false);
}

qint64 AppCore::nowMs() const {
    return options_.clock ? options_.clock() : QDateTime::currentMSecsSinceEpoch();
}

int AppCore::utcOffsetMinutes() const {
    return utc_offset_minutes_or_fallback(session_.unit_timezone.toStdString());
}

Date AppCore::today() const {
    return local_date(nowMs(), utcOffsetMinutes());
}

QString AppCore::momentLabel(std::int64_t unix_ms, int utc_offset_minutes) const {
    constexpr std::int64_t kDayMs = 86'400'000;
    const std::int64_t local_ms = unix_ms + std::int64_t{utc_offset_minutes} * 60'000;
    const std::int64_t minute_of_day = ((local_ms % kDayMs + kDayMs) % kDayMs) / 60'000;
    return QStringLiteral("%1 %2:%3")
        .arg(dateLabel(local_date(unix_ms, utc_offset_minutes)))
        .arg(minute_of_day / 60, 2, 10, QLatin1Char('0'))
        .arg(minute_of_day % 60, 2, 10, QLatin1Char('0'));
}

QString AppCore::dateLabel(const Date& date) const {
    static constexpr std::array<const char*, 7> kDaysId = {"Senin", "Selasa", "Rabu",  "Kamis",
                                                           "Jumat", "Sabtu",  "Minggu"};
    static constexpr std::array<const char*, 7> kDaysEn = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static constexpr std::array<const char*, 12> kMonthsId = {
        "Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
        "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};
    static constexpr std::array<const char*, 12> kMonthsEn = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    // 1970-01-01 was a Thursday; index 0 is Monday.
    const auto weekday = static_cast<std::size_t>(((date.days_since_epoch() % 7) + 7 + 3) % 7);
    const auto month = static_cast<std::size_t>(date.month() - 1);
    return QStringLiteral("%1, %2 %3 %4")
        .arg(QString::fromLatin1(english() ? kDaysEn[weekday] : kDaysId[weekday]))
        .arg(date.day())
        .arg(QString::fromLatin1(english() ? kMonthsEn[month] : kMonthsId[month]))
        .arg(date.year());
}

QString AppCore::todayLabel() const {
    return dateLabel(today());
}

QString AppCore::currentPeriod() const {
    return QString::fromStdString(evaluation_quarter_of(today()));
}

void AppCore::refreshToday() {
    const QString now = todayIso();
    if (now == today_iso_)
        return;
    today_iso_ = now;
    emit todayChanged();
}

void AppCore::notifyRecordsChanged(const QStringList& types) {
    emit recordsChanged(types);
}

}  // namespace pantau::mobile
