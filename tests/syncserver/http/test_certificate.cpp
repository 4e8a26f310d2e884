#include "syncserver/http/test_certificate.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>
#include <random>
#include <stdexcept>

namespace pantau::server::testing {
namespace {

struct KeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertFree {
    void operator()(X509* cert) const { X509_free(cert); }
};
struct ExtensionFree {
    void operator()(X509_EXTENSION* extension) const { X509_EXTENSION_free(extension); }
};
struct FileClose {
    void operator()(std::FILE* file) const { std::fclose(file); }
};

void require(bool ok, const char* what) {
    if (!ok) {
        throw std::runtime_error(std::string("making the test certificate failed: ") + what);
    }
}

std::unique_ptr<std::FILE, FileClose> open_for_writing(const std::filesystem::path& path) {
    std::unique_ptr<std::FILE, FileClose> file(std::fopen(path.c_str(), "wb"));
    require(file != nullptr, "cannot create a PEM file");
    return file;
}

void add_extension(X509* cert, int nid, const char* value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtensionFree> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    require(extension != nullptr, "X509V3_EXT_conf_nid");
    require(X509_add_ext(cert, extension.get(), -1) == 1, "X509_add_ext");
}

}  // namespace

TestCertificate::TestCertificate() {
    make({}, 1);
}

TestCertificate::TestCertificate(RenewalOf renewal) {
    make(renewal.original.key_file(), 2);
}

void TestCertificate::make(const std::string& existing_key_file, long serial) {
    std::random_device random;
    directory_ = std::filesystem::temp_directory_path() /
                 ("pantau-tls-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(directory_);

    std::unique_ptr<EVP_PKEY, KeyFree> key;
    if (existing_key_file.empty()) {
        key.reset(EVP_EC_gen("P-256"));
        require(key != nullptr, "EVP_EC_gen");
    } else {
        std::unique_ptr<std::FILE, FileClose> key_in(std::fopen(existing_key_file.c_str(), "rb"));
        require(key_in != nullptr, "cannot open the key to renew");
        key.reset(PEM_read_PrivateKey(key_in.get(), nullptr, nullptr, nullptr));
        require(key != nullptr, "PEM_read_PrivateKey");
    }
    std::unique_ptr<X509, CertFree> cert(X509_new());
    require(cert != nullptr, "X509_new");
    require(X509_set_version(cert.get(), 2) == 1, "X509_set_version");
    require(ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial) == 1, "serial number");
    require(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr, "notBefore");
    require(X509_gmtime_adj(X509_getm_notAfter(cert.get()), serial * 24 * 3600) != nullptr,
            "notAfter");
    require(X509_set_pubkey(cert.get(), key.get()) == 1, "X509_set_pubkey");
    X509_NAME* name = X509_get_subject_name(cert.get());
    require(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                       reinterpret_cast<const unsigned char*>("127.0.0.1"), -1, -1,
                                       0) == 1,
            "subject name");
    require(X509_set_issuer_name(cert.get(), name) == 1, "issuer name");
    add_extension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1");
    add_extension(cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    require(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "X509_sign");

    auto cert_out = open_for_writing(cert_file());
    require(PEM_write_X509(cert_out.get(), cert.get()) == 1, "PEM_write_X509");
    auto key_out = open_for_writing(key_file());
    require(
        PEM_write_PrivateKey(key_out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1,
        "PEM_write_PrivateKey");
}

TestCertificate::~TestCertificate() {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
}

}  // namespace pantau::server::testing
