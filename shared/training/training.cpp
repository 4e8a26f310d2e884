#include "training/training.h"

#include <cmath>

#include "core/json_fields.h"
#include "core/text.h"
#include "records/field_checks.h"

namespace pantau {

namespace {

void required_text(Problems& problems, const std::string& field, const std::string& text,
                   std::size_t max, const char* name_id, const char* name_en) {
    if (is_blank(text))
        add_problem(problems, field, "empty", std::string(name_id) + " wajib diisi.",
                    std::string(name_en) + " is required.");
    else
        check_max_length(problems, field, text, max);
}

// JP written as a whole number when they are one, so 20 stays 20.
nlohmann::json jp_json(double jp) {
    if (std::floor(jp) == jp && std::fabs(jp) < 1e9)
        return static_cast<long long>(jp);
    return jp;
}

}  // namespace

long long Training::jp_tenths() const {
    return std::llround(jp * kJpTenthsPerJp);
}

Training Training::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    Training t;
    t.employee_id = r.string("employee_id");
    t.title = r.string("title");
    t.kind = r.string("kind");
    t.organiser = r.string("organiser");
    t.start_date = r.date("start_date").value_or(t.start_date);
    t.end_date = r.date("end_date").value_or(t.end_date);
    t.jp = r.number("jp");
    t.competency = r.string("competency");
    t.certificate_number = r.optional_string("certificate_number");
    r.reject_unknown();
    return t;
}

nlohmann::json Training::to_json() const {
    nlohmann::json j = {{"employee_id", employee_id},
                        {"title", title},
                        {"kind", kind},
                        {"organiser", organiser},
                        {"start_date", start_date.iso()},
                        {"end_date", end_date.iso()},
                        {"jp", jp_json(jp)},
                        {"competency", competency}};
    if (certificate_number)
        j["certificate_number"] = *certificate_number;
    return j;
}

Problems Training::validate() const {
    return validate(training_kind_catalogue(), competency_kind_catalogue());
}

Problems Training::validate(const TrainingKindCatalogue& kinds,
                            const CompetencyKindCatalogue& competencies) const {
    Problems problems;
    check_uuid(problems, "data.employee_id", employee_id);
    required_text(problems, "data.title", title, kMaxTitleLength, "Nama pelatihan",
                  "The training's title");
    required_text(problems, "data.organiser", organiser, kMaxOrganiserLength, "Penyelenggara",
                  "The organiser");
    if (certificate_number) {
        if (is_blank(*certificate_number))
            add_problem(problems, "data.certificate_number", "empty",
                        "Nomor sertifikat tidak boleh hanya spasi; kosongkan bila belum ada.",
                        "A certificate number cannot be blank; leave it out when there is none.");
        else
            check_max_length(problems, "data.certificate_number", *certificate_number,
                             kMaxCertificateLength);
    }

    if (!kinds.find(kind))
        add_problem(problems, "data.kind", "unknown_value",
                    "Jenis pengembangan kompetensi '" + kind + "' tidak dikenal.",
                    "Training kind '" + kind + "' is not known.");
    if (!competencies.find(competency))
        add_problem(problems, "data.competency", "unknown_value",
                    "Jenis kompetensi '" + competency + "' tidak dikenal.",
                    "Competency '" + competency + "' is not known.");

    if (end_date < start_date)
        add_problem(problems, "data.end_date", "before_start",
                    "Tanggal selesai " + end_date.iso() + " sebelum tanggal mulai " +
                        start_date.iso() + ".",
                    "The end date " + end_date.iso() + " is before the start date " +
                        start_date.iso() + ".");
    else if (end_date.days_since_epoch() - start_date.days_since_epoch() + 1 > kMaxDays)
        add_problem(problems, "data.end_date", "too_long",
                    "Satu kegiatan paling lama " + std::to_string(kMaxDays) +
                        " hari; tugas belajar dicatat sebagai status kehadiran.",
                    "One activity lasts at most " + std::to_string(kMaxDays) +
                        " days; a study assignment is an attendance status.");

    const double tenths = jp * kJpTenthsPerJp;
    if (!(jp > 0) || jp > kMaxJp)
        add_problem(
            problems, "data.jp", "out_of_range",
            "Jumlah JP harus lebih dari 0 dan paling banyak " +
                std::to_string(static_cast<int>(kMaxJp)) + ".",
            "JP must be more than 0 and at most " + std::to_string(static_cast<int>(kMaxJp)) + ".");
    else if (std::fabs(tenths - std::round(tenths)) > 1e-6)
        add_problem(problems, "data.jp", "too_precise",
                    "Jumlah JP dicatat paling teliti sepersepuluh (mis. 2,5).",
                    "JP are recorded to a tenth at most (e.g. 2.5).");
    return problems;
}

}  // namespace pantau
