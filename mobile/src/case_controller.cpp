#include "case_controller.h"

#include <QRandomGenerator>
#include <algorithm>

#include "app_core.h"
#include "attendance/pp94_indication.h"
#include "catalogue_choice_model.h"
#include "clock/uuid.h"
#include "discipline/pp94_article.h"
#include "records/case_decision.h"
#include "records/case_progress.h"
#include "records/catalogue_set.h"
#include "roll_call_day.h"

namespace pantau::mobile {

namespace {

std::string new_id() {
    UuidBytes bytes{};
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(QRandomGenerator::system()->bounded(256));
    return uuid_v4(bytes);
}

QString qstring(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Pasal 4 huruf f: to come to work and keep to working hours.
constexpr std::string_view kAttendanceDutyArticle = "4f";

bool is_decision(CaseState step) {
    return step == CaseState::DECIDED || step == CaseState::DECIDED_ON_EVIDENCE;
}

// A step never sorts before the steps already recorded, even when this
// phone's clock is behind the one that recorded them.
std::int64_t time_of_new_step(const std::vector<StoredCaseEvent>& events, std::int64_t now) {
    return events.empty() ? now : std::max(now, events.back().event.at);
}

// The stored steps with `step` at the place it will have once stored,
// replayed strictly: exactly what the server checks before it takes the step.
// The step's version is not made yet; it will sort after every version this
// phone has seen (the hybrid clock sends past all it received), as the
// highest one does here.
Result<CaseState> replay_with(std::vector<StoredCaseEvent> stored, const DisciplineEvent& step,
                              const SanctionCatalogue& sanctions) {
    insert_in_order(stored, {"", "ffffffffffffffff", step});
    return replay_case(steps_of(stored), sanctions);
}

std::optional<CaseController::CaseData> load_case(store::DeviceStore& s, const std::string& case_id,
                                                  const Date& today) {
    const auto record = s.get("discipline_case", case_id);
    if (!record || record->deleted)
        return std::nullopt;
    const auto summaries = load_case_summaries(s, record->unit_id, today);
    const auto summary = std::find_if(summaries.begin(), summaries.end(),
                                      [&](const CaseSummary& c) { return c.id == case_id; });
    if (summary == summaries.end())
        return std::nullopt;
    Problems ignored;
    CaseController::CaseData data;
    data.unit_id = record->unit_id;
    data.allegation = DisciplineCase::from_json(record->data, ignored);
    data.summary = *summary;
    data.events = load_case_events(s, record->unit_id, case_id);
    data.utc_offset_minutes = unit_utc_offset_minutes(s, record->unit_id);
    const auto catalogues = current_catalogues();
    data.calendar = load_work_schedules(s, record->unit_id)
                        .person_calendar(catalogues->work_calendar(), record->unit_id,
                                         data.allegation.employee_id);
    if (const auto employee = s.get("employee", data.allegation.employee_id);
        employee && !employee->deleted)
        data.jabatan_kind = jabatan_kind_from_string(employee->data.value("jabatan_kind", ""));
    const auto rules = catalogues->discipline_rules(data.allegation.rule_set);
    if (rules && data.allegation.source == to_string(CaseSource::TK_INDICATION)) {
        // The day count of the year the case was opened in, as it stands
        // today (the year before too, for a run over New Year).
        const int year = local_date(data.allegation.opened_at, data.utc_offset_minutes).year();
        std::vector<AttendanceDay> days;
        for (const auto& a : s.attendance_between(record->unit_id, *Date::from_ymd(year - 1, 1, 1),
                                                  *Date::from_ymd(year, 12, 31))) {
            Problems skipped;
            const Attendance attendance = Attendance::from_json(a.data, skipped);
            if (attendance.employee_id == data.allegation.employee_id)
                days.push_back(attendance_day(attendance));
        }
        data.proposed_sanction =
            proposed_sanction(indicate_absence(year, days, *data.calendar, rules->thresholds,
                                               catalogues->attendance_statuses()),
                              rules->sanctions);
    }
    return data;
}

bool changes_sanction(const QString& outcome) {
    return outcome == qstring(to_string(RemedyOutcome::REDUCED)) ||
           outcome == qstring(to_string(RemedyOutcome::INCREASED));
}

std::optional<std::string> text_of(const QVariantMap& details, const char* key) {
    const QString text = details.value(QLatin1String(key)).toString().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
}

// The kind of an employee this phone holds; PNS when it holds none.
EmployeeKind employee_kind_in(store::DeviceStore& s, const std::string& employee_id) {
    const auto record = s.get("employee", employee_id);
    if (!record || record->deleted)
        return EmployeeKind::PNS;
    return employee_kind_from_string(record->data.value("kind", "")).value_or(EmployeeKind::PNS);
}

bool touches_cases(const QStringList& types) {
    return types.isEmpty() || types.contains(QStringLiteral("discipline_case")) ||
           types.contains(QStringLiteral("discipline_event"));
}

}  // namespace

CaseController::CaseController(QObject* parent) : QObject(parent) {}

void CaseController::setCore(AppCore* core) {
    if (core == core_)
        return;
    if (core_)
        disconnect(core_, nullptr, this, nullptr);
    core_ = core;
    if (core_) {
        connect(core_, &AppCore::recordsChanged, this, [this](const QStringList& types) {
            if (touches_cases(types))
                reload();
        });
        connect(core_, &AppCore::languageChanged, this, &CaseController::present);
        connect(core_, &AppCore::todayChanged, this, &CaseController::reload);
    }
    emit coreChanged();
    reload();
}

void CaseController::setCaseId(const QString& id) {
    if (id == case_id_)
        return;
    case_id_ = id;
    emit caseIdChanged();
    reload();
}

void CaseController::reload() {
    if (!core_ || case_id_.isEmpty())
        return;
    core_->database().run(
        this,
        [id = case_id_.toStdString(), today = core_->today()](store::DeviceStore& s) {
            return load_case(s, id, today);
        },
        [this](std::optional<CaseData> data) {
            data_ = std::move(data);
            loaded_ = true;
            next_steps_.clear();
            history_error_.reset();
            const auto catalogues = current_catalogues();
            if (data_ && !data_->events.empty()) {
                std::vector<DisciplineEvent> stored;
                for (const auto& e : data_->events)
                    stored.push_back(e.event);
                if (auto replayed = replay_case(stored, sanctions_of_case(*catalogues)); !replayed)
                    history_error_ = replayed.error();
            }
            if (data_ && !history_error_) {
                DisciplineEvent candidate;
                candidate.case_id = case_id_.toStdString();
                candidate.at = time_of_new_step(data_->events, core_->nowMs());
                for (CaseState next : next_states(data_->summary.state)) {
                    candidate.step = next;
                    // Closing is offered when some reason fits; the page asks which.
                    const auto reasons = close_reasons_from(data_->summary.state);
                    candidate.close_reason =
                        next == CaseState::CLOSED && !reasons.empty()
                            ? std::optional<std::string>(to_string(reasons.front()))
                            : std::nullopt;
                    if (replay_with(data_->events, candidate, sanctions_of_case(*catalogues)))
                        next_steps_.push_back(next);
                }
            }
            present();
        });
}

// Labels depend on the language, so the timeline is rebuilt from the data.
void CaseController::present() {
    if (data_ && core_)
        events_.show(*core_, data_->events, data_->utc_offset_minutes);
    else if (core_)
        events_.show(*core_, {}, 0);
    emit caseChanged();
}

QString CaseController::employeeName() const {
    if (!data_)
        return {};
    const auto& s = data_->summary;
    return QString::fromStdString(s.employee_name.empty() ? s.employee_id : s.employee_name);
}

QString CaseController::articleLabel() const {
    return data_ && core_
               ? article_label(*core_, data_->allegation.article, data_->allegation.rule_set)
               : QString();
}

QString CaseController::ruleSet() const {
    if (!data_)
        return {};
    return QString::fromStdString(data_->allegation.rule_set.value_or(std::string(kPp94RuleSet)));
}

const SanctionCatalogue& CaseController::sanctions_of_case(const CatalogueSet& catalogues) const {
    // A case naming a rule set no catalogue knows is refused when recorded;
    // PP 94's stand in for reading it.
    const auto rules =
        data_ ? catalogues.discipline_rules(data_->allegation.rule_set) : std::nullopt;
    return rules ? rules->sanctions : catalogues.pp94_sanctions();
}

QString CaseController::levelLabel() const {
    return data_ && core_ ? level_label(*core_, data_->allegation.level_estimate) : QString();
}

QString CaseController::summary() const {
    return data_ ? QString::fromStdString(data_->allegation.summary) : QString();
}

QString CaseController::openedLabel() const {
    if (!data_ || !core_)
        return {};
    return tr("Dibuka %1")
        .arg(core_->momentLabel(data_->allegation.opened_at, data_->utc_offset_minutes));
}

QString CaseController::stateCode() const {
    return data_ ? qstring(to_string(data_->summary.state)) : QString();
}

QString CaseController::stateLabel() const {
    if (!data_ || !core_)
        return {};
    const BilingualText text = case_state_text(data_->summary.state);
    return core_->text(text.id, text.en);
}

QString CaseController::dueLabel() const {
    if (!data_ || !core_ || !data_->summary.next_due)
        return {};
    const StepDue& due = *data_->summary.next_due;
    const QString rule = core_->text(due.rule.description_id, due.rule.description_en);
    const QString date = core_->dateLabel(due.date);
    if (data_->summary.overdue)
        return tr("Lewat batas %1. %2").arg(date, rule);
    if (due.rule.bound == DeadlineBound::NOT_BEFORE)
        return tr("Paling cepat %1. %2").arg(date, rule);
    return tr("Paling lambat %1. %2").arg(date, rule);
}

bool CaseController::decided() const {
    return data_ && is_decided(data_->summary.state);
}

bool CaseController::terminal() const {
    return data_ && is_terminal(data_->summary.state);
}

QString CaseController::historyProblem() const {
    return history_error_ && !terminal() ? brokenHistoryText() : QString();
}

QString CaseController::brokenHistoryText() const {
    return tr(
        "Urutan langkah kasus ini tidak runtut (mungkin dicatat di dua perangkat), sehingga "
        "langkah baru tidak dapat dicatat. Hubungi BKPSDM untuk membetulkannya.");
}

QVariantList CaseController::nextSteps() const {
    QVariantList steps;
    if (!core_)
        return steps;
    for (CaseState next : next_steps_) {
        const BilingualText text = case_state_text(next);
        steps.push_back(QVariantMap{{QStringLiteral("code"), qstring(to_string(next))},
                                    {QStringLiteral("label"), core_->text(text.id, text.en)}});
    }
    return steps;
}

QString CaseController::suggestedArticle(const QString& source) const {
    if (source != qstring(to_string(CaseSource::TK_INDICATION)) ||
        !current_catalogues()->pp94_articles().find(kAttendanceDutyArticle))
        return {};
    return qstring(kAttendanceDutyArticle);
}

bool CaseController::needsSanction(const QString& stepCode) const {
    const auto step = case_state_from_string(stepCode.toStdString());
    return step && is_decision(*step);
}

QString CaseController::usualDocument(const QString& stepCode) const {
    const auto step = case_state_from_string(stepCode.toStdString());
    DocumentKind kind = DocumentKind::OTHER;
    if (step == CaseState::SUMMONED_1 || step == CaseState::SUMMONED_2)
        kind = DocumentKind::SURAT_PANGGILAN;
    else if (step == CaseState::EXAMINED)
        kind = DocumentKind::BAP;
    else if (step == CaseState::FINDINGS)
        kind = DocumentKind::LHP;
    else if (step && is_decision(*step))
        kind = DocumentKind::SK_HUKUMAN;
    else if (step == CaseState::OBJECTION)
        kind = DocumentKind::KEBERATAN;
    return qstring(to_string(kind));
}

QString CaseController::openCase(const QString& employeeId, const QString& article,
                                 const QString& levelEstimate, const QString& summary,
                                 const QString& source) {
    return openCase(employeeId, article, levelEstimate, summary, source, {});
}

QString CaseController::openCase(const QString& employeeId, const QString& article,
                                 const QString& levelEstimate, const QString& summary,
                                 const QString& source, const QStringList& otherArticles) {
    if (!core_ || busy_)
        return {};
    if (employeeId.isEmpty()) {
        setError(tr("Pilih pegawai yang bersangkutan."));
        return {};
    }
    DisciplineCase allegation;
    allegation.employee_id = employeeId.toStdString();
    allegation.opened_at = core_->nowMs();
    allegation.article = article.toStdString();
    allegation.level_estimate = levelEstimate.toStdString();
    allegation.summary = summary.trimmed().toStdString();
    allegation.source =
        source.isEmpty() ? std::string(to_string(CaseSource::INCIDENT)) : source.toStdString();
    for (const auto& other : otherArticles)
        allegation.other_articles.push_back(other.toStdString());
    const auto catalogues = current_catalogues();  // the articles and sanctions in force
    // The article's catalogue follows the employee's kind, checked where the
    // employee record is read (below); here an article of no rule set is refused.
    if (Problems problems = allegation.validate(catalogues->pp94_articles()); !problems.empty()) {
        if (catalogues->pppk_articles().find(allegation.article))
            std::erase_if(problems, [](const Problem& p) {
                // Only which catalogue holds an article waits for the employee's kind.
                return p.code == "unknown_value" &&
                       (p.field == "data.article" || p.field.starts_with("data.other_articles["));
            });
        if (!problems.empty()) {
            setError(problemText(problems));
            return {};
        }
    }
    const std::string id = new_id();
    DisciplineEvent reported;
    reported.case_id = id;
    reported.step = CaseState::REPORTED;
    reported.at = allegation.opened_at;
    reported.actor = core_->actor();
    if (const Problems problems = reported.validate(catalogues->pp94_sanctions());
        !problems.empty()) {
        setError(problemText(problems));
        return {};
    }

    setError({});
    setBusy(true);
    const QString case_id = QString::fromStdString(id);
    core_->database().run(
        this,
        [unit = core_->unit(), id, event_id = new_id(), allegation, catalogues,
         event_data = reported.to_json(),
         now = core_->nowMs()](store::DeviceStore& s) -> std::optional<Error> {
            // PNS are judged by PP 94/2021, PPPK by the instance's rules (PP
            // 49/2018 Pasal 52): the case names its rule set, as the server expects.
            auto judged = allegation;
            const auto rules =
                catalogues->discipline_rules(employee_kind_in(s, judged.employee_id));
            judged.rule_set = rules.rule_set.rule_set;
            if (const Problems problems = judged.validate(rules.articles); !problems.empty())
                return Error{"invalid_case", summarize(problems)};
            auto stored = s.record({"discipline_case", id, unit, judged.to_json()}, now);
            if (!stored)
                return stored.error();
            auto first = s.record({"discipline_event", event_id, unit, event_data}, now);
            return first ? std::nullopt : std::optional<Error>(first.error());
        },
        [this, case_id](std::optional<Error> failed) {
            setBusy(false);
            if (failed) {
                setError(tr("Kasus tidak tersimpan: %1").arg(qstring(failed->message)));
                return;
            }
            core_->notifyRecordsChanged(
                {QStringLiteral("discipline_case"), QStringLiteral("discipline_event")});
            emit caseOpened(case_id);
        });
    return case_id;
}

std::optional<DisciplineEvent> CaseController::buildStep(
    const QString& stepCode, const QString& documentKind, const QString& documentNumber,
    const QString& documentDate, const QString& note, const QString& sanction, bool refusedToSign,
    const QVariantMap& dates, bool check) {
    const auto step = case_state_from_string(stepCode.toStdString());
    if (!step) {
        setError(tr("Langkah '%1' tidak dikenal.").arg(stepCode));
        return std::nullopt;
    }
    DisciplineEvent event;
    event.case_id = case_id_.toStdString();
    event.step = *step;
    event.at = time_of_new_step(data_->events, core_->nowMs());
    event.actor = core_->actor();
    const QString number = documentNumber.trimmed();
    const QString date_text = documentDate.trimmed();
    if (!number.isEmpty() || !date_text.isEmpty()) {
        DocumentRef document;
        document.kind =
            document_kind_from_string(documentKind.toStdString()).value_or(DocumentKind::OTHER);
        document.number = number.toStdString();
        if (!date_text.isEmpty()) {
            document.date = Date::parse(date_text.toStdString());
            if (!document.date) {
                setError(tr("Tanggal dokumen '%1' tidak valid; tulis TTTT-BB-HH.").arg(date_text));
                return std::nullopt;
            }
        }
        event.documents.push_back(std::move(document));
    }
    if (!note.trimmed().isEmpty())
        event.note = note.trimmed().toStdString();
    const QString chosen =
        sanction.isEmpty() ? dates.value(QStringLiteral("sanction")).toString() : sanction;
    const QString outcome =
        needsOutcome(stepCode) ? dates.value(QStringLiteral("outcome")).toString() : QString();
    if ((is_decision(*step) || changes_sanction(outcome)) && !chosen.isEmpty())
        event.sanction = chosen.toStdString();
    if (*step == CaseState::EXAMINED)
        event.refused_to_sign = refusedToSign;
    if (is_decision(*step)) {
        const auto name = text_of(dates, "deciderName");
        const auto position = text_of(dates, "deciderPosition");
        const auto authority = text_of(dates, "authority");
        if (name || position || authority)
            event.decided_by = DecidingOfficial{name.value_or(""), text_of(dates, "deciderNip"),
                                                position.value_or(""), authority.value_or("")};
        event.proposed_sanction = data_->proposed_sanction;
        event.deviation_reason = text_of(dates, "deviationReason");
    }
    if (*step == CaseState::CLOSED)
        event.close_reason = text_of(dates, "closeReason");
    if (!outcome.isEmpty())
        event.outcome = outcome.toStdString();
    const QStringList allowed = datesOf(stepCode);
    for (const auto& [key, field] :
         {std::pair{"letterDate", &event.letter_date}, std::pair{"servedOn", &event.served_on},
          std::pair{"hearingOn", &event.hearing_on}}) {
        const QString text = dates.value(QLatin1String(key)).toString().trimmed();
        if (text.isEmpty() || !allowed.contains(QLatin1String(key)))
            continue;
        *field = Date::parse(text.toStdString());
        if (!*field) {
            setError(tr("Tanggal '%1' tidak valid; tulis TTTT-BB-HH.").arg(text));
            return std::nullopt;
        }
    }
    const auto catalogues = current_catalogues();
    if (const Problems problems = event.validate(sanctions_of_case(*catalogues));
        check && !problems.empty()) {
        setError(problemText(problems));
        return std::nullopt;
    }
    return event;
}

void CaseController::advance(const QString& stepCode, const QString& documentKind,
                             const QString& documentNumber, const QString& documentDate,
                             const QString& note, const QString& sanction, bool refusedToSign) {
    advance(stepCode, documentKind, documentNumber, documentDate, note, sanction, refusedToSign,
            {});
}

QStringList CaseController::datesOf(const QString& stepCode) const {
    const auto step = case_state_from_string(stepCode.toStdString());
    if (!step)
        return {};
    switch (*step) {
        case CaseState::SUMMONED_1:
        case CaseState::SUMMONED_2:
            return {QStringLiteral("letterDate"), QStringLiteral("servedOn"),
                    QStringLiteral("hearingOn")};
        case CaseState::DECIDED:
        case CaseState::DECIDED_ON_EVIDENCE:
            return {QStringLiteral("letterDate")};
        case CaseState::DELIVERED:
            return {QStringLiteral("servedOn")};
        case CaseState::EXAMINED:
            return {QStringLiteral("hearingOn")};
        case CaseState::OBJECTION:
        case CaseState::APPEAL:
            return {QStringLiteral("letterDate")};
        case CaseState::IN_FORCE:
            return needsOutcome(stepCode) ? QStringList{QStringLiteral("letterDate")}
                                          : QStringList{};
        default:
            return {};
    }
}

QStringList CaseController::stepWarnings(const QString& stepCode, const QVariantMap& dates) {
    if (!core_ || !data_ || !data_->calendar)
        return {};
    const QString kept = error_;
    const auto event =
        buildStep(stepCode, dates.value(QStringLiteral("documentKind")).toString(),
                  dates.value(QStringLiteral("documentNumber")).toString(), {}, {}, {}, false,
                  dates, false);  // what is still missing is said on saving
    setError(kept);               // a date still being typed is not an error yet
    if (!event)
        return {};
    std::vector<DisciplineEvent> steps;
    for (const auto& e : data_->events)
        steps.push_back(e.event);
    const auto catalogues = current_catalogues();
    Problems warnings =
        step_warnings(steps, *event, data_->utc_offset_minutes, *catalogues, *data_->calendar);
    if (const auto rules = catalogues->discipline_rules(data_->allegation.rule_set);
        rules && is_decision(event->step) && event->sanction) {
        const Problems fit = decision_warnings(data_->allegation, data_->jabatan_kind, *event,
                                               *rules, sanction_authorities());
        warnings.insert(warnings.end(), fit.begin(), fit.end());
    }
    QStringList lines;
    for (const auto& w : warnings)
        lines << core_->text(w.message_id, w.message_en);
    return lines;
}

void CaseController::advance(const QString& stepCode, const QString& documentKind,
                             const QString& documentNumber, const QString& documentDate,
                             const QString& note, const QString& sanction, bool refusedToSign,
                             const QVariantMap& dates) {
    if (!core_ || busy_)
        return;
    if (!data_) {
        setError(tr("Kasus ini belum termuat."));
        return;
    }
    if (history_error_) {
        setError(brokenHistoryText());
        return;
    }
    const auto event = buildStep(stepCode, documentKind, documentNumber, documentDate, note,
                                 sanction, refusedToSign, dates);
    if (!event)
        return;
    const auto catalogues = current_catalogues();
    if (auto replayed = replay_with(data_->events, *event, sanctions_of_case(*catalogues));
        !replayed) {
        setError(refusalText(replayed.error()));
        return;
    }

    setError({});
    setBusy(true);
    core_->database().run(
        this,
        [unit = data_->unit_id, event = *event, id = new_id(), now = core_->nowMs(), catalogues,
         rule_set = data_->allegation.rule_set](store::DeviceStore& s) -> std::optional<Error> {
            const auto rules = catalogues->discipline_rules(rule_set);
            // Another device's step may have arrived since the screen loaded.
            if (auto replayed =
                    replay_with(load_case_events(s, unit, event.case_id), event,
                                rules ? rules->sanctions : catalogues->pp94_sanctions());
                !replayed)
                return replayed.error();
            auto stored = s.record({"discipline_event", id, unit, event.to_json()}, now);
            return stored ? std::nullopt : std::optional<Error>(stored.error());
        },
        [this](std::optional<Error> failed) {
            setBusy(false);
            if (failed) {
                setError(refusalText(*failed));
                reload();
                return;
            }
            core_->notifyRecordsChanged({QStringLiteral("discipline_event")});
            emit stepSaved();
        });
}

void CaseController::setError(const QString& message) {
    if (message == error_)
        return;
    error_ = message;
    emit errorTextChanged();
}

void CaseController::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged();
}

}  // namespace pantau::mobile
