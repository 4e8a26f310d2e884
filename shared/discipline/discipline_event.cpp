#include "discipline/discipline_event.h"

#include <algorithm>
#include <set>

#include "core/json_fields.h"
#include "core/text.h"
#include "core/timestamp.h"
#include "discipline/remedy.h"
#include "discipline/sanction_authority.h"
#include "org/nip.h"
#include "records/field_checks.h"

namespace pantau {

namespace {

bool is_decision(CaseState step) {
    return step == CaseState::DECIDED || step == CaseState::DECIDED_ON_EVIDENCE;
}

DocumentRef document_from_json(const nlohmann::json& item, Problems& problems,
                               const std::string& prefix) {
    FieldReader r(item, problems, prefix);
    DocumentRef d;
    d.kind = r.enumeration<DocumentKind>("kind", document_kind_from_string).value_or(d.kind);
    d.number = r.string("number");
    d.date = r.optional_date("date");
    r.reject_unknown();
    return d;
}

nlohmann::json document_to_json(const DocumentRef& d) {
    nlohmann::json j = {{"kind", to_string(d.kind)}, {"number", d.number}};
    if (d.date)
        j["date"] = d.date->iso();
    return j;
}

std::string at_event(std::size_t index) {
    return "Event " + std::to_string(index) + ": ";
}

bool is_summons(CaseState step) {
    return step == CaseState::SUMMONED_1 || step == CaseState::SUMMONED_2;
}

// Which step may carry which date, and the order a letter's dates keep.
void check_step_dates(Problems& problems, const DisciplineEvent& e) {
    const std::string step(to_string(e.step));
    const auto not_here = [&](const std::optional<Date>& date, const std::string& field) {
        if (date)
            add_problem(problems, "data." + field, "not_allowed",
                        "Langkah " + step + " tidak mencatat " + field + ".",
                        "Step " + step + " does not record " + field + ".");
    };
    // A remedy's letter: the day the objection or appeal was filed, and the
    // date of the decision on it (IN_FORCE).
    const bool remedy_letter = e.step == CaseState::OBJECTION || e.step == CaseState::APPEAL ||
                               e.step == CaseState::IN_FORCE;
    if (!is_summons(e.step) && !is_decision(e.step) && !remedy_letter)
        not_here(e.letter_date, "letter_date");
    if (!is_summons(e.step) && e.step != CaseState::DELIVERED)
        not_here(e.served_on, "served_on");
    if (!is_summons(e.step) && e.step != CaseState::EXAMINED)
        not_here(e.hearing_on, "hearing_on");
    if (e.letter_date && e.served_on && *e.served_on < *e.letter_date)
        add_problem(problems, "data.served_on", "served_before_letter",
                    "Surat tidak dapat diterima sebelum tanggal suratnya.",
                    "A letter cannot be received before the date it bears.");
    const auto served = e.served_on ? e.served_on : e.letter_date;
    if (is_summons(e.step) && served && e.hearing_on && *e.hearing_on <= *served)
        add_problem(problems, "data.hearing_on", "hearing_before_service",
                    "Tanggal pemeriksaan harus sesudah panggilan diterima.",
                    "The hearing must come after the summons is received.");
}

// The context with what `e` says about itself, for the workflow to judge.
CaseContext with_step(CaseContext context, const DisciplineEvent& e) {
    context.close_reason = e.close_reason;
    context.outcome = e.outcome;
    context.step_sanction = e.sanction;
    return context;
}

// The sanction in force after `e`: a decision's, or the one a remedy changed it to.
void take_step(CaseContext& context, const DisciplineEvent& e) {
    if (is_decision(e.step) || (e.step == CaseState::IN_FORCE && e.sanction))
        context.decided_sanction = e.sanction;
}

void check_official(Problems& problems, const DecidingOfficial& o) {
    const auto required = [&](const std::string& text, const std::string& field,
                              const std::string& id, const std::string& en) {
        if (is_blank(text))
            add_problem(problems, "data.decided_by." + field, "empty", id, en);
        else
            check_max_length(problems, "data.decided_by." + field, text, kOfficialTextMaxChars);
    };
    required(o.name, "name", "Nama pejabat yang menghukum wajib diisi.",
             "The name of the official who decided is required.");
    required(o.position, "position", "Jabatan pejabat yang menghukum wajib diisi.",
             "The position of the official who decided is required.");
    if (o.nip) {  // the number itself, read as any PNS's is (org/nip.h)
        const Problems nip = validate_nip(*o.nip, EmployeeKind::PNS, "data.decided_by.nip");
        problems.insert(problems.end(), nip.begin(), nip.end());
    }
    if (!sanction_authorities().find(o.authority))
        add_problem(problems, "data.decided_by.authority", "unknown_value",
                    "Kewenangan '" + o.authority + "' tidak ada dalam katalog.",
                    "Authority '" + o.authority + "' is not in the catalogue.");
}

DecidingOfficial official_from_json(const nlohmann::json& item, Problems& problems) {
    FieldReader r(item, problems, "data.decided_by");
    DecidingOfficial o;
    o.name = r.string("name");
    o.nip = r.optional_string("nip");
    o.position = r.string("position");
    o.authority = r.string("authority");
    r.reject_unknown();
    return o;
}

}  // namespace

std::string_view to_string(DocumentKind kind) {
    switch (kind) {
        case DocumentKind::SURAT_PANGGILAN:
            return "SURAT_PANGGILAN";
        case DocumentKind::BAP:
            return "BAP";
        case DocumentKind::LHP:
            return "LHP";
        case DocumentKind::SK_HUKUMAN:
            return "SK_HUKUMAN";
        case DocumentKind::KEBERATAN:
            return "KEBERATAN";
        case DocumentKind::OTHER:
            return "OTHER";
    }
    return "OTHER";
}

std::optional<DocumentKind> document_kind_from_string(std::string_view text) {
    for (auto kind : {DocumentKind::SURAT_PANGGILAN, DocumentKind::BAP, DocumentKind::LHP,
                      DocumentKind::SK_HUKUMAN, DocumentKind::KEBERATAN, DocumentKind::OTHER})
        if (to_string(kind) == text)
            return kind;
    return std::nullopt;
}

DisciplineEvent DisciplineEvent::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    DisciplineEvent e;
    e.case_id = r.string("case_id");
    e.step = r.enumeration<CaseState>("step", case_state_from_string).value_or(e.step);
    e.at = r.timestamp("at");
    e.actor = r.string("actor");
    if (const auto* documents = r.array("documents", false)) {
        for (std::size_t i = 0; i < documents->size(); ++i)
            e.documents.push_back(document_from_json(
                (*documents)[i], problems, r.path("documents") + "[" + std::to_string(i) + "]"));
    }
    e.note = r.optional_string("note");
    e.sanction = r.optional_string("sanction");
    e.corrects = r.optional_string("corrects");
    e.refused_to_sign = r.optional_boolean("refused_to_sign");
    e.letter_date = r.optional_date("letter_date");
    e.served_on = r.optional_date("served_on");
    e.hearing_on = r.optional_date("hearing_on");
    if (const auto* official = r.object("decided_by", false))
        e.decided_by = official_from_json(*official, problems);
    e.proposed_sanction = r.optional_string("proposed_sanction");
    e.deviation_reason = r.optional_string("deviation_reason");
    e.close_reason = r.optional_string("close_reason");
    e.outcome = r.optional_string("outcome");
    r.reject_unknown();
    return e;
}

