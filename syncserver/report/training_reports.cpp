// The competency development report: per active employee of the units
// covered, the JP of the trainings that count in the year, how many, the
// minimum of their kind and how far they are short of it, by the rule of
// training/training_hours.h (the phone's home page calls the same rule).
#include <vector>

#include "report/report_kinds.h"
#include "training/training_hours.h"

namespace pantau::server::report_detail {

using nlohmann::json;

namespace {

// JP as people write them: 20, 19.5.
json jp_value(long long tenths) {
    if (tenths % Training::kJpTenthsPerJp == 0)
        return tenths / Training::kJpTenthsPerJp;
    return static_cast<double>(tenths) / Training::kJpTenthsPerJp;
}

}  // namespace

Report training_hours(const Context& c) {
    const int year = *c.query.year;
    const auto& minimums = training_minimum_catalogue();
    Report r = start_report(c, "Pengembangan kompetensi (JP)", "Competency development (JP)");
    r.filters.push_back({"Tahun", "Year", std::to_string(year), ""});
    r.filters.push_back(
        {"Batas minimum", "Minimum",
         "training_minimums " + minimums.version() +
             " (PP 11/2017 Pasal 203 jo. PP 17/2020; PPPK: verifikasi); pelatihan dihitung pada "
             "tahun selesainya",
         "training_minimums " + minimums.version() +
             " (PP 11/2017 Article 203 as amended by PP 17/2020; PPPK: verify); a training counts "
             "in the year it ends"});
    r.columns = {{"unit_id", "ID unit", "Unit id", CellType::Text},
                 {"unit_name", "Unit", "Unit", CellType::Text},
                 {"nip", "NIP", "NIP", CellType::Text},
                 {"name", "Nama", "Name", CellType::Text},
                 {"employee_kind", "Jenis pegawai", "Employee kind", CellType::Text},
                 {"jp", "JP", "JP", CellType::Number},
                 {"trainings", "Jumlah kegiatan", "Trainings", CellType::Integer},
                 {"minimum_jp", "JP minimum", "Minimum JP", CellType::Number},
                 {"short_by", "Kurang JP", "JP short", CellType::Number},
                 {"short", "Belum memenuhi", "Short of the minimum", CellType::Flag}};

    // JP belong to the person: a training recorded in the unit an employee
    // has since left still counts for them.
    const auto records = c.tx.records_of_type("training");
    std::vector<TrainingRecord> counted;
    counted.reserve(records.size());
    for (const auto& change : records)
        counted.push_back({&change.data, change.deleted});
    const auto done = jp_by_employee(year, counted);

    long long jp_tenths = 0, short_tenths = 0;
    int trainings = 0, staff = 0, short_staff = 0;
    for (const ReportEmployee* e : c.scope.staff(true)) {
        const auto it = done.find(e->id);
        const JpStanding standing =
            jp_standing(it == done.end() ? JpDone{} : it->second, e->kind, minimums);
        r.rows.push_back(
            {{"unit_id", e->unit_id},
             {"unit_name", c.scope.unit_name(e->unit_id)},
             {"employee_id", e->id},
             {"nip", e->nip},
             {"name", e->name},
             {"employee_kind", e->kind},
             {"jp", jp_value(standing.done.tenths)},
             {"trainings", standing.done.trainings},
             {"minimum_jp", standing.minimum_tenths ? jp_value(*standing.minimum_tenths) : json()},
             {"short_by", jp_value(standing.short_by_tenths())},
             {"short", standing.is_short()}});
        ++staff;
        jp_tenths += standing.done.tenths;
        short_tenths += standing.short_by_tenths();
        trainings += standing.done.trainings;
        short_staff += standing.is_short() ? 1 : 0;
    }
    r.filters.push_back(
        {"Belum memenuhi", "Short of the minimum",
         std::to_string(short_staff) + " dari " + std::to_string(staff) + " pegawai",
         std::to_string(short_staff) + " of " + std::to_string(staff) + " staff"});
    r.totals.push_back({{"unit_id", nullptr},
                        {"unit_name", nullptr},
                        {"jp", jp_value(jp_tenths)},
                        {"trainings", trainings},
                        {"short_by", jp_value(short_tenths)}});
    return r;
}

}  // namespace pantau::server::report_detail
