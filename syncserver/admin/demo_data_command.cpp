// `pantau-server demo-data`: seeds the demo kabupaten and prints its units,
// users and enrolment codes (see demo_data.h for what is seeded).
#include <map>
#include <sstream>

#include "admin/command_handlers.h"
#include "admin/demo_data.h"
#include "admin/demo_history.h"
#include "attendance/holiday.h"
#include "core/date.h"
#include "core/timestamp.h"
#include "org/timezone.h"
#include "service/directory.h"
#include "service/secrets.h"
#include "service/web_accounts.h"

namespace pantau::server {

namespace {

using nlohmann::json;

int holidays_in(int year) {
    int count = 0;
    for (const auto& holiday : holiday_catalogue().entries())
        if (holiday.date.year() == year)
            ++count;
    return count;
}

std::string holiday_note(int year) {
    const int count = holidays_in(year);
    return count > 0 ? std::to_string(count) + " national holidays and cuti bersama of " +
                           std::to_string(year) + " are in the embedded holiday calendar"
                     : "the embedded holiday calendar lists no holidays for " +
                           std::to_string(year) + ": only weekends count as days off";
}

struct WebLogin {
    std::string login;
    std::string role;
    std::string password;
};

// Sign-in names for the demo's HR and oversight users and the head of the
// first puskesmas, each with a fresh random password (80 bits, readable).
Result<std::vector<WebLogin>> demo_web_logins(ServerTransaction& tx, const DemoData& demo) {
    std::vector<WebLogin> out;
    bool supervisor = false;
    for (const auto& u : demo.users) {
        std::string login;
        if (u.user.role == Role::Hr)
            login = "hr";
        else if (u.user.role == Role::Oversight)
            login = "oversight";
        else if (!supervisor)
            login = "kapus.sukamaju", supervisor = true;
        else
            continue;
        if (auto named = set_login(tx, u.user.id, login); !named)
            return named.error();
        WebLogin l{login, std::string(to_string(u.user.role)), new_enroll_code()};
        if (auto set = set_password(tx, login, l.password); !set)
            return set.error();
        out.push_back(std::move(l));
    }
    return out;
}

json web_logins_json(const std::vector<WebLogin>& logins) {
    json out = json::array();
    for (const auto& l : logins)
        out.push_back({{"login", l.login}, {"password", l.password}, {"role", l.role}});
    return out;
}

}  // namespace

int run_demo_data(Run& run) {
    const std::int64_t now = now_ms();
    DemoHistory history;
    std::vector<WebLogin> logins;
    auto seeded = write<DemoData>(run.store(), [&](ServerTransaction& tx) -> Result<DemoData> {
        auto demo = seed_demo_data(tx, now, kDefaultEnrollTtlMs);
        if (!demo)
            return demo;
        if (!run.args.has("no-history")) {
            auto past = seed_demo_history(tx, *demo, now);
            if (!past)
                return past.error();
            history = *past;
        }
        auto web = demo_web_logins(tx, *demo);
        if (!web)
            return web.error();
        logins = std::move(*web);
        audit(tx, "demo_data",
              {{"units", demo->units.size()},
               {"employees_written", demo->employees_written},
               {"attendance_written", history.attendance},
               {"web_logins", logins.size()}});
        return demo;
    });
    if (!seeded)
        return run.fail(seeded.error());
    const DemoData& demo = *seeded;
    const int year = local_date(now, utc_offset_minutes_or_fallback(kDemoTimeZone)).year();
    const int holidays = holidays_in(year);

    json units = json::array();
    std::map<std::string, std::string> unit_names;
    for (const auto& u : demo.units) {
        unit_names[u.id] = u.name;
        units.push_back({{"id", u.id},
                         {"name", u.name},
                         {"kind", u.kind},
                         {"parent_id", u.parent_id ? json(*u.parent_id) : json(nullptr)},
                         {"timezone", u.timezone},
                         {"employees", u.employees},
                         {"created", u.created}});
    }
    json users = json::array();
    json codes = json::array();
    for (const auto& u : demo.users) {
        json user = to_json(u.user);
        user["created"] = u.created;
        users.push_back(std::move(user));
        codes.push_back({{"user", u.user.id},
                         {"user_name", u.user.name},
                         {"role", to_string(u.user.role)},
                         {"unit", u.unit ? json(*u.unit) : json(nullptr)},
                         {"code", u.code},
                         {"expires_at", format_timestamp(u.code_expires_at)}});
    }
    const json result = {
        {"units", units},
        {"users", users},
        {"enroll_codes", codes},
        {"employees", {{"total", demo.employees}, {"written", demo.employees_written}}},
        {"history",
         {{"attendance_written", history.attendance},
          {"cases_written", history.cases},
          {"evaluations_written", history.evaluations},
          {"surveys_written", history.surveys}}},
        {"web_logins", web_logins_json(logins)},
        {"holidays",
         {{"year", year},
          {"count", holidays},
          {"catalogue_version", holiday_catalogue().version()}}}};

    std::ostringstream text;
    text << "Demo kabupaten: Pemerintah Kabupaten Sukamaju\n\nUnits\n  " << pad("ID", 38)
         << pad("KIND", 11) << pad("STAFF", 7) << "NAME\n";
    for (const auto& u : demo.units) {
        const int depth = !u.parent_id ? 0 : u.kind == "PUSKESMAS" ? 2 : 1;
        text << "  " << pad(u.id, 38) << pad(u.kind, 11)
             << pad(u.employees > 0 ? std::to_string(u.employees) : "-", 7)
             << std::string(2 * depth, ' ') << u.name << (u.created ? "" : "  (existing)") << '\n';
    }
    text << "\nEmployees: " << demo.employees << " in the puskesmas and kecamatan ("
         << demo.employees_written << " new or changed on this run)\n";
    text << "\nUsers and enrolment codes (single use, valid until "
         << format_timestamp(demo.users.empty() ? now : demo.users.front().code_expires_at)
         << ")\n  " << pad("ROLE", 12) << pad("UNIT", 26) << pad("CODE", 21) << "USER\n";
    for (const auto& u : demo.users)
        text << "  " << pad(std::string(to_string(u.user.role)), 12)
             << pad(u.unit ? unit_names[*u.unit] : "(all units)", 26) << pad(u.code, 21)
             << u.user.name << (u.created ? "" : "  (existing user)") << '\n';
    text << "\nHistory: " << history.attendance << " attendance records, " << history.cases
         << " discipline cases, " << history.evaluations << " evaluations and " << history.surveys
         << " SKM responses written on this run (an earlier run's stay as they are)\n";
    text << "\nDashboard sign-in (fresh passwords on every run)\n  " << pad("LOGIN", 18)
         << pad("ROLE", 12) << "PASSWORD\n";
    for (const auto& l : logins)
        text << "  " << pad(l.login, 18) << pad(l.role, 12) << l.password << '\n';
    text << "\nHoliday calendar: " << holiday_note(year) << " (catalogue version "
         << holiday_catalogue().version() << ").\n";
    return run.done(result, text.str());
}

}  // namespace pantau::server
