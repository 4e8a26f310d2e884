// A bad network for black-box tests: a TCP proxy on loopback between the
// devices and the server, on its own Asio thread. Each connection it accepts
// draws one fate from a seeded generator: it passes, it is delayed (every
// chunk held back for a while), its request is cut in the middle (part of it
// forwarded, then both sides closed), its answer is dropped after the server
// committed (the whole request forwarded and the server's answer read, then
// the device's side closed without it), or it is reset (RST, SO_LINGER 0,
// somewhere in the request or after the answer came). It reads just enough
// HTTP (the head and Content-Length) to find the first request's end; a
// connection that survives its fate carries later requests unharmed.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace pantau::server::testing {

enum class Fault { Pass, Delay, Cut, Drop, Reset };
inline constexpr std::array kFaults = {Fault::Pass, Fault::Delay, Fault::Cut, Fault::Drop,
                                       Fault::Reset};
std::string_view to_string(Fault fault);

class FaultProxy {
  public:
    // Listens on 127.0.0.1, port 0, and forwards to the server at `upstream_port`.
    FaultProxy(unsigned seed, std::uint16_t upstream_port);
    ~FaultProxy();
    FaultProxy(const FaultProxy&) = delete;
    FaultProxy& operator=(const FaultProxy&) = delete;

    std::uint16_t port() const;
    // Where new connections go from now on (the server restarted on another port).
    void set_upstream(std::uint16_t port);
    // With faults off, every new connection passes.
    void set_faults(bool on);
    // Every new connection meets this fate (nullopt: drawn again).
    void force(std::optional<Fault> fault);

    // How many connections met each fate, counted once the fault took effect
    // (a drop, for one, once the server's answer was read and thrown away).
    std::int64_t count(Fault fault) const;
    std::int64_t connections() const;
    // "pass 12, delay 3, cut 4, drop 2, reset 5".
    std::string summary() const;

    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace pantau::server::testing
