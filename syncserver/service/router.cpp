#include "service/router.h"

#include <charconv>
#include <map>

#include "core/date.h"
#include "service/table.h"
#include "sync/protocol.h"

namespace pantau::server {

namespace {

using Query = std::map<std::string, std::string, std::less<>>;

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<std::string> percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out.push_back(' ');
        } else if (text[i] == '%') {
            if (i + 2 >= text.size())
                return std::nullopt;
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            out.push_back(text[i]);
        }
    }
    return out;
}

std::optional<Query> parse_query(std::string_view text) {
    Query query;
    while (!text.empty()) {
        const auto end = text.find('&');
        const std::string_view pair = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (pair.empty())
            continue;
        const auto eq = pair.find('=');
        auto key = percent_decode(pair.substr(0, eq));
        auto value = percent_decode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
        if (!key || !value)
            return std::nullopt;
        query[*key] = *value;
    }
    return query;
}

std::optional<std::int64_t> to_integer(std::string_view text) {
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string_view get(const Query& query, std::string_view key) {
    auto it = query.find(key);
    return it == query.end() ? std::string_view() : std::string_view(it->second);
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
            "format=csv|json.");
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
                                       "discipline, predikat, ikm or completeness.");
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
