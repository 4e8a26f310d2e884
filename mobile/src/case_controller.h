// CaseController: the actions and facts of the discipline case screens. It
// opens a case (the allegation and its first step, REPORTED), shows one case
// (facts, state, limit, timeline) and records its next step. Only the steps
// the workflow allows from the stored ones are offered, and a step is checked
// as the server will check it (the events replayed strictly, in time order)
// before it is written: events are create-only, so a wrong one cannot be
// taken back.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <optional>
#include <string>
#include <vector>

#include "attendance/work_calendar.h"
#include "case_event_model.h"
#include "case_summaries.h"
#include "discipline/discipline_case.h"
#include "org/jabatan.h"
#include "records/catalogue_set.h"

namespace pantau::mobile {

class AppCore;

class CaseController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pantau::mobile::AppCore* core READ core WRITE setCore NOTIFY coreChanged)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY caseChanged)
    Q_PROPERTY(bool found READ found NOTIFY caseChanged)
    Q_PROPERTY(QString employeeName READ employeeName NOTIFY caseChanged)
    Q_PROPERTY(QString articleLabel READ articleLabel NOTIFY caseChanged)
    // The discipline rules the case is judged by: "PP94" or "PPPK".
    Q_PROPERTY(QString ruleSet READ ruleSet NOTIFY caseChanged)
    Q_PROPERTY(QString levelLabel READ levelLabel NOTIFY caseChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY caseChanged)
    Q_PROPERTY(QString openedLabel READ openedLabel NOTIFY caseChanged)
    Q_PROPERTY(QString stateCode READ stateCode NOTIFY caseChanged)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY caseChanged)
    Q_PROPERTY(QString dueLabel READ dueLabel NOTIFY caseChanged)
    Q_PROPERTY(bool overdue READ overdue NOTIFY caseChanged)
    Q_PROPERTY(bool decided READ decided NOTIFY caseChanged)
    Q_PROPERTY(bool terminal READ terminal NOTIFY caseChanged)
    // Why no step is offered although the case is not finished; "" otherwise.
    Q_PROPERTY(QString historyProblem READ historyProblem NOTIFY caseChanged)
    // [{code, label}] of the steps that may follow, in workflow order.
    Q_PROPERTY(QVariantList nextSteps READ nextSteps NOTIFY caseChanged)
    // For a case opened from an absence indication: the sanction the day
    // count of the case's year proposes (PP 94/2021 Pasal 9-11), "" otherwise.
    Q_PROPERTY(QString proposedSanction READ proposedSanction NOTIFY caseChanged)
    // Once decided: the objection or appeal open, the last day to file, how
    // it ended and the day the sanction takes effect, in a sentence; "" before.
    Q_PROPERTY(QString remedyLabel READ remedyLabel NOTIFY caseChanged)
    Q_PROPERTY(pantau::mobile::CaseEventModel* events READ events CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

  public:
    // What the store holds about the case.
    struct CaseData {
        std::string unit_id;
        DisciplineCase allegation;
        CaseSummary summary;
        std::vector<StoredCaseEvent> events;
        int utc_offset_minutes = 0;
        // The employee's working days (the unit's pattern and their roster).
        std::optional<WorkCalendar> calendar;
        // The employee's kind of position, when this phone holds it.
        std::optional<JabatanKind> jabatan_kind;
        // What the day count proposes (TK_INDICATION cases only).
        std::optional<std::string> proposed_sanction;
    };

    explicit CaseController(QObject* parent = nullptr);

    AppCore* core() const { return core_; }
    void setCore(AppCore* core);
    QString caseId() const { return case_id_; }
    void setCaseId(const QString& id);

    bool loaded() const { return loaded_; }
    bool found() const { return data_.has_value(); }
    QString employeeName() const;
    QString articleLabel() const;
    QString ruleSet() const;
    QString levelLabel() const;
    QString summary() const;
    QString openedLabel() const;
    QString stateCode() const;
    QString stateLabel() const;
    QString dueLabel() const;
    bool overdue() const { return data_ && data_->summary.overdue; }
    bool decided() const;
    bool terminal() const;
    QString historyProblem() const;
    QVariantList nextSteps() const;
    QString proposedSanction() const;
    QString remedyLabel() const;
    CaseEventModel* events() { return &events_; }
    QString errorText() const { return error_; }
    bool busy() const { return busy_; }

    // Opens a case for `employeeId` and records its first step; returns the
    // new case's id, or "" with errorText set. caseOpened follows once stored.
    Q_INVOKABLE QString openCase(const QString& employeeId, const QString& article,
                                 const QString& levelEstimate, const QString& summary,
                                 const QString& source);
    // The same citing `otherArticles` too: further articles the conduct
    // breaches (the decision takes the heaviest sanction).
    Q_INVOKABLE QString openCase(const QString& employeeId, const QString& article,
                                 const QString& levelEstimate, const QString& summary,
                                 const QString& source, const QStringList& otherArticles);
    // The article a new case from `source` most likely cites: the duty to come
    // to work (Pasal 4 huruf f) for an absence indication; "" when unsure.
    Q_INVOKABLE QString suggestedArticle(const QString& source) const;
    // Whether recording `stepCode` names the sanction imposed.
    Q_INVOKABLE bool needsSanction(const QString& stepCode) const;
    // The document a step usually comes with ("SURAT_PANGGILAN" for a summons), or "OTHER".
    Q_INVOKABLE QString usualDocument(const QString& stepCode) const;
    // Records the next step of this case; stepSaved follows once stored, or
    // errorText says why not. An empty documentNumber and date attach no document.
    Q_INVOKABLE void advance(const QString& stepCode, const QString& documentKind,
                             const QString& documentNumber, const QString& documentDate,
                             const QString& note, const QString& sanction, bool refusedToSign);
    // The same with the step's details. Dates, "YYYY-MM-DD" or "":
    // "letterDate" (a summons, decision, objection or appeal filed, the
    // decision on one), "servedOn" (a summons or delivery), "hearingOn" (a
    // summons: the hearing set; EXAMINED: the day held). On a decision:
    // "deciderName", "deciderNip", "deciderPosition", "authority" (who
    // decided) and "deviationReason" (required when the sanction is not the
    // proposal, which the step records itself). On CLOSED: "closeReason". On
    // IN_FORCE after a remedy: "outcome" (REDUCED and INCREASED take
    // `sanction`).
    Q_INVOKABLE void advance(const QString& stepCode, const QString& documentKind,
                             const QString& documentNumber, const QString& documentDate,
                             const QString& note, const QString& sanction, bool refusedToSign,
                             const QVariantMap& dates);
    // Whether a step records each date: a list of "letterDate", "servedOn", "hearingOn".
    Q_INVOKABLE QStringList datesOf(const QString& stepCode) const;
    // The officials who may decide, [{code, label}] (sanction_authorities).
    Q_INVOKABLE QVariantList authorities() const;
    // The reasons this case may be closed for where it stands, [{code, label}].
    Q_INVOKABLE QVariantList closeReasons() const;
    // Whether recording `stepCode` records the outcome of an objection or
    // appeal (IN_FORCE after one), and the outcomes, [{code, label}].
    Q_INVOKABLE bool needsOutcome(const QString& stepCode) const;
    Q_INVOKABLE QVariantList outcomes() const;
    // The warnings of recording `stepCode` with `dates` now, one sentence
    // each: its timing (a hearing under 7 working days after service, a
    // second summons too early or late, an objection past its window, ...)
    // and for a decision whether it fits (the official's authority, the
    // case's level and articles, the day count's proposal). `dates` may also
    // hold "sanction", "documentKind" and "documentNumber" as chosen so far.
    Q_INVOKABLE QStringList stepWarnings(const QString& stepCode, const QVariantMap& dates);

  signals:
    void coreChanged();
    void caseIdChanged();
    void caseChanged();
    void errorTextChanged();
    void busyChanged();
    void caseOpened(const QString& caseId);
    void stepSaved();

  private:
    void reload();
    void present();
    // The sanctions of the loaded case's rules (PP 94's before one is loaded).
    const SanctionCatalogue& sanctions_of_case(const CatalogueSet& catalogues) const;
    void setError(const QString& message);
    void setBusy(bool busy);
    QString problemText(const Problems& problems) const;
    QString refusalText(const Error& error) const;
    QString brokenHistoryText() const;
    std::optional<DisciplineEvent> buildStep(const QString& stepCode, const QString& documentKind,
                                             const QString& documentNumber,
                                             const QString& documentDate, const QString& note,
                                             const QString& sanction, bool refusedToSign,
                                             const QVariantMap& dates, bool check = true);

    AppCore* core_ = nullptr;
    QString case_id_;
    bool loaded_ = false;
    std::optional<CaseData> data_;
    std::vector<CaseState> next_steps_;
    std::optional<Error> history_error_;  // the stored events do not replay strictly
    CaseEventModel events_;
    QString error_;
    bool busy_ = false;
};

}  // namespace pantau::mobile
