#include "admin/command_run.h"

#include <chrono>

namespace pantau::server {

namespace {

constexpr std::string_view kAdminUser = "admin";
constexpr std::string_view kAdminAddress = "cli";

}  // namespace

std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Run::Run(Arguments arguments, std::ostream& out, std::ostream& err, std::istream& in)
    : args(std::move(arguments)), out(out), err(err), in(in), json_output(args.has("json")) {}

ServerStore& Run::store() {
    if (!store_)
        store_ = open_store(args.value("store").value_or(std::string(kDefaultStore)));
    return *store_;
}

int Run::done(const nlohmann::json& result, const std::string& text) {
    if (json_output)
        out << print(result) << '\n';
    else
        out << text;
    return 0;
}

int Run::fail(const Error& error, nlohmann::json extra) {
    err << "pantau-server: " << error.message << '\n';
    if (json_output) {
        extra["error"] = {{"code", error.code}, {"message", error.message}};
        out << print(extra) << '\n';
    }
    return 1;
}

void audit(ServerTransaction& tx, std::string action, nlohmann::json detail,
           std::string device_id) {
    AuditEntry entry;
    entry.at = now_ms();
    entry.user_id = std::string(kAdminUser);
    entry.device_id = std::move(device_id);
    entry.address = std::string(kAdminAddress);
    entry.action = std::move(action);
    entry.detail = std::move(detail);
    tx.add_audit(entry);
}

std::string print(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string pad(std::string text, std::size_t width) {
    std::size_t chars = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++chars;  // continuation bytes belong to the character before
    if (chars < width)
        text.append(width - chars, ' ');
    return text;
}

}  // namespace pantau::server
