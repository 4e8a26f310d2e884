#include "records/record_types.h"

#include <utility>
#include <vector>

#include "attendance/attendance.h"
#include "attendance/duty_roster.h"
#include "core/json_fields.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "org/unit.h"
#include "records/catalogue_set.h"
#include "records/period_lock.h"
#include "survey/survey_response.h"
#include "sync/scope_exit.h"
#include "training/training.h"

namespace pantau {

namespace {

// The domain rules of a record, with the tables of the set where it has any.
template <typename T>
Problems validate_with(const T& record, const CatalogueSet&) {
    return record.validate();
}
Problems validate_with(const Attendance& record, const CatalogueSet& catalogues) {
    return record.validate(catalogues.attendance_statuses(), catalogues.leave_kinds());
}
Problems validate_with(const DisciplineCase& record, const CatalogueSet& catalogues) {
    const auto rules = catalogues.discipline_rules(record.rule_set);
    if (!rules) {
        Problems problems;
        add_problem(problems, "data.rule_set", "unknown_value",
                    "Aturan disiplin '" + *record.rule_set + "' tidak dikenal.",
                    "Rule set '" + *record.rule_set + "' is not known.");
        return problems;
    }
    return record.validate(rules->articles);
}
// A step alone does not say its case's rules; its sanction code does, since
// codes are distinct across rule sets. The server replays the step with the
// rules of its case (service/change_rules.cpp).
Problems validate_with(const DisciplineEvent& record, const CatalogueSet& catalogues) {
    const bool pppk = record.sanction && catalogues.pppk_sanctions().find(*record.sanction);
    return record.validate(pppk ? catalogues.pppk_sanctions() : catalogues.pp94_sanctions());
}

// Structure first; the domain rules only make sense on a well-formed record.
template <typename T>
Problems check(const nlohmann::json& data, const CatalogueSet& catalogues) {
    Problems problems;
    const T record = T::from_json(data, problems);
    if (problems.empty())
        problems = validate_with(record, catalogues);
    return problems;
}

Problems check_catalogue(const nlohmann::json& data, const CatalogueSet&) {
    return check_catalogue_data(data);
}

Problems check_period_lock(const nlohmann::json& data, const CatalogueSet&) {
    return check_period_lock_data(data);
}

Problems check_scope_exit(const nlohmann::json& data, const CatalogueSet&) {
    return sync::check_scope_exit_data(data);
}

constexpr RecordType kTypes[] = {
    {"unit", DeviceRight::Read, "Unit kerja", "Work unit", &check<Unit>},
    {"employee", DeviceRight::Read, "Pegawai", "Employee", &check<Employee>},
    {"catalogue", DeviceRight::Read, "Katalog", "Catalogue", &check_catalogue},
    {"period_lock", DeviceRight::Read, "Penutupan periode", "Closed period", &check_period_lock},
    {"scope_exit", DeviceRight::Read, "Keluar dari lingkup unit", "Left the unit's scope",
     &check_scope_exit},
    {"attendance", DeviceRight::CreateAndUpdate, "Presensi", "Attendance", &check<Attendance>},
    {"duty_roster", DeviceRight::CreateAndUpdate, "Jadwal dinas", "Duty roster",
     &check<DutyRoster>},
    {"discipline_case", DeviceRight::CreateAndUpdateUntilDecided, "Kasus disiplin",
     "Discipline case", &check<DisciplineCase>},
    {"discipline_event", DeviceRight::CreateOnly, "Langkah kasus disiplin", "Discipline case step",
     &check<DisciplineEvent>},
    {"evaluation", DeviceRight::CreateAndUpdateWhileDraft, "Penilaian kinerja",
     "Performance evaluation", &check<Evaluation>},
    {"survey_response", DeviceRight::CreateOnly, "Jawaban SKM", "Satisfaction survey response",
     &check<SurveyResponse>},
    {"training", DeviceRight::CreateAndUpdate, "Pengembangan kompetensi", "Competency development",
     &check<Training>},
};

}  // namespace

std::span<const RecordType> record_types() {
    return kTypes;
}

const RecordType* find_record_type(std::string_view name) {
    for (const auto& type : kTypes)
        if (type.name == name)
            return &type;
    return nullptr;
}

nlohmann::json normalised_record_data(std::string_view type, nlohmann::json data) {
    const auto catalogues = current_catalogues();
    return normalised_record_data(type, std::move(data), *catalogues);
}

nlohmann::json normalised_record_data(std::string_view type, nlohmann::json data,
                                      const CatalogueSet& catalogues) {
    if (!data.is_object())
        return data;
    // The optional text fields of each type, where "" can only mean "none".
    static const std::pair<std::string_view, std::vector<std::string_view>> kOptionalText[] = {
        {"attendance", {"leave_kind", "training_id", "note"}},
        {"duty_roster", {"note"}},
        {"discipline_case", {"source"}},
        {"discipline_event", {"note", "sanction", "corrects"}},
        {"evaluation", {"evaluator", "supersedes"}},
        {"training", {"certificate_number"}},
    };
    for (auto it = data.begin(); it != data.end();) {
        if (it->is_null())
            it = data.erase(it);
        else
            ++it;
    }
    for (const auto& [name, keys] : kOptionalText) {
        if (name != type)
            continue;
        for (const auto key : keys) {
            const auto it = data.find(key);
            if (it != data.end() && it->is_string() && it->get_ref<const std::string&>().empty())
                data.erase(it);
        }
    }
    if (type == "attendance") {
        const auto minutes = data.find("minutes");
        const auto status = data.find("status");
        if (minutes != data.end() && minutes->is_number() && *minutes == 0 &&
            status != data.end() && status->is_string()) {
            const auto* known =
                catalogues.attendance_statuses().find(status->get_ref<const std::string&>());
            if (known && !known->needs_minutes)
                data.erase(minutes);
        }
    }
    return data;
}

Problems check_record_data(std::string_view type, const nlohmann::json& data) {
    const auto catalogues = current_catalogues();
    return check_record_data(type, data, *catalogues);
}

Problems check_record_data(std::string_view type, const nlohmann::json& data,
                           const CatalogueSet& catalogues) {
    if (const auto* known = find_record_type(type))
        return known->check(data, catalogues);
    Problems problems;
    add_problem(problems, "type", "unknown_type",
                "Jenis data '" + std::string(type) + "' tidak dikenal.",
                "Record type '" + std::string(type) + "' is not known.");
    return problems;
}

}  // namespace pantau
