#include "evaluation_controller.h"

#include <QVariantMap>

#include "app_core.h"
#include "clock/uuid.h"
#include "core/json_fields.h"
#include "evaluation_list_model.h"

namespace pantau::mobile {

namespace {

using nlohmann::json;

constexpr auto kType = "evaluation";

QString qs(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString problem_text(const Problems& problems, const AppCore& core) {
    QStringList lines;
    for (const auto& p : problems)
        lines << core.text(p.message_id, p.message_en);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

struct EvaluationController::Loaded {
    QString employee_id;
    QString period;
    QString name;
    QString nip;
    QString jabatan;
    std::optional<Evaluation> evaluation;
};

struct EvaluationController::Saved {
    std::optional<Error> error;
    std::optional<Problem> closed;  // the period is closed: why, in both languages
};

EvaluationController::EvaluationController(QObject* parent) : QObject(parent) {}

void EvaluationController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (types.isEmpty() || types.contains(QLatin1String(kType)) ||
                types.contains(QStringLiteral("employee")))
                load();
        });
        connect(core_, &AppCore::languageChanged, this, &EvaluationController::relabel);
        relabel();
    }
    emit coreChanged();
    load();
}

void EvaluationController::setEmployeeId(const QString& id) {
    if (id == employee_id_)
        return;
    employee_id_ = id;
    loaded_ = false;
    emit keyChanged();
    emit loadedChanged();
    load();
}

void EvaluationController::setPeriod(const QString& period) {
    if (period == period_)
        return;
    period_ = period;
    loaded_ = false;
    emit keyChanged();
    emit loadedChanged();
    emit labelsChanged();
    load();
}

QString EvaluationController::periodLabel() const {
    return core_ ? EvaluationListModel::labelOfPeriod(period_) : period_;
}

QVariantList EvaluationController::ratings() const {
    QVariantList list;
    if (!core_)
        return list;
    for (const Rating rating : kAllRatings)
        list << QVariantMap{
            {QStringLiteral("code"), qs(to_string(rating))},
            {QStringLiteral("label"), core_->text(label_id(rating), label_en(rating))}};
    return list;
}

QString EvaluationController::hasilKerja() const {
    return qs(to_string(evaluation_.hasil_kerja));
}

void EvaluationController::setHasilKerja(const QString& code) {
    const auto rating = rating_from_string(code.toStdString());
    if (!editable() || !rating || *rating == evaluation_.hasil_kerja)
        return;
    evaluation_.hasil_kerja = *rating;
    edited();
}

QString EvaluationController::perilaku() const {
    return qs(to_string(evaluation_.perilaku));
}

void EvaluationController::setPerilaku(const QString& code) {
    const auto rating = rating_from_string(code.toStdString());
    if (!editable() || !rating || *rating == evaluation_.perilaku)
        return;
    evaluation_.perilaku = *rating;
    edited();
}

QString EvaluationController::predikatCode() const {
    return qs(to_string(predikat(evaluation_.hasil_kerja, evaluation_.perilaku)));
}

QString EvaluationController::predikatLabel() const {
    const Predikat p = predikat(evaluation_.hasil_kerja, evaluation_.perilaku);
    return core_ ? core_->text(label_id(p), label_en(p)) : qs(label_id(p));
}

void EvaluationController::setFeedback(const QString& feedback) {
    const std::string text = feedback.toStdString();
    if (!editable() || text == evaluation_.feedback)
        return;
    evaluation_.feedback = text;
    edited();
}

QString EvaluationController::stateCode() const {
    return stored_state_ ? qs(to_string(*stored_state_)) : QString();
}

QString EvaluationController::stateLabel() const {
    return EvaluationListModel::stateLabel(stored_state_);
}

void EvaluationController::setRating(int row, const QString& code) {
    const auto rating = rating_from_string(code.toStdString());
    if (editable() && rating && values_.setRating(row, *rating, *core_))
        edited();
}

void EvaluationController::setEvidence(int row, const QString& text) {
    if (editable() && values_.setEvidence(row, text))
        edited();
}

Evaluation EvaluationController::evaluation() const {
    Evaluation e = evaluation_;
    e.values = values_.values();
    return e;
}

void EvaluationController::saveDraft() {
    if (!editable())
        return;
    Evaluation e = evaluation();
    e.state = EvaluationState::DRAFT;
    if (const std::string actor = core_->actor(); !actor.empty())
        e.evaluator = actor;
    if (const Problems problems = e.validate(); !problems.empty())
        return setError(problem_text(problems, *core_));
    save(std::move(e));
}

Evaluation EvaluationController::finalVersion() const {
    Evaluation e = evaluation();
    e.state = EvaluationState::FINAL;
    if (const std::string actor = core_->actor(); !actor.empty())
        e.evaluator = actor;
    return e.with_derived_predikat();
}

QStringList EvaluationController::finalProblems(const Evaluation& final_version) const {
    QStringList lines;
    for (const auto& problem : final_version.validate()) {
        // The catalogue's codes mean little on a phone: name the values instead.
        if (problem.code == "incomplete")
            lines
                << tr("Belum dinilai: %1.").arg(values_.unratedLabels().join(QStringLiteral(", ")));
        else
            lines << core_->text(problem.message_id, problem.message_en);
    }
    // The domain asks for evidence behind every value rating; a final
    // evaluation cannot be amended later to add it.
    if (const QStringList bare = values_.labelsWithoutEvidence(); !bare.isEmpty())
        lines << tr("Bukti belum dicatat: %1.").arg(bare.join(QStringLiteral(", ")));
    return lines;
}

