#include "service/change_rules.h"

#include "attendance/attendance.h"
#include "attendance/duty_roster.h"
#include "core/date.h"
#include "core/json_fields.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "discipline/event_order.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "org/timezone.h"
#include "records/period_lock.h"
#include "records/record_types.h"
#include "records/refusal.h"
#include "survey/survey_response.h"
#include "sync/scope_exit.h"
#include "training/training.h"

namespace pantau::server {

namespace {

using sync::Change;
using Reason = std::optional<Problem>;

template <typename T>
T parse(const Change& change) {
    Problems ignored;  // the data passed check_record_data already
    return T::from_json(change.data, ignored);
}

bool is_live(const std::optional<Change>& record) {
    return record && !record->deleted;
}

// References to an employee must stay inside the change's unit, so a device
// can neither read nor write another unit's staff through them. The reason is
// the same whether the employee exists elsewhere or not at all: a rejection
// must not tell a device what another unit holds.
Reason check_employee(ServerTransaction& tx, const std::string& employee_id,
                      const std::string& unit_id) {
    const auto employee = tx.current("employee", employee_id);
    if (!is_live(employee) || employee->unit_id != unit_id)
        return refusal("employee_id", "unknown_employee",
                       "Tidak ada pegawai " + employee_id + " di unit ini.",
                       "there is no employee " + employee_id + " in this unit");
    return std::nullopt;
}

// The kind of a live employee (check_employee found it); PNS when unreadable.
EmployeeKind employee_kind_of(ServerTransaction& tx, const std::string& employee_id) {
    const auto employee = tx.current("employee", employee_id);
    Problems problems;
    const Employee e = Employee::from_json(employee->data, problems);
    return problems.empty() ? e.kind : EmployeeKind::PNS;
}

int unit_offset_minutes(ServerTransaction& tx, const std::string& unit_id) {
    const auto unit = tx.current("unit", unit_id);
    return unit_utc_offset_minutes(is_live(unit) ? unit->data : nlohmann::json());
}

// One bound for every date and time a record carries: none may fall more than
// one day after the server's date in the unit's time zone. A day, not the
// clock-skew allowance, because a phone's clock may be hours off and its
// records are still real.
struct FutureBound {
    Date today;
    int offset_minutes = 0;

