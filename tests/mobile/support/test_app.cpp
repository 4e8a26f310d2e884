#include "test_app.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <cstdio>
#include <stdexcept>

#include "sync/protocol.h"

namespace pantau::test {

using nlohmann::json;

std::string staff_id(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "0000e%03d-0000-4000-8000-%012d", n, n);
    return text;
}

std::vector<SeedEmployee> default_staff() {
    std::vector<SeedEmployee> staff = {
        {staff_id(1), "Adi Nugroho", "198503122010011004", "Dokter Ahli Pertama"},
        {staff_id(2), "Budi Santoso", "197911042005011002", "Perawat Ahli Muda"},
        {staff_id(3), "Citra Lestari", "199002182015032001", "Bidan Terampil"},
        {staff_id(4), "Dewi Anggraini", "198807252012122003", "Perawat Terampil"},
        {staff_id(5), "Eko Prasetyo", "198112302008011005", "Sanitarian Ahli Pertama"},
        {staff_id(6), "Fitri Handayani", "199405102019032004", "Nutrisionis Terampil"},
        {staff_id(7), "Gita Permata", "199108082017012002", "Apoteker Ahli Pertama"},
        {staff_id(8), "Hendra Wijaya", "198402142009011003", "Pranata Laboratorium Kesehatan"},
        {staff_id(9), "Indah Sari", "199611202020122001", "Perekam Medis Terampil"},
        {staff_id(10), "Joko Susilo", "197705172003121002", "Pengadministrasi Umum"},
        {staff_id(11), "Kartika Dewi", "199303032018012001", "Bidan Ahli Pertama"},
        {staff_id(12), "Lukman Hakim", "198609092011011001", "Epidemiolog Kesehatan Ahli Pertama"},
    };
    staff.push_back(
        {staff_id(13), "Maria Ulfa", "197001011995032001", "Perawat Penyelia", kUnitId, false});
    staff.push_back(
        {staff_id(101), "Nur Aini", "198201012006042001", "Bidan Penyelia", kOtherUnitId});
    staff.push_back(
        {staff_id(102), "Oka Putra", "198301012007011001", "Perawat Mahir", kOtherUnitId});
    return staff;
}

TestApp::TestApp(std::vector<SeedEmployee> staff, bool enrol) : staff_(std::move(staff)) {
    if (!dir_.isValid())
        throw std::runtime_error("no temporary folder");
    open();
    if (!enrol)
        return;
    mobile::Session session;
    session.server_url = QStringLiteral("http://127.0.0.1:9");
    session.token = QStringLiteral("test-token");
    session.device_id = QStringLiteral("device-test");
    session.user_id = QStringLiteral("user-supervisor");
    session.user_name = QStringLiteral("Sri Wahyuni");
    session.unit_id = QString::fromLatin1(kUnitId);
    session.units = json::array({json{{"id", kUnitId},
                                      {"name", "Puskesmas Sukamaju"},
                                      {"kind", "PUSKESMAS"},
                                      {"timezone", "Asia/Jakarta"}}});
    if (!core_->startSession(session))
        throw std::runtime_error("cannot start the test session");

    std::vector<json> changes;
    changes.push_back(
        {{"type", "unit"},
         {"id", kUnitId},
         {"unit_id", kUnitId},
         {"data",
          {{"name", "Puskesmas Sukamaju"}, {"kind", "PUSKESMAS"}, {"timezone", "Asia/Jakarta"}}}});
    for (const auto& e : staff_)
        changes.push_back({{"type", "employee"},
                           {"id", e.id},
                           {"unit_id", e.unit_id},
                           {"data",
                            {{"nip", e.nip},
                             {"name", e.name},
                             {"kind", e.kind},
                             {"golongan", e.kind == "PPPK" ? "IX" : "III/a"},
                             {"jabatan", e.jabatan},
                             {"unit_id", e.unit_id},
                             {"active", e.active}}}});
    pull(changes);
}

TestApp::~TestApp() = default;

void TestApp::open() {
    mobile::AppCore::Options options;
    options.data_dir = dir_.path();
    options.clock = [this] { return now_ms; };
    options.start_sync_timers = false;
    core_ = std::make_unique<mobile::AppCore>(options);
    if (!core_->openError().isEmpty())
        throw std::runtime_error(core_->openError().toStdString());
}

void TestApp::restart() {
    core_.reset();
    open();
}

store::DeviceStore& TestApp::store_unsafe() {
    return *core_->database().call([](store::DeviceStore& s) { return &s; });
}

void TestApp::pull(const std::vector<json>& changes) {
    sync::PullPage page;
    std::uint64_t n = 0;
    for (const auto& c : changes) {
        sync::Change change;
        change.type = c.at("type").get<std::string>();
        change.id = c.at("id").get<std::string>();
        change.unit_id = c.at("unit_id").get<std::string>();
        change.version = c.value("version", "0000" + std::to_string(100000000000 + ++n));
        change.origin = c.value("origin", "server");
        change.deleted = c.value("deleted", false);
        change.data = c.at("data");
        page.changes.push_back(std::move(change));
    }
    page.cursor = "test-cursor";
    const auto applied = core_->database().call(
        [&](store::DeviceStore& s) { return s.apply_pull_page(page, now_ms).ok(); });
    if (!applied)
        throw std::runtime_error("cannot apply the seed page");
    core_->notifyRecordsChanged({});
}

void TestApp::pull_closed_period(LockKind kind, const std::string& period) {
    PeriodLock lock;
    lock.kind = kind;
    lock.period = period;
    lock.closed_at = now_ms - 3'600'000;
    lock.grace_ms = 0;
    lock.closed_by = "BKPSDM";
    pull({{{"type", std::string(kPeriodLockRecordType)},
           {"id", lock.id()},
           {"unit_id", std::string(sync::kGlobalScopeUnit)},
           {"data", lock.to_json()}}});
}

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

void settle(mobile::AppCore& core) {
    // Work queued on the database thread, then the answers it posted back.
    for (int round = 0; round < 3; ++round) {
        core.database().flush();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents();
    }
}

std::string fixed_uuid(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

nlohmann::json event_change(const std::string& case_id, const std::string& step,
                            const std::string& at, const std::string& id) {
    return {{"type", "discipline_event"},
            {"id", id},
            {"unit_id", kUnitId},
            {"origin", "device-other"},
            {"data",
             {{"case_id", case_id},
              {"step", step},
              {"at", at},
              {"actor", "user-other"},
              {"documents", nlohmann::json::array()}}}};
}

}  // namespace pantau::test
