#include "fault_proxy.h"

#include <algorithm>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <chrono>
#include <optional>
#include <random>
#include <thread>

namespace pantau::server::testing {

namespace net = boost::asio;
using tcp = net::ip::tcp;
using boost::system::error_code;

std::string_view to_string(Fault fault) {
    switch (fault) {
        case Fault::Pass:
            return "pass";
        case Fault::Delay:
            return "delay";
        case Fault::Cut:
            return "cut";
        case Fault::Drop:
            return "drop";
        case Fault::Reset:
            return "reset";
    }
    return "pass";
}

namespace {

// The size of the HTTP message at the start of `bytes` (head and
// Content-Length body), once its head has arrived.
std::optional<std::size_t> message_size(const std::string& bytes) {
    const auto head_end = bytes.find("\r\n\r\n");
    if (head_end == std::string::npos)
        return std::nullopt;
    std::string head = bytes.substr(0, head_end + 2);
    std::transform(head.begin(), head.end(), head.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::size_t body = 0;
    const std::string_view name = "\r\ncontent-length:";
    if (const auto at = head.find(name); at != std::string::npos) {
        std::size_t i = at + name.size();
        while (i < head.size() && head[i] == ' ')
            ++i;
        while (i < head.size() && std::isdigit(static_cast<unsigned char>(head[i])))
            body = body * 10 + static_cast<std::size_t>(head[i++] - '0');
    }
    return head_end + 4 + body;
}

// What the generator decided for one connection.
struct Fate {
    Fault fault = Fault::Pass;
    std::chrono::milliseconds delay{0};  // Delay: each chunk held back this long
    double share = 0;                    // Cut, Reset: the part of the request forwarded
    bool after_answer = false;           // Reset: only once the server answered
};

}  // namespace

struct FaultProxy::Impl {
    std::array<std::atomic<std::int64_t>, kFaults.size()> counts{};
    std::atomic<std::int64_t> connections{0};
    std::atomic<std::uint16_t> upstream{0};
    std::atomic<bool> faults{true};
    std::atomic<int> forced{-1};  // a Fault, or -1
    std::uint16_t port = 0;
    std::mt19937 random;  // used on the Asio thread only
    net::io_context io;
    tcp::acceptor acceptor{io};
    std::thread thread;

    void counted(Fault fault) { ++counts[static_cast<std::size_t>(fault)]; }
    Fate draw();
    void accept();
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(FaultProxy::Impl& proxy, tcp::socket client, Fate fate)
        : proxy_(proxy),
          client_(std::move(client)),
          server_(proxy.io),
          fate_(fate),
          up_timer_(proxy.io),
          down_timer_(proxy.io) {}

    void start() {
        const tcp::endpoint upstream(net::ip::address_v4::loopback(), proxy_.upstream.load());
        server_.async_connect(upstream, [this, self = shared_from_this()](error_code ec) {
            if (ec)
                return close();  // the server is down: the device sees a closed line
            if (fate_.fault == Fault::Pass || fate_.fault == Fault::Delay) {
                pump(client_, server_, up_, up_timer_);
                pump(server_, client_, down_, down_timer_);
            } else {
                read_request();
            }
        });
    }

  private:
    using Buffer = std::array<char, 16 * 1024>;

    // Copies `from` to `to` chunk by chunk until either side closes.
    void pump(tcp::socket& from, tcp::socket& to, Buffer& buffer, net::steady_timer& timer) {
        from.async_read_some(net::buffer(buffer), [this, self = shared_from_this(), &from, &to,
                                                   &buffer, &timer](error_code ec, std::size_t n) {
            if (ec)
                return close();
            auto forward = [this, self, &from, &to, &buffer, &timer, n] {
                net::async_write(
                    to, net::buffer(buffer.data(), n),
                    [this, self, &from, &to, &buffer, &timer](error_code ec, std::size_t) {
                        if (ec)
                            return close();
                        pump(from, to, buffer, timer);
                    });
            };
            if (fate_.fault != Fault::Delay)
                return forward();
            if (!delayed_) {
                delayed_ = true;
                proxy_.counted(Fault::Delay);
            }
            timer.expires_after(fate_.delay);
            timer.async_wait([forward](error_code ec) {
                if (!ec)
                    forward();
            });
        });
    }

    // Gathers the device's first request, then deals its fate.
    void read_request() {
        client_.async_read_some(net::buffer(up_),
                                [this, self = shared_from_this()](error_code ec, std::size_t n) {
                                    if (ec)
                                        return close();
                                    request_.append(up_.data(), n);
                                    const auto size = message_size(request_);
                                    if (!size || request_.size() < *size)
                                        return read_request();
                                    act(*size);
                                });
    }

    void act(std::size_t size) {
        const auto share = [&](std::size_t least, std::size_t most) {
            const auto part = static_cast<std::size_t>(static_cast<double>(size) * fate_.share);
            return std::clamp(part, least, most);
        };
        switch (fate_.fault) {
            case Fault::Cut:
                // The server then sees the end of the line and gives up on the
                // request; the device hears of it only once the server did.
                return send(share(1, size - 1), [this] {
                    error_code ignored;
                    server_.shutdown(tcp::socket::shutdown_send, ignored);
                    await_close([this] {
                        if (answer_.empty())
                            proxy_.counted(Fault::Cut);
                        close();
                    });
                });
            case Fault::Drop:
                return send(size, [this] {
                    read_answer([this] {
                        proxy_.counted(Fault::Drop);
                        close();  // the server committed and answered; the device hears nothing
                    });
                });
            case Fault::Reset:
                if (fate_.after_answer)
                    return send(size, [this] { read_answer([this] { reset(); }); });
                return send(share(0, size), [this] { reset(); });
            case Fault::Pass:
            case Fault::Delay:
                break;
        }
    }

