// What every administration command shares: its parsed flags, where it
// prints (one JSON object with --json, readable text without), the store
// named by --store, write transactions that roll back on an expected
// failure, and the audit line each change leaves.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

#include "admin/arguments.h"
#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

inline constexpr std::string_view kDefaultStore = "sqlite:pantau.db";

std::int64_t now_ms();

// One run of one command. The store opens on first use, so a usage error
// never creates a database file.
class Run {
  public:
    Run(Arguments args, std::ostream& out, std::ostream& err, std::istream& in);

    Arguments args;
    std::ostream& out;
    std::ostream& err;
    std::istream& in;
    bool json_output;

    ServerStore& store();

    // Prints the result (JSON or text); exit code 0.
    int done(const nlohmann::json& result, const std::string& text);
    // Prints the failure on stderr, and as {"error": ...} on stdout with
    // --json; `extra` adds fields to that object. Exit code 1.
    int fail(const Error& error, nlohmann::json extra = nlohmann::json::object());

  private:
    std::unique_ptr<ServerStore> store_;
};

// Thrown through the store to undo a write whose work failed.
struct Rollback {
    Error error;
};

// Runs `work` in a write transaction; when it returns an error, everything it
// did is undone and the error comes back.
template <typename T>
Result<T> write(ServerStore& store, const std::function<Result<T>(ServerTransaction&)>& work) {
    std::optional<Result<T>> result;
    try {
        store.write([&](ServerTransaction& tx) {
            auto outcome = work(tx);
            if (!outcome)
                throw Rollback{outcome.error()};
            result.emplace(std::move(outcome));
        });
    } catch (const Rollback& rollback) {
        return rollback.error;
    }
    return std::move(*result);
}

// An audit line for an administrator's action at the command line
// (user "admin", address "cli").
void audit(ServerTransaction& tx, std::string action, nlohmann::json detail,
           std::string device_id = {});

// JSON for printing; invalid UTF-8 in stored text is replaced, not fatal.
std::string print(const nlohmann::json& j);

// `text` padded with spaces to `width` characters (not bytes), for tables.
std::string pad(std::string text, std::size_t width);

}  // namespace pantau::server
