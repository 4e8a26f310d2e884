#include "http/session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/stream_base.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/chunk_encode.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <chrono>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>

#include "http/conversion.h"
#include "http/gzip.h"
#include "http/request_log.h"

namespace pantau::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

using PlainStream = beast::tcp_stream;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

constexpr std::size_t kReadChunk = 64 * 1024;
// After a final answer the client may still be sending (the rest of a body we
// refused). Reading and discarding it for a while before closing lets the
// client read our answer instead of a connection reset.
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

// A streamed body goes out in chunks of at most this many bytes, through a
// send buffer of this size (HttpResponse::stream).
constexpr std::size_t kStreamSlice = 32 * 1024;
constexpr int kStreamSendBuffer = 64 * 1024;

void log_failure(std::string_view remote, std::string_view what) {
    std::string line = "connection ";
    line.append(remote).append(" failed: ").append(what).append("\n");
    write_log_line(line);
}

enum class Phase { handshake, idle, reading, admitting, handling, writing, closing, closed };

// What the headers of a request decide.
enum class Verdict { read_body, refused, admitting };

// Every member is touched only on the session's strand (the stream's
// executor), except in work(), which runs on a worker thread and touches
// nothing but its arguments and the shared state.
template <class Stream>
class Session final : public Connection, public std::enable_shared_from_this<Session<Stream>> {
  public:
    template <class... StreamArgs>
    Session(ServerState& state, std::string remote, StreamArgs&&... stream_args)
        : state_(state),
          limits_(state.limits()),
          remote_(std::move(remote)),
          stream_(std::forward<StreamArgs>(stream_args)...),
          timer_(stream_.get_executor()) {}

    ~Session() override {
        finish_response();
        release_body();
        state_.remove_connection(this);
    }

    void start() {
        state_.add_connection(this, remote_, this->shared_from_this());
        net::dispatch(stream_.get_executor(),
                      [self = this->shared_from_this()] { self->guarded([&] { self->begin(); }); });
    }

    void stop() override {
        net::post(stream_.get_executor(), [self = this->shared_from_this()] { self->close_now(); });
    }

  private:
    static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

    beast::tcp_stream& tcp() { return beast::get_lowest_layer(stream_); }

    // No exception may leave an Asio handler: a bug in one connection closes
    // that connection and nothing else.
    template <class Body>
    void guarded(Body&& body) noexcept {
        try {
            body();
        } catch (const std::exception& e) {
            log_failure(remote_, e.what());
            close_now();
        } catch (...) {
            log_failure(remote_, "unknown exception");
            close_now();
        }
    }

    void begin() {
        if constexpr (kTls) {
            phase_ = Phase::handshake;
            tcp().expires_after(limits_.request_timeout);
            stream_.async_handshake(net::ssl::stream_base::server,
                                    [self = this->shared_from_this()](beast::error_code ec) {
                                        self->guarded([&] { self->on_handshake(ec); });
                                    });
        } else {
            read_next();
        }
    }

    void on_handshake(beast::error_code ec) {
        if (phase_ == Phase::closed) {
            return;
        }
        tcp().expires_never();
        if (ec) {
            return close_now();  // not TLS, or not within time: nothing to answer
        }
        read_next();
    }

    // --- reading a request -------------------------------------------------

