#include "records/period_lock.h"

#include <catch2/catch.hpp>

#include "clock/hlc.h"
#include "records/record_types.h"

using namespace pantau;

namespace {

constexpr std::int64_t kHour = 3'600'000;
constexpr std::int64_t kClosedAt = 1'796'000'000'000;  // 2026-11-30

PeriodLock october() {
    PeriodLock lock;
    lock.kind = LockKind::Attendance;
    lock.period = "2026-10";
    lock.closed_at = kClosedAt;
    lock.grace_ms = 72 * kHour;
    lock.closed_by = "BKPSDM Kab. Bandung";
    return lock;
}

}  // namespace

TEST_CASE("a lock refuses at its edges: before the lock inside the grace passes, the rest not") {
    const PeriodLock lock = october();
    // Recorded a minute before, sent inside the grace.
    CHECK_FALSE(period_lock_refusal(lock, kClosedAt - 60'000, kClosedAt + 71 * kHour));
    // Recorded before, sent the moment the grace ends.
    CHECK(period_lock_refusal(lock, kClosedAt - 60'000, kClosedAt + 72 * kHour));
    // Recorded at the lock itself, or after.
    CHECK(period_lock_refusal(lock, kClosedAt, kClosedAt + 1));
    CHECK(period_lock_refusal(lock, kClosedAt + 1, kClosedAt + 2));
    // A device that said nothing of its time counts as recording when it arrived.
    CHECK(period_lock_refusal(lock, std::nullopt, kClosedAt + 1));
    // Without a grace window nothing passes after the lock.
    PeriodLock strict = lock;
    strict.grace_ms = 0;
    CHECK(period_lock_refusal(strict, kClosedAt - 60'000, kClosedAt + 1));
    // A reopened period refuses nothing.
    PeriodLock reopened = lock;
    reopened.closed = false;
    CHECK_FALSE(period_lock_refusal(reopened, std::nullopt, kClosedAt + 100 * kHour));
}

TEST_CASE("the refusal says in both languages which period, who closed it and whom to ask") {
    const auto refusal = period_lock_refusal(october(), std::nullopt, kClosedAt + 1);
    REQUIRE(refusal);
    CHECK(refusal->code == "period_closed");
    CHECK(refusal->message_id ==
          "Periode presensi 2026-10 sudah ditutup oleh BKPSDM Kab. Bandung pada 2026-11-30 "
          "07:53 WIB. Catatan di periode ini tidak dapat diubah lagi; bila perlu koreksi, minta "
          "BKPSDM Kab. Bandung membuka kembali periode ini.");
    CHECK(refusal->message_en.find("ask BKPSDM Kab. Bandung to reopen") != std::string::npos);
}

TEST_CASE("the period of a record: attendance by its month, an evaluation by its period") {
    CHECK(locked_period_of("attendance", {{"date", "2026-10-31"}}) ==
          LockedPeriod{LockKind::Attendance, "2026-10"});
    CHECK(locked_period_of("evaluation", {{"period", "2026-Q3"}}) ==
          LockedPeriod{LockKind::Evaluation, "2026-Q3"});
    CHECK_FALSE(locked_period_of("discipline_case", {{"date", "2026-10-31"}}));
    CHECK_FALSE(locked_period_of("attendance", nlohmann::json()));
    CHECK_FALSE(locked_period_of("attendance", {{"date", 20261031}}));

    // Only the lock of that kind and period governs the record.
    const LockLookup find = [](const LockedPeriod& period) -> std::optional<PeriodLock> {
        const PeriodLock lock = october();
        if (period.kind == lock.kind && period.period == lock.period)
            return lock;
        return std::nullopt;
    };
    const nlohmann::json none;
    CHECK(closed_period_refusal(find, "attendance", none, {{"date", "2026-10-01"}}, std::nullopt,
                                kClosedAt + 1));
    CHECK_FALSE(closed_period_refusal(find, "attendance", none, {{"date", "2026-11-01"}},
                                      std::nullopt, kClosedAt + 1));
    CHECK_FALSE(closed_period_refusal(find, "evaluation", none, {{"period", "2026-10"}},
                                      std::nullopt, kClosedAt + 1));
}

TEST_CASE("a period's last day, and the periods a lock can name") {
    CHECK(last_day_of(LockKind::Attendance, "2026-02") == Date::parse("2026-02-28"));
    CHECK(last_day_of(LockKind::Attendance, "2028-02") == Date::parse("2028-02-29"));
    CHECK(last_day_of(LockKind::Evaluation, "2026") == Date::parse("2026-12-31"));
    CHECK(last_day_of(LockKind::Evaluation, "2026-Q3") == Date::parse("2026-09-30"));
    CHECK(last_day_of(LockKind::Evaluation, "2026-11") == Date::parse("2026-11-30"));
    CHECK_FALSE(last_day_of(LockKind::Attendance, "2026"));
    CHECK_FALSE(last_day_of(LockKind::Attendance, "2026-13"));
    CHECK_FALSE(last_day_of(LockKind::Evaluation, "2026-Q0"));
}

TEST_CASE("a lock record travels as data every side checks the same way") {
    const PeriodLock lock = october();
    CHECK(check_record_data("period_lock", lock.to_json()).empty());
    Problems problems;
    CHECK(PeriodLock::from_json(lock.to_json(), problems).to_json() == lock.to_json());
    CHECK(problems.empty());
    auto bad = lock.to_json();
    bad["period"] = "Oktober";
    CHECK_FALSE(check_record_data("period_lock", bad).empty());
    bad = lock.to_json();
    bad["grace_ms"] = -1;
    CHECK_FALSE(check_record_data("period_lock", bad).empty());
    bad = lock.to_json();
    bad["extra"] = true;
    CHECK_FALSE(check_record_data("period_lock", bad).empty());
    CHECK(lock.id() == PeriodLock::id_of(LockKind::Attendance, "2026-10"));
    CHECK(lock.id() != PeriodLock::id_of(LockKind::Evaluation, "2026-10"));
}

TEST_CASE(
    "a central store's rule: both periods count, a retry passes, a resend made before passes") {
    const PeriodLock lock = october();
    const LockLookup find = [&](const LockedPeriod& period) -> std::optional<PeriodLock> {
        if (period.kind == lock.kind && period.period == lock.period)
            return lock;
        return std::nullopt;
    };
    const sync::CallerScope caller{"device-1", {"unit"}, true};
    const auto version_at = [](std::int64_t ms) {
        return Hlc(static_cast<std::uint64_t>(ms), 0).to_string();
    };
    sync::Change in{"attendance", "id",       "unit", version_at(kClosedAt + 1),
                    std::nullopt, "device-1", false,  {{"date", "2026-11-02"}}};
    std::optional<sync::Change> current = in;
    current->version = version_at(kClosedAt - 10);
    current->data = {{"date", "2026-10-31"}};
    // November itself is open, but the record held an October date.
    CHECK(closed_period_refusal(find, in, current, {caller, std::nullopt}, kClosedAt + 5));
    CHECK_FALSE(
        closed_period_refusal(find, in, std::nullopt, {caller, std::nullopt}, kClosedAt + 5));
    // A delete of an October record is a change to October.
    sync::Change tombstone = in;
    tombstone.deleted = true;
    tombstone.data = nlohmann::json::object();
    CHECK(closed_period_refusal(find, tombstone, current, {caller, std::nullopt}, kClosedAt + 5));
    // The version it holds again is a retry.
    CHECK_FALSE(
        closed_period_refusal(find, *current, current, {caller, std::nullopt}, kClosedAt + 5));
    // After a restore, a version the server once stored is sent again and
    // passes, even after the grace; the same change as a new one does not.
    sync::Change resent = *current;
    resent.version = version_at(kClosedAt + 5);
    const sync::ChangeContext again{caller, std::nullopt, true};
    CHECK_FALSE(closed_period_refusal(find, resent, std::nullopt, again, kClosedAt + 100 * kHour));
    CHECK(closed_period_refusal(find, resent, std::nullopt, {caller, std::nullopt},
                                kClosedAt + 100 * kHour));
}
