#include "attendance/duty_roster.h"

#include <cctype>
#include <cstdio>

#include "clock/uuid.h"
#include "core/json_fields.h"
#include "core/timestamp.h"
#include "records/field_checks.h"

namespace pantau {

namespace {

bool is_clock_time(const std::string& text) {
    return text.size() == 5 && text[2] == ':' &&
           std::isdigit(static_cast<unsigned char>(text[0])) &&
           std::isdigit(static_cast<unsigned char>(text[1])) &&
           std::isdigit(static_cast<unsigned char>(text[3])) &&
           std::isdigit(static_cast<unsigned char>(text[4])) && std::stoi(text.substr(0, 2)) < 24 &&
           std::stoi(text.substr(3, 2)) < 60;
}

}  // namespace

DutyShift DutyShift::read(FieldReader& r, Problems& problems) {
    DutyShift shift;
    shift.code = r.string("code");
    shift.label_id = r.string("label_id");
    shift.label_en = r.string("label_en");
    shift.on_duty = r.boolean("on_duty");
    shift.start = r.optional_string("start");
    shift.end = r.optional_string("end");
    for (const auto* time : {&shift.start, &shift.end})
        if (*time && !is_clock_time(**time))
            add_problem(problems, r.path(time == &shift.start ? "start" : "end"), "invalid_time",
                        "Jam harus berbentuk HH:MM.", "A time is written HH:MM.");
    return shift;
}

const DutyShiftCatalogue& duty_shift_catalogue() {
    static const DutyShiftCatalogue catalogue =
        DutyShiftCatalogue::from_file(embedded_catalogue("duty_shifts"));
    return catalogue;
}

std::optional<std::pair<int, int>> parse_year_month(std::string_view text) {
    if (text.size() != 7 || text[4] != '-')
        return std::nullopt;
    const std::string iso = std::string(text) + "-01";
    const auto first = Date::parse(iso);
    if (!first)
        return std::nullopt;
    return std::pair{first->year(), first->month()};
}

std::string DutyRoster::month_text() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    return text;
}

DutyRoster DutyRoster::from_json(const nlohmann::json& data, Problems& problems) {
    FieldReader r(data, problems, "data");
    DutyRoster roster;
    roster.employee_id = r.string("employee_id");
    const std::string month = r.string("month");
    if (const auto ym = parse_year_month(month)) {
        roster.year = ym->first;
        roster.month = ym->second;
    } else if (!month.empty()) {
        add_problem(problems, r.path("month"), "invalid_month", "Bulan harus berbentuk YYYY-MM.",
                    "The month is written YYYY-MM.");
    }
    if (const auto* days = r.object("days")) {
        if (days->size() > 31) {
            add_problem(problems, r.path("days"), "too_many",
                        "Jadwal satu bulan paling banyak 31 hari.",
                        "A month's roster has at most 31 days.");
        } else {
            for (const auto& [key, value] : days->items()) {
                const auto date = Date::parse(key);
                if (!date || !value.is_string()) {
                    add_problem(problems, r.path("days") + "." + key, "invalid_day",
                                "Setiap hari jadwal berupa tanggal YYYY-MM-DD dan kode jadwal.",
                                "Each roster day is a YYYY-MM-DD date with a shift code.");
                    continue;
                }
                roster.shifts[*date] = value.get<std::string>();
            }
        }
    }
    roster.note = r.optional_string("note");
    roster.recorded_at = r.timestamp("recorded_at");
    r.reject_unknown();
    return roster;
}

nlohmann::json DutyRoster::to_json() const {
    nlohmann::json days = nlohmann::json::object();
    for (const auto& [date, shift] : shifts)
        days[date.iso()] = shift;
    nlohmann::json j = {{"employee_id", employee_id},
                        {"month", month_text()},
                        {"days", std::move(days)},
                        {"recorded_at", format_timestamp(recorded_at)}};
    if (note)
        j["note"] = *note;
    return j;
}

Problems DutyRoster::validate() const {
    return validate(duty_shift_catalogue());
}

Problems DutyRoster::validate(const DutyShiftCatalogue& catalogue) const {
    Problems problems;
    check_uuid(problems, "data.employee_id", employee_id);
    for (const auto& [date, shift] : shifts) {
        const std::string field = "data.days." + date.iso();
        if (date.year() != year || date.month() != month)
            add_problem(problems, field, "outside_month",
                        "Tanggal " + date.iso() + " di luar bulan " + month_text() + ".",
                        "The date " + date.iso() + " is outside the month " + month_text() + ".");
        if (!catalogue.find(shift))
            add_problem(problems, field, "unknown_value",
                        "Kode jadwal dinas '" + shift.substr(0, 40) + "' tidak dikenal.",
                        "Duty shift code '" + shift.substr(0, 40) + "' is not known.");
    }
    if (note)
        check_max_length(problems, "data.note", *note, kMaxNoteLength);
    return problems;
}

std::string duty_roster_id(std::string_view unit_id, std::string_view employee_id, int year,
                           int month) {
    char ym[16];
    std::snprintf(ym, sizeof ym, "%04d-%02d", year, month);
    std::string name = "duty_roster/";
    name.append(unit_id).append("/").append(employee_id).append("/").append(ym);
    return uuid_v5(kPantauNamespace, name);
}

std::map<Date, bool> duty_days(const std::vector<DutyRoster>& rosters,
                               const DutyShiftCatalogue& catalogue) {
    std::map<Date, bool> days;
    for (const auto& roster : rosters)
        for (const auto& [date, code] : roster.shifts)
            if (const auto* shift = catalogue.find(code))
                days[date] = shift->on_duty;
    return days;
}

}  // namespace pantau
