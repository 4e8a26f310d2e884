// Dashboard accounts and sessions. A user given a sign-in name
// (`user add --login`) and a password (`user passwd`) signs in at the
// dashboard; the password is kept as an Argon2id hash (libargon2, the
// reference implementation of the Password Hashing Competition winner), the
// session as the SHA-256 of a random cookie token, with its own CSRF token.
// Sign-in failures are rate-limited per login and per address by the caller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

// 2..64 characters of a-z, 0-9, '.', '_' and '-', starting with a letter or digit.
bool is_valid_login(std::string_view login);

// Gives the user the sign-in name; "bad_login", "login_taken", "unknown_user".
Result<void> set_login(ServerTransaction& tx, const std::string& user_id, const std::string& login);

// At least 10 and at most 256 bytes ("weak_password", "password_too_long").
Result<void> check_password(std::string_view password);

// An Argon2id hash in the encoded form ($argon2id$v=19$m=...,t=...,p=...$salt$hash).
std::string hash_password(std::string_view password);
// Whether `password` matches an encoded hash; false for a malformed one.
bool verify_password(const std::string& encoded, std::string_view password);

// Sets the password of the user with that login and ends their sessions;
// "unknown_login" when nobody has it.
Result<User> set_password(ServerTransaction& tx, const std::string& login,
                          std::string_view password);

inline constexpr std::int64_t kSessionLifetimeMs = 8LL * 3600 * 1000;  // a working day
inline constexpr std::int64_t kSessionIdleMs = 60LL * 60 * 1000;       // an hour untouched

struct NewSession {
    std::string token;  // for the cookie; only its hash is stored
    WebSession session;
    User user;
};

// The user and a fresh session when login and password match; nullopt when
// they do not (one answer for an unknown login and a wrong password, after
// the same slow hash, so neither is told apart).
std::optional<NewSession> sign_in(ServerTransaction& tx, const std::string& login,
                                  std::string_view password, const std::string& address,
                                  std::int64_t now);

struct SignedIn {
    WebSession session;
    User user;
};

// The session a cookie token names, when it exists and has neither expired
// nor been idle too long; its last use moves to `now`. An expired one is removed.
std::optional<SignedIn> session_of(ServerTransaction& tx, std::string_view token, std::int64_t now);

// Whether session_of() would write (end an expired session or move its last
// use): when not, a read transaction is enough to know who is signed in.
bool session_needs_write(ServerTransaction& tx, std::string_view token, std::int64_t now);

}  // namespace pantau::server
