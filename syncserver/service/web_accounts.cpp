#include "service/web_accounts.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

#include "service/secrets.h"

namespace pantau::server {

namespace {

// OWASP's Argon2id settings for a server: 19 MiB, 2 passes, 1 lane. About
// 50 ms here; sign-in is rate-limited, so the memory stays bounded.
constexpr std::uint32_t kTimeCost = 2;
constexpr std::uint32_t kMemoryKib = 19 * 1024;
constexpr std::uint32_t kLanes = 1;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

// A hash to verify against when the login is unknown, so both cases cost the same.
const std::string& decoy_hash() {
    static const std::string hash = hash_password("pantau-decoy-password");
    return hash;
}

}  // namespace

bool is_valid_login(std::string_view login) {
    if (login.size() < 2 || login.size() > 64)
        return false;
    const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!alnum(login.front()))
        return false;
    for (char c : login)
        if (!alnum(c) && c != '.' && c != '_' && c != '-')
            return false;
    return true;
}

Result<void> set_login(ServerTransaction& tx, const std::string& user_id,
                       const std::string& login) {
    if (!is_valid_login(login))
        return Error{"bad_login",
                     "A login is 2 to 64 characters of a-z, 0-9, '.', '_' and '-', starting "
                     "with a letter or digit; '" +
                         login + "' is not."};
    if (!tx.user(user_id))
        return Error{"unknown_user", "There is no user with id " + user_id + "."};
    if (const auto holder = tx.user_by_login(login); holder && holder->id != user_id)
        return Error{"login_taken", "The login '" + login + "' belongs to another user."};
    tx.set_user_login(user_id, login);
    return success();
}

Result<void> check_password(std::string_view password) {
    if (password.size() < 10)
        return Error{"weak_password", "A password has at least 10 characters."};
    if (password.size() > 256)
        return Error{"password_too_long", "A password has at most 256 characters."};
    return success();
}

std::string hash_password(std::string_view password) {
    std::array<unsigned char, kSaltBytes> salt{};
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        throw std::runtime_error("no randomness for a password salt");
    const std::size_t length =
        argon2_encodedlen(kTimeCost, kMemoryKib, kLanes, kSaltBytes, kHashBytes, Argon2_id);
    std::string encoded(length, '\0');
    const int rc =
        argon2id_hash_encoded(kTimeCost, kMemoryKib, kLanes, password.data(), password.size(),
                              salt.data(), salt.size(), kHashBytes, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("argon2id: ") + argon2_error_message(rc));
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool verify_password(const std::string& encoded, std::string_view password) {
    if (encoded.rfind("$argon2id$", 0) != 0)
        return false;
    return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

Result<User> set_password(ServerTransaction& tx, const std::string& login,
                          std::string_view password) {
    if (auto ok = check_password(password); !ok)
        return ok.error();
    auto user = tx.user_by_login(login);
    if (!user)
        return Error{"unknown_login", "No user has the login '" + login + "'."};
    tx.set_password_hash(user->id, hash_password(password));
    tx.end_web_sessions_of(user->id);  // a new password signs every browser out
    return *user;
}

std::optional<NewSession> sign_in(ServerTransaction& tx, const std::string& login,
                                  std::string_view password, const std::string& address,
                                  std::int64_t now) {
    const auto user = is_valid_login(login) ? tx.user_by_login(login) : std::nullopt;
    const auto hash = user ? tx.password_hash(user->id) : std::nullopt;
    const bool matches = verify_password(hash ? *hash : decoy_hash(), password);
    if (!user || !hash || !matches || password.size() > 256)
        return std::nullopt;
    NewSession out;
    out.token = new_device_token();
    out.session = {hash_secret(out.token),
                   user->id,
                   new_device_token(),
                   now,
                   now + kSessionLifetimeMs,
                   now,
                   address};
    out.user = *user;
    tx.add_web_session(out.session);
    return out;
}

std::optional<SignedIn> session_of(ServerTransaction& tx, std::string_view token,
                                   std::int64_t now) {
    if (token.size() != 64)
        return std::nullopt;
    const std::string key = hash_secret(token);
    auto session = tx.web_session(key);
    if (!session)
        return std::nullopt;
    if (now >= session->expires_at || now - session->last_seen_at >= kSessionIdleMs) {
        tx.end_web_session(key);
        return std::nullopt;
    }
    auto user = tx.user(session->user_id);
    if (!user)
        return std::nullopt;
    // Its last use, to the minute: a page of requests writes it once.
    if (now - session->last_seen_at >= 60'000) {
        tx.touch_web_session(key, now);
        session->last_seen_at = now;
    }
    return SignedIn{*session, *user};
}

bool session_needs_write(ServerTransaction& tx, std::string_view token, std::int64_t now) {
    if (token.size() != 64)
        return false;
    const auto session = tx.web_session(hash_secret(token));
    return session && (now >= session->expires_at || now - session->last_seen_at >= 60'000);
}

}  // namespace pantau::server