    void read_next() {
        release_body();  // the previous request is answered: its body is gone
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(std::min<std::size_t>(
            limits_.header_limit, std::numeric_limits<std::uint32_t>::max())));
        parser_->body_limit(limits_.body_limit);
        header_seen_ = false;
        send_continue_ = false;
        timed_out_ = false;
        request_bytes_ = 0;
        body_limit_ = limits_.body_limit;
        method_.clear();
        target_.clear();
        version_ = 11;
        device_id_.clear();
        if (buffer_.size() > 0) {
            begin_request();  // pipelined bytes: the request's clock runs already
        } else {
            phase_ = Phase::idle;
            arm_timer(limits_.idle_timeout);
        }
        parse();
    }

    // The first byte of a request starts its clock: the whole request must
    // arrive within request_timeout from here, however slowly it trickles.
    void begin_request() {
        phase_ = Phase::reading;
        request_start_ = Clock::now();
        arm_timer(limits_.request_timeout);
    }

    void parse() {
        while (buffer_.size() > 0 && !parser_->is_done()) {
            beast::error_code ec;
            const std::size_t used = parser_->put(buffer_.data(), ec);
            buffer_.consume(used);
            request_bytes_ += used;
            if (ec == http::error::need_more) {
                break;
            }
            if (ec) {
                return on_parse_error(ec);
            }
            if (!header_seen_ && parser_->is_header_done()) {
                if (const auto verdict = on_header(); verdict != Verdict::read_body) {
                    return;  // refused (the answer is on its way), or waiting for admission
                }
            }
            if (header_seen_ && !parser_->content_length() &&
                !hold_body(parser_->get().body().size())) {
                return refuse_busy();
            }
            if (used == 0) {
                break;
            }
        }
        if (parser_->is_done()) {
            return on_request_complete();
        }
        read_more();
    }

    Verdict on_header() {
        header_seen_ = true;
        const auto& header = parser_->get();
        method_ = std::string(header.method_string());
        target_ = std::string(header.target());
        version_ = header.version();
        // Framing a proxy in front could read otherwise: refuse it and close.
        if (!framing_is_safe(header)) {
            refuse(400, "bad_transfer_encoding",
                   "Only Transfer-Encoding: chunked, without Content-Length, is accepted.");
            return Verdict::refused;
        }
        // Enrolment takes a code and a name: its own, small limit, refused unread.
        body_limit_ =
            target_.starts_with("/v1/enroll") ? limits_.enroll_body_limit : limits_.body_limit;
        const std::uint64_t announced = parser_->content_length().value_or(0);
        if (announced > body_limit_) {
            refuse(413, "body_too_large", "The request body is larger than the server accepts.");
            return Verdict::refused;
        }
        if (!hold_body(static_cast<std::size_t>(announced))) {
            refuse_busy();
            return Verdict::refused;
        }
        parser_->body_limit(body_limit_);  // for chunked bodies, counted as they arrive
        if (parser_->is_done()) {
            return Verdict::read_body;
        }
        if (beast::iequals(header[http::field::expect], "100-continue")) {
            send_continue_ = true;
        }
        // A large body, or one to inflate, is read only for a caller the
        // handler admits on the headers: a wrong token costs no read of it.
        const bool encoded = !header[http::field::content_encoding].empty() &&
                             !beast::iequals(header[http::field::content_encoding], "identity");
        if (!parser_->content_length() || announced > limits_.admit_before_body_above || encoded) {
            admit(header[http::field::authorization]);
            return Verdict::admitting;
        }
        return Verdict::read_body;
    }

    void admit(std::string_view authorization) {
        phase_ = Phase::admitting;
        HttpRequest head;
        head.method = method_;
        head.target = target_;
        head.authorization = std::string(authorization);
        head.remote_address = remote_;
        net::post(state_.workers(), [self = this->shared_from_this(),
                                     head = std::move(head)]() mutable {
            std::optional<HttpResponse> refusal;
            try {
                refusal = self->state_.handler().admit(head);
            } catch (...) {
                refusal = HttpResponse::error(500, "internal_error",
                                              "The server failed to answer this request.");
            }
            net::post(self->stream_.get_executor(), [self, refusal = std::move(refusal)]() mutable {
                self->guarded([&] { self->on_admitted(std::move(refusal)); });
            });
        });
    }

    void on_admitted(std::optional<HttpResponse> refusal) {
        if (phase_ == Phase::closed) {
            return;
        }
        phase_ = Phase::reading;
        if (refusal) {
            return refuse(std::move(*refusal));
        }
        if (timed_out_) {
            return refuse_timeout();
        }
        parse();  // what is buffered already, then the rest
    }

    // Grows this request's share of the bodies-in-flight budget to `bytes`.
    bool hold_body(std::size_t bytes) {
        if (bytes <= body_held_) {
            return true;
        }
        if (!state_.reserve_body(remote_, bytes - body_held_)) {
            return false;
        }
        body_held_ = bytes;
        return true;
    }

    void release_body() noexcept {
        state_.release_body(remote_, body_held_);
        body_held_ = 0;
    }

    void refuse_busy() {
        auto busy = HttpResponse::error(503, "server_busy",
                                        "The server is receiving too much at once; retry soon.");
        busy.headers.emplace_back("Retry-After", "5");
        refuse(std::move(busy));
    }

    void on_parse_error(beast::error_code ec) {
        if (!header_seen_) {
            // The request line may have been read before the error: the log
            // line is more useful with it.
            const auto& header = parser_->get();
            method_ = std::string(header.method_string());
            target_ = std::string(header.target());
        }
        // The parser sees a Content-Length beyond body_limit in the header,
        // so a too large body is refused before any of it is read.
        if (ec == http::error::body_limit) {
            return refuse(413, "body_too_large",
                          "The request body is larger than the server accepts.");
        }
        if (ec == http::error::header_limit) {
            return refuse(431, "headers_too_large",
                          "The request line and headers are larger than the server accepts.");
        }
        refuse(400, "malformed_request", "The request is not valid HTTP/1.1.");
    }

    void read_more() {
        if (send_continue_) {
            send_continue_ = false;
            // No write timeout of its own: the request timer still runs.
            net::async_write(stream_, net::buffer(kContinue.data(), kContinue.size()),
                             [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                                 self->guarded([&] { self->on_continue_written(ec); });
                             });
            return;
        }
        tcp().expires_never();  // our own timer bounds reads; see on_timeout
        stream_.async_read_some(
            buffer_.prepare(kReadChunk),
            [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
                self->guarded([&] { self->on_read(ec, bytes); });
            });
    }

    void on_continue_written(beast::error_code ec) {
        if (phase_ == Phase::closed) {
            return;
        }
        if (timed_out_) {
            return refuse_timeout();
        }
        if (ec) {
            return close_now();
        }
        read_more();
    }

    void on_read(beast::error_code ec, std::size_t bytes) {
        if (phase_ == Phase::closed) {
            return;
        }
        if (timed_out_) {
            return refuse_timeout();
        }
        if (ec) {
            return close_now();  // the client left, mid-request or between requests
        }
        buffer_.commit(bytes);
        if (phase_ == Phase::idle) {
            begin_request();
        }
        parse();
    }

    // --- timers ------------------------------------------------------------

    // One timer serves every phase; the generation tells a stale expiry
    // (already queued when the timer was re-armed) from a live one.
    void arm_timer(std::chrono::steady_clock::duration after) {
        ++timer_generation_;
        timer_.expires_after(after);
        timer_.async_wait([self = this->shared_from_this(),
                           generation = timer_generation_](beast::error_code ec) {
            if (!ec && generation == self->timer_generation_) {
                self->guarded([&] { self->on_timeout(); });
            }
        });
    }

    void disarm_timer() {
        ++timer_generation_;
        timer_.cancel();
    }

    void on_timeout() {
        switch (phase_) {
            case Phase::idle:
            case Phase::closing:
                return close_now();
            case Phase::admitting:
                timed_out_ = true;  // answered 408 once the admission is back
                return;
            case Phase::reading:
                // Cancelling the read (not closing the socket, as the
                // stream's own timeout would) leaves room to answer 408.
                timed_out_ = true;
                tcp().cancel();
                return;
            default:
                return;
        }
    }

    // --- answering ---------------------------------------------------------

    void refuse_timeout() {
        refuse(408, "request_timeout", "The request did not arrive within the time limit.");
    }

    // An answer from the shell itself after which the connection closes: the
    // rest of the byte stream cannot be trusted to start a new request.
    void refuse(int status, std::string_view code, std::string_view message) {
        refuse(HttpResponse::error(status, code, message));
    }

    void refuse(HttpResponse answer) {
        disarm_timer();
        if (phase_ != Phase::reading) {
            request_start_ = Clock::now();
        }
        start_response();
        ResponseFraming framing;
        framing.version = version_;
        framing.keep_alive = false;
        std::string device_id = answer.device_id;
        write_response(encode_response(std::move(answer), framing), std::move(device_id));
    }

    void on_request_complete() {
        disarm_timer();
        start_response();
        BeastRequest message = parser_->release();
        ResponseFraming framing;
        framing.version = message.version();
        framing.keep_alive = message.keep_alive();
        framing.head = message.method() == http::verb::head;
        framing.gzip_allowed = accepts_gzip(message[http::field::accept_encoding]);
        if (state_.draining()) {
            framing.keep_alive = false;
            return write_response(
                encode_response(HttpResponse::error(503, "shutting_down",
                                                    "The server is shutting down; retry soon."),
                                framing),
                {});
        }
        phase_ = Phase::handling;
        // The body's limit after gzip decoding is the same as before it.
        const std::size_t decoded_limit = body_limit_;
        net::post(state_.workers(), [self = this->shared_from_this(), message = std::move(message),
                                     framing, decoded_limit]() mutable {
            self->work(std::move(message), framing, decoded_limit);
        });
    }

    // Runs on a worker thread: decoding (gzip), the handler, and encoding
    // (gzip) are the CPU and blocking parts, kept off the socket threads.
    void work(BeastRequest message, ResponseFraming framing, std::size_t decoded_limit) noexcept {
        std::optional<BeastResponse> response;
        std::string device_id;
        try {
            auto decoded = decode_request(std::move(message), remote_, decoded_limit, kTls);
            HttpResponse answer;
            if (auto* request = std::get_if<HttpRequest>(&decoded)) {
                answer = state_.handler().handle(*request);
            } else {
                answer = std::get<HttpResponse>(std::move(decoded));
            }
            device_id = answer.device_id;
            if (answer.stream) {
                auto streaming = std::make_shared<Streaming>();
                bool gzip = false;
                streaming->head = encode_stream_head(answer, framing, gzip);
                if (gzip)
                    streaming->gzip = std::make_unique<GzipStream>();
                streaming->source = std::move(answer.stream);
                streaming->head_only = framing.head;
                net::post(stream_.get_executor(),
                          [self = this->shared_from_this(), streaming = std::move(streaming),
                           device_id = std::move(device_id)]() mutable {
                              self->guarded([&] {
                                  self->write_stream(std::move(streaming), std::move(device_id));
                              });
                          });
                return;
            }
            response = encode_response(std::move(answer), framing);
        } catch (const std::exception& e) {
            log_failure(remote_, std::string("handler: ") + e.what());
        } catch (...) {
            log_failure(remote_, "handler: unknown exception");
        }
        try {
            if (!response) {
                framing.gzip_allowed = false;
                response = encode_response(
                    HttpResponse::error(500, "internal_error",
                                        "The server failed to answer this request."),
                    framing);
            }
            net::post(stream_.get_executor(), [self = this->shared_from_this(),
                                               response = std::move(*response),
                                               device_id = std::move(device_id)]() mutable {
                self->guarded([&] { self->write_response(std::move(response), device_id); });
            });
        } catch (...) {
            // Out of memory while answering: the destructor releases the
            // in-flight count once the session is dropped.
        }
    }

    void start_response() {
        if (!response_pending_) {
            response_pending_ = true;
            state_.response_started();
        }
    }

    void finish_response() {
        if (response_pending_) {
            response_pending_ = false;
            state_.response_finished();
        }
    }

    void write_response(BeastResponse response, std::string device_id) {
        release_body();  // the request is handled: its body is gone before its answer goes out
        if (phase_ == Phase::closed) {
            return finish_response();
        }
        if (state_.draining()) {
            response.keep_alive(false);  // a drained server takes no further request
        }
        phase_ = Phase::writing;
        response_ = std::move(response);
        device_id_ = std::move(device_id);
        tcp().expires_after(limits_.write_timeout);
        http::async_write(
            stream_, *response_,
            [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
                self->guarded([&] { self->on_write(ec, bytes); });
            });
    }

    void on_write(beast::error_code ec, std::size_t bytes) {
        tcp().expires_never();
        const int status = response_->result_int();
        const bool keep_alive = response_->keep_alive();
        response_.reset();
        record(status, bytes);
        finish_response();
        if (phase_ == Phase::closed) {
            return;
        }
        if (ec) {
            return close_now();
        }
        if (!keep_alive) {
            return close_gracefully();
        }
        read_next();
    }

    // --- a body in pieces (HttpResponse::stream) -----------------------------

    struct Streaming {
        BeastStreamHead head;
        std::optional<http::response_serializer<http::empty_body>> serializer;
        std::shared_ptr<BodySource> source;
        std::unique_ptr<GzipStream> gzip;  // used on the worker thread only
        std::string piece;                 // being written, a slice at a time
        std::size_t offset = 0;            // how much of it is out
        std::size_t bytes = 0;
        bool head_only = false;
        bool last_pending = false;  // the data is out; the last chunk is not
        bool ended = false;
    };

    void write_stream(std::shared_ptr<Streaming> streaming, std::string device_id) {
        release_body();
        if (phase_ == Phase::closed) {
            return finish_response();
        }
        if (state_.draining()) {
            streaming->head.keep_alive(false);
        }
        phase_ = Phase::writing;
        streaming_ = std::move(streaming);
        device_id_ = std::move(device_id);
        // A small send buffer, so that each slice is written as the link
        // takes it and the write timeout measures progress, not the time a
        // megabyte of kernel buffer takes to drain over a slow link.
        beast::error_code ignored;
        tcp().socket().set_option(net::socket_base::send_buffer_size(kStreamSendBuffer), ignored);
        streaming_->serializer.emplace(streaming_->head);
        tcp().expires_after(limits_.write_timeout);
        http::async_write_header(
            stream_, *streaming_->serializer,
            [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
                self->guarded([&] { self->on_stream_write(ec, bytes); });
            });
    }

    // What a worker made of the source's next piece.
    struct Piece {
        std::string data;  // gzip'd when the answer is
        bool last = false;
        bool failed = false;
    };

    // After the head, a piece, or the last chunk: what comes next.
    void on_stream_write(beast::error_code ec, std::size_t bytes) {
        tcp().expires_never();
        if (phase_ == Phase::closed) {
            return finish_stream(false);
        }
        if (ec) {
            log_failure(remote_, "streamed body: " + ec.message());
            finish_stream(false);
            return close_now();
        }
        streaming_->bytes += bytes;
        if (streaming_->offset < streaming_->piece.size()) {
            return write_slice();
        }
        if (streaming_->head_only || streaming_->ended) {
            return finish_stream(true);
        }
        if (streaming_->last_pending) {
            streaming_->last_pending = false;
            streaming_->ended = true;
            tcp().expires_after(limits_.write_timeout);
            return net::async_write(
                stream_, http::make_chunk_last(),
                [self = this->shared_from_this()](beast::error_code e, std::size_t n) {
                    self->guarded([&] { self->on_stream_write(e, n); });
                });
        }
        produce_piece();
    }

    // The next piece comes from the store, on a worker thread.
    void produce_piece() {
        net::post(state_.workers(), [self = this->shared_from_this(), s = streaming_]() noexcept {
            Piece piece;
            try {
                auto next = s->source->next();
                piece.last = !next;
                if (s->gzip)
                    piece.data = next ? s->gzip->compress(*next) : s->gzip->finish();
                else if (next)
                    piece.data = std::move(*next);
            } catch (const std::exception& e) {
                log_failure(self->remote_, std::string("streamed body: ") + e.what());
                piece.failed = true;
            } catch (...) {
                piece.failed = true;
            }
            try {
                net::post(self->stream_.get_executor(), [self, piece = std::move(piece)]() mutable {
                    self->guarded([&] { self->write_piece(std::move(piece)); });
                });
            } catch (...) {
            }
        });
    }

    void write_piece(Piece piece) {
        if (phase_ == Phase::closed) {
            return finish_stream(false);
        }
        if (piece.failed) {
            finish_stream(false);
            return close_now();  // the client sees the body cut short, not a false end
        }
        const bool chunked = streaming_->head.chunked();
        if (piece.data.empty() && !piece.last) {
            return produce_piece();  // gzip kept it all back: ask for more
        }
        if (piece.last) {
            // Then the last chunk (for HTTP/1.0: the end of the connection).
            streaming_->last_pending = chunked;
            streaming_->ended = !chunked;
            if (piece.data.empty()) {
                return on_stream_write({}, 0);
            }
        }
        streaming_->piece = std::move(piece.data);
        streaming_->offset = 0;
        write_slice();
    }

    // The next slice of the current piece, as one chunk.
    void write_slice() {
        const std::size_t size =
            std::min(kStreamSlice, streaming_->piece.size() - streaming_->offset);
        const auto slice = net::buffer(streaming_->piece.data() + streaming_->offset, size);
        streaming_->offset += size;
        tcp().expires_after(limits_.write_timeout);
        auto done = [self = this->shared_from_this()](beast::error_code ec, std::size_t bytes) {
            self->guarded([&] { self->on_stream_write(ec, bytes); });
        };
        if (streaming_->head.chunked()) {
            net::async_write(stream_, http::make_chunk(slice), std::move(done));
        } else {
            net::async_write(stream_, slice, std::move(done));
        }
    }

    void finish_stream(bool complete) {
        if (!streaming_) {
            return;
        }
        const int status = static_cast<int>(streaming_->head.result_int());
        const bool keep_alive = streaming_->head.keep_alive();
        const std::size_t bytes = streaming_->bytes;
        streaming_.reset();
        record(status, bytes);
        finish_response();
        if (!complete || phase_ == Phase::closed) {
            return;
        }
        if (!keep_alive) {
            return close_gracefully();
        }
        read_next();
    }

    void record(int status, std::size_t bytes_out) {
        const auto duration = Clock::now() - request_start_;
        state_.metrics().request_done(status, request_bytes_, bytes_out,
                                      std::chrono::duration<double>(duration).count());
        RequestLogEntry entry;
        entry.time = std::chrono::system_clock::now();
        entry.remote_address = remote_;
        entry.method = method_;
        entry.target = target_;
        entry.status = status;
        entry.bytes_out = bytes_out;
        entry.duration = duration;
        entry.device_id = device_id_;
        write_log_line(format_request_log(entry));
    }

    // --- closing -----------------------------------------------------------

    void close_gracefully() {
        phase_ = Phase::closing;
        if constexpr (kTls) {
            tcp().expires_after(kLingerTime);
            stream_.async_shutdown([self = this->shared_from_this()](beast::error_code) {
                self->guarded([&] { self->close_now(); });
            });
        } else {
            beast::error_code ignored;
            tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
            buffer_.consume(buffer_.size());
            arm_timer(kLingerTime);
            discard_input();
        }
    }

    void discard_input() {
        tcp().async_read_some(buffer_.prepare(kReadChunk),
                              [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                                  self->guarded([&] {
                                      if (self->phase_ == Phase::closed) {
                                          return;
                                      }
                                      if (ec) {
                                          return self->close_now();  // the client closed too: done
                                      }
                                      self->discard_input();
                                  });
                              });
    }

    void close_now() noexcept {
        if (phase_ == Phase::closed) {
            return;
        }
        phase_ = Phase::closed;
        try {
            disarm_timer();
        } catch (...) {
        }
        beast::error_code ignored;
        tcp().socket().shutdown(tcp::socket::shutdown_both, ignored);
        try {
            tcp().close();  // also cancels the stream's own timer
        } catch (...) {
        }
    }

    ServerState& state_;
    const HttpLimits& limits_;
    const std::string remote_;
    Stream stream_;
    net::steady_timer timer_;
    std::uint64_t timer_generation_ = 0;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::optional<BeastResponse> response_;
    std::shared_ptr<Streaming> streaming_;

    Phase phase_ = Phase::idle;
    bool header_seen_ = false;
    bool send_continue_ = false;
    bool timed_out_ = false;
    bool response_pending_ = false;

    // For the request log and the metrics of the current request.
    Clock::time_point request_start_ = Clock::now();
    std::uint64_t request_bytes_ = 0;
    std::size_t body_limit_ = 0;  // this request's, set from its target in on_header
    std::size_t body_held_ = 0;   // of ServerState's bodies-in-flight budget
    std::string method_;
    std::string target_;
    unsigned version_ = 11;
    std::string device_id_;
};

template <class Stream, class... StreamArgs>
void start_session(ServerState& state, tcp::socket socket, std::string address,
                   StreamArgs&&... stream_args) {
    beast::error_code ec;
    socket.set_option(tcp::no_delay(true), ec);
    std::make_shared<Session<Stream>>(state, std::move(address), std::move(socket),
                                      std::forward<StreamArgs>(stream_args)...)
        ->start();
}

}  // namespace

std::string address_text(const tcp::endpoint& endpoint) {
    auto address = endpoint.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped()) {
        return net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6()).to_string();
    }
    return address.to_string();
}

void start_plain_session(ServerState& state, tcp::socket socket, std::string address) {
    start_session<PlainStream>(state, std::move(socket), std::move(address));
}

void start_tls_session(ServerState& state, tcp::socket socket, std::string address,
                       net::ssl::context& tls) {
    start_session<TlsStream>(state, std::move(socket), std::move(address), tls);
}

}  // namespace pantau::server