    Reason date(std::string_view field, const Date& date) const {
        if (date > today.plus_days(1))
            return refusal(
                std::string(field), "too_far_ahead",
                date.iso() + " lebih dari satu hari setelah tanggal server " + today.iso() + ".",
                date.iso() + " is more than one day after the server's date " + today.iso());
        return std::nullopt;
    }
    Reason time(std::string_view field, std::int64_t unix_ms) const {
        return date(field, local_date(unix_ms, offset_minutes));
    }
};

FutureBound future_bound(ServerTransaction& tx, const std::string& unit_id, std::int64_t now) {
    const int offset = unit_offset_minutes(tx, unit_id);
    return {local_date(now, offset), offset};
}

std::vector<OrderedEvent> events_of(ServerTransaction& tx, const std::string& case_id) {
    std::vector<OrderedEvent> events;
    for (auto& change : tx.discipline_events(case_id)) {
        if (change.deleted)
            continue;
        events.push_back({change.id, change.version, parse<DisciplineEvent>(change)});
    }
    order_events(events);
    return events;
}

Reason from_result(const Result<void>& result, std::string_view field) {
    if (result)
        return std::nullopt;
    return refusal(result.error(), std::string(field));
}

// The day (in the unit's time zone) an employee left the unit, if they did.
std::optional<Date> left_unit_on(ServerTransaction& tx, const std::string& employee_id,
                                 const std::string& unit_id) {
    sync::ScopeExit exit{"employee", employee_id, unit_id, "", 0};
    const auto record = tx.current(std::string(sync::kScopeExitRecordType), exit.id());
    if (!record)
        return std::nullopt;
    const auto left = sync::ScopeExit::of(*record);
    if (!left)
        return std::nullopt;
    return local_date(left->at, unit_offset_minutes(tx, unit_id));
}

// A day at a training names a training record of the same employee. The
// reason is the same for a training that does not exist and one of another
// employee, as for employees.
Reason check_training_link(ServerTransaction& tx, const Attendance& attendance) {
    if (!attendance.training_id)
        return std::nullopt;
    const auto training = tx.current("training", *attendance.training_id);
    if (!is_live(training) || !training->data.is_object() ||
        text_or_empty(training->data, "employee_id") != attendance.employee_id)
        return refusal("training_id", "unknown_training",
                       "Tidak ada pelatihan " + *attendance.training_id + " milik pegawai " +
                           attendance.employee_id + ".",
                       "there is no training " + *attendance.training_id + " of employee " +
                           attendance.employee_id);
    return std::nullopt;
}

Reason check_attendance(ServerTransaction& tx, const Change& in, std::int64_t now) {
    const auto attendance = parse<Attendance>(in);
    if (auto reason = check_employee(tx, attendance.employee_id, in.unit_id)) {
        // A day the employee still worked here stays this unit's to record:
        // a phone offline when HR moved them sends it later.
        const auto left = left_unit_on(tx, attendance.employee_id, in.unit_id);
        if (!left || attendance.date > *left)
            return reason;
    }
    const auto bound = future_bound(tx, in.unit_id, now);
    if (auto reason = bound.date("date", attendance.date))
        return reason;
    if (auto reason = bound.time("recorded_at", attendance.recorded_at))
        return reason;
    return check_training_link(tx, attendance);
}

// How far ahead a roster may be planned: the rest of this year and the next.
constexpr int kRosterMonthsAhead = 13;

Reason check_roster(ServerTransaction& tx, const Change& in, std::int64_t now) {
    const auto roster = parse<DutyRoster>(in);
    if (auto reason = check_employee(tx, roster.employee_id, in.unit_id))
        return reason;
    // One record per unit, employee and month, so two phones converge.
    if (in.id != duty_roster_id(in.unit_id, roster.employee_id, roster.year, roster.month))
        return refusal("id", "roster_id_mismatch", "Id jadwal dinas harus id unit/pegawai/bulan.",
                       "a duty roster's id is that of its unit, employee and month");
    const Date today = future_bound(tx, in.unit_id, now).today;
    const int months_ahead = (roster.year - today.year()) * 12 + roster.month - today.month();
    if (months_ahead > kRosterMonthsAhead)
        return refusal(
            "month", "too_far_ahead",
            "Jadwal dinas paling jauh " + std::to_string(kRosterMonthsAhead) + " bulan ke depan.",
            "a duty roster is planned at most " + std::to_string(kRosterMonthsAhead) +
                " months ahead");
    return future_bound(tx, in.unit_id, now).time("recorded_at", roster.recorded_at);
}

Reason check_case(ServerTransaction& tx, const Change& in, const std::optional<Change>& current,
                  std::int64_t now, const CatalogueSet& catalogues) {
    const auto incoming = parse<DisciplineCase>(in);
    if (auto reason = check_employee(tx, incoming.employee_id, in.unit_id))
        return reason;
    if (auto reason = future_bound(tx, in.unit_id, now).time("opened_at", incoming.opened_at))
        return reason;
    const auto rules = catalogues.discipline_rules(incoming.rule_set);
    if (!rules)  // the record check refused it already; kept for the reader
        return refusal("rule_set", "unknown_value", "Aturan disiplin tidak dikenal.",
                       "the rule set is not known");
    if (!is_live(current)) {
        // A new case follows the rules of the employee's kind (PP 49/2018
        // Pasal 52 for PPPK); an older app that names none opens PNS cases only.
        const EmployeeKind kind = employee_kind_of(tx, incoming.employee_id);
        const auto& expected = catalogues.discipline_rules(kind).rule_set;
        if (rules->rule_set.rule_set != expected.rule_set)
            return refusal("rule_set", "wrong_rule_set",
                           "Kasus pegawai " + std::string(to_string(kind)) + " mengikuti aturan " +
                               expected.rule_set + ".",
                           "a case of a " + std::string(to_string(kind)) +
                               " employee follows rule set " + expected.rule_set + ", not " +
                               rules->rule_set.rule_set +
                               (incoming.rule_set ? "" : " (an app too old to name it)"));
        return std::nullopt;
    }
    const CaseState state = current_state(steps_of(events_of(tx, in.id)), rules->sanctions);
    return from_result(can_update(parse<DisciplineCase>(*current), incoming, state), "state");
}

Reason check_event(ServerTransaction& tx, const Change& in, std::int64_t now,
                   const CatalogueSet& catalogues) {
    const auto event = parse<DisciplineEvent>(in);
    const auto the_case = tx.current("discipline_case", event.case_id);
    if (!is_live(the_case) || the_case->unit_id != in.unit_id)
        return refusal("case_id", "unknown_case",
                       "Tidak ada kasus disiplin " + event.case_id + " di unit ini.",
                       "there is no discipline case " + event.case_id + " in this unit");
    const auto bound = future_bound(tx, in.unit_id, now);
    if (auto reason = bound.time("at", event.at))
        return reason;
    for (const auto& document : event.documents)
        if (document.date)
            if (auto reason = bound.date("documents.date", *document.date))
                return reason;
    // The step is checked at the place it will have once stored.
    auto events = events_of(tx, event.case_id);
    insert_in_order(events, {in.id, in.version, event});
    const auto rules = catalogues.discipline_rules(parse<DisciplineCase>(*the_case).rule_set);
    if (!rules)
        return refusal("case_id", "unknown_case", "Aturan disiplin kasus tidak dikenal.",
                       "the rule set of case " + event.case_id + " is not known");
    if (auto replayed = replay_case(steps_of(events), rules->sanctions); !replayed)
        return refusal(replayed.error(), "step");
    return std::nullopt;
}

Reason check_evaluation(ServerTransaction& tx, const Change& in,
                        const std::optional<Change>& current) {
    const auto incoming = parse<Evaluation>(in);
    if (auto reason = check_employee(tx, incoming.employee_id, in.unit_id))
        return reason;
    if (is_live(current)) {
        if (auto reason = from_result(can_update(parse<Evaluation>(*current), incoming), "state"))
            return reason;
    }
    if (incoming.supersedes) {
        const auto superseded = tx.current("evaluation", *incoming.supersedes);
        if (!is_live(superseded) || superseded->unit_id != in.unit_id)
            return refusal("supersedes", "unknown_evaluation",
                           "Tidak ada penilaian " + *incoming.supersedes + " di unit ini.",
                           "there is no evaluation " + *incoming.supersedes + " in this unit");
        return from_result(can_supersede(parse<Evaluation>(*superseded), incoming), "supersedes");
    }
    return std::nullopt;
}

// A training is recorded once it has ended (its JP count then), for an
// employee of the change's unit.
Reason check_training(ServerTransaction& tx, const Change& in, std::int64_t now) {
    const auto training = parse<Training>(in);
    if (auto reason = check_employee(tx, training.employee_id, in.unit_id))
        return reason;
    return future_bound(tx, in.unit_id, now).date("end_date", training.end_date);
}

Reason check_survey(ServerTransaction& tx, const Change& in, std::int64_t now) {
    const auto response = parse<SurveyResponse>(in);
    if (response.unit_id != in.unit_id)
        return refusal("unit_id", "unit_mismatch",
                       "Jawaban survei menyebut unit lain daripada perubahannya.",
                       "the response names another unit than its change");
    return future_bound(tx, in.unit_id, now).time("collected_at", response.collected_at);
}

Reason check_delete(const RecordType& type, const std::optional<Change>& current) {
    switch (type.device_right) {
        case DeviceRight::CreateAndUpdate:
            return std::nullopt;
        case DeviceRight::CreateAndUpdateWhileDraft:
            if (is_live(current) && current->data.value("state", "") == "FINAL")
                return refusal("deleted", "evaluation_final",
                               "Penilaian FINAL tidak dapat dihapus.",
                               "a FINAL evaluation cannot be deleted");
            return std::nullopt;
        default:
            return refusal("deleted", "not_deletable",
                           "Catatan jenis " + std::string(type.name) + " tidak dapat dihapus.",
                           "a " + std::string(type.name) + " record cannot be deleted");
    }
}

Reason check_record(ServerTransaction& tx, const RecordType& type, const Change& in,
                    const std::optional<Change>& current, std::int64_t now,
                    const CatalogueSet& catalogues) {
    const bool create_only = type.device_right == DeviceRight::CreateOnly;
    if (create_only && current)
        return refusal(in.type, "create_only",
                       "Catatan jenis ini tidak pernah berubah setelah tersimpan.",
                       "a record of this type never changes once stored");

    if (in.type == "attendance")
        return check_attendance(tx, in, now);
    if (in.type == "duty_roster")
        return check_roster(tx, in, now);
    if (in.type == "discipline_case")
        return check_case(tx, in, current, now, catalogues);
    if (in.type == "discipline_event")
        return check_event(tx, in, now, catalogues);
    if (in.type == "evaluation")
        return check_evaluation(tx, in, current);
    if (in.type == "survey_response")
        return check_survey(tx, in, now);
    if (in.type == "training")
        return check_training(tx, in, now);
    return std::nullopt;
}

}  // namespace

Problems check_change(ServerTransaction& tx, const Change& in, const std::optional<Change>& current,
                      std::int64_t now, const sync::ChangeContext& context,
                      const CatalogueSet& catalogues) {
    const RecordType* type = find_record_type(in.type);
    if (!type)
        return {refusal("type", "unknown_type", "Jenis catatan '" + in.type + "' tidak dikenal.",
                        "unknown record type '" + in.type + "'")};
    if (type->device_right == DeviceRight::Read)
        return {refusal("type", "read_only_type",
                        "Jenis " + in.type + " adalah data induk dan hanya dibaca perangkat.",
                        in.type + " is master data and read-only for devices")};
    // The same version again is a retry; the merge rule answers it as a duplicate.
    if (current && current->version == in.version && current->origin == in.origin)
        return {};
    // A closed period takes no change, in either the record's old period or its new one.
    if (auto closed = closed_period_refusal(
            [&tx](const LockedPeriod& period) -> std::optional<PeriodLock> {
                const auto record = tx.current(std::string(kPeriodLockRecordType),
                                               PeriodLock::id_of(period.kind, period.period));
                return record ? lock_of_record(record->deleted, record->data) : std::nullopt;
            },
            in, current, context, now))
        return {std::move(*closed)};
    Reason refused;
    if (in.deleted) {
        refused = check_delete(*type, current);
    } else {
        if (Problems problems = type->check(in.data, catalogues); !problems.empty())
            return problems;
        refused = check_record(tx, *type, in, current, now, catalogues);
    }
    return refused ? Problems{std::move(*refused)} : Problems{};
}

sync::ChangeRule change_rule(ServerTransaction& tx, std::int64_t now,
                             const CatalogueSet& catalogues) {
    return [&tx, now, &catalogues](const Change& incoming, const std::optional<Change>& current,
                                   const sync::ChangeContext& context) {
        return check_change(tx, incoming, current, now, context, catalogues);
    };
}

}  // namespace pantau::server
