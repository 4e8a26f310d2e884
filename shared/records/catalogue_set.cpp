#include "records/catalogue_set.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <mutex>
#include <stdexcept>

#include "clock/uuid.h"
#include "core/json_fields.h"

namespace pantau {

namespace {

constexpr std::array<std::string_view, 12> kReplaceable = {
    "holidays",       "discipline_deadlines", "pp94_absence_thresholds", "attendance_statuses",
    "leave_kinds",    "lateness_bands",       "pp94_articles",           "pp94_sanctions",
    "tpp_deductions", "pppk_articles",        "pppk_sanctions",          "pppk_absence_thresholds"};

// The catalogues whose codes stored records carry: a replacement keeps them.
constexpr std::array<std::string_view, 6> kCodesKept = {"attendance_statuses", "leave_kinds",
                                                        "pp94_articles",       "pp94_sanctions",
                                                        "pppk_articles",       "pppk_sanctions"};

bool is_one_of(std::span<const std::string_view> names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The numbers of a version, or nullopt when it is not "N(.N)*" (at most 4
// parts of at most 9 digits each).
std::optional<std::vector<long>> version_parts(std::string_view text) {
    std::vector<long> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string_view part = text.substr(
            start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (part.empty() || part.size() > 9 ||
            part.find_first_not_of("0123456789") != std::string_view::npos)
            return std::nullopt;
        long value = 0;
        const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (ec != std::errc() || ptr != part.data() + part.size())
            return std::nullopt;
        parts.push_back(value);
        if (parts.size() > 4)
            return std::nullopt;
        if (dot == std::string_view::npos)
            return parts;
        start = dot + 1;
    }
}

// Builds the typed table a catalogue's readers make; throws std::invalid_argument.
void read_typed(const CatalogueFile& file) {
    if (file.name == "holidays")
        (void)HolidayCatalogue::from_file(file);
    else if (file.name == "discipline_deadlines")
        (void)DisciplineDeadlines::from_file(file);
    else if (is_one_of(kAbsenceThresholdCatalogues, file.name))
        (void)Pp94AbsenceThresholds::from_file(file);
    else if (file.name == "attendance_statuses")
        (void)AttendanceStatusCatalogue::from_file(file);
    else if (file.name == "leave_kinds")
        (void)LeaveKindCatalogue::from_file(file);
    else if (file.name == "lateness_bands")
        (void)LatenessBandCatalogue::from_file(file);
    else if (is_one_of(kArticleCatalogues, file.name))
        (void)Pp94Catalogue::from_file(file);
    else if (is_one_of(kSanctionCatalogues, file.name))
        (void)SanctionCatalogue::from_file(file);
    else if (file.name == "tpp_deductions")
        (void)TppDeductionCatalogue::from_file(file);
    else
        throw std::invalid_argument("catalogue " + file.name + " is not replaceable");
}

const CatalogueFile& file_named(const std::vector<CatalogueFile>& files, std::string_view name) {
    for (const auto& file : files)
        if (file.name == name)
            return file;
    throw std::invalid_argument("no catalogue " + std::string(name) + " in the set");
}

// Every code of a coded catalogue `kept` holds that `replacement` lacks.
std::vector<std::string> dropped_codes(const CatalogueFile& kept,
                                       const CatalogueFile& replacement) {
    std::vector<std::string> dropped;
    for (const auto& entry : kept.entries) {
        const std::string code = entry.value("code", "");
        bool found = false;
        for (const auto& other : replacement.entries)
            found = found || other.value("code", "") == code;
        if (!found)
            dropped.push_back(code);
    }
    return dropped;
}

// The codes of a sanction catalogue `file` that another rule set's sanctions
// (their embedded copies) already use.
std::vector<std::string> taken_sanction_codes(const CatalogueFile& file) {
    std::vector<std::string> taken;
    for (const auto other : kSanctionCatalogues) {
        if (other == file.name)
            continue;
        const CatalogueFile theirs = embedded_catalogue(other);
        for (const auto& entry : file.entries) {
            const std::string code = entry.value("code", "");
            for (const auto& their : theirs.entries)
                if (their.value("code", "") == code)
                    taken.push_back(code);
        }
    }
    return taken;
}

// The status codes of `kept` whose records `replacement` would read differently.
std::vector<std::string> changed_status_shapes(const CatalogueFile& kept,
                                               const CatalogueFile& replacement) {
    const auto before = AttendanceStatusCatalogue::from_file(kept);
    const auto after = AttendanceStatusCatalogue::from_file(replacement);
    std::vector<std::string> changed;
    for (const auto& status : before.entries())
        if (const auto* now = after.find(status.code);
            now && (now->needs_minutes != status.needs_minutes ||
                    now->needs_leave_kind != status.needs_leave_kind ||
                    (status.links_training && !now->links_training) ||
                    (status.early_leave_series && !now->early_leave_series)))
            changed.push_back(status.code);
    return changed;
}

// The lateness series of `kept` that `replacement` no longer bands fully.
std::vector<std::string> dropped_series(const CatalogueFile& kept,
                                        const CatalogueFile& replacement) {
    const auto before = LatenessBandCatalogue::from_file(kept);
    const auto after = LatenessBandCatalogue::from_file(replacement);
    std::vector<std::string> dropped;
    for (const auto& band : before.entries()) {
        if (std::find(dropped.begin(), dropped.end(), band.series) != dropped.end())
            continue;
        if (!after.band_for(band.series, 1) || !after.band_for_missing_record(band.series))
            dropped.push_back(band.series);
    }
    return dropped;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The outer form, field by field: "catalogue", "version", "source" strings,
// an optional "verify" boolean, an "entries" array, and nothing else.
Problems outer_problems(const nlohmann::json& document) {
    Problems problems;
    FieldReader r(document, problems);
    if (!r.is_object())
        return problems;
    (void)r.string("catalogue");
    (void)r.string("version");
    (void)r.string("source");
    (void)r.optional_boolean("verify");
    (void)r.array("entries");
    r.reject_unknown();
    return problems;
}

std::mutex& current_mutex() {
    static std::mutex mutex;
    return mutex;
}

std::shared_ptr<const CatalogueSet>& current_slot() {
    static std::shared_ptr<const CatalogueSet> current = CatalogueSet::embedded();
    return current;
}

}  // namespace

std::string catalogue_record_id(std::string_view name) {
    return uuid_v5(kPantauNamespace, std::string("catalogue/") + std::string(name));
}

std::span<const std::string_view> replaceable_catalogue_names() {
    return kReplaceable;
}

bool is_catalogue_version(std::string_view version) {
    return version_parts(version).has_value();
}

std::optional<int> compare_catalogue_versions(std::string_view a, std::string_view b) {
    auto left = version_parts(a);
    auto right = version_parts(b);
    if (!left || !right)
        return std::nullopt;
    const std::size_t n = std::max(left->size(), right->size());
    left->resize(n, 0);
    right->resize(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        if ((*left)[i] != (*right)[i])
            return (*left)[i] < (*right)[i] ? -1 : 1;
    return 0;
}

Result<CheckedCatalogue> check_catalogue_document(const nlohmann::json& document) {
    if (auto problems = outer_problems(document); !problems.empty())
        return Error{"invalid_catalogue", "the catalogue document: " + summarize(problems)};
    CheckedCatalogue checked;
    try {
        checked.file = parse_catalogue(document);
    } catch (const std::invalid_argument& e) {
        return Error{"invalid_catalogue", e.what()};
    }
    const std::string& name = checked.file.name;
    bool replaceable = false;
    for (const auto n : kReplaceable)
        replaceable = replaceable || n == name;
    if (!replaceable) {
        std::string names;
        for (const auto n : kReplaceable)
            names += (names.empty() ? "" : ", ") + std::string(n);
        return Error{
            "not_replaceable",
            "catalogue '" + name + "' cannot be replaced at run time (only " + names + ")"};
    }
    if (!is_catalogue_version(checked.file.version))
        return Error{"invalid_version", "catalogue " + name + ": version '" + checked.file.version +
                                            "' is not dot-separated numbers such as 2027.1"};
    const auto source = document.find("source");
    if (source == document.end() || !source->is_string() || source->get<std::string>().empty())
        return Error{"missing_source", "catalogue " + name +
                                           ": 'source' must name where the "
                                           "data comes from"};
    checked.source = source->get<std::string>();
    if (const auto verify = document.find("verify"); verify != document.end()) {
        if (!verify->is_boolean())
            return Error{"invalid_catalogue",
                         "catalogue " + name + ": 'verify' must be true or false"};
        checked.verify = verify->get<bool>();
    }
    if (checked.file.entries.empty())
        return Error{"invalid_catalogue", "catalogue " + name + " has no entries"};
    try {
        read_typed(checked.file);
    } catch (const std::invalid_argument& e) {
        return Error{"invalid_catalogue", e.what()};
    }
    if (auto kept = keeps_what_records_use(embedded_catalogue(name), checked.file); !kept)
        return Error{kept.error().code, kept.error().message + " of the embedded copy"};
    checked.document = {{"catalogue", name},
                        {"version", checked.file.version},
                        {"source", checked.source},
                        {"verify", checked.verify},
                        {"entries", checked.file.entries}};
    return checked;
}

Result<void> keeps_what_records_use(const CatalogueFile& kept, const CatalogueFile& replacement) {
    const std::string& name = replacement.name;
    try {
        if (std::find(kCodesKept.begin(), kCodesKept.end(), name) != kCodesKept.end()) {
            if (const auto dropped = dropped_codes(kept, replacement); !dropped.empty())
                return Error{"drops_code", "catalogue " + name + " version " + replacement.version +
                                               " leaves out " + joined(dropped) +
                                               ", which stored records may use; a new version "
                                               "keeps every code of version " +
                                               kept.version};
        }
        if (is_one_of(kSanctionCatalogues, name)) {
            if (const auto taken = taken_sanction_codes(replacement); !taken.empty())
                return Error{"code_taken", "catalogue " + name + " version " + replacement.version +
                                               " uses " + joined(taken) +
                                               ", a code of another rule set's sanctions; a "
                                               "decision's code must say which rules it "
                                               "followed"};
        }
        if (name == "attendance_statuses") {
            if (const auto changed = changed_status_shapes(kept, replacement); !changed.empty())
                return Error{
                    "changes_code",
                    "catalogue " + name + " version " + replacement.version +
                        " changes needs_minutes or needs_leave_kind, or drops links_training or "
                        "early_leave_series, of " +
                        joined(changed) +
                        ", which stored records rely on; they stay as in "
                        "version " +
                        kept.version};
        }
        if (name == "lateness_bands") {
            if (const auto dropped = dropped_series(kept, replacement); !dropped.empty())
                return Error{"drops_code", "catalogue " + name + " version " + replacement.version +
                                               " leaves series " + joined(dropped) +
                                               " without a band from 1 minute or for a missing "
                                               "clock record, as version " +
                                               kept.version + " has"};
        }
    } catch (const std::invalid_argument& e) {
        return Error{"invalid_catalogue", e.what()};
    }
    return success();
}

CatalogueSet::CatalogueSet(const std::vector<CatalogueFile>& files, std::vector<InForce> in_force,
                           std::vector<std::string> ignored)
    : holidays_(HolidayCatalogue::from_file(file_named(files, "holidays"))),
      calendar_(holidays_),
      deadlines_(DisciplineDeadlines::from_file(file_named(files, "discipline_deadlines"))),
      thresholds_(Pp94AbsenceThresholds::from_file(file_named(files, "pp94_absence_thresholds"))),
      statuses_(AttendanceStatusCatalogue::from_file(file_named(files, "attendance_statuses"))),
      leave_kinds_(LeaveKindCatalogue::from_file(file_named(files, "leave_kinds"))),
      lateness_bands_(LatenessBandCatalogue::from_file(file_named(files, "lateness_bands"))),
      articles_(Pp94Catalogue::from_file(file_named(files, "pp94_articles"))),
      sanctions_(SanctionCatalogue::from_file(file_named(files, "pp94_sanctions"))),
      deductions_(TppDeductionCatalogue::from_file(file_named(files, "tpp_deductions"))),
      pppk_articles_(Pp94Catalogue::from_file(file_named(files, "pppk_articles"))),
      pppk_sanctions_(SanctionCatalogue::from_file(file_named(files, "pppk_sanctions"))),
      pppk_thresholds_(
          Pp94AbsenceThresholds::from_file(file_named(files, "pppk_absence_thresholds"))),
      in_force_(std::move(in_force)),
      ignored_(std::move(ignored)) {}

std::shared_ptr<const CatalogueSet> CatalogueSet::embedded() {
    return from_documents({});
}

std::shared_ptr<const CatalogueSet> CatalogueSet::from_documents(
    const std::vector<nlohmann::json>& documents) {
    // Per name, the newest file so far: the embedded copy to start with.
    std::vector<CatalogueFile> chosen;
    std::vector<InForce> in_force;
    for (const auto name : kReplaceable) {
        chosen.push_back(embedded_catalogue(name));
        in_force.push_back({std::string(name), chosen.back().version, false});
    }
    std::vector<std::string> ignored;
    for (const auto& document : documents) {
        auto checked = check_catalogue_document(document);
        if (!checked) {
            ignored.push_back(checked.error().message);
            continue;
        }
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            if (chosen[i].name != checked->file.name)
                continue;
            if (compare_catalogue_versions(checked->file.version, chosen[i].version) > 0) {
                in_force[i].version = checked->file.version;
                in_force[i].received = true;
                chosen[i] = std::move(checked->file);
            }
            break;
        }
    }
    return std::make_shared<const CatalogueSet>(chosen, std::move(in_force), std::move(ignored));
}

std::optional<StepDue> CatalogueSet::next_step_due(CaseState entered, Date entered_on) const {
    return deadlines_.next_step_due(
        entered, entered_on, [this](Date d, int n) { return calendar_.add_working_days(d, n); });
}

DisciplineRules CatalogueSet::discipline_rules(EmployeeKind kind) const {
    return *discipline_rules(discipline_rule_sets().for_kind(kind).rule_set);
}

std::optional<DisciplineRules> CatalogueSet::discipline_rules(
    const std::optional<std::string>& rule_set) const {
    const DisciplineRuleSet* set =
        discipline_rule_sets().find(rule_set ? std::string_view(*rule_set) : kPp94RuleSet);
    if (!set)
        return std::nullopt;
    // The rule-set reader allows only these names.
    const bool pppk_articles = set->articles == "pppk_articles";
    const bool pppk_sanctions = set->sanctions == "pppk_sanctions";
    const bool pppk_thresholds = set->absence_thresholds == "pppk_absence_thresholds";
    return DisciplineRules{*set, pppk_articles ? pppk_articles_ : articles_,
                           pppk_sanctions ? pppk_sanctions_ : sanctions_,
                           pppk_thresholds ? pppk_thresholds_ : thresholds_};
}

const Sanction* CatalogueSet::find_sanction(std::string_view code) const {
    if (const Sanction* s = sanctions_.find(code))
        return s;
    return pppk_sanctions_.find(code);
}

const SanctionCatalogue& CatalogueSet::sanctions_of(
    const std::vector<DisciplineEvent>& steps) const {
    for (const auto& step : steps)
        if (step.sanction && !step.is_correction())
            return pppk_sanctions_.find(*step.sanction) ? pppk_sanctions_ : sanctions_;
    return sanctions_;
}

const CatalogueSet::InForce* CatalogueSet::in_force(std::string_view name) const {
    for (const auto& entry : in_force_)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

std::shared_ptr<const CatalogueSet> current_catalogues() {
    std::lock_guard lock(current_mutex());
    return current_slot();
}

void install_catalogues(std::shared_ptr<const CatalogueSet> set) {
    if (!set)
        set = CatalogueSet::embedded();
    std::lock_guard lock(current_mutex());
    current_slot().swap(set);
    // The old set is released here, after the lock: its last reader frees it.
}

Problems check_catalogue_data(const nlohmann::json& data) {
    Problems problems = outer_problems(data);
    if (!problems.empty())
        return problems;
    if (auto checked = check_catalogue_document(data); !checked)
        problems.push_back({"data", checked.error().code,
                            "Katalog tidak sah: " + checked.error().message,
                            "Invalid catalogue: " + checked.error().message});
    return problems;
}

}  // namespace pantau
