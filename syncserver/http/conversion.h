// Conversions between Beast's messages and the router's plain values of
// message.h: decoding a request body (gzip) and framing a response (status,
// headers, gzip, Content-Length, keep-alive).
#pragma once

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <string>
#include <variant>

#include "http/message.h"

namespace pantau::server {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Smaller bodies gain too little from gzip to pay for the CPU and header bytes.
inline constexpr std::size_t kMinGzipBody = 512;

// The request for the handler, or the shell's own answer when the body cannot
// be decoded: 415 for an unknown Content-Encoding, 400 for broken gzip, 413
// when it inflates beyond body_limit.
std::variant<HttpRequest, HttpResponse> decode_request(BeastRequest&& message,
                                                       std::string remote_address,
                                                       std::size_t body_limit, bool secure = false);

// True for a body framed by one Content-Length, or by one final "chunked"
// Transfer-Encoding and no Content-Length. Any other framing a proxy in front
// could read differently (request smuggling): the session refuses it.
bool framing_is_safe(const boost::beast::http::request_header<>& header);

struct ResponseFraming {
    unsigned version = 11;  // HTTP version of the request: 10 or 11
    bool keep_alive = true;
    bool head = false;  // a HEAD request: headers with the body's length, no body
    bool gzip_allowed = false;
};

BeastResponse encode_response(HttpResponse response, const ResponseFraming& framing);

// The head of an answer whose body is a BodySource: chunked, gzip when
// the client takes it (then `gzip` is set).
using BeastStreamHead = boost::beast::http::response<boost::beast::http::empty_body>;
BeastStreamHead encode_stream_head(const HttpResponse& response, const ResponseFraming& framing,
                                   bool& gzip);

}  // namespace pantau::server
