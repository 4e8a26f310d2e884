#include "training/training_hours.h"

#include <cmath>

#include "core/json_fields.h"
#include "org/employee_kind.h"

namespace pantau {

TrainingMinimum TrainingMinimum::read(FieldReader& r, Problems& problems) {
    TrainingMinimum m;
    m.code = r.string("code");
    m.minimum_jp = r.number("minimum_jp");
    m.basis_id = r.string("basis_id");
    m.basis_en = r.string("basis_en");
    if (!employee_kind_from_string(m.code))
        add_problem(problems, r.path("code"), "unknown_value",
                    "Jenis pegawai '" + m.code + "' tidak dikenal.",
                    "Employee kind '" + m.code + "' is not known.");
    if (!(m.minimum_jp >= 0) || m.minimum_jp > Training::kMaxJp)
        add_problem(problems, r.path("minimum_jp"), "out_of_range",
                    "Batas minimum JP harus di antara 0 dan " +
                        std::to_string(static_cast<int>(Training::kMaxJp)) + ".",
                    "The JP minimum must be between 0 and " +
                        std::to_string(static_cast<int>(Training::kMaxJp)) + ".");
    return m;
}

const TrainingMinimumCatalogue& training_minimum_catalogue() {
    static const TrainingMinimumCatalogue catalogue =
        TrainingMinimumCatalogue::from_file(embedded_catalogue("training_minimums"));
    return catalogue;
}

int counted_year(const Training& training) {
    return training.end_date.year();
}

std::map<std::string, JpDone> jp_by_employee(int year, std::span<const TrainingRecord> records) {
    std::map<std::string, JpDone> done;
    for (const auto& record : records) {
        if (record.deleted || !record.data)
            continue;
        Problems problems;
        const Training training = Training::from_json(*record.data, problems);
        if (!problems.empty() || counted_year(training) != year || !(training.jp > 0) ||
            training.jp > Training::kMaxJp)
            continue;
        JpDone& of = done[training.employee_id];
        of.tenths += training.jp_tenths();
        ++of.trainings;
    }
    return done;
}

double JpStanding::minimum() const {
    return static_cast<double>(minimum_tenths.value_or(0)) / Training::kJpTenthsPerJp;
}

long long JpStanding::short_by_tenths() const {
    if (!minimum_tenths || done.tenths >= *minimum_tenths)
        return 0;
    return *minimum_tenths - done.tenths;
}

JpStanding jp_standing(const JpDone& done, std::string_view employee_kind,
                       const TrainingMinimumCatalogue& minimums) {
    JpStanding standing;
    standing.done = done;
    if (const TrainingMinimum* m = minimums.find(employee_kind))
        standing.minimum_tenths = std::llround(m->minimum_jp * Training::kJpTenthsPerJp);
    return standing;
}

}  // namespace pantau
