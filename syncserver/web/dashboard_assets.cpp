// The stylesheet and script under /static/, from the embedded copies.
#include "web/dashboard.h"

namespace pantau::server::web {

namespace detail {
extern const std::pair<std::string_view, std::string_view> kAssets[];
extern const std::size_t kAssetCount;
}  // namespace detail

HttpResponse Dashboard::asset(std::string_view path) {
    const std::string_view name = path.substr(std::string_view("/static/").size());
    for (std::size_t i = 0; i < detail::kAssetCount; ++i) {
        if (detail::kAssets[i].first != name)
            continue;
        HttpResponse r;
        r.content_type = name.ends_with(".css")  ? "text/css; charset=utf-8"
                         : name.ends_with(".js") ? "text/javascript; charset=utf-8"
                                                 : "application/octet-stream";
        r.body = std::string(detail::kAssets[i].second);
        return r;
    }
    return HttpResponse::error(404, "not_found", "There is no such file.");
}

}  // namespace pantau::server::web
