// The reports over attendance: the month's recap, PP 94 indications of a
// year, and how complete the roll calls are.
#include <algorithm>
#include <map>
#include <tuple>

#include "attendance/attendance_recap.h"
#include "attendance/pp94_indication.h"
#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "org/employee_kind.h"
#include "report/report_kinds.h"
#include "service/master_data.h"

namespace pantau::server::report_detail {

namespace {

using nlohmann::json;

std::map<std::string, std::vector<AttendanceDay>> days_by_employee(
    const std::vector<AttendanceFact>& facts) {
    std::map<std::string, std::vector<AttendanceDay>> out;
    for (const auto& f : facts)
        out[f.employee_id].push_back({f.date, f.status, f.minutes, f.early_minutes});
    return out;
}

// The lateness series of the band catalogue, in its order.
std::vector<std::string> series_of(const LatenessBandCatalogue& bands) {
    std::vector<std::string> out;
    for (const auto& b : bands.entries())
        if (std::find(out.begin(), out.end(), b.series) == out.end())
            out.push_back(b.series);
    return out;
}

json recap_json(const AttendanceRecap& recap, const CatalogueSet& catalogues, bool with_deduction) {
    json days = json::object();
    for (const auto& s : catalogues.attendance_statuses().entries())
        days[s.code] = 0;
    for (const auto& [code, n] : recap.days)
        days[code] = n;
    json minutes = json::object();
    for (const auto& series : series_of(catalogues.lateness_bands()))
        minutes[series] = 0;
    for (const auto& [series, n] : recap.lateness_minutes)
        minutes[series] = n;
    json bands = json::object();
    for (const auto& b : catalogues.lateness_bands().entries())
        bands[b.code] = 0;
    for (const auto& [code, n] : recap.band_days)
        bands[code] = n;
    return {{"working_days", recap.working_days},
            {"recorded_days", recap.recorded_days},
            {"unrecorded_days", recap.unrecorded_days},
            {"days", std::move(days)},
            {"lateness_minutes", std::move(minutes)},
            {"band_days", std::move(bands)},
            {"unexcused_days", recap.unexcused_days},
            {"deduction_percent",
             with_deduction ? json(percent(recap.deduction_hundredths)) : json(nullptr)}};
}

// Per unit and working day, how many of its active staff were recorded
// present (a status that counts as present): the month at a glance.
json trend(const Context& c, Date first, std::optional<Date> until,
           const std::vector<AttendanceFact>& facts,
           const std::map<std::string, std::pair<int, AttendanceRecap>>& staff_by_unit) {
    json dates = json::array();
    std::map<Date, std::size_t> index;
    std::vector<WorkCalendar> calendars;
    for (const ReportUnit* u : c.scope.units())
        if (staff_by_unit.contains(u->id))
            calendars.push_back(c.scope.unit_calendar(c.catalogues.work_calendar(), u->id));
    if (until)
        for (Date d = first; d <= *until; d = d.plus_days(1))
            if (std::any_of(calendars.begin(), calendars.end(),
                            [d](const WorkCalendar& w) { return w.is_working_day(d); })) {
                index[d] = dates.size();
                dates.push_back(d.iso());
            }
    std::map<std::string, std::vector<int>> present;
    for (const auto& f : facts) {
        const auto at = index.find(f.date);
        const ReportEmployee* e = c.scope.employee(f.employee_id);
        const AttendanceStatus* s = c.catalogues.attendance_statuses().find(f.status);
        if (at == index.end() || !e || !e->active || !s || !s->counts_as_present ||
            !staff_by_unit.contains(e->unit_id))
            continue;
        auto& counts = present[e->unit_id];
        counts.resize(dates.size());
        ++counts[at->second];
    }
    json units = json::array();
    for (const ReportUnit* u : c.scope.units()) {
        const auto staff = staff_by_unit.find(u->id);
        if (staff == staff_by_unit.end())
            continue;
        auto counts = present[u->id];
        counts.resize(dates.size());
        units.push_back({{"unit_id", u->id},
                         {"unit_name", u->name},
                         {"staff", staff->second.first},
                         {"present", counts}});
    }
    return {{"dates", std::move(dates)}, {"units", std::move(units)}};
}

std::vector<ReportColumn> staff_columns() {
    return {{"nip", "NIP", "NIP", CellType::Text},
            {"name", "Nama", "Name", CellType::Text},
            {"unit_id", "ID unit", "Unit id", CellType::Text},
            {"unit_name", "Unit", "Unit", CellType::Text}};
}

}  // namespace

Report attendance_recap(const Context& c) {
    const auto [first, last] = month_dates(*c.query.month);
    const Date today = report_today(c);
    const auto until = counted_until(first, last, today);
    Report r = start_report(c, "Rekap kehadiran bulanan", "Monthly attendance recap");
    r.filters.push_back({"Bulan", "Month", *c.query.month, ""});
    r.filters.push_back({"Dihitung sampai", "Counted up to", until ? until->iso() : "belum dimulai",
                         until ? "" : "not begun"});
    const auto& calendar = c.catalogues.work_calendar();
    r.filters.push_back(
        {"Hari libur", "Holidays",
         "holidays " + c.catalogues.holidays().version() +
             (calendar.knows_year(first.year())
                  ? ""
                  : " (tahun ini belum ada di tabel: hanya akhir pekan)"),
         "holidays " + c.catalogues.holidays().version() +
             (calendar.knows_year(first.year()) ? "" : " (year not in the table: weekends only)")});
    r.filters.push_back(
        {"Tabel potongan TPP", "TPP deduction table",
         "lateness_bands " + c.catalogues.lateness_bands().version() + ", tpp_deductions " +
             c.catalogues.tpp_deductions().version() + " (Perkada setempat: verifikasi)",
         "lateness_bands " + c.catalogues.lateness_bands().version() + ", tpp_deductions " +
             c.catalogues.tpp_deductions().version() + " (local Perkada: verify)"});

    r.columns = staff_columns();
    r.columns.push_back({"working_days", "Hari kerja", "Working days", CellType::Integer});
    r.columns.push_back({"recorded_days", "Hari tercatat", "Days recorded", CellType::Integer});
    r.columns.push_back(
        {"unrecorded_days", "Hari tidak tercatat", "Days not recorded", CellType::Integer});
    for (const auto& s : c.catalogues.attendance_statuses().entries())
        r.columns.push_back({"days." + s.code, s.label_id, s.label_en, CellType::Integer});
    for (const auto& series : series_of(c.catalogues.lateness_bands()))
        r.columns.push_back({"lateness_minutes." + series, "Menit " + series, series + " minutes",
                             CellType::Integer});
    for (const auto& b : c.catalogues.lateness_bands().entries())
        r.columns.push_back(
            {"band_days." + b.code, "Hari " + b.code, b.code + " days", CellType::Integer});
    r.columns.push_back(
        {"unexcused_days", "Tanpa keterangan (hari)", "Unexcused days", CellType::Integer});
    r.columns.push_back(
        {"deduction_percent", "Potongan TPP (%)", "TPP deduction (%)", CellType::Number});

    std::vector<AttendanceFact> facts;
    if (until)
        facts = c.tx.attendance_between(first, *until);
    const auto days = days_by_employee(facts);
    const std::vector<AttendanceDay> none;

    std::map<std::string, std::pair<int, AttendanceRecap>> totals;  // unit -> (staff, sum)
    AttendanceRecap all;
    int all_staff = 0;
    for (const ReportEmployee* e : c.scope.staff(true)) {
        const auto it = days.find(e->id);
        const WorkCalendar calendar = c.scope.calendar_of(c.catalogues.work_calendar(), *e);
        const RecapTables tables{calendar, c.catalogues.attendance_statuses(),
                                 c.catalogues.lateness_bands(), c.catalogues.tpp_deductions()};
        const AttendanceRecap recap =
            recap_attendance(first, until.value_or(first.plus_days(-1)),
                             it == days.end() ? none : it->second, tables);
        json row = {{"employee_id", e->id},
                    {"nip", e->nip},
                    {"name", e->name},
                    {"unit_id", e->unit_id},
                    {"unit_name", c.scope.unit_name(e->unit_id)}};
        row.update(recap_json(recap, c.catalogues, true));
        r.rows.push_back(std::move(row));
        auto& [staff, sum] = totals[e->unit_id];
        ++staff;
        add_to(sum, recap);
        add_to(all, recap);
        ++all_staff;
    }
    for (const ReportUnit* u : c.scope.units()) {
        const auto it = totals.find(u->id);
        if (it == totals.end())
            continue;
        json row = {{"unit_id", u->id}, {"unit_name", u->name}, {"employees", it->second.first}};
        row.update(recap_json(it->second.second, c.catalogues, false));
        r.totals.push_back(std::move(row));
    }
    if (totals.size() > 1) {
        json row = {{"unit_id", nullptr}, {"unit_name", nullptr}, {"employees", all_staff}};
        row.update(recap_json(all, c.catalogues, false));
        r.totals.push_back(std::move(row));
    }
    r.series["trend"] = trend(c, first, until, facts, totals);
    return r;
}

Report pp94_indications(const Context& c) {
    const int year = *c.query.year;
    Report r = start_report(c, "Indikasi pelanggaran disiplin jam kerja (PP 94/2021)",
                            "Indications of breaches of working hours (PP 94/2021)");
    r.filters.push_back({"Tahun", "Year", std::to_string(year), ""});
    r.filters.push_back(
        {"Ambang", "Thresholds",
         "PNS: pp94_absence_thresholds " + c.catalogues.pp94_absence_thresholds().version() +
             "; PPPK: pppk_absence_thresholds " + c.catalogues.pppk_absence_thresholds().version(),
         ""});
    r.filters.push_back({"Catatan", "Note",
                         "Indikasi untuk diperiksa atasan, bukan keputusan hukuman. 10 hari kerja "
                         "berturut-turut menghentikan pembayaran gaji mulai bulan berikutnya "
                         "(PP 94/2021 Pasal 15 ayat (2), verifikasi).",
                         "An indication for the supervisor to examine, not a sanction. 10 working "
                         "days in a row stop the salary from the next month (PP 94/2021 Article "
                         "15(2), verify)."});
    r.columns = staff_columns();
    r.columns.insert(
        r.columns.end(),
        {{"unexcused_days", "Tanpa keterangan (hari kerja)", "Unexcused working days",
          CellType::Integer},
         {"lateness_minutes", "Menit terlambat/pulang cepat", "Late/early minutes",
          CellType::Integer},
         {"lateness_days", "Setara hari (menit)", "Days from minutes", CellType::Integer},
         {"total_days", "Jumlah hari", "Total days", CellType::Integer},
         {"longest_run", "Berturut-turut terpanjang", "Longest run", CellType::Integer},
         {"consecutive", "10 hari berturut-turut", "Consecutive days rule", CellType::Flag},
         {"salary_stop_from", "Gaji dihentikan mulai", "Salary stopped from", CellType::Date},
         {"rule_set", "Aturan disiplin", "Discipline rules", CellType::Text},
         {"sanction", "Hukuman yang diindikasikan", "Indicated sanction", CellType::Text},
         {"level", "Tingkat", "Level", CellType::Text},
         {"acted_on", "Sudah ditindaklanjuti", "Acted on", CellType::Flag},
         {"case_id", "Kasus", "Case", CellType::Text},
         {"case_state", "Status kasus", "Case state", CellType::Text}});

    // Only what the indication counts: unexcused days and lateness minutes.
    const auto& statuses = c.catalogues.attendance_statuses();
    std::vector<std::string> counted;
    for (const auto& status : statuses.entries())
        if (status.unexcused_absence || status.lateness_series)
            counted.push_back(status.code);
    // December before and January after: runs that cross New Year.
    const auto facts = c.tx.attendance_between(*Date::from_ymd(year - 1, 12, 1),
                                               *Date::from_ymd(year + 1, 1, 31), counted);
    const auto days = days_by_employee(facts);

    // The case opened for an indication: the latest TK_INDICATION case of the
    // employee opened in the year or later.
    std::map<std::string, std::pair<std::int64_t, std::string>> case_of;
    for (const auto& record : c.tx.records_of_type("discipline_case")) {
        if (record.deleted || !c.scope.covers(record.unit_id))
            continue;
        Problems ignored;
        const DisciplineCase dc = DisciplineCase::from_json(record.data, ignored);
        if (dc.source != to_string(CaseSource::TK_INDICATION) ||
            c.scope.local(dc.opened_at, record.unit_id).year() < year)
            continue;
        auto& [opened, id] = case_of[dc.employee_id];
        if (id.empty() || dc.opened_at > opened)
            case_of[dc.employee_id] = {dc.opened_at, record.id};
    }

    for (const ReportEmployee* e : c.scope.staff(false)) {
        const auto it = days.find(e->id);
        if (it == days.end())
            continue;
        // PNS by PP 94/2021, PPPK by the instance's rules (PP 49/2018 Pasal 52).
        const DisciplineRules rules = c.catalogues.discipline_rules(
            employee_kind_from_string(e->kind).value_or(EmployeeKind::PNS));
        const auto& sanctions = rules.sanctions;
        const AbsenceIndication ind = indicate_absence(
            year, it->second, c.scope.calendar_of(c.catalogues.work_calendar(), *e),
            rules.thresholds, statuses);
        if (!ind.sanction && !ind.consecutive_trigger)
            continue;
        std::vector<std::string> codes;
        if (ind.sanction)
            codes.push_back(*ind.sanction);
        if (ind.consecutive_trigger && ind.consecutive_sanction)
            codes.push_back(*ind.consecutive_sanction);
        const auto indicated = heaviest(sanctions, codes);
        json sanction = indicated ? json(*indicated) : json(nullptr);
        json level = nullptr;
        if (indicated)
            if (const Sanction* s = sanctions.find(*indicated))
                level = std::string(to_string(s->level));
        json case_id = nullptr;
        json case_state = nullptr;
        if (const auto found = case_of.find(e->id); found != case_of.end()) {
            const std::string& id = found->second.second;
            case_id = id;
            case_state = std::string(to_string(current_state(case_steps(c.tx, id), sanctions)));
        }
        r.rows.push_back(
            {{"employee_id", e->id},
             {"nip", e->nip},
             {"name", e->name},
             {"unit_id", e->unit_id},
             {"unit_name", c.scope.unit_name(e->unit_id)},
             {"unexcused_days", ind.unexcused_days},
             {"lateness_minutes", ind.lateness_minutes},
             {"lateness_days", ind.lateness_days},
             {"total_days", ind.total_days},
             {"longest_run", ind.longest_consecutive_run},
             {"consecutive", ind.consecutive_trigger},
             {"salary_stop_from",
              ind.salary_stop_from ? json(ind.salary_stop_from->iso()) : json(nullptr)},
             {"rule_set", rules.rule_set.rule_set},
             {"sanction", sanction},
             {"level", level},
             {"acted_on", !case_id.is_null()},
             {"case_id", case_id},
             {"case_state", case_state}});
    }
    // Known but not acted on first, the heaviest first.
    std::stable_sort(r.rows.begin(), r.rows.end(), [](const json& a, const json& b) {
        return std::tuple(a["acted_on"].get<bool>(), -a["total_days"].get<int>()) <
               std::tuple(b["acted_on"].get<bool>(), -b["total_days"].get<int>());
    });
    return r;
}

Report completeness(const Context& c) {
    const Date today = report_today(c);
    Date first = today;
    Date last = today;
    Report r = start_report(c, "Kelengkapan pencatatan", "Completeness of the roll calls");
    if (c.query.date) {
        first = last = *c.query.date;
        r.filters.push_back({"Tanggal", "Date", first.iso(), ""});
    } else {
        const auto [month_first, month_last] = month_dates(*c.query.month);
        first = month_first;
        const auto until = counted_until(month_first, month_last, today.plus_days(1));
        last = until.value_or(month_first.plus_days(-1));
        r.filters.push_back({"Bulan", "Month", *c.query.month, ""});
        r.filters.push_back({"Dihitung sampai", "Counted up to",
                             until ? until->iso() : "belum dimulai", until ? "" : "not begun"});
    }
    constexpr std::int64_t kSilentAfterMs = 3LL * 24 * 60 * 60 * 1000;
    r.filters.push_back({"Perangkat diam", "Silent devices", "tidak sinkron lebih dari 3 hari",
                         "no sync for more than 3 days"});
    r.columns = {
        {"unit_id", "ID unit", "Unit id", CellType::Text},
        {"unit_name", "Unit", "Unit", CellType::Text},
        {"staff", "Pegawai aktif", "Active staff", CellType::Integer},
        {"working_days", "Hari kerja", "Working days", CellType::Integer},
        {"full_days", "Hari dengan absen lengkap", "Days with a full roll call", CellType::Integer},
        {"days_without_records", "Hari tanpa catatan", "Days with nothing recorded",
         CellType::Integer},
        {"records", "Catatan", "Records", CellType::Integer},
        {"nothing_recorded", "Tidak ada catatan", "Nothing recorded", CellType::Flag},
        {"device_count", "Perangkat", "Devices", CellType::Integer},
        {"last_sync", "Sinkron terakhir", "Last sync", CellType::Timestamp},
        {"silent_devices", "Perangkat diam > 3 hari", "Devices silent > 3 days", CellType::Integer},
        {"device_names", "Daftar perangkat", "Device list", CellType::Text}};

    std::vector<AttendanceFact> facts;
    if (!(last < first))
        facts = c.tx.attendance_between(first, last);
    // unit -> date -> employees recorded
    std::map<std::string, std::map<Date, std::set<std::string>>> recorded;
    std::map<std::string, int> records;
    for (const auto& f : facts) {
        recorded[f.unit_id][f.date].insert(f.employee_id);
        ++records[f.unit_id];
    }
    std::map<std::string, std::set<std::string>> active_by_unit;
    std::map<std::string, WorkCalendar> calendar_of;
    for (const ReportEmployee* e : c.scope.staff(true)) {
        active_by_unit[e->unit_id].insert(e->id);
        calendar_of.emplace(e->id, c.scope.calendar_of(c.catalogues.work_calendar(), *e));
    }

    // The devices of each unit: those of the users assigned to it.
    std::map<std::string, User> users;
    for (auto& u : c.tx.users())
        users.emplace(u.id, std::move(u));
    std::map<std::string, std::vector<Device>> devices_of;
    for (const auto& d : c.tx.devices()) {
        if (d.revoked_at)
            continue;
        const auto user = users.find(d.user_id);
        if (user == users.end())
            continue;
        for (const auto& unit : user->second.units)
            devices_of[unit].push_back(d);
    }

    for (const ReportUnit* u : c.scope.units()) {
        const auto& active = active_by_unit[u->id];
        const auto& devices = devices_of[u->id];
        if (active.empty() && devices.empty())
            continue;
        // A day counts when the unit works it; the roll call is full when
        // everyone due that day (by their roster) has a record.
        const WorkCalendar unit_days = c.scope.unit_calendar(c.catalogues.work_calendar(), u->id);
        int working_days = 0, full_days = 0, empty_days = 0;
        for (Date d = first; !(last < d); d = d.plus_days(1)) {
            std::vector<std::string> due;
            for (const auto& id : active)
                if (calendar_of.at(id).is_working_day(d))
                    due.push_back(id);
            if (!unit_days.is_working_day(d) && due.empty())
                continue;
            ++working_days;
            const auto day = recorded[u->id].find(d);
            if (day == recorded[u->id].end()) {
                ++empty_days;
                continue;
            }
            const auto on_roll = std::count_if(
                due.begin(), due.end(), [&](const auto& id) { return day->second.contains(id); });
            if (!due.empty() && static_cast<std::size_t>(on_roll) == due.size())
                ++full_days;
        }
        std::optional<std::int64_t> last_sync;
        int silent = 0;
        json device_list = json::array();
        std::string names;
        for (const auto& d : devices) {
            if (d.last_seen_at && (!last_sync || *d.last_seen_at > *last_sync))
                last_sync = d.last_seen_at;
            const bool is_silent =
                !d.last_seen_at || c.query.now - *d.last_seen_at > kSilentAfterMs;
            silent += is_silent ? 1 : 0;
            const auto user = users.find(d.user_id);
            device_list.push_back(
                {{"id", d.id},
                 {"name", d.name},
                 {"user", user == users.end() ? std::string() : user->second.name},
                 {"last_sync", d.last_seen_at ? json(format_timestamp(*d.last_seen_at)) : json()},
                 {"silent", is_silent}});
            if (!names.empty())
                names += "; ";
            names += d.name + " (" +
                     (d.last_seen_at ? format_timestamp(*d.last_seen_at) : std::string("-")) + ")";
        }
        r.rows.push_back({{"unit_id", u->id},
                          {"unit_name", u->name},
                          {"staff", static_cast<int>(active.size())},
                          {"working_days", working_days},
                          {"full_days", full_days},
                          {"days_without_records", empty_days},
                          {"records", records[u->id]},
                          {"nothing_recorded", working_days > 0 && empty_days == working_days},
                          {"device_count", static_cast<int>(devices.size())},
                          {"last_sync", last_sync ? json(format_timestamp(*last_sync)) : json()},
                          {"silent_devices", silent},
                          {"device_names", names},
                          {"devices", std::move(device_list)}});
    }
    return r;
}

}  // namespace pantau::server::report_detail
