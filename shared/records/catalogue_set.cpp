#include "records/catalogue_set.h"

#include <array>
#include <charconv>
#include <mutex>
#include <stdexcept>

#include "clock/uuid.h"
#include "core/json_fields.h"

namespace pantau {

namespace {

constexpr std::array<std::string_view, 3> kReplaceable = {"holidays", "discipline_deadlines",
                                                          "pp94_absence_thresholds"};

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
    else if (file.name == "pp94_absence_thresholds")
        (void)Pp94AbsenceThresholds::from_file(file);
    else
        throw std::invalid_argument("catalogue " + file.name + " is not replaceable");
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
    checked.document = {{"catalogue", name},
                        {"version", checked.file.version},
                        {"source", checked.source},
                        {"verify", checked.verify},
                        {"entries", checked.file.entries}};
    return checked;
}

CatalogueSet::CatalogueSet(HolidayCatalogue holidays, DisciplineDeadlines deadlines,
                           Pp94AbsenceThresholds thresholds, std::vector<InForce> in_force,
                           std::vector<std::string> ignored)
    : holidays_(std::move(holidays)),
      calendar_(holidays_),
      deadlines_(std::move(deadlines)),
      thresholds_(std::move(thresholds)),
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
    return std::make_shared<const CatalogueSet>(
        HolidayCatalogue::from_file(chosen[0]), DisciplineDeadlines::from_file(chosen[1]),
        Pp94AbsenceThresholds::from_file(chosen[2]), std::move(in_force), std::move(ignored));
}

std::optional<StepDue> CatalogueSet::next_step_due(CaseState entered, Date entered_on) const {
    return deadlines_.next_step_due(
        entered, entered_on, [this](Date d, int n) { return calendar_.add_working_days(d, n); });
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
