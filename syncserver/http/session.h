// One client connection, plain or TLS: it reads requests within the limits
// and timeouts of HttpLimits, hands each complete request to the worker pool,
// and writes the answers back in order, keeping the connection alive between
// requests when the client wants that.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <string>

#include "http/server_state.h"

namespace pantau::server {

// The client's address as logs and per-address limits name it (an IPv4
// address mapped into IPv6 is written as IPv4).
std::string address_text(const boost::asio::ip::tcp::endpoint& endpoint);

void start_plain_session(ServerState& state, boost::asio::ip::tcp::socket socket,
                         std::string address);
void start_tls_session(ServerState& state, boost::asio::ip::tcp::socket socket, std::string address,
                       boost::asio::ssl::context& tls);

}  // namespace pantau::server
