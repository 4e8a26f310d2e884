// Catalogues received from the server, on the phone: the newest valid
// version the device holds is what its limits count with, and one that fails
// its checks is set aside for the embedded copy.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include "case_summaries.h"
#include "enrolment_controller.h"
#include "records/catalogue_set.h"
#include "status_choice_model.h"
#include "sync/central.h"
#include "syncserver/blackbox/server_process.h"
#include "test_app.h"

using namespace pantau;
using namespace pantau::test;
using nlohmann::json;
using server::testing::run_server_command;
using server::testing::ServerProcess;
using server::testing::TempDir;

namespace {

// The real pantau-server on loopback over the demo kabupaten.
struct DemoServer {
    TempDir dir;
    std::string store = "sqlite:" + (dir.path() / "central.db").string();
    json demo;
    ServerProcess server{store};

    DemoServer() {
        const auto seeded = run_server_command({"demo-data", "--store", store, "--json"});
        REQUIRE(seeded.exit_code == 0);
        demo = json::parse(seeded.out);
        server.start();
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(server.port()); }
    QString supervisor_code() const {
        for (const auto& c : demo["enroll_codes"])
            if (c["role"] == "supervisor")
                return QString::fromStdString(c["code"].get<std::string>());
        return {};
    }
};

bool sync_now(TestApp& app) {
    bool ok = false;
    bool ended = false;
    const auto connection =
        QObject::connect(app.core().sync(), &mobile::SyncService::finished, [&](bool result) {
            ok = result;
            ended = true;
        });
    app.core().sync()->syncNow();
    const bool finished = wait_until([&] { return ended; }, std::chrono::seconds(60));
    QObject::disconnect(connection);
    return finished && ok;
}

std::vector<std::string> codes_of(const mobile::StatusChoiceModel& model) {
    std::vector<std::string> codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.push_back(model.data(model.index(row), mobile::StatusChoiceModel::CodeRole)
                            .toString()
                            .toStdString());
    return codes;
}

bool offers(const mobile::StatusChoiceModel& model, const std::string& code) {
    const auto codes = codes_of(model);
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// A case in SUMMONED_1 since Monday 28 December 2026 (WIB), as pulled.
void pull_case_summoned_on_28_december(TestApp& app) {
    const std::string case_id = fixed_uuid(11);
    app.pull({{{"type", "discipline_case"},
               {"id", case_id},
               {"unit_id", kUnitId},
               {"data",
                {{"employee_id", staff_id(4)},
                 {"opened_at", "2026-12-21T01:00:00Z"},
                 {"article", "4f"},
                 {"level_estimate", "RINGAN"},
                 {"summary", "Bolos"}}}},
              event_change(case_id, "REPORTED", "2026-12-21T01:00:00Z", fixed_uuid(12)),
              event_change(case_id, "UNDER_REVIEW", "2026-12-21T02:00:00Z", fixed_uuid(13)),
              event_change(case_id, "SUMMONED_1", "2026-12-28T03:00:00Z", fixed_uuid(14))});
}

json catalogue_change(json document, const std::string& version) {
    return {{"type", "catalogue"},
            {"id", catalogue_record_id(document.value("catalogue", "holidays"))},
            {"unit_id", std::string(sync::kGlobalScopeUnit)},
            {"version", version},
            {"data", std::move(document)}};
}

json shipped_2027_holidays() {
    std::ifstream file(std::string(PANTAU_SOURCE_DIR) +
                       "/shared/catalogues/updates/holidays-2027.1.json");
    REQUIRE(file);
    return json::parse(std::string{std::istreambuf_iterator<char>(file), {}});
}

std::optional<Date> hearing_not_before(TestApp& app) {
    app.flush();  // the catalogue set is installed on the database thread
    const auto summaries = app.core().database().call([&](store::DeviceStore& s) {
        return mobile::load_case_summaries(s, kUnitId, app.core().today());
    });
    REQUIRE(summaries.size() == 1);
    REQUIRE(summaries[0].next_due);
    return summaries[0].next_due->date;
}

}  // namespace

TEST_CASE("a received 2027 holiday table moves a January 2027 limit once the app installs it") {
    TestApp app;
    pull_case_summoned_on_28_december(app);
    // The embedded table ends with 2026: 1 and 5 January count as working days.
    CHECK(hearing_not_before(app) == Date::parse("2027-01-06"));

    app.pull({catalogue_change(shipped_2027_holidays(), "0190000000000001")});
    app.restart();  // start-up installs the newest catalogues the device holds
    app.flush();
    CHECK(current_catalogues()->in_force("holidays")->version == "2027.1");
    CHECK(hearing_not_before(app) == Date::parse("2027-01-08"));
    install_catalogues(nullptr);
}

TEST_CASE("a received catalogue that fails its checks is ignored and the embedded one is used") {
    TestApp app;
    pull_case_summoned_on_28_december(app);
    json bad = shipped_2027_holidays();
    bad["entries"][0]["kind"] = "LIBUR_DAERAH";
    app.pull({catalogue_change(bad, "0190000000000001")});
    app.restart();
    app.flush();
    CHECK_FALSE(current_catalogues()->in_force("holidays")->received);
    CHECK(current_catalogues()->ignored().size() == 1);
    CHECK(hearing_not_before(app) == Date::parse("2027-01-06"));
}

TEST_CASE("a phone enrolled before a leave kinds import offers the new kind after its next sync") {
    install_catalogues(nullptr);
    DemoServer central;
    TestApp app({}, false);
    {
        mobile::EnrolmentController enrolment;
        enrolment.setCore(&app.core());
        enrolment.setServerUrl(central.url());
        enrolment.setCode(central.supervisor_code());
        enrolment.enrol();
        REQUIRE(wait_until([&] { return !enrolment.busy(); }, std::chrono::seconds(60)));
        REQUIRE(enrolment.errorText().isEmpty());
    }
    mobile::StatusChoiceModel kinds;
    kinds.setKind(mobile::StatusChoiceModel::Kind::LeaveKinds);
    kinds.setCore(&app.core());
    const std::string added = "CUTI_PENDAMPINGAN_PERSALINAN";
    CHECK(kinds.rowCount() == static_cast<int>(embedded_catalogue("leave_kinds").entries.size()));
    CHECK_FALSE(offers(kinds, added));

    json document = {{"catalogue", "leave_kinds"},
                     {"version", "2027.1"},
                     {"source", "test: a regional regulation adds a kind of leave"},
                     {"entries", embedded_catalogue("leave_kinds").entries}};
    document["entries"].push_back({{"code", added},
                                   {"label_id", "Cuti pendampingan persalinan"},
                                   {"label_en", "Paternity leave"},
                                   {"max_length_id", "Paling lama 1 bulan."},
                                   {"max_length_en", "Up to 1 month."}});
    const auto file = central.dir.path() / "leave_kinds-2027.1.json";
    std::ofstream(file) << document.dump();
    const auto imported =
        run_server_command({"catalogue", "import", file.string(), "--store", central.store});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    settle(app.core());
    CHECK_FALSE(offers(kinds, added));  // not before the phone syncs

    REQUIRE(sync_now(app));
    REQUIRE(wait_until([&] { return offers(kinds, added); }));
    CHECK(current_catalogues()->in_force("leave_kinds")->version == "2027.1");
    const auto codes = codes_of(kinds);
    CHECK(codes.back() == added);
    CHECK(codes.size() == document["entries"].size());

    // A sheet opened later offers it too, and so does the phone after a restart.
    mobile::StatusChoiceModel later;
    later.setKind(mobile::StatusChoiceModel::Kind::LeaveKinds);
    later.setCore(&app.core());
    CHECK(offers(later, added));
    kinds.setCore(nullptr);  // before the core they watch goes
    later.setCore(nullptr);
    install_catalogues(nullptr);
    app.restart();
    app.flush();
    mobile::StatusChoiceModel restarted;
    restarted.setKind(mobile::StatusChoiceModel::Kind::LeaveKinds);
    restarted.setCore(&app.core());
    CHECK(offers(restarted, added));
    install_catalogues(nullptr);
}
