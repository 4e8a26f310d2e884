// The discipline case register: every case with where it stands and how its
// next working-day limit compares with today.
#include <algorithm>
#include <tuple>

#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "records/case_decision.h"
#include "records/case_progress.h"
#include "report/report_kinds.h"
#include "service/master_data.h"

namespace pantau::server::report_detail {

using nlohmann::json;

namespace {

// What the register says about a case's decision, its remedy and its end.
struct CaseDecisionFacts {
    json sanction, proposed, decided_by, decree, remedy, filing_last_day, outcome, effective_on,
        close_reason, warnings;
};

CaseDecisionFacts decision_facts(const DisciplineCase& dc, const ReportEmployee* e,
                                 const std::vector<DisciplineEvent>& steps, int offset,
                                 const CatalogueSet& catalogues, const WorkCalendar& calendar) {
    CaseDecisionFacts f;
    for (const auto& step : steps) {
        if (step.is_correction())
            continue;
        if (step.step != CaseState::DECIDED && step.step != CaseState::DECIDED_ON_EVIDENCE)
            continue;
        if (step.proposed_sanction)
            f.proposed = *step.proposed_sanction;
        if (step.decided_by)
            f.decided_by = step.decided_by->name + " (" + step.decided_by->position + ", " +
                           step.decided_by->authority + ")";
        for (const auto& d : step.documents)
            if (d.kind == DocumentKind::SK_HUKUMAN)
                f.decree = d.number;
        if (const auto rules = catalogues.discipline_rules(dc.rule_set)) {
            std::string codes;
            for (const auto& w : decision_warnings(dc, e ? e->jabatan_kind : std::nullopt, step,
                                                   *rules, sanction_authorities()))
                codes += (codes.empty() ? "" : ", ") + w.code;
            f.warnings = codes.empty() ? json() : json(codes);
        }
    }
    if (const auto reason = close_reason_of(steps))
        f.close_reason = *reason;
    if (const auto status = remedy_status(steps, offset, catalogues, calendar)) {
        f.sanction = status->sanction ? json(*status->sanction) : json();
        f.remedy = std::string(to_string(status->route));
        if (status->filing_last_day)
            f.filing_last_day = status->filing_last_day->iso();
        if (status->outcome)
            f.outcome = *status->outcome;
        if (status->effective_on)
            f.effective_on = status->effective_on->iso();
    }
    return f;
}

}  // namespace

Report discipline_register(const Context& c) {
    Report r = start_report(c, "Register kasus disiplin", "Discipline case register");
    if (c.query.year)
        r.filters.push_back({"Dibuka tahun", "Opened in", std::to_string(*c.query.year), ""});
    if (c.query.month)
        r.filters.push_back({"Dibuka bulan", "Opened in", *c.query.month, ""});
    r.filters.push_back(
        {"Batas waktu", "Time limits",
         "discipline_deadlines " + c.catalogues.discipline_deadlines().version() + ", hari kerja",
         "discipline_deadlines " + c.catalogues.discipline_deadlines().version() +
             ", working days"});
    r.columns = {
        {"case_id", "Kasus", "Case", CellType::Text},
        {"opened_date", "Dibuka", "Opened", CellType::Date},
        {"nip", "NIP", "NIP", CellType::Text},
        {"name", "Nama", "Name", CellType::Text},
        {"unit_id", "ID unit", "Unit id", CellType::Text},
        {"unit_name", "Unit", "Unit", CellType::Text},
        {"article", "Pasal", "Article", CellType::Text},
        {"level", "Tingkat (perkiraan)", "Level (estimate)", CellType::Text},
        {"state", "Tahap", "State", CellType::Text},
        {"last_step", "Langkah terakhir", "Last step", CellType::Text},
        {"last_step_date", "Tanggal langkah terakhir", "Last step's date", CellType::Date},
        {"next_limit", "Batas langkah berikut", "Next step's limit", CellType::Text},
        {"limit_date", "Tanggal batas", "Limit date", CellType::Date},
        {"working_days_left", "Sisa hari kerja", "Working days left", CellType::Integer},
        {"overdue_working_days", "Terlambat (hari kerja)", "Overdue (working days)",
         CellType::Integer},
        {"sanction", "Hukuman berlaku", "Sanction in force", CellType::Text},
        {"proposed_sanction", "Usulan menurut jumlah hari", "Day count's proposal", CellType::Text},
        {"decided_by", "Pejabat yang menghukum", "Decided by", CellType::Text},
        {"decree_number", "Nomor SK", "Decree number", CellType::Text},
        {"remedy", "Upaya administratif", "Remedy", CellType::Text},
        {"filing_last_day", "Batas pengajuan", "Last day to file", CellType::Date},
        {"outcome", "Hasil upaya", "Remedy's outcome", CellType::Text},
        {"effective_on", "Berlaku mulai", "In effect from", CellType::Date},
        {"close_reason", "Alasan penutupan", "Close reason", CellType::Text},
        {"warnings", "Peringatan keputusan", "Decision warnings", CellType::Text}};

    for (const auto& record : c.tx.records_of_type("discipline_case")) {
        if (record.deleted || !c.scope.covers(record.unit_id))
            continue;
        Problems ignored;
        const DisciplineCase dc = DisciplineCase::from_json(record.data, ignored);
        const Date opened = c.scope.local(dc.opened_at, record.unit_id);
        if (c.query.year && opened.year() != *c.query.year)
            continue;
        if (c.query.month) {
            const auto [first, last] = month_dates(*c.query.month);
            if (opened < first || last < opened)
                continue;
        }
        const auto steps = case_steps(c.tx, record.id);
        const Date today = c.scope.local(c.query.now, record.unit_id);
        const ReportEmployee* e = c.scope.employee(dc.employee_id);
        const WorkCalendar calendar =
            e ? c.scope.calendar_of(c.catalogues.work_calendar(), *e)
              : c.scope.unit_calendar(c.catalogues.work_calendar(), record.unit_id);
        const CaseProgress p = case_progress(steps, c.scope.utc_offset_minutes(record.unit_id),
                                             today, c.catalogues, calendar);
        json last_step = nullptr, last_date = nullptr;
        for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
            if (it->is_correction())
                continue;
            last_step = std::string(to_string(it->step));
            last_date = c.scope.local(it->at, record.unit_id).iso();
            break;
        }
        json next_limit = nullptr, limit_date = nullptr, left = nullptr, overdue = nullptr;
        json limit_text = nullptr;
        if (p.next_due) {
            next_limit = p.next_due->rule.bounds;
            limit_date = p.next_due->date.iso();
            limit_text = {{"id", p.next_due->rule.description_id},
                          {"en", p.next_due->rule.description_en}};
            if (p.next_due->rule.bound == DeadlineBound::NOT_AFTER) {
                left = p.working_days_left;
                overdue = p.overdue_working_days;
            }
        }
        const CaseDecisionFacts facts = decision_facts(
            dc, e, steps, c.scope.utc_offset_minutes(record.unit_id), c.catalogues, calendar);
        r.rows.push_back(
            {{"case_id", record.id},
             {"opened_date", opened.iso()},
             {"employee_id", dc.employee_id},
             {"nip", e ? e->nip : std::string()},
             {"name", e ? e->name : std::string()},
             {"unit_id", record.unit_id},
             {"unit_name", c.scope.unit_name(record.unit_id)},
             {"article", dc.article},
             {"level", dc.level_estimate},
             {"source", dc.source ? json(*dc.source) : json()},
             {"state", std::string(to_string(p.state))},
             {"last_step", last_step},
             {"last_step_date", last_date},
             {"next_limit", next_limit},
             {"next_limit_text", limit_text},
             {"limit_bound",
              p.next_due ? json(std::string(to_string(p.next_due->rule.bound))) : json()},
             {"limit_date", limit_date},
             {"working_days_left", left},
             {"overdue", p.overdue},
             {"overdue_working_days", overdue},
             {"sanction", facts.sanction},
             {"proposed_sanction", facts.proposed},
             {"decided_by", facts.decided_by},
             {"decree_number", facts.decree},
             {"remedy", facts.remedy},
             {"filing_last_day", facts.filing_last_day},
             {"outcome", facts.outcome},
             {"effective_on", facts.effective_on},
             {"close_reason", facts.close_reason},
             {"warnings", facts.warnings}});
    }
    // The most overdue first, then the nearest limit, then the oldest case.
    const auto key = [](const json& row) {
        const json& overdue = row["overdue_working_days"];
        const json& limit = row["limit_date"];
        return std::tuple(-(overdue.is_number() ? overdue.get<int>() : 0),
                          limit.is_string() ? limit.get<std::string>() : std::string("9999"),
                          row["opened_date"].get<std::string>(), row["case_id"].get<std::string>());
    };
    std::sort(r.rows.begin(), r.rows.end(),
              [&](const json& a, const json& b) { return key(a) < key(b); });
    return r;
}

}  // namespace pantau::server::report_detail
