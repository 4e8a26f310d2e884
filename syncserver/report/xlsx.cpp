// XLSX through libxlsxwriter (Debian libxlsxwriter-dev): a maintained writer
// of the Office Open XML format, so the workbook opens in Excel and
// LibreOffice with numbers as numbers and dates as dates. It writes in
// constant-memory mode (row by row to a temporary file), and the file's
// bytes are returned.
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "core/timestamp.h"
#include "report/report_render.h"

namespace pantau::server::report_detail {

namespace {

using nlohmann::json;

std::string sheet_name(ReportKind kind, Language language) {
    const bool en = language == Language::En;
    switch (kind) {
        case ReportKind::AttendanceRecap:
            return en ? "Attendance recap" : "Rekap kehadiran";
        case ReportKind::Pp94:
            return en ? "PP 94 indications" : "Indikasi PP 94";
        case ReportKind::Discipline:
            return en ? "Discipline cases" : "Register disiplin";
        case ReportKind::Predikat:
            return en ? "Predikat" : "Sebaran predikat";
        case ReportKind::Ikm:
            return "IKM";
        case ReportKind::Completeness:
            return en ? "Completeness" : "Kelengkapan";
        case ReportKind::Training:
            return en ? "Competency development" : "Pengembangan kompetensi";
    }
    return "Pantau";
}

// A temporary file removed when it goes out of scope.
class TempFile {
  public:
    TempFile() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "pantau-xlsx-XXXXXX").string();
        const int fd = mkstemp(pattern.data());
        if (fd < 0)
            throw std::runtime_error("cannot create a temporary file for the workbook");
        ::close(fd);
        path_ = pattern;
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return path_; }

  private:
    std::string path_;
};

// How wide a column is drawn: its longest text, within bounds (in characters).
double width_for(std::size_t chars) {
    return static_cast<double>(std::clamp<std::size_t>(chars + 2, 6, 48));
}

std::size_t text_length(const json& value) {
    if (value.is_string()) {
        // Characters, not bytes: count the bytes that start a UTF-8 sequence.
        const auto& s = value.get_ref<const std::string&>();
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    }
    if (value.is_null())
        return 0;
    return value.dump().size();
}

}  // namespace

std::string render_xlsx(const Report& report, Language language) {
    TempFile file;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    std::unique_ptr<lxw_workbook, void (*)(lxw_workbook*)> owned(
        workbook_new_opt(file.path().c_str(), &options), [](lxw_workbook* wb) {
            if (wb)
                workbook_close(wb);
        });
    lxw_workbook* wb = owned.get();
    if (!wb)
        throw std::runtime_error("the workbook could not be created");
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(report.kind, language).c_str());
    lxw_format* title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* stamp = workbook_add_format(wb);
    format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
    lxw_format* number = workbook_add_format(wb);
    format_set_num_format(number, "0.00");
    lxw_format* total_text = workbook_add_format(wb);
    format_set_bold(total_text);
    format_set_top(total_text, LXW_BORDER_THIN);
    lxw_format* total_number = workbook_add_format(wb);
    format_set_bold(total_number);
    format_set_top(total_number, LXW_BORDER_THIN);

    const bool en = language == Language::En;
    std::vector<std::size_t> widths;
    for (const auto& c : report.columns)
        widths.push_back(std::min<std::size_t>(text_length(en ? c.label_en : c.label_id), 24));
    for (const auto* rows : {&report.rows, &report.totals})
        for (const auto& row : *rows)
            for (std::size_t i = 0; i < report.columns.size(); ++i)
                widths[i] =
                    std::max(widths[i], text_length(flat_cell(row, report.columns[i], language)));
    for (std::size_t i = 0; i < widths.size(); ++i)
        worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                             width_for(widths[i]), nullptr);

    lxw_row_t at = 0;
    worksheet_write_string(ws, at++, 0, (en ? report.title_en : report.title_id).c_str(), title);
    for (const auto& f : report.filters) {
        worksheet_write_string(ws, at, 0, (en ? f.label_en : f.label_id).c_str(), bold);
        worksheet_write_string(ws, at++, 1,
                               (en && !f.value_en.empty() ? f.value_en : f.value).c_str(), nullptr);
    }
    ++at;
    const lxw_row_t header_row = at;
    for (std::size_t i = 0; i < report.columns.size(); ++i)
        worksheet_write_string(
            ws, header_row, static_cast<lxw_col_t>(i),
            (en ? report.columns[i].label_en : report.columns[i].label_id).c_str(), header);
    worksheet_freeze_panes(ws, header_row + 1, 0);
    ++at;

    const auto write_row = [&](const json& row, bool total) {
        bool labelled = false;
        for (std::size_t i = 0; i < report.columns.size(); ++i) {
            const ReportColumn& column = report.columns[i];
            const auto col = static_cast<lxw_col_t>(i);
            const json& value = report_cell(row, column.key);
            lxw_format* text_format = total ? total_text : nullptr;
            if (value.is_null()) {
                if (total && !labelled && column.type == CellType::Text) {
                    worksheet_write_string(ws, at, col, en ? "Total" : "Jumlah", total_text);
                    labelled = true;
                } else if (total) {
                    worksheet_write_blank(ws, at, col, total_text);
                }
                continue;
            }
            switch (column.type) {
                case CellType::Integer:
                case CellType::Number:
                    if (value.is_number())
                        worksheet_write_number(
                            ws, at, col, value.get<double>(),
                            total ? total_number
                                  : (column.type == CellType::Number ? number : nullptr));
                    continue;
                case CellType::Date:
                    if (const auto d = value.is_string() ? Date::parse(value.get<std::string>())
                                                         : std::nullopt) {
                        lxw_datetime dt{d->year(), d->month(), d->day(), 0, 0, 0};
                        worksheet_write_datetime(ws, at, col, &dt, date);
                        continue;
                    }
                    break;
                case CellType::Timestamp:
                    if (const auto ms = value.is_string()
                                            ? parse_timestamp(value.get<std::string>())
                                            : std::nullopt) {
                        const Date d = Date::from_days(*ms / 86'400'000);
                        const std::int64_t in_day = *ms % 86'400'000;
                        lxw_datetime dt{d.year(),
                                        d.month(),
                                        d.day(),
                                        static_cast<int>(in_day / 3'600'000),
                                        static_cast<int>(in_day / 60'000 % 60),
                                        static_cast<double>(in_day % 60'000) / 1000.0};
                        worksheet_write_datetime(ws, at, col, &dt, stamp);
                        continue;
                    }
                    break;
                case CellType::Flag:
                    if (value.is_boolean()) {
                        worksheet_write_boolean(ws, at, col, value.get<bool>() ? 1 : 0,
                                                text_format);
                        continue;
                    }
                    break;
                case CellType::Text:
                    break;
            }
            const json flat = flat_cell(row, column, language);
            const std::string text = flat.is_string() ? flat.get<std::string>() : flat.dump();
            worksheet_write_string(ws, at, col, text.c_str(), text_format);
        }
        ++at;
    };
    for (const auto& row : report.rows)
        write_row(row, false);
    if (!report.totals.empty())
        ++at;
    for (const auto& row : report.totals)
        write_row(row, true);

    const lxw_error closed = workbook_close(owned.release());
    if (closed != LXW_NO_ERROR)
        throw std::runtime_error(std::string("the workbook could not be written: ") +
                                 lxw_strerror(closed));
    std::ifstream in(file.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace pantau::server::report_detail
