#include "discipline/pp94_article.h"

#include <algorithm>

#include "discipline/level_list.h"

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

Pp94Article Pp94Article::read(FieldReader& r, Problems& problems) {
    Pp94Article a;
    a.code = r.string("code");
    a.kind = r.enumeration<ArticleKind>("kind", article_kind_from_string).value_or(a.kind);
    a.title_id = r.string("title_id");
    a.title_en = r.string("title_en");
    if (const auto* levels = r.array("levels", false))
        a.levels = read_levels(*levels, problems, r.path("levels"));
    a.part_of = r.optional_string("part_of").value_or("");
    if (a.code.empty() || a.title_id.empty() || a.title_en.empty())
        add_problem(problems, r.path("code"), "empty", "Kode dan judul pasal wajib diisi.",
                    "An article needs a code and both titles.");
    return a;
}

bool Pp94Article::allows(SanctionLevel level) const {
    return levels.empty() || std::find(levels.begin(), levels.end(), level) != levels.end();
}

void Pp94Article::check_catalogue(const std::vector<Pp94Article>& articles,
                                  const CatalogueFile& file, Problems& problems) {
    for (std::size_t i = 0; i < articles.size(); ++i) {
        const auto& part_of = articles[i].part_of;
        if (part_of.empty())
            continue;
        const bool known = std::any_of(articles.begin(), articles.end(),
                                       [&](const Pp94Article& a) { return a.code == part_of; });
        if (!known || part_of == articles[i].code)
            add_problem(problems, catalogue_entry_path(file, i) + ".part_of", "unknown_value",
                        "Butir dari pasal yang tidak ada: " + part_of + ".",
                        "A sub-form of an article that is not there: " + part_of + ".");
    }
}

const Pp94Catalogue& pp94_articles() {
    static const Pp94Catalogue catalogue =
        Pp94Catalogue::from_file(embedded_catalogue("pp94_articles"));
    return catalogue;
}

}  // namespace pantau
