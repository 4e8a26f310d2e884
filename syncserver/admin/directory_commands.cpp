// `pantau-server user add`, `enroll-code` and `device list|revoke`: who may
// sync, and taking that right away from a lost phone.
#include <map>
#include <sstream>

#include "admin/command_handlers.h"
#include "core/timestamp.h"
#include "http/tls_context.h"
#include "service/directory.h"
#include "service/web_accounts.h"
#include "sync/protocol.h"

namespace pantau::server {

namespace {

using nlohmann::json;

std::string time_or_dash(const std::optional<std::int64_t>& ms) {
    return ms ? format_timestamp(*ms) : "-";
}

// "+1h 0m 0s OFF" for a device whose clock was over 5 minutes off at its
// last push, "-12s" for one near the server's, "-" when none was reported.
std::string clock_text(const std::optional<std::int64_t>& skew_ms) {
    if (!skew_ms)
        return "-";
    const std::int64_t total_s = (*skew_ms < 0 ? -*skew_ms : *skew_ms) / 1000;
    std::string text = *skew_ms < 0 ? "-" : "+";
    if (total_s >= 3600)
        text += std::to_string(total_s / 3600) + "h ";
    if (total_s >= 60)
        text += std::to_string(total_s / 60 % 60) + "m ";
    text += std::to_string(total_s % 60) + "s";
    return sync::clock_is_off(*skew_ms) ? text + " OFF" : text;
}

}  // namespace

int run_user_add(Run& run) {
    const std::string role_text = *run.args.value("role");
    const auto role = role_from_string(role_text);
    if (!role)
        return run.fail(
            {"bad_role", "--role must be supervisor, hr or oversight, not '" + role_text + "'"});
    const std::string name = *run.args.value("name");
    const auto login = run.args.value("login");
    auto user = write<User>(run.store(), [&](ServerTransaction& tx) -> Result<User> {
        auto created = create_user(tx, name, *role, run.args.values("unit"), now_ms());
        if (!created)
            return created;
        if (login) {
            if (auto named = set_login(tx, created->id, *login); !named)
                return named.error();
            created->login = login;
        }
        audit(tx, "user_add",
              {{"new_user_id", created->id},
               {"role", role_text},
               {"units", created->units},
               {"login", login ? json(*login) : json()}});
        return created;
    });
    if (!user)
        return run.fail(user.error());
    std::string units;
    for (const auto& unit : user->units)
        units += (units.empty() ? "" : ", ") + unit;
    return run.done(to_json(*user), "User added: " + user->id + "  " + user->name + " (" +
                                        role_text + (units.empty() ? "" : "; units " + units) +
                                        ")\n");
}

int run_user_passwd(Run& run) {
    const std::string login = *run.args.value("login");
    // One line from standard input, so a password never shows in the
    // process list or the shell's history: `pantau-server user passwd
    // --login hr < file` or typed at the prompt.
    if (!run.json_output)
        run.err << "New password for " << login << " (one line): " << std::flush;
    std::string password;
    std::getline(run.in, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    auto user = write<User>(run.store(), [&](ServerTransaction& tx) -> Result<User> {
        auto changed = set_password(tx, login, password);
        if (changed)
            audit(tx, "user_passwd", {{"target_user_id", changed->id}, {"login", login}});
        return changed;
    });
    if (!user)
        return run.fail(user.error());
    return run.done({{"user_id", user->id}, {"login", login}, {"sessions_ended", true}},
                    "Password set for " + login + " (" + user->name +
                        "); their dashboard sessions are ended.\n");
}

int run_enroll_code(Run& run) {
    const std::string ttl_text = run.args.value("ttl").value_or("72h");
    const auto ttl = parse_duration_ms(ttl_text);
    if (!ttl)
        return run.fail({"bad_ttl",
                         "--ttl takes a duration such as 72h, 30m, 7d or 3600s (at "
                         "most a year), not '" +
                             ttl_text + "'"});
    // The phone pins the server's key at enrolment: the sheet carries its
    // fingerprint, read before a code is issued so that a bad file wastes none.
    std::string fingerprint;
    if (const auto cert = run.args.value("tls-cert")) {
        try {
            fingerprint = certificate_key_fingerprint(*cert);
        } catch (const std::exception& e) {
            return run.fail({"bad_certificate", e.what()});
        }
    }
    const std::string user_id = *run.args.value("user");
    const std::int64_t now = now_ms();
    std::optional<User> user;
    auto code = write<std::string>(run.store(), [&](ServerTransaction& tx) {
        auto issued = issue_enroll_code(tx, user_id, *ttl, now);
        if (issued) {
            user = tx.user(user_id);
            audit(tx, "enroll_code", {{"for_user_id", user_id}, {"expires_at", now + *ttl}});
        }
        return issued;
    });
    if (!code)
        return run.fail(code.error());
    const std::string expires = format_timestamp(now + *ttl);
    json answer = {{"code", *code},
                   {"user", user_id},
                   {"user_name", user->name},
                   {"role", to_string(user->role)},
                   {"expires_at", expires}};
    std::string text = "Enrolment code for " + user->name + " (" +
                       std::string(to_string(user->role)) + "): " + *code +
                       "\nSingle use, valid until " + expires + ".\n";
    if (!fingerprint.empty()) {
        answer["server_fingerprint"] = fingerprint;
        text += "Server fingerprint (typed on the phone with the code): " + fingerprint + "\n";
    }
    return run.done(answer, text);
}

int run_device_list(Run& run) {
    std::vector<Device> devices;
    std::map<std::string, std::string> user_names;
    run.store().read([&](ServerTransaction& tx) {
        devices = tx.devices();
        for (const auto& user : tx.users())
            user_names[user.id] = user.name;
    });
    if (!run.args.positional.empty()) {
        std::erase_if(devices, [&](const Device& d) { return d.id != run.args.positional[0]; });
        if (devices.empty())
            return run.fail(
                {"unknown_device", "There is no device with id " + run.args.positional[0] + "."});
    }
    json list = json::array();
    std::ostringstream text;
    text << pad("ID", 38) << pad("USER", 32) << pad("NAME", 22) << pad("ENROLLED", 26)
         << pad("LAST SEEN", 26) << pad("CLOCK", 18) << "STATUS\n";
    for (const auto& d : devices) {
        list.push_back(to_json(d));
        text << pad(d.id, 38) << pad(user_names[d.user_id], 32) << pad(d.name, 22)
             << pad(format_timestamp(d.enrolled_at), 26) << pad(time_or_dash(d.last_seen_at), 26)
             << pad(clock_text(d.clock_skew_ms), 18)
             << (d.revoked_at ? "revoked " + format_timestamp(*d.revoked_at) : "active") << '\n';
    }
    if (devices.empty())
        text.str("No devices are enrolled.\n");
    return run.done({{"devices", list}}, text.str());
}

int run_device_revoke(Run& run) {
    const std::string id = run.args.positional.front();
    auto revoked = write<bool>(run.store(), [&](ServerTransaction& tx) -> Result<bool> {
        const std::int64_t now = now_ms();
        if (!tx.revoke_device(id, now))
            return Error{"unknown_device", "There is no device with id " + id + "."};
        audit(tx, "device_revoke", {{"device_id", id}}, id);
        return true;
    });
    if (!revoked)
        return run.fail(revoked.error());
    return run.done({{"id", id}, {"revoked", true}},
                    "Device " + id + " is revoked; its token no longer works.\n");
}

}  // namespace pantau::server
