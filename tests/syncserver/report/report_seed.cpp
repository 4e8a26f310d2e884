#include "report_seed.h"

#include "attendance/attendance.h"
#include "clock/uuid.h"
#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "service/master_data.h"
#include "survey/survey_response.h"

namespace pantau::server::testing {

using nlohmann::json;

std::int64_t at_utc(const char* rfc3339) {
    return *parse_timestamp(rfc3339);
}

std::int64_t report_now() {
    return at_utc("2026-10-05T02:00:00Z");
}

namespace {

std::string random_id() {
    static int n = 0;
    return uuid_v5(kPantauNamespace, "report-test/" + std::to_string(++n));
}

void day(TestDevice& phone, const std::string& unit, const std::string& employee, const char* date,
         const char* status, std::optional<int> minutes = std::nullopt,
         std::optional<std::string> leave = std::nullopt) {
    const Date d = *Date::parse(date);
    const Attendance a{employee,     d,           status, minutes, std::move(leave), std::nullopt,
                       report_now(), std::nullopt};
    const auto recorded = phone.store().record(
        {"attendance", attendance_id(unit, employee, d), unit, a.to_json()}, report_now());
    INFO(date << " " << status);
    REQUIRE(recorded);
}

Evaluation final_evaluation(const std::string& employee, Rating hasil, Rating perilaku) {
    Evaluation e;
    e.employee_id = employee;
    e.period = "2026-Q3";
    e.hasil_kerja = hasil;
    e.perilaku = perilaku;
    for (const char* value : {"BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS",
                              "LOYAL", "ADAPTIF", "KOLABORATIF"})
        e.values[value] = {perilaku, "Tercatat di logbook"};
    e.state = EvaluationState::FINAL;
    e.evaluator = "Kepala Puskesmas";
    return e.with_derived_predikat();
}

void evaluate(TestDevice& phone, const std::string& unit, const Evaluation& e) {
    INFO(e.employee_id);
    REQUIRE(phone.store().record(
        {"evaluation", evaluation_id(e.employee_id, e.period), unit, e.to_json()}, report_now()));
}

void survey(TestDevice& phone, const std::string& unit, const char* when, int score) {
    SurveyResponse s;
    s.unit_id = unit;
    s.collected_at = at_utc(when);
    for (auto& element : s.scores)
        element = score;
    REQUIRE(
        phone.store().record({"survey_response", random_id(), unit, s.to_json()}, report_now()));
}

std::string open_case(TestDevice& phone, const std::string& unit, const std::string& employee,
                      const char* when, const char* source,
                      std::initializer_list<std::pair<CaseState, const char*>> steps,
                      std::optional<const char*> hearing = std::nullopt) {
    const std::string id = random_id();
    const DisciplineCase c{employee, at_utc(when), "4f", "BERAT", "Tidak masuk kerja", source};
    REQUIRE(phone.store().record({"discipline_case", id, unit, c.to_json()}, report_now()));
    for (const auto& [state, at] : steps) {
        DisciplineEvent e = step(id, state, at_utc(at));
        // A summons served the day it is recorded, for the hearing date given.
        if (state == CaseState::SUMMONED_1 && hearing) {
            e.letter_date = e.served_on = local_date(e.at, 7 * 60);
            e.hearing_on = Date::parse(*hearing);
        }
        REQUIRE(phone.store().record({"discipline_event", random_id(), unit, e.to_json()},
                                     report_now()));
    }
    return id;
}

}  // namespace

ReportSeed::ReportSeed() {
    f.now = report_now();
    f.store->write([&](ServerTransaction& tx) {
        rina = must(
            put_employee(tx,
                         Employee{"199505052020122001", "Rina Kartika", EmployeeKind::PNS, "III/a",
                                  "Perawat Ahli Pertama", std::nullopt, f.unit_a, true},
                         f.now));
    });
    phone_a =
        std::make_unique<TestDevice>(router_transport(f), f.code_for(f.supervisor_a), file_a.path);
    phone_b =
        std::make_unique<TestDevice>(router_transport(f), f.code_for(f.supervisor_b), file_b.path);
    REQUIRE(phone_a->sync(f.now) == SyncOutcome::Finished);
    REQUIRE(phone_b->sync(f.now) == SyncOutcome::Finished);
    TestDevice& a = *phone_a;
    const std::string& A = f.unit_a;

    // August 2026 at unit A: 21 weekdays less the holidays of 17 and 25
    // August = 19 working days.
    // Siti: 12 working days recorded (7 unrecorded):
    //   HADIR 3, 18-21 Aug (5; the HADIR on the 17th, a holiday, does not count)
    //   TERLAMBAT 4 Aug 20 min (TL1, 0.5 %), 5 Aug 45 min (TL2, 1 %): 65 TL minutes
    //   PULANG_CEPAT 6 Aug 95 min (PSW4, 1.5 %)
    //   SAKIT 7 Aug, CUTI 12 Aug
    //   TANPA_KETERANGAN 10 and 11 Aug (5 % a day); the one on Saturday 22 Aug does not count
    //   deduction 0.5 + 1 + 1.5 + 5 + 5 = 13 %
    day(a, A, f.employee_a, "2026-08-03", "HADIR");
    day(a, A, f.employee_a, "2026-08-04", "TERLAMBAT", 20);
    day(a, A, f.employee_a, "2026-08-05", "TERLAMBAT", 45);
    day(a, A, f.employee_a, "2026-08-06", "PULANG_CEPAT", 95);
    day(a, A, f.employee_a, "2026-08-07", "SAKIT");
    day(a, A, f.employee_a, "2026-08-10", "TANPA_KETERANGAN");
    day(a, A, f.employee_a, "2026-08-11", "TANPA_KETERANGAN");
    day(a, A, f.employee_a, "2026-08-12", "CUTI", std::nullopt, "CUTI_TAHUNAN");
    day(a, A, f.employee_a, "2026-08-17", "HADIR");
    for (const char* date : {"2026-08-18", "2026-08-19", "2026-08-20", "2026-08-21"})
        day(a, A, f.employee_a, date, "HADIR");
    day(a, A, f.employee_a, "2026-08-22", "TANPA_KETERANGAN");
    // Dewi and Rina only on 3 August: that day's roll call is full.
    day(a, A, f.employee_a2, "2026-08-03", "HADIR");
    day(a, A, rina, "2026-08-03", "HADIR");

    // PP 94 in 2026: Siti's third unexcused day on 1 September: 3 days, R1,
    // with no case opened for it (her case is an incident). Dewi: 10
    // working days in a row, 2-15 September: R3 by the count and B3 by the
    // run, and a case opened for the indication.
    day(a, A, f.employee_a, "2026-09-01", "TANPA_KETERANGAN");
    for (const char* date : {"2026-09-02", "2026-09-03", "2026-09-04", "2026-09-07", "2026-09-08",
                             "2026-09-09", "2026-09-10", "2026-09-11", "2026-09-14", "2026-09-15"})
        day(a, A, f.employee_a2, date, "TANPA_KETERANGAN");

    // Dewi was summoned on Thursday 17 September for a hearing on Monday
    // 28 September (7 working days' notice), which she missed: the second
    // summons is due within 7 working days of it, by 7 October; on 5
    // October 2 working days are left (6 and 7 October).
    dewi_case = open_case(a, A, f.employee_a2, "2026-09-16T02:00:00Z", "TK_INDICATION",
                          {{CaseState::REPORTED, "2026-09-16T02:00:00Z"},
                           {CaseState::UNDER_REVIEW, "2026-09-16T03:00:00Z"},
                           {CaseState::SUMMONED_1, "2026-09-17T02:00:00Z"}},
                          "2026-09-28");
    siti_case = open_case(a, A, f.employee_a, "2026-09-28T02:00:00Z", "INCIDENT",
                          {{CaseState::REPORTED, "2026-09-28T02:00:00Z"}});

    // 2026-Q3: Siti BAIK and Dewi BUTUH_PERBAIKAN at unit A (Rina has no
    // FINAL evaluation); Ahmad SANGAT_BAIK at unit B.
    evaluate(a, A,
             final_evaluation(f.employee_a, Rating::SESUAI_EKSPEKTASI, Rating::SESUAI_EKSPEKTASI));
    evaluate(
        a, A,
        final_evaluation(f.employee_a2, Rating::DI_BAWAH_EKSPEKTASI, Rating::SESUAI_EKSPEKTASI));
    evaluate(
        *phone_b, f.unit_b,
        final_evaluation(f.employee_b, Rating::DI_ATAS_EKSPEKTASI, Rating::DI_ATAS_EKSPEKTASI));

    // SKM at unit A in 2026-Q3: all 4 and all 3, NRR 3.5 each, IKM 3.5,
    // 87.50: B. The October response is outside the quarter.
    survey(a, A, "2026-08-10T03:00:00Z", 4);
    survey(a, A, "2026-09-10T03:00:00Z", 3);
    survey(a, A, "2026-10-02T03:00:00Z", 1);

    REQUIRE(phone_a->sync(f.now) == SyncOutcome::Finished);
    REQUIRE(phone_b->sync(f.now) == SyncOutcome::Finished);
    REQUIRE(phone_a->store().rejected().empty());
    REQUIRE(phone_b->store().rejected().empty());
}

Result<Report> ReportSeed::run(ReportKind kind, ReportFilterText filters,
                               std::optional<std::int64_t> now) {
    const auto query = report_query(kind, filters, now.value_or(f.now));
    if (!query)
        return query.error();
    std::optional<Result<Report>> report;
    f.store->read(
        [&](ServerTransaction& tx) { report.emplace(run_report(tx, *query, std::nullopt)); });
    return std::move(*report);
}

Report must_report(Result<Report> report) {
    return must(std::move(report));
}

const json& row_where(const Report& report, const char* key, const std::string& value) {
    for (const auto& row : report.rows)
        if (row.contains(key) && row[key] == value)
            return row;
    FAIL("no row with " << key << " = " << value);
    static const json none;
    return none;
}

}  // namespace pantau::server::testing
