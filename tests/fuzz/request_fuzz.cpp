// The server's request path on raw bytes from a client: Beast's HTTP parser
// with the server's header and body limits and its framing rules, gzip
// decoding, the router and the service over a SQLite store holding the world
// of world.h (so that a push, a pull or an export with a known token gets as
// far as validation and storage), and the response's framing. Pipelined
// requests on one connection are handled in turn, as a session does.
//
// Properties: nothing throws, every answer has a status from 100 to 599, a
// response header never carries a CR or LF, a decoded body stays within the
// body limit, and a push accepted once gets the same answer when resent.
#include <boost/asio/buffer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <variant>

#include "config.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/server_world.h"
#include "fuzz/world.h"
#include "http/conversion.h"
#include "http/gzip.h"
#include "metrics.h"
#include "service/router.h"
#include "service/sync_service.h"

namespace {

using namespace pantau;
using namespace pantau::server;
namespace beast = boost::beast;
namespace http = beast::http;

// A session stops after a refused request; a few pipelined ones are enough.
constexpr int kMaxRequestsPerInput = 4;

void check_response(const BeastResponse& response) {
    pantau::fuzz::require(response.result_int() >= 100 && response.result_int() <= 599,
                          "the status is a valid HTTP status");
    for (const auto& field : response) {
        const auto value = field.value();
        pantau::fuzz::require(value.find_first_of("\r\n") == std::string_view::npos,
                              "no response header carries CR or LF");
    }
}

// What session.cpp's on_header refuses before reading a body.
bool header_refused(const http::request_parser<http::string_body>& parser, std::size_t body_limit) {
    return !framing_is_safe(parser.get()) || parser.content_length().value_or(0) > body_limit;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ServerConfig config;
    const HttpLimits& limits = config.http;
    auto store = pantau::fuzz::fresh_server_store();
    Metrics metrics;
    SyncService service(*store, metrics, config, [] { return pantau::fuzz::kNow; });
    Router router(service);

    // PANTAU_FUZZ_TRACE=1 prints each request's answer: how far a seed gets.
    static const bool trace = std::getenv("PANTAU_FUZZ_TRACE") != nullptr;
    std::string_view input = pantau::fuzz::as_text(data, size);
    for (int n = 0; n < kMaxRequestsPerInput && !input.empty(); ++n) {
        http::request_parser<http::string_body> parser;
        parser.header_limit(static_cast<std::uint32_t>(limits.header_limit));
        parser.body_limit(limits.body_limit);
        bool header_checked = false;
        std::size_t body_limit = limits.body_limit;
        beast::error_code ec;
        while (!input.empty() && !parser.is_done()) {
            const std::size_t used =
                parser.put(boost::asio::buffer(input.data(), input.size()), ec);
            input.remove_prefix(used);
            if (ec == http::error::need_more) {
                ec = {};
                break;
            }
            if (ec)
                break;
            if (!header_checked && parser.is_header_done()) {
                header_checked = true;
                body_limit = parser.get().target().starts_with("/v1/enroll")
                                 ? limits.enroll_body_limit
                                 : limits.body_limit;
                if (header_refused(parser, body_limit))
                    return 0;  // refused and closed, as the session does
                parser.body_limit(body_limit);
            }
            if (used == 0)
                break;
        }
        if (ec || !parser.is_done())
            return 0;  // a malformed or unfinished request: the session answers 400 or waits

        BeastRequest message = parser.release();
        const std::string message_method(message.method_string());
        const std::string message_target(message.target());
        ResponseFraming framing;
        framing.version = message.version();
        framing.keep_alive = message.keep_alive();
        framing.head = message.method() == http::verb::head;
        framing.gzip_allowed = accepts_gzip(message[http::field::accept_encoding]);
        auto decoded = decode_request(std::move(message), "127.0.0.1", body_limit);
        HttpResponse answer;
        if (auto* request = std::get_if<HttpRequest>(&decoded)) {
            pantau::fuzz::require(request->body.size() <= body_limit,
                                  "a decoded body stays within the body limit");
            answer = router.handle(*request);
            // A device that lost the answer sends the same batch again and
            // must get the answer it lost (the server keeps it by batch).
            if (answer.status == 200 && request->method == "POST" &&
                request->target == "/v1/sync/push") {
                const HttpResponse again = router.handle(*request);
                pantau::fuzz::require(again.status == 200 && again.body == answer.body,
                                      "a push sent again gets the same answer");
            }
        } else {
            answer = std::get<HttpResponse>(std::move(decoded));
        }
        if (trace)
            std::fprintf(stderr, "  %s %s -> %d %.200s\n", message_method.c_str(),
                         message_target.c_str(), answer.status, answer.body.c_str());
        check_response(encode_response(std::move(answer), framing));
        if (!framing.keep_alive)
            break;
    }
    return 0;
}
