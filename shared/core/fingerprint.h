// The server key's fingerprint as people compare it: the phone pins the
// SHA-256 of the server certificate's public key (SubjectPublicKeyInfo, DER),
// and the enrolment sheet prints the first 125 bits of that digest in
// Crockford's base 32, 25 characters in groups of five, so that it can be
// typed from paper like the enrolment code. Computing the digest is the
// caller's part (OpenSSL on the server, Qt on the phone); both format here.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace pantau {

inline constexpr std::size_t kFingerprintLength = 25;  // symbols, 5 bits each

// "7KQ2M-9XTPA-..." from a 32-byte SHA-256 digest; empty for another length.
std::string key_fingerprint(std::span<const std::uint8_t> sha256);

// The form a typed fingerprint is compared in: upper case, without spaces or
// dashes, O read as 0 and I or L as 1 (as enrolment codes are read).
std::string normalize_fingerprint(std::string_view typed);

}  // namespace pantau
