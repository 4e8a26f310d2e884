#include "survey_controller.h"

#include <QRandomGenerator>
#include <QVariantMap>
#include <cstring>

#include "app_core.h"
#include "clock/uuid.h"
#include "core/date.h"
#include "evaluation/evaluation.h"
#include "evaluation_list_model.h"
#include "org/timezone.h"

namespace pantau::mobile {

namespace {

constexpr auto kType = "survey_response";
constexpr qint64 kDayMs = 86'400'000;

struct Range {
    qint64 from_ms = 0;  // inclusive
    qint64 to_ms = 0;    // exclusive
};

// The instants of a period ("2026" or "2026-Q4") in the unit's local time.
std::optional<Range> range_of(const QString& period, int offset_minutes) {
    const auto kind = evaluation_period_kind(period.toStdString());
    if (!kind || *kind == PeriodKind::MONTHLY)
        return std::nullopt;
    const int year = period.left(4).toInt();
    int first_month = 1;
    int last_year = year + 1;
    int last_month = 1;
    if (*kind == PeriodKind::QUARTERLY) {
        const int quarter = period.mid(6, 1).toInt();
        first_month = 3 * (quarter - 1) + 1;
        last_year = quarter == 4 ? year + 1 : year;
        last_month = quarter == 4 ? 1 : first_month + 3;
    }
    const auto from = Date::from_ymd(year, first_month, 1);
    const auto to = Date::from_ymd(last_year, last_month, 1);
    if (!from || !to)
        return std::nullopt;
    const qint64 offset_ms = qint64{offset_minutes} * 60'000;
    return Range{from->days_since_epoch() * kDayMs - offset_ms,
                 to->days_since_epoch() * kDayMs - offset_ms};
}

UuidBytes random_bytes() {
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    UuidBytes bytes{};
    std::memcpy(bytes.data(), words.data(), bytes.size());
    return bytes;
}

std::optional<std::string> optional_text(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional(trimmed.toStdString());
}

}  // namespace

SurveyController::SurveyController(QObject* parent) : QObject(parent) {}

void SurveyController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (types.isEmpty() || types.contains(QLatin1String(kType)))
                recompute();
        });
        connect(core_, &AppCore::languageChanged, this, [this] {
            emit elementsChanged();
            emit periodChanged();
            emit periodsChanged();
            emit ikmChanged();
        });
        connect(core_, &AppCore::todayChanged, this, &SurveyController::periodsChanged);
        if (period_.isEmpty())
            period_ = core_->currentPeriod().left(4);
    }
    emit coreChanged();
    emit elementsChanged();
    emit periodChanged();
    emit periodsChanged();
    recompute();
}

QStringList SurveyController::elements() const {
    QStringList labels;
    for (const auto& element : skm_elements().elements())
        labels << (core_ ? core_->text(element.label_id, element.label_en)
                         : QString::fromStdString(element.label_id));
    return labels;
}

QVariantList SurveyController::scores() const {
    QVariantList list;
    for (const int score : scores_)
        list << score;
    return list;
}

void SurveyController::setAge(int age) {
    if (age == age_)
        return;
    age_ = age;
    emit formChanged();
}

void SurveyController::setGender(const QString& gender) {
    if (gender == gender_ ||
        (!gender.isEmpty() && !respondent_gender_from_string(gender.toStdString())))
        return;
    gender_ = gender;
    emit formChanged();
}

void SurveyController::setEducation(const QString& education) {
    if (education == education_)
        return;
    education_ = education;
    emit formChanged();
}

void SurveyController::setOccupation(const QString& occupation) {
    if (occupation == occupation_)
        return;
    occupation_ = occupation;
    emit formChanged();
}

QStringList SurveyController::educationChoices() const {
    return {QStringLiteral("SD"),       QStringLiteral("SMP"), QStringLiteral("SMA"),
            QStringLiteral("D1-D3-D4"), QStringLiteral("S1"),  QStringLiteral("S2"),
            QStringLiteral("S3")};
}

QStringList SurveyController::occupationChoices() const {
    return {QStringLiteral("PNS"),    QStringLiteral("TNI"),       QStringLiteral("POLRI"),
            QStringLiteral("SWASTA"), QStringLiteral("WIRAUSAHA"), QStringLiteral("LAINNYA")};
}

bool SurveyController::canSubmit() const {
    return core_ && !busy_ && response().answered_any();
}

void SurveyController::setScore(int index, int value) {
    if (index < 0 || index >= static_cast<int>(kSkmElementCount) || value < 0 ||
        value > kSkmMaxScore)
        return;
    setThanked(false);
    int& score = scores_[static_cast<std::size_t>(index)];
    if (score == value)
        return;
    score = value;
    emit formChanged();
}

