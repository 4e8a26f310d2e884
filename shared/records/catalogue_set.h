// CatalogueSet: the catalogue tables in force. The server holds newer
// versions of the replaceable catalogues as master data (record type "catalogue") and
// every device receives them in the pull; a set is built from those
// documents and the embedded copies, and for each catalogue it uses the
// newest version that passes the same reader the embedded copy goes through,
// else the embedded copy. That rule lives here only: the phone, the server's
// `catalogue` commands, its checks of pushed records and every working-day
// count use it. The embedded accessors of the tables (attendance_status_catalogue(),
// pp94_sanctions(), ...) are the embedded copies only; what a record is
// checked and shown with comes from a set.
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

#include "attendance/attendance_recap.h"
#include "attendance/attendance_status.h"
#include "attendance/holiday.h"
#include "attendance/lateness_band.h"
#include "attendance/leave_kind.h"
#include "attendance/pp94_indication.h"
#include "attendance/work_calendar.h"
#include "core/catalogue.h"
#include "core/result.h"
#include "discipline/case_deadline.h"
#include "discipline/discipline_event.h"
#include "discipline/discipline_rule_set.h"
#include "discipline/pp94_article.h"
#include "discipline/sanction.h"
#include "sync/central.h"

namespace pantau {

// The record type that carries a catalogue document in sync; its id is
// catalogue_record_id(name) and its unit_id is sync::kGlobalScopeUnit.
inline constexpr std::string_view kCatalogueRecordType = "catalogue";

std::string catalogue_record_id(std::string_view name);

// The catalogues a newer version may replace at run time: holidays (the
// working-day calendar), discipline_deadlines, pp94_absence_thresholds,
// attendance_statuses, leave_kinds, lateness_bands (the TPP deduction
// percents), pp94_articles, pp94_sanctions, tpp_deductions (the per-day
// TPP deduction of a status), and the instance's PPPK rules: pppk_articles,
// pppk_sanctions and pppk_absence_thresholds.
std::span<const std::string_view> replaceable_catalogue_names();

// Versions are dot-separated numbers ("2026.1", "2027.2"), compared number
// by number; a missing part counts as 0. nullopt when either is malformed.
bool is_catalogue_version(std::string_view version);
std::optional<int> compare_catalogue_versions(std::string_view a, std::string_view b);

// A checked catalogue document: its outer form, a replaceable name, a
// well-formed version, a non-empty source, every entry through the
// catalogue's own reader, and nothing stored records rely on taken away
// (keeps_what_records_use against the embedded copy).
struct CheckedCatalogue {
    CatalogueFile file;
    std::string source;
    bool verify = false;      // the document says its data is still to be verified
    nlohmann::json document;  // what is stored and sent: the fields above, nothing else
};
Result<CheckedCatalogue> check_catalogue_document(const nlohmann::json& document);

// Whether `replacement` (a file of the same catalogue that passed its reader)
// keeps what records written under `kept` rely on: every code of a coded
// catalogue whose codes records carry (attendance_statuses, leave_kinds,
// pp94_articles, pp94_sanctions), with a status's needs_minutes and
// needs_leave_kind unchanged and its links_training kept (they decide the
// shape of its records), and
// every lateness series with a band from 1 minute and one for a missing
// clock record; and a sanction catalogue takes no code of another rule
// set's sanctions ("code_taken"), so a decision's code names its rule set.
// Codes may be added and texts changed. Error code
// "drops_code" (or "changes_code" for a status's shape) naming what is missing. The server also
// checks an import against the version it holds (service/master_data.h).
Result<void> keeps_what_records_use(const CatalogueFile& kept, const CatalogueFile& replacement);

// The tables one discipline rule set judges by (discipline_rule_set.h), as
// references into the set they came from.
struct DisciplineRules {
    const DisciplineRuleSet& rule_set;
    const Pp94Catalogue& articles;
    const SanctionCatalogue& sanctions;
    const Pp94AbsenceThresholds& thresholds;
};

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
    const AttendanceStatusCatalogue& attendance_statuses() const { return statuses_; }
    const LeaveKindCatalogue& leave_kinds() const { return leave_kinds_; }
    const LatenessBandCatalogue& lateness_bands() const { return lateness_bands_; }
    const Pp94Catalogue& pp94_articles() const { return articles_; }
    const SanctionCatalogue& pp94_sanctions() const { return sanctions_; }
    const TppDeductionCatalogue& tpp_deductions() const { return deductions_; }
    const Pp94Catalogue& pppk_articles() const { return pppk_articles_; }
    const SanctionCatalogue& pppk_sanctions() const { return pppk_sanctions_; }
    const Pp94AbsenceThresholds& pppk_absence_thresholds() const { return pppk_thresholds_; }

    // The rules an employee of `kind` is judged by: PP 94/2021 for PNS, the
    // instance's for PPPK.
    DisciplineRules discipline_rules(EmployeeKind kind) const;
    // The rules of the rule set a case names; a case naming none is judged
    // by PP 94 (cases from before rule sets travelled). nullopt for a code
    // no rule set has.
    std::optional<DisciplineRules> discipline_rules(
        const std::optional<std::string>& rule_set) const;
    // The sanction with `code` in any rule set's catalogue: codes are
    // distinct across rule sets (keeps_what_records_use), so a code alone
    // says what was imposed.
    const Sanction* find_sanction(std::string_view code) const;
    // The sanctions of the rule set a case's steps were decided under: the
    // catalogue holding the first decision's code, PP 94's when none was
    // decided yet. What the state of a case is read with where the case
    // record itself is not at hand.
    const SanctionCatalogue& sanctions_of(const std::vector<DisciplineEvent>& steps) const;
    // The tables an attendance recap reads, from this set.
    RecapTables recap_tables() const {
        return {calendar_, statuses_, lateness_bands_, deductions_};
    }

    // next_step_due() over this set's deadlines and calendar.
    std::optional<StepDue> next_step_due(CaseState entered, Date entered_on) const;

    const std::vector<InForce>& in_force() const { return in_force_; }
    const InForce* in_force(std::string_view name) const;
    // "name version: reason" of every document left out.
    const std::vector<std::string>& ignored() const { return ignored_; }

    // `files` holds one file of every replaceable catalogue (any order);
    // throws std::invalid_argument when one fails its reader.
    CatalogueSet(const std::vector<CatalogueFile>& files, std::vector<InForce> in_force,
                 std::vector<std::string> ignored);

  private:
    HolidayCatalogue holidays_;
    WorkCalendar calendar_;
    DisciplineDeadlines deadlines_;
    Pp94AbsenceThresholds thresholds_;
    AttendanceStatusCatalogue statuses_;
    LeaveKindCatalogue leave_kinds_;
    LatenessBandCatalogue lateness_bands_;
    Pp94Catalogue articles_;
    SanctionCatalogue sanctions_;
    TppDeductionCatalogue deductions_;
    Pp94Catalogue pppk_articles_;
    SanctionCatalogue pppk_sanctions_;
    Pp94AbsenceThresholds pppk_thresholds_;
    std::vector<InForce> in_force_;
    std::vector<std::string> ignored_;
};

// The set in force in this process (the embedded one until something is
// installed). Hold the returned pointer in a local while using references
// into it: `const auto& s = current_catalogues()->leave_kinds();` dangles
// once the set is replaced.
std::shared_ptr<const CatalogueSet> current_catalogues();
void install_catalogues(std::shared_ptr<const CatalogueSet> set);

// The data check of a "catalogue" record (record_types.h).
Problems check_catalogue_data(const nlohmann::json& data);

}  // namespace pantau
