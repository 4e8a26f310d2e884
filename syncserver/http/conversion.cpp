#include "http/conversion.h"

#include <algorithm>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/rfc7230.hpp>
#include <cctype>

#include "http/gzip.h"

namespace pantau::server {

namespace http = boost::beast::http;

namespace {

std::string normalized_coding(std::string_view value) {
    std::string coding;
    for (const char c : value) {
        if (c != ' ' && c != '\t') {
            coding += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return coding;
}

// Header values come from the router, but a CR or LF in one would let it
// split the response; such a header is dropped rather than sent.
bool safe_header_text(std::string_view text) {
    return std::none_of(text.begin(), text.end(), [](char c) { return c == '\r' || c == '\n'; });
}

bool status_forbids_body(unsigned status) {
    return status < 200 || status == 204 || status == 304;
}

}  // namespace

bool framing_is_safe(const http::request_header<>& header) {
    const std::size_t encodings = header.count(http::field::transfer_encoding);
    if (encodings == 0) {
        return true;
    }
    if (encodings != 1 || header.count(http::field::content_length) > 0) {
        return false;
    }
    std::size_t codings = 0;
    bool chunked = false;
    for (const auto& coding : http::token_list{header[http::field::transfer_encoding]}) {
        ++codings;
        chunked = boost::beast::iequals(coding, "chunked");
    }
    return codings == 1 && chunked;
}

std::variant<HttpRequest, HttpResponse> decode_request(BeastRequest&& message,
                                                       std::string remote_address,
                                                       std::size_t body_limit, bool secure) {
    HttpRequest request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    request.authorization = std::string(message[http::field::authorization]);
    request.content_type = std::string(message[http::field::content_type]);
    request.remote_address = std::move(remote_address);
    request.cookie = std::string(message[http::field::cookie]);
    request.host = std::string(message[http::field::host]);
    request.origin = std::string(message[http::field::origin]);
    request.secure = secure;

    const std::string coding = normalized_coding(message[http::field::content_encoding]);
    if (coding.empty() || coding == "identity") {
        request.body = std::move(message.body());
        return request;
    }
    if (coding != "gzip" && coding != "x-gzip") {
        return HttpResponse::error(415, "unsupported_encoding",
                                   "Content-Encoding must be gzip or identity.");
    }
    auto inflated = gzip_inflate(message.body(), body_limit);
    switch (inflated.status) {
        case InflateStatus::ok:
            request.body = std::move(inflated.data);
            return request;
        case InflateStatus::too_large:
            return HttpResponse::error(413, "body_too_large",
                                       "The request body is larger than the server accepts once "
                                       "decompressed.");
        case InflateStatus::bad_data:
            break;
    }
    return HttpResponse::error(400, "bad_gzip", "The request body is not valid gzip.");
}

BeastResponse encode_response(HttpResponse response, const ResponseFraming& framing) {
    unsigned status = static_cast<unsigned>(response.status);
    if (status < 100 || status > 599) {
        status = 500;  // the router produced nonsense; never put it on the wire
    }
    BeastResponse out;
    out.version(framing.version);
    out.result(status);
    out.set(http::field::server, "pantau");
    for (const auto& [name, value] : response.headers) {
        if (!name.empty() && safe_header_text(name) && safe_header_text(value)) {
            out.insert(name, value);
        }
    }
    out.keep_alive(framing.keep_alive);

    if (status_forbids_body(status)) {
        response.body.clear();
    } else {
        if (!response.content_type.empty() && safe_header_text(response.content_type)) {
            out.set(http::field::content_type, response.content_type);
        }
        if (response.body.size() >= kMinGzipBody) {
            // The body would differ for another Accept-Encoding, whether or
            // not this client takes gzip: caches must know.
            out.set(http::field::vary, "Accept-Encoding");
            if (framing.gzip_allowed) {
                response.body = gzip_compress(response.body);
                out.set(http::field::content_encoding, "gzip");
            }
        }
    }

    if (framing.head && !status_forbids_body(status)) {
        out.content_length(response.body.size());
    } else {
        out.body() = std::move(response.body);
        out.prepare_payload();
    }
    return out;
}

BeastStreamHead encode_stream_head(const HttpResponse& response, const ResponseFraming& framing,
                                   bool& gzip) {
    BeastStreamHead out;
    out.version(framing.version);
    out.result(static_cast<unsigned>(
        response.status >= 100 && response.status <= 599 ? response.status : 500));
    out.set(http::field::server, "pantau");
    for (const auto& [name, value] : response.headers)
        if (!name.empty() && safe_header_text(name) && safe_header_text(value))
            out.insert(name, value);
    if (!response.content_type.empty() && safe_header_text(response.content_type))
        out.set(http::field::content_type, response.content_type);
    out.set(http::field::vary, "Accept-Encoding");
    gzip = framing.gzip_allowed;
    if (gzip)
        out.set(http::field::content_encoding, "gzip");
    // An HTTP/1.0 client cannot read chunks: it gets the body to the close.
    out.keep_alive(framing.keep_alive && framing.version >= 11);
    if (framing.version >= 11)
        out.chunked(true);
    return out;
}

}  // namespace pantau::server
