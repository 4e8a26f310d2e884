// `pantau-server demo-data`: seeds the demo kabupaten and prints its units,
// users and enrolment codes (see demo_data.h for what is seeded).
#include <map>
#include <sstream>

#include "admin/command_handlers.h"
#include "admin/demo_data.h"
#include "attendance/holiday.h"
#include "core/date.h"
#include "core/timestamp.h"
#include "org/timezone.h"
#include "service/directory.h"

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

}  // namespace

int run_demo_data(Run& run) {
    const std::int64_t now = now_ms();
    auto seeded = write<DemoData>(run.store(), [&](ServerTransaction& tx) -> Result<DemoData> {
        auto demo = seed_demo_data(tx, now, kDefaultEnrollTtlMs);
        if (demo)
            audit(tx, "demo_data",
                  {{"units", demo->units.size()}, {"employees_written", demo->employees_written}});
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
    text << "\nHoliday calendar: " << holiday_note(year) << " (catalogue version "
         << holiday_catalogue().version() << ").\n";
    return run.done(result, text.str());
}

}  // namespace pantau::server
