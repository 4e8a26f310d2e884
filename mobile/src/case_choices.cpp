// CaseController's choices and sentences: the officials, close reasons and
// outcomes a step page offers, the remedy sentence of a decided case, and
// the refusals in the supervisor's words. The actions are case_controller.cpp.
#include <QStringList>

#include "app_core.h"
#include "case_controller.h"
#include "catalogue_choice_model.h"
#include "discipline/sanction_authority.h"
#include "records/case_progress.h"

namespace pantau::mobile {

namespace {

QString qstring(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

QVariantList CaseController::authorities() const {
    QVariantList list;
    if (!core_)
        return list;
    for (const auto& a : sanction_authorities().entries())
        list.push_back(QVariantMap{{QStringLiteral("code"), qstring(a.code)},
                                   {QStringLiteral("label"), core_->text(a.title_id, a.title_en)}});
    return list;
}

QVariantList CaseController::closeReasons() const {
    QVariantList list;
    if (!core_ || !data_)
        return list;
    for (CloseReason r : close_reasons_from(data_->summary.state)) {
        const BilingualText text = close_reason_text(r);
        list.push_back(QVariantMap{{QStringLiteral("code"), qstring(to_string(r))},
                                   {QStringLiteral("label"), core_->text(text.id, text.en)}});
    }
    return list;
}

bool CaseController::needsOutcome(const QString& stepCode) const {
    return data_ && stepCode == qstring(to_string(CaseState::IN_FORCE)) &&
           (data_->summary.state == CaseState::OBJECTION ||
            data_->summary.state == CaseState::APPEAL);
}

QVariantList CaseController::outcomes() const {
    QVariantList list;
    if (!core_)
        return list;
    for (auto o : {RemedyOutcome::UPHELD, RemedyOutcome::REDUCED, RemedyOutcome::INCREASED}) {
        const BilingualText text = remedy_outcome_text(o);
        list.push_back(QVariantMap{{QStringLiteral("code"), qstring(to_string(o))},
                                   {QStringLiteral("label"), core_->text(text.id, text.en)}});
    }
    return list;
}

QString CaseController::proposedSanction() const {
    return data_ && data_->proposed_sanction ? qstring(*data_->proposed_sanction) : QString();
}

QString CaseController::remedyLabel() const {
    if (!core_ || !data_ || !data_->calendar)
        return {};
    std::vector<DisciplineEvent> steps;
    for (const auto& e : data_->events)
        steps.push_back(e.event);
    const auto status =
        remedy_status(steps, data_->utc_offset_minutes, *current_catalogues(), *data_->calendar);
    if (!status)
        return {};
    QStringList parts;
    if (status->remedy && status->filing_last_day && !status->filed_on)
        parts << tr("%1 kepada %2 paling lambat %3.")
                     .arg(core_->text(status->remedy->title_id, status->remedy->title_en),
                          core_->text(status->remedy->addressee_id, status->remedy->addressee_en),
                          core_->dateLabel(*status->filing_last_day));
    else if (status->remedy && status->filed_on)
        parts << tr("%1 diajukan %2.")
                     .arg(core_->text(status->remedy->title_id, status->remedy->title_en),
                          core_->dateLabel(*status->filed_on));
    else if (!status->remedy && status->received_on)
        parts << tr("Tidak ada upaya administratif terhadap hukuman ini.");
    if (status->outcome) {
        QString outcome = qstring(*status->outcome);
        if (const auto o = remedy_outcome_from_string(*status->outcome)) {
            const BilingualText text = remedy_outcome_text(*o);
            outcome = core_->text(text.id, text.en);
        } else if (const auto r = close_reason_from_string(*status->outcome)) {
            const BilingualText text = close_reason_text(*r);
            outcome = core_->text(text.id, text.en);
        }
        parts << tr("Hasil: %1.").arg(outcome);
    }
    if (status->effective_on && status->sanction)
        parts << tr("Hukuman %1 berlaku mulai %2.")
                     .arg(qstring(*status->sanction), core_->dateLabel(*status->effective_on));
    return parts.join(QLatin1Char(' '));
}

QString CaseController::problemText(const Problems& problems) const {
    QStringList lines;
    for (const auto& p : problems)
        lines << QString::fromStdString(core_->english() ? p.message_en : p.message_id);
    return lines.join(QLatin1Char('\n'));
}

QString CaseController::refusalText(const Error& error) const {
    if (error.code == "illegal_transition")
        return tr("Langkah ini tidak dapat dicatat pada tahap kasus sekarang.");
    if (error.code == "appeal_not_allowed")
        return tr("Banding administratif hanya terbuka terhadap hukuman pemberhentian.");
    if (error.code == "objection_not_allowed")
        return tr(
            "Keberatan tidak terbuka terhadap hukuman ini; pemberhentian diajukan banding "
            "administratif.");
    if (error.code == "close_reason_missing")
        return tr("Pilih alasan penutupan kasus.");
    if (error.code == "close_reason_not_allowed")
        return tr(
            "Alasan penutupan ini tidak berlaku pada tahap kasus sekarang (data keliru "
            "hanya sebelum panggilan).");
    if (error.code == "outcome_sanction_mismatch")
        return tr(
            "Hasil diperingan harus menyebut hukuman yang lebih ringan, diperberat yang "
            "lebih berat.");
    if (error.code == "sanction_not_in_rules")
        return tr("Hukuman ini bukan bagian dari aturan disiplin kasus ini.");
    if (error.code == "first_event_not_reported" || error.code == "correction_of_unknown_step")
        return brokenHistoryText();
    return tr("Langkah tidak tersimpan: %1").arg(qstring(error.message));
}

}  // namespace pantau::mobile
