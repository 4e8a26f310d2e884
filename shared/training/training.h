// Training: one competency development activity of one employee (a course,
// an e-learning, coaching, a seminar, ...) as it travels in sync (type
// "training"). Supervisors record it on their phones, offline like the roll
// call; its id is a random UUID made on the phone, since one employee may
// attend two activities with the same title. It counts towards the yearly
// minimum of lesson hours (JP) of training/training_hours.h.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/problem.h"
#include "training/training_kind.h"

namespace pantau {

struct Training {
    static constexpr std::size_t kMaxTitleLength = 300;  // characters (UTF-8 code points)
    static constexpr std::size_t kMaxOrganiserLength = 200;
    static constexpr std::size_t kMaxCertificateLength = 100;
    // No single activity comes near it: the longest leadership course (PKN
    // tingkat II) is of the order of several hundred JP.
    static constexpr double kMaxJp = 1000;
    // JP are recorded to a tenth, so sums of them are exact in tenths.
    static constexpr int kJpTenthsPerJp = 10;
    // An activity longer than a year is a study assignment (tugas belajar),
    // which the roll call records as a status, not a training.
    static constexpr int kMaxDays = 366;

    std::string employee_id;
    std::string title;
    std::string kind;        // a code of the training_kinds catalogue
    std::string organiser;   // the institution that held it (BPSDM, LAN, a hospital, ...)
    Date start_date;         // the first day
    Date end_date;           // the last day; the JP count in its year
    double jp = 0;           // lesson hours (jam pelajaran), to a tenth
    std::string competency;  // a code of the competency_kinds catalogue
    std::optional<std::string> certificate_number;

    // The JP in tenths (jp is checked to be a whole number of tenths).
    long long jp_tenths() const;

    static Training from_json(const nlohmann::json& data, Problems& problems);
    nlohmann::json to_json() const;

    // Against the embedded catalogues, or the given ones.
    Problems validate() const;
    Problems validate(const TrainingKindCatalogue& kinds,
                      const CompetencyKindCatalogue& competencies) const;

    bool operator==(const Training&) const = default;
};

}  // namespace pantau
