// The dashboard's HTML: escaping, the two languages, and the page layout
// every page shares. Pages are rendered on the server, so a slow office
// link loads one small document with its CSS; nothing needs JavaScript.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/server_store.h"

namespace pantau::server::web {

// Text for HTML element content and attribute values.
std::string esc(std::string_view text);

struct Lang {
    bool en = false;
    // The text in the page's language.
    std::string_view t(std::string_view id, std::string_view en_text) const {
        return en ? en_text : id;
    }
    std::string_view code() const { return en ? "en" : "id"; }
};

// Who is looking: their account and their session's CSRF token, or nobody
// (the sign-in page and the public page).
struct Viewer {
    User user;
    std::string csrf;
};

struct PageParts {
    std::string title;
    std::string active;  // the navigation entry to mark: "overview", "reports", ...
    std::string path;    // this page's address, for the language switch
    std::string body;    // the page's content
};

// A complete page: the header with the navigation the viewer's role
// allows, a language switch, sign-out, and the content.
std::string render_page(const Viewer* viewer, const Lang& lang, const PageParts& parts);

// A hidden CSRF field for a form.
std::string csrf_field(const Viewer& viewer);

// "2026-11-23 09:00" in WIB from Unix ms; "-" for none.
std::string local_time(std::optional<std::int64_t> unix_ms);

}  // namespace pantau::server::web