SurveyResponse SurveyController::response() const {
    SurveyResponse r;
    if (core_) {
        r.unit_id = core_->unit();
        r.collected_at = core_->nowMs();
    }
    for (std::size_t i = 0; i < kSkmElementCount; ++i)
        if (scores_[i] > 0)
            r.scores[i] = scores_[i];
    RespondentProfile profile;
    if (age_ > 0)
        profile.age = age_;
    profile.gender = respondent_gender_from_string(gender_.toStdString());
    profile.education = optional_text(education_);
    profile.occupation = optional_text(occupation_);
    if (profile != RespondentProfile{})
        r.respondent = profile;
    return r;
}

void SurveyController::submit() {
    if (!canSubmit())
        return;
    const SurveyResponse r = response();
    if (const Problems problems = r.validate(); !problems.empty()) {
        QStringList lines;
        for (const auto& p : problems)
            lines << core_->text(p.message_id, p.message_en);
        return setError(lines.join(QLatin1Char('\n')));
    }
    setError({});
    busy_ = true;
    emit busyChanged();
    emit formChanged();
    store::LocalEdit edit{kType, uuid_v4(random_bytes()), r.unit_id, r.to_json(), false};
    core_->database().run(
        this,
        [edit = std::move(edit), now = r.collected_at](store::DeviceStore& s) {
            auto recorded = s.record(edit, now);
            return recorded ? std::optional<Error>() : std::optional(recorded.error());
        },
        [this](const std::optional<Error>& error) {
            busy_ = false;
            emit busyChanged();
            emit formChanged();
            if (error)
                return setError(tr("Jawaban tidak dapat disimpan: %1")
                                    .arg(QString::fromStdString(error->message)));
            clearForm();
            setThanked(true);
            core_->notifyRecordsChanged({QString::fromLatin1(kType)});
            emit submitted();
        });
}

void SurveyController::nextRespondent() {
    setThanked(false);
}

void SurveyController::clearForm() {
    scores_ = {};
    age_ = 0;
    gender_.clear();
    education_.clear();
    occupation_.clear();
    emit formChanged();
}

void SurveyController::setPeriod(const QString& period) {
    if (period == period_ || !range_of(period, 0) /* checks its form only */)
        return;
    period_ = period;
    emit periodChanged();
    recompute();
}

QString SurveyController::periodLabel() const {
    return EvaluationListModel::labelOfPeriod(period_);
}

QVariantList SurveyController::periods() const {
    if (!core_)
        return {};
    const QString quarter = core_->currentPeriod();
    const QString year = quarter.left(4);
    return {QVariantMap{{QStringLiteral("period"), year},
                        {QStringLiteral("label"), EvaluationListModel::labelOfPeriod(year)}},
            QVariantMap{{QStringLiteral("period"), quarter},
                        {QStringLiteral("label"), EvaluationListModel::labelOfPeriod(quarter)}}};
}

QString SurveyController::ikmValue() const {
    if (ikm_.respondents == 0)
        return QStringLiteral("–");
    const bool english = core_ && core_->english();
    const int h = ikm_.converted_hundredths;
    return QStringLiteral("%1%2%3")
        .arg(h / 100)
        .arg(english ? QLatin1Char('.') : QLatin1Char(','))
        .arg(h % 100, 2, 10, QLatin1Char('0'));
}

QString SurveyController::qualityLetter() const {
    return ikm_.quality ? QString::fromStdString(ikm_.quality->letter) : QString();
}

QString SurveyController::qualityLabel() const {
    if (!ikm_.quality)
        return tr("Belum ada responden");
    return core_ ? core_->text(ikm_.quality->label_id, ikm_.quality->label_en)
                 : QString::fromStdString(ikm_.quality->label_id);
}

void SurveyController::recompute() {
    if (!core_ || period_.isEmpty())
        return;
    const auto range = range_of(period_, core_->utcOffsetMinutes());
    if (!range)
        return;
    core_->database().run(
        this,
        [unit = core_->unit(), range = *range](store::DeviceStore& s) {
            std::vector<SurveyResponse> responses;
            for (const auto& stored : s.list(kType, unit)) {
                if (stored.deleted)
                    continue;
                Problems problems;
                SurveyResponse r = SurveyResponse::from_json(stored.data, problems);
                if (problems.empty() && r.collected_at >= range.from_ms &&
                    r.collected_at < range.to_ms)
                    responses.push_back(std::move(r));
            }
            return compute_ikm(responses);
        },
        [this, period = period_](const IkmResult& ikm) {
            if (period != period_)
                return;
            ikm_ = ikm;
            emit ikmChanged();
        });
}

void SurveyController::setThanked(bool thanked) {
    if (thanked == thanked_)
        return;
    thanked_ = thanked;
    emit thankedChanged();
}

void SurveyController::setError(const QString& text) {
    if (text == error_)
        return;
    error_ = text;
    emit errorTextChanged();
}

}  // namespace pantau::mobile
