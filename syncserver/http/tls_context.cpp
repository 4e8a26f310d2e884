#include "http/tls_context.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <boost/system/system_error.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/fingerprint.h"

namespace pantau::server {

namespace ssl = boost::asio::ssl;

namespace {

// OpenSSL reports a missing file as a vague "asio.ssl error"; checking
// first gives the operator the real reason.
void require_readable(const std::string& path, const std::string& what) {
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot read the TLS " + what + " file '" + path +
                                 "': " + std::strerror(errno));
    }
}

struct FileClose {
    void operator()(std::FILE* file) const { std::fclose(file); }
};
struct CertFree {
    void operator()(X509* cert) const { X509_free(cert); }
};

}  // namespace

std::unique_ptr<ssl::context> make_tls_context(const std::string& cert_chain_file,
                                               const std::string& private_key_file) {
    if (cert_chain_file.empty() || private_key_file.empty()) {
        throw std::runtime_error("TLS needs both a certificate chain file and a private key file");
    }
    auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                         ssl::context::no_sslv3 | ssl::context::no_tlsv1 |
                         ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    if (SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION) != 1) {
        throw std::runtime_error("cannot require TLS 1.2 or newer");
    }
    require_readable(cert_chain_file, "certificate chain");
    require_readable(private_key_file, "private key");
    try {
        context->use_certificate_chain_file(cert_chain_file);
    } catch (const boost::system::system_error& e) {
        throw std::runtime_error("cannot load the TLS certificate chain from '" + cert_chain_file +
                                 "': " + e.code().message() + " (not PEM?)");
    }
    try {
        context->use_private_key_file(private_key_file, ssl::context::pem);
    } catch (const boost::system::system_error& e) {
        throw std::runtime_error("cannot load the TLS private key from '" + private_key_file +
                                 "': " + e.code().message() +
                                 " (not PEM, or not this certificate's key?)");
    }
    if (SSL_CTX_check_private_key(context->native_handle()) != 1) {
        throw std::runtime_error("the TLS private key '" + private_key_file +
                                 "' does not match the certificate in '" + cert_chain_file + "'");
    }
    return context;
}

std::string certificate_key_fingerprint(const std::string& cert_file) {
    require_readable(cert_file, "certificate chain");
    std::unique_ptr<std::FILE, FileClose> file(std::fopen(cert_file.c_str(), "rb"));
    std::unique_ptr<X509, CertFree> cert(file ? PEM_read_X509(file.get(), nullptr, nullptr, nullptr)
                                              : nullptr);
    if (!cert)
        throw std::runtime_error("no PEM certificate in '" + cert_file + "'");
    // The DER of the SubjectPublicKeyInfo: algorithm and key, nothing that
    // changes when the certificate is renewed for the same key.
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), nullptr);
    if (length <= 0)
        throw std::runtime_error("the certificate in '" + cert_file + "' has no public key");
    std::vector<unsigned char> der(static_cast<std::size_t>(length));
    unsigned char* out = der.data();
    i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &out);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_length = 0;
    if (EVP_Digest(der.data(), der.size(), digest, &digest_length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return key_fingerprint(std::span<const std::uint8_t>(digest, digest_length));
}

}  // namespace pantau::server
