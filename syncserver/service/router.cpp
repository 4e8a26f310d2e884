#include "service/router.h"

#include <charconv>
#include <map>

#include "core/date.h"
#include "http/query.h"
#include "service/table.h"
#include "sync/protocol.h"
#include "web/dashboard.h"

namespace pantau::server {

namespace {

std::optional<std::int64_t> to_integer(std::string_view text) {
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

HttpResponse bad_request(std::string_view message) {
    return HttpResponse::error(400, "malformed_request", message);
}

bool is_json(std::string_view content_type) {
    const auto semicolon = content_type.find(';');
    std::string_view media = content_type.substr(0, semicolon);
    while (!media.empty() && media.back() == ' ')
        media.remove_suffix(1);
    return media == "application/json";
}

HttpResponse not_json() {
    return HttpResponse::error(415, "unsupported_media_type",
                               "Send the body as Content-Type: application/json.");
}

std::optional<ExportQuery> export_query(const Query& query, HttpResponse& error) {
    ExportQuery q;
    const auto type = export_type_from_string(get(query, "type"));
    const auto format = export_format_from_string(get(query, "format"));
    if (!type || !format) {
        error = HttpResponse::error(
            400, "bad_export_query",
            "Give type=attendance|discipline|evaluation|survey|conflicts|rejected and "
            "format=csv|json|xlsx.");
        return std::nullopt;
    }
    q.type = *type;
    q.format = *format;
    const auto separator = csv_separator_from_string(get(query, "sep"));
    if (!separator) {
        error = HttpResponse::error(400, "bad_export_query", "sep must be ',', ';' or tab.");
        return std::nullopt;
    }
    q.separator = *separator;
    if (const auto lang = get(query, "lang"); !lang.empty()) {
        q.language = language_from_string(lang);
        if (!q.language) {
            error = HttpResponse::error(400, "bad_export_query", "lang must be id or en.");
            return std::nullopt;
        }
    }
    if (auto unit = get(query, "unit"); !unit.empty())
        q.unit = std::string(unit);
    for (auto [key, target] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
        const auto text = get(query, key);
        if (text.empty())
            continue;
        *target = Date::parse(text);
        if (!*target) {
            error = HttpResponse::error(400, "bad_export_query",
                                        std::string(key) + " must be a date YYYY-MM-DD.");
            return std::nullopt;
        }
    }
    return q;
}

HttpResponse store_failed(const StoreError& e) {
    auto response = HttpResponse::error(
        503, e.code() == "storage_full" ? "storage_full" : "storage_unavailable",
        "The server cannot store data right now; nothing "
        "of this request was kept. Try again later.");
    response.headers.emplace_back("Retry-After", "30");
    return response;
}

}  // namespace

Router::Router(SyncService& service)
    : service_(service), dashboard_(std::make_unique<web::Dashboard>(service)) {}

Router::~Router() = default;

std::span<const Router::Route> Router::routes() {
    static constexpr Route kRoutes[] = {
        {"GET", "/v1/health"},    {"POST", "/v1/enroll"}, {"POST", "/v1/sync/push"},
        {"GET", "/v1/sync/pull"}, {"GET", "/v1/export"},  {"GET", "/v1/audit"},
        {"GET", "/v1/conflicts"}, {"GET", "/v1/devices"}, {"GET", "/metrics"},
        {"GET", "/v1/reports/"},
    };
    return kRoutes;
}

std::optional<HttpResponse> Router::admit(const HttpRequest& head) {
    const std::string_view path = std::string_view(head.target).substr(0, head.target.find('?'));
    if (head.method != "POST" || path != "/v1/sync/push")
        return std::nullopt;
    try {
        return service_.admit_push(head.authorization, head.remote_address);
    } catch (const StoreError& e) {
        return store_failed(e);
    }
}

HttpResponse Router::handle(const HttpRequest& request) {
    try {
        return route(request);
    } catch (const StoreError& e) {
        return store_failed(e);
    } catch (const nlohmann::json::exception&) {
        return bad_request("The request does not have the shape this endpoint expects.");
    }
}

HttpResponse Router::route(const HttpRequest& request) {
    const auto question = request.target.find('?');
    const std::string_view path = std::string_view(request.target).substr(0, question);
    const auto query = parse_query(question == std::string::npos
                                       ? std::string_view()
                                       : std::string_view(request.target).substr(question + 1));
    if (web::Dashboard::serves(path))
        return dashboard_->handle(request);
    if (!query)
        return bad_request("The query string is not well formed.");

    bool path_known = false;
    bool allowed = false;
    for (const auto& r : routes()) {
        // A route ending in '/' takes one more path segment (/v1/reports/KIND).
        const bool matches =
            r.path.ends_with('/')
                ? path.starts_with(r.path) && path.size() > r.path.size() &&
                      path.substr(r.path.size()).find('/') == std::string_view::npos
                : r.path == path;
        if (!matches)
            continue;
        path_known = true;
        allowed = allowed || r.method == request.method;
    }
    if (!path_known)
        return HttpResponse::error(404, "not_found", "There is no such endpoint.");
    if (!allowed)
        return HttpResponse::error(405, "method_not_allowed",
                                   "This endpoint does not take " + request.method + ".");

    HttpResponse error;
    if (path == "/v1/health")
        return service_.health();
    if (path == "/metrics")
        return service_.metrics(request.authorization, request.remote_address);
    if (path == "/v1/enroll") {
        if (!is_json(request.content_type))
            return not_json();
        return service_.enroll(request.body, request.remote_address);
    }
    if (path == "/v1/sync/push") {
        if (!is_json(request.content_type))
            return not_json();
        return service_.push(request.authorization, request.body, request.remote_address);
    }
    if (path == "/v1/sync/pull") {
        int limit = 0;
        if (auto text = get(*query, "limit"); !text.empty()) {
            const auto value = to_integer(text);
            if (!value || *value < 1)
                return bad_request("limit must be a positive whole number.");
            limit = static_cast<int>(std::min<std::int64_t>(*value, 1'000'000));
        }
        return service_.pull(request.authorization, std::string(get(*query, "cursor")), limit,
                             request.remote_address);
    }
    if (path == "/v1/devices")
        return service_.devices(request.authorization, request.remote_address);
    if (path == "/v1/export") {
        auto q = export_query(*query, error);
        if (!q)
            return error;
        const std::string query_text =
            request.target.substr(std::min(request.target.size(), question + 1));
        return service_.export_data(request.authorization, *q, query_text, request.remote_address);
    }
    if (path.starts_with("/v1/reports/")) {
        const auto kind =
            report_kind_from_string(path.substr(std::string_view("/v1/reports/").size()));
        if (!kind)
            return HttpResponse::error(404, "not_found",
                                       "There is no such report: attendance-recap, pp94, "
                                       "discipline, predikat, ikm, completeness or training.");
        const auto format = report_format_from_string(
            get(*query, "format").empty() ? std::string_view("json") : get(*query, "format"));
        const auto separator = csv_separator_from_string(get(*query, "sep"));
        const auto language = language_from_string(get(*query, "lang"));
        if (!format || !separator || !language)
            return HttpResponse::error(400, "bad_report_query",
                                       "format must be json, csv or xlsx, sep ',', ';' or tab, "
                                       "and lang id or en.");
        ReportFilterText filters;
        filters.unit = get(*query, "unit");
        filters.month = get(*query, "month");
        filters.year = get(*query, "year");
        filters.period = get(*query, "period");
        filters.date = get(*query, "date");
        filters.org_rating = get(*query, "org_rating");
        const std::string query_text =
            request.target.substr(std::min(request.target.size(), question + 1));
        // A dashboard session may download a report too (GET: no CSRF needed).
        if (request.authorization.empty())
            if (auto caller = dashboard_->session_caller(request))
                return service_.report_for(*caller, *kind, filters,
                                           {*format, *separator, *language}, query_text,
                                           request.remote_address);
        return service_.report(request.authorization, *kind, filters,
                               {*format, *separator, *language}, query_text,
                               request.remote_address);
    }
    // The logs page alike: ?after=<the previous page's next>&limit=N.
    std::int64_t after = 0;
    int limit = 0;
    if (auto text = get(*query, "after"); !text.empty()) {
        const auto value = to_integer(text);
        if (!value || *value < 0)
            return bad_request("after must be the \"next\" of a previous page.");
        after = *value;
    }
    if (auto text = get(*query, "limit"); !text.empty()) {
        const auto value = to_integer(text);
        if (!value || *value < 1)
            return bad_request("limit must be a positive whole number.");
        limit = static_cast<int>(std::min<std::int64_t>(*value, 1'000'000));
    }
    if (path == "/v1/audit")
        return service_.audit(request.authorization, after, limit, request.remote_address);
    return service_.conflicts(request.authorization, after, limit, request.remote_address);
}

}  // namespace pantau::server
