#include "discipline/pp94_article.h"

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
    if (a.code.empty() || a.title_id.empty() || a.title_en.empty())
        add_problem(problems, r.path("code"), "empty", "Kode dan judul pasal wajib diisi.",
                    "An article needs a code and both titles.");
    return a;
}

const Pp94Catalogue& pp94_articles() {
    static const Pp94Catalogue catalogue =
        Pp94Catalogue::from_file(embedded_catalogue("pp94_articles"));
    return catalogue;
}

}  // namespace pantau
