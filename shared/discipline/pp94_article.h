// The articles of PP 94/2021 a discipline case can cite: the obligations of
// Pasal 3 and 4 and the prohibitions of Pasal 5. The wording is paraphrased
// and marked (verify), so the table is the "pp94_articles" catalogue.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.h"

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

    bool operator==(const Pp94Article&) const = default;
};

class Pp94Catalogue {
  public:
    // Throws std::invalid_argument when an entry is malformed or repeated.
    static Pp94Catalogue from_file(const CatalogueFile& file);

    const Pp94Article* find(std::string_view code) const;
    const std::vector<Pp94Article>& articles() const { return articles_; }
    const std::string& version() const { return version_; }

  private:
    std::string version_;
    std::vector<Pp94Article> articles_;
};

// The embedded "pp94_articles" catalogue, loaded once.
const Pp94Catalogue& pp94_articles();

}  // namespace pantau
