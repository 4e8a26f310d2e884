// The yearly minimum of competency development in lesson hours (JP) and the
// one rule that says how many JP an employee did in a year and whether they
// are short of it. The server's `training` report and the phone's home page
// both call it, so they never disagree.
//
// The minimum is the "training_minimums" catalogue, by employee kind: 20 JP
// for a PNS (PP 11/2017 Pasal 203 as amended by PP 17/2020); for a PPPK
// PP 49/2018 sets only a maximum, and the catalogue applies 20 JP as policy
// (verify). A training counts in full in the calendar year in which it ends:
// the JP are earned, and the certificate issued, when it is complete, so a
// course from 28 December to 3 January counts in the year of 3 January and
// in no other. A deleted record counts nowhere.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/coded_catalogue.h"
#include "training/training.h"

namespace pantau {

struct TrainingMinimum {
    std::string code;  // an employee kind: "PNS", "PPPK"
    double minimum_jp = 0;
    std::string basis_id;  // the rule, for the report's reader
    std::string basis_en;

    bool operator==(const TrainingMinimum&) const = default;

    // Refuses a code that is no employee kind and a minimum outside 0 .. Training::kMaxJp.
    static TrainingMinimum read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Jenis pegawai berulang.",
                                                  "Repeated employee kind."};
};

using TrainingMinimumCatalogue = CodedCatalogue<TrainingMinimum>;

// The embedded "training_minimums" catalogue, loaded once.
const TrainingMinimumCatalogue& training_minimum_catalogue();

// The calendar year a training counts in: the year of its last day.
int counted_year(const Training& training);

// A training record as a store holds it; `data` must outlive the call.
struct TrainingRecord {
    const nlohmann::json* data = nullptr;
    bool deleted = false;
};

// What one employee did in one year.
struct JpDone {
    long long tenths = 0;  // JP in tenths, so that sums are exact
    int trainings = 0;

    double jp() const { return static_cast<double>(tenths) / Training::kJpTenthsPerJp; }
    bool operator==(const JpDone&) const = default;
};

// The JP per employee id of the trainings that count in `year`; deleted
// records and data that does not read as a training with JP > 0 count nowhere.
std::map<std::string, JpDone> jp_by_employee(int year, std::span<const TrainingRecord> records);

// An employee's year against the minimum of their kind.
struct JpStanding {
    JpDone done;
    std::optional<long long> minimum_tenths;  // none: the catalogue has no minimum for the kind

    double minimum() const;  // 0 when there is none
    long long short_by_tenths() const;
    double short_by() const {
        return static_cast<double>(short_by_tenths()) / Training::kJpTenthsPerJp;
    }
    // Fewer JP than the minimum; exactly the minimum is not short.
    bool is_short() const { return short_by_tenths() > 0; }
};

JpStanding jp_standing(const JpDone& done, std::string_view employee_kind,
                       const TrainingMinimumCatalogue& minimums);

}  // namespace pantau