nlohmann::json DisciplineEvent::to_json() const {
    nlohmann::json j = {{"case_id", case_id},
                        {"step", to_string(step)},
                        {"at", format_timestamp(at)},
                        {"actor", actor},
                        {"documents", nlohmann::json::array()}};
    for (const auto& d : documents)
        j["documents"].push_back(document_to_json(d));
    if (note)
        j["note"] = *note;
    if (sanction)
        j["sanction"] = *sanction;
    if (corrects)
        j["corrects"] = *corrects;
    if (refused_to_sign)
        j["refused_to_sign"] = *refused_to_sign;
    if (letter_date)
        j["letter_date"] = letter_date->iso();
    if (served_on)
        j["served_on"] = served_on->iso();
    if (hearing_on)
        j["hearing_on"] = hearing_on->iso();
    if (decided_by) {
        nlohmann::json o = {{"name", decided_by->name},
                            {"position", decided_by->position},
                            {"authority", decided_by->authority}};
        if (decided_by->nip)
            o["nip"] = *decided_by->nip;
        j["decided_by"] = std::move(o);
    }
    if (proposed_sanction)
        j["proposed_sanction"] = *proposed_sanction;
    if (deviation_reason)
        j["deviation_reason"] = *deviation_reason;
    if (close_reason)
        j["close_reason"] = *close_reason;
    if (outcome)
        j["outcome"] = *outcome;
    return j;
}

Problems DisciplineEvent::validate() const {
    return validate(pp94_sanctions());
}

