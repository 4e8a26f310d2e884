#include "discipline/discipline_event.h"

#include <algorithm>
#include <set>

#include "core/json_fields.h"
#include "core/text.h"
#include "core/timestamp.h"
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
    if (!is_summons(e.step) && !is_decision(e.step))
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
        if (refused_to_sign)
            add_problem(problems, "data.refused_to_sign", "not_allowed",
                        "Koreksi hanya mengubah dokumen atau catatan.",
                        "A correction only amends documents or the note.");
        if (documents.empty() && !note && !letter_date && !served_on && !hearing_on)
            add_problem(problems, "data.corrects", "empty_correction",
                        "Koreksi harus membawa dokumen, tanggal atau catatan.",
                        "A correction must carry documents, dates or a note.");
        return problems;
    }

    const std::string step_name(to_string(step));
    if (is_decision(step)) {
        if (!sanction)
            add_problem(problems, "data.sanction", "missing_field",
                        "Langkah " + step_name + " wajib menyebut hukuman yang dijatuhkan.",
                        "Step " + step_name + " must name the sanction imposed.");
        else if (!sanctions.find(*sanction))
            add_problem(problems, "data.sanction", "unknown_value",
                        "Hukuman '" + *sanction + "' tidak ada dalam katalog.",
                        "Sanction '" + *sanction + "' is not in the catalogue.");
    } else if (sanction) {
        add_problem(problems, "data.sanction", "not_allowed",
                    "Hukuman hanya dicatat pada langkah keputusan, bukan " + step_name + ".",
                    "A sanction is recorded only on a decision step, not on " + step_name + ".");
    }
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
        if (is_decision(e.step) && e.sanction && !sanctions.find(*e.sanction))
            return Error{"sanction_not_in_rules",
                         at_event(i) + "sanction " + *e.sanction +
                             " is not one of the sanctions of this case's rules."};
        auto next = transition(state, e.step, context, sanctions);
        if (!next)
            return Error{next.error().code, at_event(i) + next.error().message};
        if (is_decision(e.step))
            context.decided_sanction = e.sanction;
        state = *next;
        reached.insert(state);
    }
    return state;
}

CaseState current_state(const std::vector<DisciplineEvent>& events_in_order) {
    return current_state(events_in_order, pp94_sanctions());
}

CaseState current_state(const std::vector<DisciplineEvent>& events,
                        const SanctionCatalogue& sanctions) {
    CaseState state = CaseState::REPORTED;
    CaseContext context;
    for (const auto& e : events) {
        if (e.is_correction())
            continue;
        auto next = transition(state, e.step, context, sanctions);
        if (!next)
            continue;
        if (is_decision(e.step))
            context.decided_sanction = e.sanction;
        state = *next;
    }
    return state;
}

}  // namespace pantau
