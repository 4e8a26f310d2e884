// What one dashboard request carries between its routing and its page.
#pragma once

#include <optional>
#include <string>

#include "http/query.h"
#include "web/dashboard.h"

namespace pantau::server::web {

struct Dashboard::Context {
    const HttpRequest& request;
    std::string path;
    Query query;
    Query form;  // a POST's body
    Lang lang;
    bool lang_chosen = false;  // ?lang= was given: remember it in a cookie
    std::optional<Viewer> viewer;
    std::optional<Caller> caller;  // the viewer as the API knows callers
    std::string session_hash;
    std::int64_t now = 0;
};

// A 303 to `location`.
HttpResponse redirect(const std::string& location);

}  // namespace pantau::server::web
