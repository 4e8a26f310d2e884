// The reports over results: the predikat distribution of a period's FINAL
// evaluations beside the curve the organisation's rating allows, and the
// IKM of each unit's SKM responses.
#include <map>
#include <set>

#include "evaluation/evaluation.h"
#include "evaluation/predikat_curve.h"
#include "evaluation/predikat_distribution.h"
#include "report/report_kinds.h"
#include "survey/ikm.h"
#include "survey/survey_response.h"

namespace pantau::server::report_detail {

using nlohmann::json;

namespace {

std::string predikat_label(Predikat p, bool english) {
    static const std::map<Predikat, std::pair<const char*, const char*>> kLabels = {
        {Predikat::SANGAT_BAIK, {"Sangat Baik", "Very good"}},
        {Predikat::BAIK, {"Baik", "Good"}},
        {Predikat::BUTUH_PERBAIKAN, {"Butuh Perbaikan", "Needs improvement"}},
        {Predikat::KURANG, {"Kurang", "Poor"}},
        {Predikat::SANGAT_KURANG, {"Sangat Kurang", "Very poor"}}};
    const auto& [id, en] = kLabels.at(p);
    return english ? en : id;
}

json distribution_json(const std::vector<Evaluation>& finals, const PredikatCurve& curve,
                       int staff) {
    const PredikatDistribution d = pantau::predikat_distribution(finals);
    json counts = json::object(), percents = json::object(), caps = json::object();
    bool above = false;
    for (const Predikat p : kAllPredikat) {
        const std::string code(to_string(p));
        counts[code] = d.share(p).count;
        percents[code] = d.total ? json(d.share(p).percent) : json();
        const auto cap = max_percent(curve, p);
        caps[code] = cap ? json(*cap) : json();
        above = above || (d.total > 0 && above_curve(d, curve, p));
    }
    return {{"staff", staff},
            {"final", d.total},
            {"without_final", std::max(0, staff - d.total)},
            {"count", std::move(counts)},
            {"percent", std::move(percents)},
            {"max_percent", std::move(caps)},
            {"above_curve", above}};
}

}  // namespace

Report predikat_distribution(const Context& c) {
    const std::string& period = *c.query.period;
    const PredikatCurve* curve = predikat_curve_catalogue().find(c.query.org_rating);
    Report r = start_report(c, "Sebaran predikat kinerja", "Distribution of predikat");
    r.filters.push_back({"Periode", "Period", period, ""});
    r.filters.push_back(
        {"Predikat organisasi", "Organisation's rating", curve->label_id, curve->label_en});
    r.filters.push_back({"Kurva", "Curve",
                         "predikat_curve " + predikat_curve_catalogue().version() +
                             " (PermenPANRB 6/2022; verifikasi)",
                         "predikat_curve " + predikat_curve_catalogue().version() +
                             " (PermenPANRB 6/2022; verify)"});
    r.columns = {{"unit_id", "ID unit", "Unit id", CellType::Text},
                 {"unit_name", "Unit", "Unit", CellType::Text},
                 {"staff", "Pegawai aktif", "Active staff", CellType::Integer},
                 {"final", "Penilaian final", "FINAL evaluations", CellType::Integer},
                 {"without_final", "Tanpa penilaian final", "Without a FINAL evaluation",
                  CellType::Integer}};
    for (const Predikat p : kAllPredikat)
        r.columns.push_back({"count." + std::string(to_string(p)), predikat_label(p, false),
                             predikat_label(p, true), CellType::Integer});
    for (const Predikat p : kAllPredikat)
        r.columns.push_back({"percent." + std::string(to_string(p)),
                             predikat_label(p, false) + " (%)", predikat_label(p, true) + " (%)",
                             CellType::Number});
    for (const Predikat p : kAllPredikat)
        if (curve->max_percent.contains(p))
            r.columns.push_back({"max_percent." + std::string(to_string(p)),
                                 "Batas " + predikat_label(p, false) + " (%)",
                                 "Cap " + predikat_label(p, true) + " (%)", CellType::Number});
    r.columns.push_back({"above_curve", "Melebihi kurva", "Above the curve", CellType::Flag});

    const auto records = c.tx.records_of_type("evaluation");
    std::set<std::string> superseded;
    for (const auto& change : records)
        if (!change.deleted && change.data.is_object())
            if (const auto s = change.data.find("supersedes");
                s != change.data.end() && s->is_string())
                superseded.insert(s->get<std::string>());
    // One FINAL evaluation per employee counts: the one not superseded.
    std::map<std::string, std::map<std::string, Evaluation>> finals;  // unit -> employee -> ev
    for (const auto& change : records) {
        if (change.deleted || superseded.contains(change.id) || !c.scope.covers(change.unit_id))
            continue;
        Problems problems;
        const Evaluation ev = Evaluation::from_json(change.data, problems);
        if (!problems.empty() || ev.period != period || ev.state != EvaluationState::FINAL)
            continue;
        finals[change.unit_id][ev.employee_id] = ev;
    }
    std::map<std::string, int> staff;
    for (const ReportEmployee* e : c.scope.staff(true))
        ++staff[e->unit_id];

    std::vector<Evaluation> everyone;
    int all_staff = 0;
    for (const ReportUnit* u : c.scope.units()) {
        std::vector<Evaluation> unit_finals;
        for (const auto& [employee, ev] : finals[u->id])
            unit_finals.push_back(ev);
        if (unit_finals.empty() && staff[u->id] == 0)
            continue;
        json row = {{"unit_id", u->id}, {"unit_name", u->name}};
        row.update(distribution_json(unit_finals, *curve, staff[u->id]));
        r.rows.push_back(std::move(row));
        everyone.insert(everyone.end(), unit_finals.begin(), unit_finals.end());
        all_staff += staff[u->id];
    }
    json total = {{"unit_id", nullptr}, {"unit_name", nullptr}};
    total.update(distribution_json(everyone, *curve, all_staff));
    r.totals.push_back(std::move(total));
    return r;
}

Report ikm(const Context& c) {
    const std::string& period = *c.query.period;
    const auto [first, last] = *evaluation_period_dates(period);
    const int minimum = skm_minimum_respondents();
    Report r =
        start_report(c, "Indeks Kepuasan Masyarakat (IKM)", "Community satisfaction index (IKM)");
    r.filters.push_back({"Periode", "Period", period, ""});
    r.filters.push_back({"Sampel minimum", "Minimum sample",
                         std::to_string(minimum) + " responden (skm_sampling; verifikasi)",
                         std::to_string(minimum) + " respondents (skm_sampling; verify)"});
    r.columns = {{"unit_id", "ID unit", "Unit id", CellType::Text},
                 {"unit_name", "Unit", "Unit", CellType::Text},
                 {"respondents", "Responden", "Respondents", CellType::Integer}};
    for (const auto& element : skm_elements().elements())
        r.columns.push_back({"nrr." + element.code, "NRR " + element.code + " " + element.label_id,
                             "NRR " + element.code + " " + element.label_en, CellType::Number});
    r.columns.insert(r.columns.end(),
                     {{"ikm", "IKM (1-4)", "IKM (1-4)", CellType::Number},
                      {"converted", "Nilai IKM (25-100)", "IKM score (25-100)", CellType::Number},
                      {"quality", "Mutu", "Quality", CellType::Text},
                      {"quality_label", "Kinerja unit", "Unit performance", CellType::Text},
                      {"provisional", "Sementara", "Provisional", CellType::Flag}});

    std::map<std::string, std::vector<SurveyResponse>> by_unit;
    for (const auto& change : c.tx.records_of_type("survey_response")) {
        if (change.deleted || !c.scope.covers(change.unit_id))
            continue;
        Problems ignored;
        SurveyResponse s = SurveyResponse::from_json(change.data, ignored);
        const Date collected = c.scope.local(s.collected_at, change.unit_id);
        if (collected < first || last < collected)
            continue;
        by_unit[change.unit_id].push_back(std::move(s));
    }
    for (const ReportUnit* u : c.scope.units()) {
        const auto it = by_unit.find(u->id);
        if (it == by_unit.end())
            continue;
        const IkmResult result = compute_ikm(it->second);
        json nrr = json::object();
        for (std::size_t i = 0; i < kSkmElementCount; ++i)
            nrr[skm_elements().elements()[i].code] = result.nrr[i] ? json(*result.nrr[i]) : json();
        r.rows.push_back(
            {{"unit_id", u->id},
             {"unit_name", u->name},
             {"respondents", result.respondents},
             {"nrr", std::move(nrr)},
             {"ikm", result.respondents ? json(result.ikm) : json()},
             {"converted", result.respondents ? json(result.converted_hundredths / 100.0) : json()},
             {"quality", result.quality ? json(result.quality->letter) : json()},
             {"quality_label", result.quality ? json(result.quality->label_id) : json()},
             {"quality_label_en", result.quality ? json(result.quality->label_en) : json()},
             {"provisional", result.respondents < minimum || result.incomplete}});
    }
    return r;
}

}  // namespace pantau::server::report_detail