bool EvaluationController::readyToFinalise() {
    if (!editable())
        return false;
    const QStringList problems = finalProblems(finalVersion());
    setError(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

void EvaluationController::finalise() {
    if (!editable())
        return;
    Evaluation e = finalVersion();
    if (const QStringList problems = finalProblems(e); !problems.isEmpty())
        return setError(problems.join(QLatin1Char('\n')));
    save(std::move(e));
}

void EvaluationController::save(Evaluation evaluation) {
    setError({});
    setBusy(true);
    const std::string id = evaluation_id(evaluation.employee_id, evaluation.period);
    store::LocalEdit edit{kType, id, core_->unit(), evaluation.to_json(), false};
    const qint64 now = core_->nowMs();
    core_->database().run(
        this,
        [edit = std::move(edit), incoming = evaluation, now](store::DeviceStore& s) {
            // The stored version may have been finalised by another device
            // since this screen loaded it.
            nlohmann::json before;
            if (const auto stored = s.get(kType, edit.id); stored && !stored->deleted) {
                Problems ignored;
                const Evaluation current = Evaluation::from_json(stored->data, ignored);
                if (auto allowed = can_update(current, incoming); !allowed)
                    return Saved{allowed.error(), std::nullopt};
                before = stored->data;
            }
            // HR may have closed the period (records/period_lock.h).
            if (auto closed = s.closed_period_refusal(kType, before, edit.data, now))
                return Saved{Error{closed->code, closed->message_en}, std::move(closed)};
            if (auto recorded = s.record(edit, now); !recorded)
                return Saved{recorded.error(), std::nullopt};
            return Saved{};
        },
        [this, evaluation, edits = edits_](const Saved& outcome) {
            setBusy(false);
            if (outcome.closed) {
                setError(core_->text(outcome.closed->message_id, outcome.closed->message_en));
                return;
            }
            if (outcome.error) {
                if (outcome.error->code == "evaluation_final") {
                    setError(
                        tr("Penilaian ini sudah difinalkan di perangkat lain dan tidak "
                           "dapat diubah lagi."));
                    saved_edits_ = edits_;  // the edits cannot be kept
                    emit dirtyChanged();
                    load();
                    return;
                }
                setError(tr("Penilaian tidak dapat disimpan: %1")
                             .arg(QString::fromStdString(outcome.error->message)));
                return;
            }
            evaluation_ = evaluation;
            evaluation_.values.clear();
            stored_state_ = evaluation.state;
            saved_edits_ = edits;
            emit evaluationChanged();
            emit dirtyChanged();
            core_->notifyRecordsChanged({QString::fromLatin1(kType)});
            emit saved();
            if (evaluation.state == EvaluationState::FINAL)
                emit finalised();
        });
}

void EvaluationController::load() {
    if (!core_ || employee_id_.isEmpty() || period_.isEmpty())
        return;
    const std::string employee = employee_id_.toStdString();
    const std::string period = period_.toStdString();
    core_->database().run(
        this,
        [employee, period](store::DeviceStore& s) {
            Loaded l;
            l.employee_id = QString::fromStdString(employee);
            l.period = QString::fromStdString(period);
            if (const auto e = s.get("employee", employee)) {
                l.name = QString::fromStdString(text_or_empty(e->data, "name"));
                l.nip = QString::fromStdString(text_or_empty(e->data, "nip"));
                l.jabatan = QString::fromStdString(text_or_empty(e->data, "jabatan"));
            }
            if (const auto stored = s.get(kType, evaluation_id(employee, period));
                stored && !stored->deleted) {
                Problems ignored;
                l.evaluation = Evaluation::from_json(stored->data, ignored);
            }
            return l;
        },
        [this](const Loaded& l) { apply(l); });
}

void EvaluationController::apply(const Loaded& l) {
    if (l.employee_id != employee_id_ || l.period != period_)
        return;  // the screen moved on to another key meanwhile
    if (l.name != employee_name_ || l.nip != employee_nip_ || l.jabatan != jabatan_) {
        employee_name_ = l.name;
        employee_nip_ = l.nip;
        jabatan_ = l.jabatan;
        emit employeeChanged();
    }
    const bool final = l.evaluation && l.evaluation->state == EvaluationState::FINAL;
    // Unsaved edits survive a refresh, unless the evaluation became final
    // elsewhere: then they could never be saved.
    if (loaded_ && dirty() && !final)
        return;
    if (loaded_ && dirty())
        setError(
            tr("Penilaian ini sudah difinalkan di perangkat lain; perubahan di layar ini "
               "tidak disimpan."));
    Evaluation e;
    e.employee_id = employee_id_.toStdString();
    e.period = period_.toStdString();
    if (l.evaluation)
        e = *l.evaluation;
    values_.load(e.values, *core_);
    e.values.clear();
    evaluation_ = std::move(e);
    stored_state_ = l.evaluation ? std::optional(l.evaluation->state) : std::nullopt;
    saved_edits_ = edits_;
    emit evaluationChanged();
    emit dirtyChanged();
    if (!loaded_) {
        loaded_ = true;
        emit loadedChanged();
    }
}

void EvaluationController::edited() {
    const bool was_dirty = dirty();
    ++edits_;
    emit evaluationChanged();
    if (!was_dirty)
        emit dirtyChanged();
}

void EvaluationController::relabel() {
    values_.relabel(*core_);
    emit labelsChanged();
    emit evaluationChanged();
}

void EvaluationController::setError(const QString& text) {
    if (text == error_)
        return;
    error_ = text;
    emit errorTextChanged();
}

void EvaluationController::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged();
}

}  // namespace pantau::mobile