    // Forwards the first `n` bytes of the request, then runs `then`.
    template <typename Then>
    void send(std::size_t n, Then then) {
        if (n == 0)
            return then();
        net::async_write(server_, net::buffer(request_.data(), n),
                         [this, self = shared_from_this(), then](error_code ec, std::size_t) {
                             if (ec)
                                 return close();
                             then();
                         });
    }

    // Reads the server's whole answer to the request, then runs `then`.
    template <typename Then>
    void read_answer(Then then) {
        server_.async_read_some(net::buffer(down_), [this, self = shared_from_this(), then](
                                                        error_code ec, std::size_t n) {
            if (ec)
                return close();  // the server died before it answered
            answer_.append(down_.data(), n);
            const auto size = message_size(answer_);
            if (!size || answer_.size() < *size)
                return read_answer(then);
            then();
        });
    }

    // Reads from the server until it closes the connection, then runs `then`.
    template <typename Then>
    void await_close(Then then) {
        server_.async_read_some(net::buffer(down_), [this, self = shared_from_this(), then](
                                                        error_code ec, std::size_t n) {
            if (ec)
                return then();
            answer_.append(down_.data(), n);  // an answer: the request was whole after all
            await_close(then);
        });
    }

    // RST on both sides: SO_LINGER with a zero timeout, then close.
    void reset() {
        error_code ignored;
        client_.set_option(net::socket_base::linger(true, 0), ignored);
        server_.set_option(net::socket_base::linger(true, 0), ignored);
        proxy_.counted(Fault::Reset);
        close();
    }

    void close() {
        error_code ignored;
        client_.close(ignored);
        server_.close(ignored);
        up_timer_.cancel();
        down_timer_.cancel();
    }

    FaultProxy::Impl& proxy_;
    tcp::socket client_;
    tcp::socket server_;
    Fate fate_;
    net::steady_timer up_timer_;
    net::steady_timer down_timer_;
    Buffer up_{};
    Buffer down_{};
    std::string request_;
    std::string answer_;
    bool delayed_ = false;
};

}  // namespace

// The same draws for every connection, faults on or off, so that a seed
// replays the same fates for the same sequence of connections.
Fate FaultProxy::Impl::draw() {
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> delay_ms(5, 80);
    std::uniform_real_distribution<double> share(0.0, 1.0);
    const int roll = percent(random);
    Fate fate;
    fate.delay = std::chrono::milliseconds(delay_ms(random));
    fate.share = share(random);
    fate.after_answer = percent(random) < 50;
    if (const int forced_fault = forced.load(); forced_fault >= 0) {
        fate.fault = static_cast<Fault>(forced_fault);
        return fate;
    }
    if (!faults.load())
        return fate;
    if (roll < 40)
        fate.fault = Fault::Pass;
    else if (roll < 55)
        fate.fault = Fault::Delay;
    else if (roll < 70)
        fate.fault = Fault::Cut;
    else if (roll < 85)
        fate.fault = Fault::Drop;
    else
        fate.fault = Fault::Reset;
    return fate;
}

void FaultProxy::Impl::accept() {
    acceptor.async_accept([this](error_code ec, tcp::socket socket) {
        if (ec)
            return;  // the proxy closes
        ++connections;
        const Fate fate = draw();
        if (fate.fault == Fault::Pass)
            counted(Fault::Pass);
        std::make_shared<Session>(*this, std::move(socket), fate)->start();
        accept();
    });
}

FaultProxy::FaultProxy(unsigned seed, std::uint16_t upstream_port)
    : impl_(std::make_unique<Impl>()) {
    impl_->random.seed(seed);
    impl_->upstream = upstream_port;
    const tcp::endpoint local(net::ip::address_v4::loopback(), 0);
    impl_->acceptor.open(local.protocol());
    impl_->acceptor.bind(local);
    impl_->acceptor.listen();
    impl_->port = impl_->acceptor.local_endpoint().port();
    impl_->accept();
    impl_->thread = std::thread([impl = impl_.get()] { impl->io.run(); });
}

FaultProxy::~FaultProxy() {
    impl_->io.stop();
    impl_->thread.join();
}

std::uint16_t FaultProxy::port() const {
    return impl_->port;
}

void FaultProxy::set_upstream(std::uint16_t port) {
    impl_->upstream = port;
}

void FaultProxy::set_faults(bool on) {
    impl_->faults = on;
}

void FaultProxy::force(std::optional<Fault> fault) {
    impl_->forced = fault ? static_cast<int>(*fault) : -1;
}

std::int64_t FaultProxy::count(Fault fault) const {
    return impl_->counts[static_cast<std::size_t>(fault)].load();
}

std::int64_t FaultProxy::connections() const {
    return impl_->connections.load();
}

std::string FaultProxy::summary() const {
    std::string out;
    for (const Fault fault : kFaults) {
        if (!out.empty())
            out += ", ";
        out += std::string(to_string(fault)) + " " + std::to_string(count(fault));
    }
    return out;
}

}  // namespace pantau::server::testing
