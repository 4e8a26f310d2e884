#include "service/secrets.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <cctype>
#include <stdexcept>

#include "clock/uuid.h"
#include "core/fingerprint.h"
#include "core/text.h"

namespace pantau::server {

namespace {

template <std::size_t N>
std::array<std::uint8_t, N> random_bytes() {
    std::array<std::uint8_t, N> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("the system's random number generator failed");
    return bytes;
}

// Crockford's base 32: no I, L, O or U, so a code read aloud or typed from
// paper survives; 32 symbols carry 5 bits each.
constexpr std::string_view kCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

}  // namespace

std::string new_device_token() {
    const auto bytes = random_bytes<32>();
    return to_hex(bytes);
}

std::string new_enroll_code() {
    static_assert(kCodeAlphabet.size() == 32);
    const auto bytes = random_bytes<16>();
    std::string code;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code.push_back('-');
        code.push_back(kCodeAlphabet[bytes[i] & 0x1f]);
    }
    return code;
}

std::string normalize_enroll_code(std::string_view code) {
    return normalize_fingerprint(code);  // the same symbols, typed and misread alike
}

std::string hash_secret(std::string_view secret) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(secret.data(), secret.size(), digest, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return to_hex(std::span<const std::uint8_t>(digest, length));
}

std::string new_uuid() {
    const auto bytes = random_bytes<16>();
    return uuid_v4(bytes);
}

bool same_secret(std::string_view a, std::string_view b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace pantau::server
