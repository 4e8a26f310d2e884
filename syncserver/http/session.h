// One client connection, plain or TLS: it reads requests within the limits
// and timeouts of HttpLimits, hands each complete request to the worker pool,
// and writes the answers back in order, keeping the connection alive between
// requests when the client wants that.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include "http/server_state.h"

namespace pantau::server {

void start_plain_session(ServerState& state, boost::asio::ip::tcp::socket socket);
void start_tls_session(ServerState& state, boost::asio::ip::tcp::socket socket,
                       boost::asio::ssl::context& tls);

}  // namespace pantau::server
