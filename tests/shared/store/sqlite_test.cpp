#include "store/sqlite.h"

#include <catch2/catch.hpp>

using namespace pantau::sqlite;

TEST_CASE("a transaction that is not committed leaves nothing behind") {
    auto db = Database::open(":memory:");
    db.exec("CREATE TABLE t (v TEXT)");
    {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (?1)").bind(1, "lost").run();
    }
    CHECK(db.scalar_int("SELECT count(*) FROM t") == 0);
    {
        Transaction tx(db);
        db.prepare("INSERT INTO t VALUES (?1)").bind(1, "kept").run();
        tx.commit();
    }
    CHECK(db.scalar_int("SELECT count(*) FROM t") == 1);
}

TEST_CASE("bound text is data, never SQL") {
    auto db = Database::open(":memory:");
    db.exec("CREATE TABLE t (v TEXT)");
    const std::string hostile = "x'); DROP TABLE t; --";
    db.prepare("INSERT INTO t VALUES (?1)").bind(1, hostile).run();
    auto s = db.prepare("SELECT v FROM t");
    REQUIRE(s.step());
    CHECK(s.text(0) == hostile);
}

TEST_CASE("optional values bind as NULL and read back as empty") {
    auto db = Database::open(":memory:");
    db.exec("CREATE TABLE t (a TEXT, b INTEGER)");
    db.prepare("INSERT INTO t VALUES (?1, ?2)")
        .bind_all(std::optional<std::string>(), std::optional<std::int64_t>(7))
        .run();
    auto s = db.prepare("SELECT a, b FROM t");
    REQUIRE(s.step());
    CHECK_FALSE(s.optional_text(0));
    CHECK(s.optional_int64(1) == 7);
}

TEST_CASE("migrations run forward once each and refuse a newer schema") {
    static constexpr Migration kSteps[] = {{1, "CREATE TABLE a (x)"}, {2, "CREATE TABLE b (y)"}};
    auto db = Database::open(":memory:");
    auto first = migrate(db, kSteps, 1);
    REQUIRE(first.ok());
    CHECK(*first == 1);
    auto all = migrate(db, kSteps);
    REQUIRE(all.ok());
    CHECK(*all == 2);
    CHECK(migrate(db, kSteps).value() == 2);
    db.exec("PRAGMA user_version = 9");
    auto newer = migrate(db, kSteps);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().code == "schema_too_new");
}

TEST_CASE("a failing migration is rolled back whole") {
    static constexpr Migration kSteps[] = {{1, "CREATE TABLE a (x); CREATE TABLE a (y);"}};
    auto db = Database::open(":memory:");
    auto result = migrate(db, kSteps);
    REQUIRE_FALSE(result.ok());
    CHECK(db.user_version() == 0);
    CHECK(db.scalar_int("SELECT count(*) FROM sqlite_master WHERE name = 'a'") == 0);
}

TEST_CASE("a full disk is reported as storage_full") {
    auto db = Database::open(":memory:");
    db.exec("CREATE TABLE t (v BLOB)");
    db.exec("PRAGMA max_page_count = 8");
    try {
        for (int i = 0; i < 100; ++i)
            db.prepare("INSERT INTO t VALUES (?1)").bind(1, std::string(4000, 'x')).run();
        FAIL("the insert should have filled the database");
    } catch (const Error& e) {
        CHECK(e.is_storage_full());
        CHECK(to_error(e).code == "storage_full");
    }
}