Problems DisciplineEvent::validate(const SanctionCatalogue& sanctions) const {
    Problems problems;
    check_uuid(problems, "data.case_id", case_id);
    if (is_blank(actor))
        add_problem(problems, "data.actor", "empty", "Pencatat langkah wajib diisi.",
                    "The actor who recorded the step is required.");
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const std::string field = "data.documents[" + std::to_string(i) + "].number";
        if (is_blank(documents[i].number))
            add_problem(problems, field, "empty", "Nomor dokumen wajib diisi.",
                        "The document number is required.");
        else
            check_max_length(problems, field, documents[i].number, kDocumentNumberMaxChars);
    }
    if (note)
        check_max_length(problems, "data.note", *note, kEventNoteMaxChars);
    check_step_dates(problems, *this);

    if (corrects) {
        check_uuid(problems, "data.corrects", *corrects);
        if (sanction)
            add_problem(problems, "data.sanction", "not_allowed",
                        "Koreksi tidak dapat mengubah hukuman; hukuman lain perlu keputusan baru.",
                        "A correction cannot change the sanction; another sanction needs a new "
                        "decision.");
        for (const auto& [present, field] :
             {std::pair{refused_to_sign.has_value(), "refused_to_sign"},
              std::pair{decided_by.has_value(), "decided_by"},
              std::pair{proposed_sanction.has_value(), "proposed_sanction"},
              std::pair{deviation_reason.has_value(), "deviation_reason"},
              std::pair{close_reason.has_value(), "close_reason"},
              std::pair{outcome.has_value(), "outcome"}})
            if (present)
                add_problem(problems, std::string("data.") + field, "not_allowed",
                            "Koreksi hanya mengubah dokumen, tanggal atau catatan.",
                            "A correction only amends documents, dates or the note.");
        if (documents.empty() && !note && !letter_date && !served_on && !hearing_on)
            add_problem(problems, "data.corrects", "empty_correction",
                        "Koreksi harus membawa dokumen, tanggal atau catatan.",
                        "A correction must carry documents, dates or a note.");
        return problems;
    }

    const std::string step_name(to_string(step));
    const auto known = [&](const std::optional<std::string>& code, const std::string& field) {
        if (code && !sanctions.find(*code))
            add_problem(problems, "data." + field, "unknown_value",
                        "Hukuman '" + *code + "' tidak ada dalam katalog.",
                        "Sanction '" + *code + "' is not in the catalogue.");
    };
    const auto only_on = [&](bool present, bool here, const std::string& field,
                             const std::string& where_id, const std::string& where_en) {
        if (present && !here)
            add_problem(problems, "data." + field, "not_allowed",
                        field + " hanya dicatat pada " + where_id + ", bukan " + step_name + ".",
                        field + " is recorded only on " + where_en + ", not on " + step_name + ".");
    };
    const auto outcome_code = outcome ? remedy_outcome_from_string(*outcome) : std::nullopt;
    const bool changes_sanction =
        outcome_code == RemedyOutcome::REDUCED || outcome_code == RemedyOutcome::INCREASED;
    if (is_decision(step)) {
        if (!sanction)
            add_problem(problems, "data.sanction", "missing_field",
                        "Langkah " + step_name + " wajib menyebut hukuman yang dijatuhkan.",
                        "Step " + step_name + " must name the sanction imposed.");
        known(sanction, "sanction");
    } else if (step == CaseState::IN_FORCE && changes_sanction) {
        if (!sanction)
            add_problem(problems, "data.sanction", "missing_field",
                        "Hasil " + *outcome + " wajib menyebut hukuman yang baru.",
                        "Outcome " + *outcome + " must name the new sanction.");
        known(sanction, "sanction");
    } else if (sanction) {
        add_problem(problems, "data.sanction", "not_allowed",
                    "Hukuman hanya dicatat pada langkah keputusan, bukan " + step_name + ".",
                    "A sanction is recorded only on a decision step, not on " + step_name + ".");
    }
    only_on(decided_by.has_value(), is_decision(step), "decided_by", "keputusan", "a decision");
    only_on(proposed_sanction.has_value(), is_decision(step), "proposed_sanction", "keputusan",
            "a decision");
    only_on(deviation_reason.has_value(), is_decision(step), "deviation_reason", "keputusan",
            "a decision");
    only_on(close_reason.has_value(), step == CaseState::CLOSED, "close_reason", "penutupan",
            "closing (CLOSED)");
    only_on(outcome.has_value(), step == CaseState::IN_FORCE, "outcome",
            "hasil keberatan/banding (IN_FORCE)", "a remedy's result (IN_FORCE)");
    if (decided_by)
        check_official(problems, *decided_by);
    if (is_decision(step)) {
        known(proposed_sanction, "proposed_sanction");
        if (deviation_reason)
            check_max_length(problems, "data.deviation_reason", *deviation_reason,
                             kEventNoteMaxChars);
        if (proposed_sanction && sanction && *proposed_sanction != *sanction &&
            (!deviation_reason || is_blank(*deviation_reason)))
            add_problem(problems, "data.deviation_reason", "deviation_reason_missing",
                        "Hukuman " + *sanction + " berbeda dari usulan menurut jumlah hari (" +
                            *proposed_sanction + "); tuliskan alasannya.",
                        "Sanction " + *sanction + " differs from the one the day count proposes (" +
                            *proposed_sanction + "); give the reason.");
    }
    if (close_reason && !close_reason_from_string(*close_reason))
        add_problem(problems, "data.close_reason", "unknown_value",
                    "Alasan penutupan '" + *close_reason + "' tidak dikenal.",
                    "Close reason '" + *close_reason + "' is not known.");
    if (outcome && !outcome_code)
        add_problem(problems, "data.outcome", "unknown_value",
                    "Hasil '" + *outcome + "' tidak dikenal (UPHELD, REDUCED, INCREASED).",
                    "Outcome '" + *outcome + "' is not known (UPHELD, REDUCED, INCREASED).");
    if (refused_to_sign && step != CaseState::EXAMINED)
        add_problem(problems, "data.refused_to_sign", "not_allowed",
                    "Penolakan tanda tangan hanya dicatat pada pemeriksaan (EXAMINED).",
                    "A refusal to sign is recorded only at the hearing (EXAMINED).");
    return problems;
}

