#include "service/export.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "attendance/attendance.h"
#include "core/timestamp.h"
#include "discipline/discipline_case.h"
#include "discipline/discipline_event.h"
#include "discipline/event_order.h"
#include "evaluation/evaluation.h"
#include "org/employee.h"
#include "org/timezone.h"
#include "org/unit.h"
#include "org/unit_tree.h"
#include "records/case_decision.h"
#include "service/master_data.h"
#include "service/table.h"
#include "survey/skm.h"
#include "survey/survey_response.h"

namespace pantau::server {

namespace {

using nlohmann::json;

struct UnitInfo {
    std::string name;
    int utc_offset_minutes = utc_offset_minutes_or_fallback(kFallbackTimeZone);
};

struct EmployeeInfo {
    std::string nip;
    std::string name;
};

// Numbers in sort keys, zero-padded so that text order is number order.
std::string padded(std::int64_t n) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%020lld", static_cast<long long>(n));
    return buffer;
}

json optional_json(const auto& value) {
    return value ? json(*value) : json(nullptr);
}

std::string string_field(const json& object, const char* name) {
    if (!object.is_object())
        return {};
    auto it = object.find(name);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

// What every table needs: names of units and employees, the units in
// scope, and the date range.
class Source {
  public:
    Source(ServerTransaction& tx, const ExportQuery& query) : tx_(&tx), query_(query) {}

    // A stream reads each page in a transaction of its own.
    void use(ServerTransaction& tx) { tx_ = &tx; }

    Result<void> load(const std::optional<std::set<std::string>>& visible) {
        std::vector<UnitTree::Link> links;
        for (const auto& unit : tx_->records_of_type("unit")) {
            if (unit.deleted)
                continue;
            Problems ignored;
            const Unit u = Unit::from_json(unit.data, ignored);
            units_[unit.id] = {u.name, unit_utc_offset_minutes(unit.data)};
            links.emplace_back(unit.id, u.parent_id);
        }
        for (const auto& e : tx_->records_of_type("employee"))
            if (!e.deleted)
                employees_[e.id] = {string_field(e.data, "nip"), string_field(e.data, "name")};
        allowed_ = visible;
        if (query_.unit) {
            if (!units_.contains(*query_.unit))
                return Error{"unknown_unit", "There is no unit with id " + *query_.unit + "."};
            if (visible && !visible->contains(*query_.unit))
                return Error{"outside_scope",
                             "Unit " + *query_.unit + " is outside the units you may see."};
            std::set<std::string> subtree;
            for (auto& id : UnitTree(links).subtree(*query_.unit))
                if (!visible || visible->contains(id))
                    subtree.insert(std::move(id));
            allowed_ = std::move(subtree);
        }
        return success();
    }

    ServerTransaction& tx() { return *tx_; }

    bool in_scope(const std::string& unit) const { return !allowed_ || allowed_->contains(unit); }
    bool in_range(Date date) const {
        return (!query_.from || *query_.from <= date) && (!query_.to || date <= *query_.to);
    }
    bool has_dates() const { return query_.from || query_.to; }
    bool overlaps(Date first, Date last) const {
        return (!query_.from || *query_.from <= last) && (!query_.to || first <= *query_.to);
    }
    // The local date of an instant at the unit.
    Date local(std::int64_t unix_ms, const std::string& unit) const {
        auto it = units_.find(unit);
        return local_date(unix_ms, it == units_.end()
                                       ? utc_offset_minutes_or_fallback(kFallbackTimeZone)
                                       : it->second.utc_offset_minutes);
    }
    std::string unit_name(const std::string& unit) const {
        auto it = units_.find(unit);
        return it == units_.end() ? std::string{} : it->second.name;
    }
    EmployeeInfo employee(const std::string& id) const {
        auto it = employees_.find(id);
        return it == employees_.end() ? EmployeeInfo{} : it->second;
    }

  private:
    ServerTransaction* tx_;
    ExportQuery query_;
    std::map<std::string, UnitInfo> units_;
    std::map<std::string, EmployeeInfo> employees_;
    std::optional<std::set<std::string>> allowed_;
};

// The current, undeleted records of `type` inside the scope.
std::vector<sync::Change> current_records(Source& source, const std::string& type) {
    std::vector<sync::Change> out;
    for (auto& change : source.tx().records_of_type(type))
        if (!change.deleted && source.in_scope(change.unit_id))
            out.push_back(std::move(change));
    return out;
}

const std::vector<std::string>& attendance_columns() {
    static const std::vector<std::string> columns = {
        "id",          "unit_id", "unit_name", "employee_id",   "nip",        "employee_name",
        "date",        "status",  "minutes",   "early_minutes", "leave_kind", "note",
        "recorded_at", "version", "origin"};
    return columns;
}

// One attendance record as a row of the export, when it is in the range.
void add_attendance_row(Table& t, const Source& source, const sync::Change& change) {
    Problems ignored;
    const Attendance a = Attendance::from_json(change.data, ignored);
    if (!source.in_range(a.date))
        return;
    const EmployeeInfo e = source.employee(a.employee_id);
    const std::string unit_name = source.unit_name(change.unit_id);
    t.add(
        {a.date.iso(), unit_name, change.unit_id, e.nip, change.id},
        {change.id, change.unit_id, unit_name, a.employee_id, e.nip, e.name, a.date.iso(), a.status,
         optional_json(a.minutes), optional_json(a.early_minutes), optional_json(a.leave_kind),
         optional_json(a.note), format_timestamp(a.recorded_at), change.version, change.origin});
}

Table attendance_table(Source& source) {
    Table t{attendance_columns(), {}};
    for (const auto& change : current_records(source, "attendance"))
        add_attendance_row(t, source, change);
    return t;
}

void sort_rows(Table& table) {
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
}

// The attendance export a day at a time, in the order of the whole export
// (date, then unit, NIP, id): each day's rows are read, sorted and written
// in a read transaction of their own, so memory holds one day of a
// kabupaten, never the year.
class AttendanceStream final : public BodySource {
  public:
    AttendanceStream(ServerStore& store, Source source, ExportFormat format, CsvStyle style,
                     Date first, Date last, std::function<void(std::size_t)> finished)
        : store_(store),
          source_(std::move(source)),
          format_(format),
          style_(style),
          day_(first),
          last_(last),
          finished_(std::move(finished)) {}

    std::optional<std::string> next() override {
        if (done_)
            return std::nullopt;
        std::string out;
        if (!started_) {
            started_ = true;
            if (format_ == ExportFormat::Csv) {
                Table header{attendance_columns(), {}};
                out = render_csv(header, style_);
            } else {
                out = "{\"type\":\"attendance\",\"columns\":" + json(attendance_columns()).dump() +
                      ",\"rows\":[";
            }
        }
        // Up to a month of days, or about 256 KiB, per piece.
        for (int days = 0; days < 31 && out.size() < 256 * 1024 && !(last_ < day_); ++days) {
            Table t{attendance_columns(), {}};
            store_.read([&](ServerTransaction& tx) {
                source_.use(tx);
                for (const auto& change : tx.attendance_records_on(day_))
                    if (source_.in_scope(change.unit_id))
                        add_attendance_row(t, source_, change);
            });
            sort_rows(t);
            for (const auto& [key, cells] : t.rows) {
                if (format_ == ExportFormat::Csv) {
                    out += csv_line(cells, style_);
                } else {
                    json row = json::object();
                    for (std::size_t i = 0; i < cells.size(); ++i)
                        row[t.columns[i]] = cells[i];
                    out += (rows_ ? "," : "") +
                           row.dump(-1, ' ', false, json::error_handler_t::replace);
                }
                ++rows_;
            }
            day_ = day_.plus_days(1);
        }
        if (last_ < day_) {
            done_ = true;
            if (format_ == ExportFormat::Json)
                out += "],\"count\":" + std::to_string(rows_) + "}";
            if (finished_)
                finished_(rows_);
        }
        return out;
    }

  private:
    ServerStore& store_;
    Source source_;
    ExportFormat format_;
    CsvStyle style_;
    Date day_;
    Date last_;
    std::function<void(std::size_t)> finished_;
    bool started_ = false;
    bool done_ = false;
    std::size_t rows_ = 0;
};

Table discipline_table(Source& source) {
    Table t{
        {"id",           "unit_id",     "unit_name", "employee_id",    "nip",      "employee_name",
         "opened_at",    "opened_date", "article",   "level_estimate", "source",   "summary",
         "state",        "events",      "last_step", "last_event_at",  "sanction", "rule_set",
         "close_reason", "version",     "origin"},
        {}};
    // A case's state counts with the sanctions in force, as the server checked its steps.
    const auto catalogues = catalogues_in_force(source.tx());
    for (const auto& change : current_records(source, "discipline_case")) {
        Problems ignored;
        const DisciplineCase c = DisciplineCase::from_json(change.data, ignored);
        const Date opened = source.local(c.opened_at, change.unit_id);
        if (!source.in_range(opened))
            continue;
        const auto events = case_steps(source.tx(), change.id);
        // The decision's, or the one an objection or appeal changed it to;
        // none once annulled or closed early.
        const auto& sanctions = catalogues->sanctions_of(events);
        const std::optional<std::string> sanction = sanction_in_force(events, sanctions);
        json last_step = nullptr;
        json last_at = nullptr;
        if (!events.empty()) {
            last_step = std::string(to_string(events.back().step));
            last_at = format_timestamp(events.back().at);
        }
        const EmployeeInfo e = source.employee(c.employee_id);
        const std::string unit_name = source.unit_name(change.unit_id);
        t.add({opened.iso(), unit_name, change.unit_id, e.nip, padded(c.opened_at), change.id},
              {change.id,
               change.unit_id,
               unit_name,
               c.employee_id,
               e.nip,
               e.name,
               format_timestamp(c.opened_at),
               opened.iso(),
               c.article,
               c.level_estimate,
               optional_json(c.source),
               c.summary,
               std::string(to_string(current_state(events, sanctions))),
               static_cast<std::int64_t>(events.size()),
               last_step,
               last_at,
               optional_json(sanction),
               c.rule_set.value_or(std::string(kPp94RuleSet)),
               optional_json(close_reason_of(events)),
               change.version,
               change.origin});
    }
    return t;
}

Table evaluation_table(Source& source) {
    Table t{{"id", "unit_id", "unit_name", "employee_id", "nip", "employee_name", "period",
             "hasil_kerja", "perilaku", "predikat", "state", "evaluator", "supersedes",
             "superseded", "version", "origin"},
            {}};
    const auto records = current_records(source, "evaluation");
    std::set<std::string> superseded;
    for (const auto& change : records)
        if (auto s = string_field(change.data, "supersedes"); !s.empty())
            superseded.insert(s);
    for (const auto& change : records) {
        Problems ignored;
        const Evaluation ev = Evaluation::from_json(change.data, ignored);
        // An evaluation belongs to the dates its period covers.
        const auto dates = evaluation_period_dates(ev.period);
        if ((source.has_dates() && !dates) ||
            (dates && !source.overlaps(dates->first, dates->second)))
            continue;
        const Predikat predikat =
            ev.predikat.value_or(pantau::predikat(ev.hasil_kerja, ev.perilaku));
        const EmployeeInfo e = source.employee(ev.employee_id);
        const std::string unit_name = source.unit_name(change.unit_id);
        t.add({ev.period, unit_name, change.unit_id, e.nip, change.id},
              {change.id, change.unit_id, unit_name, ev.employee_id, e.nip, e.name, ev.period,
               std::string(to_string(ev.hasil_kerja)), std::string(to_string(ev.perilaku)),
               std::string(to_string(predikat)), std::string(to_string(ev.state)),
               optional_json(ev.evaluator), optional_json(ev.supersedes),
               superseded.contains(change.id), change.version, change.origin});
    }
    return t;
}

Table survey_table(Source& source) {
    Table t{{"id", "unit_id", "unit_name", "collected_at", "collected_date"}, {}};
    for (const auto& element : skm_elements().elements())
        t.columns.push_back(element.code);
    for (const char* column : {"respondent_age", "respondent_gender", "respondent_education",
                               "respondent_occupation", "version", "origin"})
        t.columns.push_back(column);
    for (const auto& change : current_records(source, "survey_response")) {
        Problems ignored;
        const SurveyResponse s = SurveyResponse::from_json(change.data, ignored);
        const Date collected = source.local(s.collected_at, change.unit_id);
        if (!source.in_range(collected))
            continue;
        const std::string unit_name = source.unit_name(change.unit_id);
        std::vector<json> cells = {change.id, change.unit_id, unit_name,
                                   format_timestamp(s.collected_at), collected.iso()};
        for (const auto& score : s.scores)
            cells.push_back(optional_json(score));
        const RespondentProfile profile = s.respondent.value_or(RespondentProfile{});
        cells.push_back(optional_json(profile.age));
        cells.push_back(profile.gender ? json(std::string(to_string(*profile.gender))) : json());
        cells.push_back(optional_json(profile.education));
        cells.push_back(optional_json(profile.occupation));
        cells.push_back(change.version);
        cells.push_back(change.origin);
        t.add({collected.iso(), unit_name, change.unit_id, padded(s.collected_at), change.id},
              std::move(cells));
    }
    return t;
}

// Calls `each` on every entry of a log, read a page at a time.
template <class ReadPage, class Each>
void each_in_pages(ReadPage read_page, Each each) {
    constexpr std::size_t kPage = 1000;
    std::int64_t after = 0;
    for (;;) {
        auto page = read_page(after, kPage);
        for (const auto& entry : page) {
            after = entry.id;
            each(entry);
        }
        if (page.size() < kPage)
            return;
    }
}

Table conflicts_table(Source& source) {
    Table t{{"id", "type", "record_id", "unit_id", "unit_name", "winner_version", "winner_origin",
             "loser_version", "loser_origin", "detected_at"},
            {}};
    each_in_pages(
        [&](std::int64_t after, std::size_t limit) {
            return source.tx().conflicts_after(after, std::nullopt, limit);
        },
        [&](const StoredConflict& stored) {
            const auto& [id, c] = stored;
            if (!source.in_scope(c.unit_id) ||
                !source.in_range(source.local(c.detected_at, c.unit_id)))
                return;
            const std::string unit_name = source.unit_name(c.unit_id);
            t.add({padded(c.detected_at), padded(id)},
                  {std::to_string(id), c.type, c.record_id, c.unit_id, unit_name, c.winner.version,
                   c.winner.origin, c.loser.version, c.loser.origin,
                   format_timestamp(c.detected_at)});
        });
    return t;
}

Table rejected_table(Source& source) {
    Table t{
        {"id", "device_id", "batch", "change_id", "type", "unit_id", "unit_name", "reason", "at"},
        {}};
    each_in_pages([&](std::int64_t after,
                      std::size_t limit) { return source.tx().rejections_after(after, limit); },
                  [&](const StoredRejection& stored) {
                      const auto& [id, r] = stored;
                      // A rejected change may be malformed: its fields are read as far as they
                      // exist.
                      const std::string unit = string_field(r.change, "unit_id");
                      if (!source.in_scope(unit) || !source.in_range(source.local(r.at, unit)))
                          return;
                      t.add({padded(r.at), padded(id)},
                            {std::to_string(id), r.device_id, r.batch, string_field(r.change, "id"),
                             string_field(r.change, "type"), unit, source.unit_name(unit), r.reason,
                             format_timestamp(r.at)});
                  });
    return t;
}

constexpr std::pair<std::string_view, ExportType> kTypes[] = {
    {"attendance", ExportType::Attendance}, {"discipline", ExportType::Discipline},
    {"evaluation", ExportType::Evaluation}, {"survey", ExportType::Survey},
    {"conflicts", ExportType::Conflicts},   {"rejected", ExportType::Rejected},
};

std::string_view type_name(ExportType type) {
    for (const auto& [name, t] : kTypes)
        if (t == type)
            return name;
    return "attendance";
}

// What an export's columns are called for people, and how a spreadsheet
// should type them; a column not listed keeps its name and is text.
struct ColumnLabel {
    std::string_view key;
    std::string_view id;
    std::string_view en;
    CellType type;
};

constexpr ColumnLabel kColumnLabels[] = {
    {"id", "ID", "Id", CellType::Text},
    {"unit_id", "ID unit", "Unit id", CellType::Text},
    {"unit_name", "Unit", "Unit", CellType::Text},
    {"employee_id", "ID pegawai", "Employee id", CellType::Text},
    {"nip", "NIP", "NIP", CellType::Text},
    {"employee_name", "Nama pegawai", "Employee", CellType::Text},
    {"date", "Tanggal", "Date", CellType::Date},
    {"status", "Status", "Status", CellType::Text},
    {"minutes", "Menit", "Minutes", CellType::Integer},
    {"early_minutes", "Menit pulang cepat", "Early-leave minutes", CellType::Integer},
    {"leave_kind", "Jenis cuti", "Leave kind", CellType::Text},
    {"note", "Catatan", "Note", CellType::Text},
    {"recorded_at", "Dicatat pada", "Recorded at", CellType::Timestamp},
    {"version", "Versi", "Version", CellType::Text},
    {"origin", "Perangkat asal", "Origin device", CellType::Text},
    {"opened_at", "Dibuka pada", "Opened at", CellType::Timestamp},
    {"opened_date", "Tanggal dibuka", "Opened on", CellType::Date},
    {"article", "Pasal", "Article", CellType::Text},
    {"level_estimate", "Perkiraan tingkat", "Level estimate", CellType::Text},
    {"source", "Asal kasus", "Source", CellType::Text},
    {"summary", "Ringkasan", "Summary", CellType::Text},
    {"state", "Tahap", "State", CellType::Text},
    {"events", "Langkah", "Steps", CellType::Integer},
    {"last_step", "Langkah terakhir", "Last step", CellType::Text},
    {"last_event_at", "Waktu langkah terakhir", "Last step at", CellType::Timestamp},
    {"sanction", "Hukuman", "Sanction", CellType::Text},
    {"period", "Periode", "Period", CellType::Text},
    {"hasil_kerja", "Hasil kerja", "Work results", CellType::Text},
    {"perilaku", "Perilaku", "Behaviour", CellType::Text},
    {"predikat", "Predikat", "Predikat", CellType::Text},
    {"evaluator", "Penilai", "Evaluator", CellType::Text},
    {"supersedes", "Mengoreksi", "Supersedes", CellType::Text},
    {"superseded", "Sudah dikoreksi", "Superseded", CellType::Flag},
    {"collected_at", "Diisi pada", "Collected at", CellType::Timestamp},
    {"collected_date", "Tanggal diisi", "Collected on", CellType::Date},
    {"respondent_age", "Usia responden", "Respondent's age", CellType::Integer},
    {"respondent_gender", "Jenis kelamin", "Gender", CellType::Text},
    {"respondent_education", "Pendidikan", "Education", CellType::Text},
    {"respondent_occupation", "Pekerjaan", "Occupation", CellType::Text},
    {"type", "Jenis", "Type", CellType::Text},
    {"record_id", "ID catatan", "Record id", CellType::Text},
    {"winner_version", "Versi menang", "Winning version", CellType::Text},
    {"winner_origin", "Perangkat menang", "Winning device", CellType::Text},
    {"loser_version", "Versi kalah", "Losing version", CellType::Text},
    {"loser_origin", "Perangkat kalah", "Losing device", CellType::Text},
    {"detected_at", "Terdeteksi pada", "Detected at", CellType::Timestamp},
    {"device_id", "ID perangkat", "Device id", CellType::Text},
    {"batch", "Batch", "Batch", CellType::Integer},
    {"change_id", "ID perubahan", "Change id", CellType::Text},
    {"reason", "Alasan", "Reason", CellType::Text},
    {"at", "Waktu", "At", CellType::Timestamp},
};

constexpr std::pair<ExportType, std::pair<std::string_view, std::string_view>> kTitles[] = {
    {ExportType::Attendance, {"Ekspor kehadiran", "Attendance export"}},
    {ExportType::Discipline, {"Ekspor kasus disiplin", "Discipline export"}},
    {ExportType::Evaluation, {"Ekspor penilaian kinerja", "Evaluation export"}},
    {ExportType::Survey, {"Ekspor SKM", "SKM export"}},
    {ExportType::Conflicts, {"Ekspor konflik", "Conflicts export"}},
    {ExportType::Rejected, {"Ekspor perubahan ditolak", "Rejected changes export"}},
};

// An export as a report, for the renderers that label and type columns.
Report labelled(const Table& table, ExportType type) {
    Report r;
    for (const auto& [t, titles] : kTitles)
        if (t == type) {
            r.title_id = titles.first;
            r.title_en = titles.second;
        }
    for (const auto& name : table.columns) {
        ReportColumn column{name, name, name, CellType::Text};
        if (name.size() == 2 && name[0] == 'U')  // SKM element scores U1..U9
            column.type = CellType::Integer;
        for (const auto& l : kColumnLabels)
            if (l.key == name)
                column = {name, std::string(l.id), std::string(l.en), l.type};
        r.columns.push_back(std::move(column));
    }
    for (const auto& [key, cells] : table.rows) {
        json row = json::object();
        for (std::size_t i = 0; i < cells.size(); ++i)
            row[table.columns[i]] = cells[i];
        r.rows.push_back(std::move(row));
    }
    return r;
}

}  // namespace

std::optional<ExportType> export_type_from_string(std::string_view text) {
    for (const auto& [name, type] : kTypes)
        if (name == text)
            return type;
    return std::nullopt;
}

std::optional<ExportFormat> export_format_from_string(std::string_view text) {
    if (text == "csv")
        return ExportFormat::Csv;
    if (text == "json")
        return ExportFormat::Json;
    if (text == "xlsx")
        return ExportFormat::Xlsx;
    return std::nullopt;
}

bool streams(const ExportQuery& query) {
    return query.type == ExportType::Attendance &&
           (query.format == ExportFormat::Json ||
            (query.format == ExportFormat::Csv && !query.language));
}

Result<ExportResult> export_records(ServerTransaction& tx, const ExportQuery& query,
                                    const std::optional<std::set<std::string>>& visible) {
    if (query.from && query.to && *query.to < *query.from)
        return Error{"bad_export_query", "The date range ends (" + query.to->iso() +
                                             ") before it starts (" + query.from->iso() + ")."};
    Source source(tx, query);
    if (auto loaded = source.load(visible); !loaded)
        return loaded.error();

    Table table;
    switch (query.type) {
        case ExportType::Attendance:
            table = attendance_table(source);
            break;
        case ExportType::Discipline:
            table = discipline_table(source);
            break;
        case ExportType::Evaluation:
            table = evaluation_table(source);
            break;
        case ExportType::Survey:
            table = survey_table(source);
            break;
        case ExportType::Conflicts:
            table = conflicts_table(source);
            break;
        case ExportType::Rejected:
            table = rejected_table(source);
            break;
    }
    sort_rows(table);

    ExportResult result;
    result.rows = table.rows.size();
    if (query.format == ExportFormat::Xlsx ||
        (query.format == ExportFormat::Csv && query.language)) {
        const Report report = labelled(table, query.type);
        const ReportFormat format =
            query.format == ExportFormat::Xlsx ? ReportFormat::Xlsx : ReportFormat::Csv;
        result.content_type = std::string(content_type(format));
        result.body =
            render_report(report, {format, query.separator, query.language.value_or(Language::Id)});
        return result;
    }
    if (query.format == ExportFormat::Csv) {
        result.content_type = "text/csv; charset=utf-8";
        result.body = render_csv(table, {query.separator, true, query.separator == ';'});
    } else {
        result.content_type = "application/json";
        result.body = render_json(table, type_name(query.type));
    }
    return result;
}

Result<std::shared_ptr<BodySource>> stream_attendance_export(
    ServerStore& store, const ExportQuery& query,
    const std::optional<std::set<std::string>>& visible,
    std::function<void(std::size_t rows)> finished) {
    if (query.from && query.to && *query.to < *query.from)
        return Error{"bad_export_query", "The date range ends (" + query.to->iso() +
                                             ") before it starts (" + query.from->iso() + ")."};
    std::optional<Result<void>> loaded;
    std::optional<Source> source;
    std::optional<std::pair<Date, Date>> span;
    store.read([&](ServerTransaction& tx) {
        source.emplace(tx, query);
        loaded.emplace(source->load(visible));
        span = tx.attendance_span();
    });
    if (!*loaded)
        return loaded->error();
    // The days the store holds, within the range asked for.
    Date first = span ? span->first : Date::from_days(0);
    Date last = span ? span->second : Date::from_days(-1);
    if (query.from && first < *query.from)
        first = *query.from;
    if (query.to && *query.to < last)
        last = *query.to;
    return std::shared_ptr<BodySource>(std::make_shared<AttendanceStream>(
        store, std::move(*source), query.format,
        CsvStyle{query.separator, true, query.separator == ';'}, first, last, std::move(finished)));
}

}  // namespace pantau::server
