#include "discipline/sanction_authority.h"

#include <algorithm>

#include "discipline/level_list.h"

namespace pantau {

bool SanctionPower::covers(std::optional<JabatanKind> subject) const {
    return any_subject ||
           (subject && std::find(subjects.begin(), subjects.end(), *subject) != subjects.end());
}

bool SanctionPower::allows(SanctionLevel level) const {
    return std::find(levels.begin(), levels.end(), level) != levels.end();
}

namespace {

SanctionPower read_power(const nlohmann::json& object, Problems& problems, const std::string& at) {
    FieldReader r(object, problems, at);
    SanctionPower power;
    if (const auto* subjects = r.array("subjects")) {
        for (const auto& s : *subjects) {
            const std::string text = s.is_string() ? s.get<std::string>() : std::string();
            if (text == "ANY")
                power.any_subject = true;
            else if (auto kind = jabatan_kind_from_string(text))
                power.subjects.push_back(*kind);
            else
                add_problem(problems, r.path("subjects"), "unknown_value",
                            "Jenis jabatan '" + text + "' tidak dikenal.",
                            "Kind of position '" + text + "' is not known.");
        }
        if (subjects->empty())
            add_problem(problems, r.path("subjects"), "empty", "Kewenangan tanpa jabatan sasaran.",
                        "A power names no position.");
    }
    if (const auto* levels = r.array("levels")) {
        power.levels = read_levels(*levels, problems, r.path("levels"));
        if (levels->empty())
            add_problem(problems, r.path("levels"), "empty", "Kewenangan tanpa tingkat hukuman.",
                        "A power names no level.");
    }
    r.reject_unknown();
    return power;
}

}  // namespace

SanctionAuthority SanctionAuthority::read(FieldReader& r, Problems& problems) {
    SanctionAuthority a;
    a.code = r.string("code");
    a.title_id = r.string("title_id");
    a.title_en = r.string("title_en");
    if (const auto* powers = r.array("powers")) {
        for (std::size_t i = 0; i < powers->size(); ++i)
            a.powers.push_back(read_power((*powers)[i], problems,
                                          r.path("powers") + "[" + std::to_string(i) + "]"));
        if (powers->empty())
            add_problem(problems, r.path("powers"), "empty", "Pejabat tanpa kewenangan.",
                        "An official with no power.");
    }
    if (a.code.empty() || a.title_id.empty() || a.title_en.empty())
        add_problem(problems, r.path("code"), "empty", "Kode dan nama pejabat wajib diisi.",
                    "The official's code and titles are required.");
    return a;
}

const SanctionAuthorityCatalogue& sanction_authorities() {
    static const SanctionAuthorityCatalogue catalogue =
        SanctionAuthorityCatalogue::from_file(embedded_catalogue("sanction_authorities"));
    return catalogue;
}

AuthorityFit authority_fit(const SanctionAuthority& authority, std::optional<JabatanKind> subject,
                           SanctionLevel level) {
    bool covered = false;
    for (const auto& power : authority.powers) {
        if (!power.covers(subject))
            continue;
        covered = true;
        if (power.allows(level))
            return AuthorityFit::FITS;
    }
    if (covered)
        return AuthorityFit::LEVEL_BEYOND;
    return subject ? AuthorityFit::SUBJECT_OUTSIDE : AuthorityFit::SUBJECT_UNKNOWN;
}

}  // namespace pantau
