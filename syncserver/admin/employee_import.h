// Importing employees from a CSV file with the columns
// nip,name,kind,golongan,jabatan,unit_id (in any order), as central HR keeps
// them in a spreadsheet. All or nothing: every row is checked first, and one
// bad row leaves the store untouched, so a half-imported file never has to be
// untangled.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/server_store.h"

namespace pantau::server {

struct ImportLineError {
    std::size_t line = 0;  // 0: the file as a whole
    std::string message;
};

struct ImportReport {
    std::vector<std::string> ids;  // the employee id of each row, in file order
    std::size_t unchanged = 0;     // rows equal to what the store held already
    std::vector<ImportLineError> errors;

    bool ok() const { return errors.empty(); }
};

// Checks every row, then (only if all are valid) adds or updates each
// employee by NIP with put_employee. With errors nothing is written; the
// caller should still roll back the transaction to be safe.
ImportReport import_employees(ServerTransaction& tx, std::string_view csv_text, std::int64_t now);

}  // namespace pantau::server
