// CatalogueSet: the catalogue tables in force. The server holds newer
// versions of some catalogues as master data (record type "catalogue") and
// every device receives them in the pull; a set is built from those
// documents and the embedded copies, and for each catalogue it uses the
// newest version that passes the same reader the embedded copy goes through,
// else the embedded copy. That rule lives here only: the phone, the server's
// `catalogue` commands and every working-day count use it.
//
// A set is immutable. The process holds the current one behind a mutex
// (current_catalogues / install_catalogues): a reader keeps the shared_ptr
// for as long as it uses what the set returns, and a new set replaces the
// old one whole, so threads never see half a table.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attendance/holiday.h"
#include "attendance/pp94_indication.h"
#include "attendance/work_calendar.h"
#include "core/catalogue.h"
#include "core/result.h"
#include "discipline/case_deadline.h"
#include "sync/central.h"

namespace pantau {

// The record type that carries a catalogue document in sync; its id is
// catalogue_record_id(name) and its unit_id is sync::kGlobalScopeUnit.
inline constexpr std::string_view kCatalogueRecordType = "catalogue";

std::string catalogue_record_id(std::string_view name);

// The catalogues a newer version may replace at run time: holidays (the
// working-day calendar), discipline_deadlines, pp94_absence_thresholds.
std::span<const std::string_view> replaceable_catalogue_names();

// Versions are dot-separated numbers ("2026.1", "2027.2"), compared number
// by number; a missing part counts as 0. nullopt when either is malformed.
bool is_catalogue_version(std::string_view version);
std::optional<int> compare_catalogue_versions(std::string_view a, std::string_view b);

// A checked catalogue document: its outer form, a replaceable name, a
// well-formed version, a non-empty source, and every entry through the
// catalogue's own reader.
struct CheckedCatalogue {
    CatalogueFile file;
    std::string source;
    bool verify = false;      // the document says its data is still to be verified
    nlohmann::json document;  // what is stored and sent: the fields above, nothing else
};
Result<CheckedCatalogue> check_catalogue_document(const nlohmann::json& document);

class CatalogueSet {
  public:
    // Which version of a catalogue is in force and where it came from.
    struct InForce {
        std::string name;
        std::string version;
        bool received = false;  // false: the embedded copy
    };

    // The embedded copies only.
    static std::shared_ptr<const CatalogueSet> embedded();
    // The newest valid version of each catalogue among `documents` and the
    // embedded copies; a document that fails its checks is ignored (and
    // listed in ignored()).
    static std::shared_ptr<const CatalogueSet> from_documents(
        const std::vector<nlohmann::json>& documents);

    const HolidayCatalogue& holidays() const { return holidays_; }
    const WorkCalendar& work_calendar() const { return calendar_; }
    const DisciplineDeadlines& discipline_deadlines() const { return deadlines_; }
    const Pp94AbsenceThresholds& pp94_absence_thresholds() const { return thresholds_; }

    // next_step_due() over this set's deadlines and calendar.
    std::optional<StepDue> next_step_due(CaseState entered, Date entered_on) const;

    const std::vector<InForce>& in_force() const { return in_force_; }
    const InForce* in_force(std::string_view name) const;
    // "name version: reason" of every document left out.
    const std::vector<std::string>& ignored() const { return ignored_; }

    CatalogueSet(HolidayCatalogue holidays, DisciplineDeadlines deadlines,
                 Pp94AbsenceThresholds thresholds, std::vector<InForce> in_force,
                 std::vector<std::string> ignored);

  private:
    HolidayCatalogue holidays_;
    WorkCalendar calendar_;
    DisciplineDeadlines deadlines_;
    Pp94AbsenceThresholds thresholds_;
    std::vector<InForce> in_force_;
    std::vector<std::string> ignored_;
};

// The set in force in this process (the embedded one until something is installed).
std::shared_ptr<const CatalogueSet> current_catalogues();
void install_catalogues(std::shared_ptr<const CatalogueSet> set);

// The data check of a "catalogue" record (record_types.h).
Problems check_catalogue_data(const nlohmann::json& data);

}  // namespace pantau