Result<CaseState> replay_case(const std::vector<DisciplineEvent>& events_in_order) {
    return replay_case(events_in_order, pp94_sanctions());
}

Result<CaseState> replay_case(const std::vector<DisciplineEvent>& events,
                              const SanctionCatalogue& sanctions) {
    if (events.empty())
        return Error{"no_events", "A discipline case has no events."};
    if (events.front().step != CaseState::REPORTED || events.front().is_correction())
        return Error{"first_event_not_reported",
                     at_event(0) + "a case starts with REPORTED, not " +
                         std::string(to_string(events.front().step)) +
                         (events.front().is_correction() ? " (a correction)." : ".")};
    CaseState state = CaseState::REPORTED;
    CaseContext context;
    std::set<CaseState> reached = {state};
    for (std::size_t i = 1; i < events.size(); ++i) {
        const DisciplineEvent& e = events[i];
        if (e.is_correction()) {
            if (!reached.contains(e.step))
                return Error{"correction_of_unknown_step", at_event(i) + "a correction of step " +
                                                               std::string(to_string(e.step)) +
                                                               ", which the case has not reached."};
            continue;
        }
        if (e.sanction && !sanctions.find(*e.sanction))
            return Error{"sanction_not_in_rules",
                         at_event(i) + "sanction " + *e.sanction +
                             " is not one of the sanctions of this case's rules."};
        auto next = transition(state, e.step, with_step(context, e), sanctions);
        if (!next)
            return Error{next.error().code, at_event(i) + next.error().message};
        take_step(context, e);
        state = *next;
        reached.insert(state);
    }
    return state;
}

CaseState current_state(const std::vector<DisciplineEvent>& events_in_order) {
    return current_state(events_in_order, pp94_sanctions());
}

namespace {

// The lenient fold: steps that do not fit where the case stands are skipped.
std::pair<CaseState, CaseContext> fold_leniently(const std::vector<DisciplineEvent>& events,
                                                 const SanctionCatalogue& sanctions) {
    CaseState state = CaseState::REPORTED;
    CaseContext context;
    for (const auto& e : events) {
        if (e.is_correction())
            continue;
        auto next = transition(state, e.step, with_step(context, e), sanctions);
        if (!next)
            continue;
        take_step(context, e);
        state = *next;
    }
    return {state, context};
}

}  // namespace

CaseState current_state(const std::vector<DisciplineEvent>& events,
                        const SanctionCatalogue& sanctions) {
    return fold_leniently(events, sanctions).first;
}

std::optional<std::string> sanction_in_force(const std::vector<DisciplineEvent>& events,
                                             const SanctionCatalogue& sanctions) {
    const auto [state, context] = fold_leniently(events, sanctions);
    return state == CaseState::CLOSED ? std::nullopt : context.decided_sanction;
}

}  // namespace pantau
