// The articles of PP 94/2021 a discipline case can cite: the obligations of
// Pasal 3 and 4 and the prohibitions of Pasal 5. The wording is paraphrased
// and marked (verify), so the table is the "pp94_articles" catalogue.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coded_catalogue.h"
#include "discipline/sanction.h"

namespace pantau {

// A breach of an obligation or an act that is forbidden.
enum class ArticleKind { KEWAJIBAN, LARANGAN };

std::string_view to_string(ArticleKind kind);
std::optional<ArticleKind> article_kind_from_string(std::string_view text);

struct Pp94Article {
    std::string code;  // pasal number and letter: "3a", "4f", "5n"
    ArticleKind kind = ArticleKind::KEWAJIBAN;
    std::string title_id;
    std::string title_en;
    // The levels a breach of it may be judged at; empty: any, by its impact
    // (PP 94/2021 Pasal 8-14). Failing to take the oath (4a, 4b) is sedang;
    // the forms of supporting a candidate (5n.1 .. 5n.7) have their own.
    std::vector<SanctionLevel> levels = {};
    // The article a sub-form belongs to ("5n" for "5n.3"); "" for an article.
    std::string part_of = {};

    bool allows(SanctionLevel level) const;

    bool operator==(const Pp94Article&) const = default;

    // Refuses an article without a code or either title, an unknown level,
    // and a sub-form of an article the catalogue does not hold.
    static Pp94Article read(FieldReader& r, Problems& problems);
    static constexpr BilingualText duplicate_code{"Kode pasal berulang.", "Repeated article code."};

    static void check_catalogue(const std::vector<Pp94Article>& articles, const CatalogueFile& file,
                                Problems& problems);
};

using Pp94Catalogue = CodedCatalogue<Pp94Article>;

// The embedded "pp94_articles" catalogue, loaded once: the shipped copy, which a
// newer version from the server may replace. What records are checked and
// shown with is current_catalogues()->pp94_articles() (records/catalogue_set.h).
const Pp94Catalogue& pp94_articles();

}  // namespace pantau
