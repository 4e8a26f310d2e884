#include "discipline/discipline_case.h"

#include <algorithm>

#include "core/json_fields.h"
#include "core/text.h"
#include "core/timestamp.h"
#include "discipline/sanction.h"
#include "records/field_checks.h"

namespace pantau {

std::string_view to_string(CaseSource source) {
    switch (source) {
        case CaseSource::INCIDENT:
            return "INCIDENT";
        case CaseSource::TK_INDICATION:
            return "TK_INDICATION";
    }
    return "INCIDENT";
}

std::optional<CaseSource> case_source_from_string(std::string_view text) {
    if (text == "INCIDENT")
        return CaseSource::INCIDENT;
    if (text == "TK_INDICATION")
        return CaseSource::TK_INDICATION;
    return std::nullopt;
}

DisciplineCase DisciplineCase::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    DisciplineCase c;
    c.employee_id = r.string("employee_id");
    c.opened_at = r.timestamp("opened_at");
    c.article = r.string("article");
    c.level_estimate = r.string("level_estimate");
    c.summary = r.string("summary");
    c.source = r.optional_string("source");
    c.rule_set = r.optional_string("rule_set");
    if (const auto* others = r.array("other_articles", false)) {
        for (const auto& code : *others) {
            if (code.is_string())
                c.other_articles.push_back(code.get<std::string>());
            else
                add_problem(problems, "data.other_articles", "wrong_type",
                            "Pasal lain ditulis sebagai teks.", "Other articles are strings.");
        }
    }
    r.reject_unknown();
    return c;
}

nlohmann::json DisciplineCase::to_json() const {
    nlohmann::json j = {{"employee_id", employee_id},
                        {"opened_at", format_timestamp(opened_at)},
                        {"article", article},
                        {"level_estimate", level_estimate},
                        {"summary", summary}};
    if (source)
        j["source"] = *source;
    if (rule_set)
        j["rule_set"] = *rule_set;
    if (!other_articles.empty())
        j["other_articles"] = other_articles;
    return j;
}

std::vector<std::string> DisciplineCase::articles() const {
    std::vector<std::string> all{article};
    all.insert(all.end(), other_articles.begin(), other_articles.end());
    return all;
}

Problems DisciplineCase::validate() const {
    return validate(pp94_articles());
}

Problems DisciplineCase::validate(const Pp94Catalogue& articles) const {
    Problems problems;
    check_uuid(problems, "data.employee_id", employee_id);
    if (!articles.find(article))
        add_problem(problems, "data.article", "unknown_value",
                    "Pasal '" + article + "' tidak ada dalam aturan disiplin kasus ini.",
                    "Article '" + article + "' is not among the articles of the case's rules.");
    if (other_articles.size() > kCaseOtherArticlesMax)
        add_problem(problems, "data.other_articles", "too_many",
                    "Paling banyak " + std::to_string(kCaseOtherArticlesMax) + " pasal lain.",
                    "At most " + std::to_string(kCaseOtherArticlesMax) + " other articles.");
    for (std::size_t i = 0; i < other_articles.size(); ++i) {
        const std::string field = "data.other_articles[" + std::to_string(i) + "]";
        const std::string& code = other_articles[i];
        if (!articles.find(code))
            add_problem(problems, field, "unknown_value",
                        "Pasal '" + code + "' tidak ada dalam aturan disiplin kasus ini.",
                        "Article '" + code + "' is not among the articles of the case's rules.");
        if (code == article ||
            std::find(other_articles.begin(), other_articles.begin() + static_cast<long>(i),
                      code) != other_articles.begin() + static_cast<long>(i))
            add_problem(problems, field, "duplicate", "Pasal '" + code + "' disebut dua kali.",
                        "Article '" + code + "' is cited twice.");
    }
    const auto level = sanction_level_from_string(level_estimate);
    if (!level) {
        add_problem(problems, "data.level_estimate", "unknown_value",
                    "Tingkat '" + level_estimate + "' tidak dikenal (RINGAN, SEDANG, BERAT).",
                    "Level '" + level_estimate + "' is not known (RINGAN, SEDANG, BERAT).");
    } else {
        bool allowed = false, known_any = false;
        std::string fixed;
        for (const auto& code : this->articles())
            if (const Pp94Article* a = articles.find(code)) {
                known_any = true;
                allowed = allowed || a->allows(*level);
                for (auto l : a->levels)
                    if (fixed.find(to_string(l)) == std::string::npos)
                        fixed += (fixed.empty() ? "" : ", ") + std::string(to_string(l));
            }
        if (known_any && !allowed)
            add_problem(problems, "data.level_estimate", "level_not_allowed",
                        "Pelanggaran pasal yang disebut tidak dijatuhi tingkat " + level_estimate +
                            " (yang berlaku: " + fixed + ").",
                        "A breach of the cited articles is not judged " + level_estimate +
                            " (they allow: " + fixed + ").");
    }
    if (is_blank(summary))
        add_problem(problems, "data.summary", "empty", "Uraian kasus wajib diisi.",
                    "The case summary is required.");
    else
        check_max_length(problems, "data.summary", summary, kCaseSummaryMaxChars);
    if (source && !case_source_from_string(*source))
        add_problem(problems, "data.source", "unknown_value",
                    "Asal kasus '" + *source + "' tidak dikenal.",
                    "Case source '" + *source + "' is not known.");
    return problems;
}

Result<void> can_update(const DisciplineCase& stored, const DisciplineCase& incoming,
                        CaseState current) {
    if (stored == incoming)
        return success();
    if (is_decided(current))
        return Error{"case_decided", "The case is already decided (" +
                                         std::string(to_string(current)) +
                                         "); its allegation can no longer change."};
    if (stored.employee_id != incoming.employee_id)
        return Error{"case_employee_changed",
                     "A discipline case cannot be moved to another employee."};
    if (stored.rule_set != incoming.rule_set)
        return Error{"case_rule_set_changed",
                     "A discipline case stays under the rules it was opened under."};
    return success();
}

}  // namespace pantau
