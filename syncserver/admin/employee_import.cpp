#include "admin/employee_import.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

#include "admin/csv_reader.h"
#include "org/employee.h"
#include "service/master_data.h"

namespace pantau::server {

namespace {

constexpr std::array<std::string_view, 6> kColumns = {"nip",      "name",    "kind",
                                                      "golongan", "jabatan", "unit_id"};

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::string upper(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// Column name -> position; errors for unknown, repeated or missing columns.
std::optional<std::map<std::string, std::size_t>> read_header(
    const CsvRecord& header, std::vector<ImportLineError>& errors) {
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        std::string name = trimmed(header.fields[i]);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end())
            errors.push_back({header.line, "unknown column '" + name +
                                               "'; the columns are nip,name,kind,golongan,"
                                               "jabatan,unit_id"});
        else if (!position.emplace(name, i).second)
            errors.push_back({header.line, "column '" + name + "' appears twice"});
    }
    for (auto column : kColumns)
        if (!position.contains(std::string(column)))
            errors.push_back({header.line, "column '" + std::string(column) + "' is missing"});
    if (!errors.empty())
        return std::nullopt;
    return position;
}

// The row as an employee, or the reason it is not one.
Result<Employee> read_row(ServerTransaction& tx, const CsvRecord& row,
                          const std::map<std::string, std::size_t>& position) {
    if (row.fields.size() != kColumns.size())
        return Error{"bad_row", "expected " + std::to_string(kColumns.size()) + " fields, found " +
                                    std::to_string(row.fields.size())};
    auto field = [&](std::string_view column) {
        return trimmed(row.fields[position.find(std::string(column))->second]);
    };
    Employee employee;
    // Spreadsheets and people write NIPs in groups ("19780415 200501 2 004").
    for (char c : field("nip"))
        if (c != ' ')
            employee.nip.push_back(c);
    employee.name = field("name");
    const std::string kind = upper(field("kind"));
    if (auto parsed = employee_kind_from_string(kind))
        employee.kind = *parsed;
    else
        return Error{"bad_row", "kind must be PNS or PPPK, not '" + field("kind") + "'"};
    employee.golongan = field("golongan");
    employee.jabatan = field("jabatan");
    employee.unit_id = field("unit_id");
    employee.active = true;
    if (auto problems = employee.validate(); !problems.empty())
        return Error{"bad_row", summarize(problems)};
    auto unit = tx.current("unit", employee.unit_id);
    if (!unit || unit->deleted)
        return Error{"bad_row", "there is no unit with id " + employee.unit_id};
    return employee;
}

}  // namespace

ImportReport import_employees(ServerTransaction& tx, std::string_view csv_text, std::int64_t now) {
    ImportReport report;
    auto records = read_csv(csv_text);
    if (!records) {
        report.errors.push_back({0, records.error().message});
        return report;
    }
    if (records->empty()) {
        report.errors.push_back(
            {0, "the file is empty; it needs a header row nip,name,kind,golongan,jabatan,unit_id"});
        return report;
    }
    const auto position = read_header(records->front(), report.errors);
    if (!position)
        return report;

    std::vector<Employee> employees;
    std::map<std::string, std::size_t> line_of_nip;
    for (std::size_t i = 1; i < records->size(); ++i) {
        const CsvRecord& row = (*records)[i];
        auto employee = read_row(tx, row, *position);
        if (!employee) {
            report.errors.push_back({row.line, employee.error().message});
            continue;
        }
        if (auto [it, fresh] = line_of_nip.emplace(employee->nip, row.line); !fresh) {
            report.errors.push_back({row.line, "NIP " + employee->nip +
                                                   " appears already on line " +
                                                   std::to_string(it->second)});
            continue;
        }
        employees.push_back(std::move(*employee));
    }
    if (!report.ok())
        return report;

    for (const auto& employee : employees) {
        // Re-importing the same file should not send every device a new version.
        if (auto existing = tx.employee_by_nip(employee.nip);
            existing && !existing->deleted && existing->unit_id == employee.unit_id &&
            existing->data == employee.to_json()) {
            report.ids.push_back(existing->id);
            ++report.unchanged;
            continue;
        }
        auto id = put_employee(tx, employee, now);
        if (!id) {
            report.errors.push_back({line_of_nip[employee.nip], id.error().message});
            report.ids.clear();
            return report;
        }
        report.ids.push_back(*id);
    }
    return report;
}

}  // namespace pantau::server
