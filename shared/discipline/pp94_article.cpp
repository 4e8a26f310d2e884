#include "discipline/pp94_article.h"

#include <stdexcept>

#include "core/json_fields.h"

namespace pantau {

std::string_view to_string(ArticleKind kind) {
    switch (kind) {
        case ArticleKind::KEWAJIBAN:
            return "KEWAJIBAN";
        case ArticleKind::LARANGAN:
            return "LARANGAN";
    }
    return "KEWAJIBAN";
}

std::optional<ArticleKind> article_kind_from_string(std::string_view text) {
    if (text == "KEWAJIBAN")
        return ArticleKind::KEWAJIBAN;
    if (text == "LARANGAN")
        return ArticleKind::LARANGAN;
    return std::nullopt;
}

Pp94Catalogue Pp94Catalogue::from_file(const CatalogueFile& file) {
    Pp94Catalogue catalogue;
    catalogue.version_ = file.version;
    Problems problems;
    for (std::size_t i = 0; i < file.entries.size(); ++i) {
        FieldReader r(file.entries[i], problems, file.name + "[" + std::to_string(i) + "]");
        Pp94Article a;
        a.code = r.string("code");
        a.kind = r.enumeration<ArticleKind>("kind", article_kind_from_string).value_or(a.kind);
        a.title_id = r.string("title_id");
        a.title_en = r.string("title_en");
        r.reject_unknown();
        if (a.code.empty() || a.title_id.empty() || a.title_en.empty())
            add_problem(problems, r.path("code"), "empty", "Kode dan judul pasal wajib diisi.",
                        "An article needs a code and both titles.");
        if (catalogue.find(a.code))
            add_problem(problems, r.path("code"), "duplicate", "Kode pasal berulang.",
                        "Repeated article code.");
        catalogue.articles_.push_back(std::move(a));
    }
    if (!problems.empty())
        throw std::invalid_argument("catalogue " + file.name + ": " + summarize(problems));
    return catalogue;
}

const Pp94Article* Pp94Catalogue::find(std::string_view code) const {
    for (const auto& a : articles_)
        if (a.code == code)
            return &a;
    return nullptr;
}

const Pp94Catalogue& pp94_articles() {
    static const Pp94Catalogue catalogue =
        Pp94Catalogue::from_file(embedded_catalogue("pp94_articles"));
    return catalogue;
}

}  // namespace pantau
