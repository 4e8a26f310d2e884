// The parts of a request that arrive as text to decode: a query string or a
// form body (application/x-www-form-urlencoded) and the Cookie header.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace pantau::server {

using Query = std::map<std::string, std::string, std::less<>>;

// %XX and '+' decoded; nullopt for a malformed escape.
std::optional<std::string> percent_decode(std::string_view text);
// "a=1&b=x%20y"; a key given twice keeps the last value; nullopt when malformed.
std::optional<Query> parse_query(std::string_view text);
// The value of `key`, or "" when absent.
std::string_view get(const Query& query, std::string_view key);
// Percent-encodes everything but unreserved characters (RFC 3986).
std::string percent_encode(std::string_view text);

// "a=1; b=2" into its cookies (the first of a repeated name wins).
std::map<std::string, std::string, std::less<>> parse_cookies(std::string_view header);

}  // namespace pantau::server
