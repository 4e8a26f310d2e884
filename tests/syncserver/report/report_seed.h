// A small kabupaten whose supervisors record three months through the real
// protocol (device stores syncing through the router), with numbers small
// enough to work out by hand: the expected values in the report tests are
// computed in the comments of report_seed.cpp.
#pragma once

#include <memory>
#include <string>

#include "../service/fixture.h"
#include "report/report.h"

namespace pantau::server::testing {

// 2026-10-05 09:00 WIB, a Monday: when the phones sync and the reports run.
std::int64_t report_now();
std::int64_t at_utc(const char* rfc3339);

struct ReportSeed {
    ReportSeed();

    Fixture f;
    PhoneFile file_a{f.dir.string() + "-a.db"};
    PhoneFile file_b{f.dir.string() + "-b.db"};
    std::unique_ptr<TestDevice> phone_a;  // the head of Puskesmas Sukamaju (unit A)
    std::unique_ptr<TestDevice> phone_b;  // the head of Puskesmas Cibeureum (unit B)
    std::string rina;                     // a third employee of unit A, never evaluated
    std::string dewi_case;                // opened for Dewi's TK indication
    std::string siti_case;                // an incident, not an indication

    Result<Report> run(ReportKind kind, ReportFilterText filters,
                       std::optional<std::int64_t> now = std::nullopt);
};

// A report that must succeed.
Report must_report(Result<Report> report);
// The row whose `key` is `value`; fails the test when there is none.
const nlohmann::json& row_where(const Report& report, const char* key, const std::string& value);

}  // namespace pantau::server::testing
