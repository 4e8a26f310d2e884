// A self-signed certificate (EC P-256, CN and subjectAltName 127.0.0.1) and
// its key, made with the OpenSSL C API and written as PEM files into a fresh
// temporary directory that is removed again on destruction. Each one has a
// key of its own, unless it renews another's: the same key, a new certificate.
#pragma once

#include <filesystem>
#include <string>

namespace pantau::server::testing {

class TestCertificate {
  public:
    TestCertificate();
    // A renewal of `original`: a new serial number and validity for its key.
    struct RenewalOf {
        const TestCertificate& original;
    };
    explicit TestCertificate(RenewalOf renewal);
    ~TestCertificate();
    TestCertificate(const TestCertificate&) = delete;
    TestCertificate& operator=(const TestCertificate&) = delete;

    std::string cert_file() const { return (directory_ / "cert.pem").string(); }
    std::string key_file() const { return (directory_ / "key.pem").string(); }
    std::filesystem::path directory() const { return directory_; }

  private:
    void make(const std::string& existing_key_file, long serial);
    std::filesystem::path directory_;
};

}  // namespace pantau::server::testing
