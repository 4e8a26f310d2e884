// The server's TLS settings: TLS 1.2 or newer, with the certificate chain and
// private key read from PEM files at startup; and the fingerprint of the
// certificate's key that phones pin at enrolment (core/fingerprint.h).
#pragma once

#include <boost/asio/ssl/context.hpp>
#include <memory>
#include <string>

namespace pantau::server {

// Throws std::runtime_error naming the file when the chain or key cannot be
// loaded or do not belong together: a server must not start half-configured.
std::unique_ptr<boost::asio::ssl::context> make_tls_context(const std::string& cert_chain_file,
                                                            const std::string& private_key_file);

// The fingerprint of the public key of the first certificate in the PEM file
// (the server's own): what the enrolment sheet prints and the phone checks.
// It stays the same when the certificate is renewed with the same key.
// Throws std::runtime_error naming the file when it holds no certificate.
std::string certificate_key_fingerprint(const std::string& cert_file);

}  // namespace pantau::server
