// Secrets the server hands out (device tokens, enrolment codes) and how they
// are kept: made from the system's cryptographic randomness, stored only as
// SHA-256 hashes, so a copy of the database gives no working credential.
#pragma once

#include <string>
#include <string_view>

namespace pantau::server {

// 32 random bytes (256 bits) as 64 lowercase hex digits.
std::string new_device_token();

// A one-time enrolment code: 16 characters of Crockford's base 32 (80 bits),
// grouped for reading aloud: "K7QM-3XTP-9RWA-HC4E".
std::string new_enroll_code();

// The form a code takes before hashing: upper case, without spaces or dashes,
// O read as 0 and I or L as 1, so "k7qm 3xtp 9rwa hc4e" finds the same code.
std::string normalize_enroll_code(std::string_view code);

// SHA-256 of the text, as 64 lowercase hex digits.
std::string hash_secret(std::string_view secret);

// Compares two secrets in time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

// A random (v4) UUID for a new user, device or master-data record.
std::string new_uuid();

}  // namespace pantau::server
