#include "sync/merge.h"

#include <catch2/catch.hpp>

using namespace pantau::sync;

namespace {
Change change(const std::string& version, const std::string& origin,
              std::optional<std::string> base) {
    Change c;
    c.type = "attendance";
    c.id = "r";
    c.unit_id = "u";
    c.version = version;
    c.origin = origin;
    c.base = std::move(base);
    return c;
}
}  // namespace

TEST_CASE("a new record is applied without conflict") {
    auto d = decide(change("0000000000010000", "a", std::nullopt), std::nullopt);
    CHECK(d.outcome == MergeOutcome::Applied);
    CHECK_FALSE(d.conflict);
}

TEST_CASE("an edit made on the current version is applied without conflict") {
    auto d = decide(change("0000000000020000", "b", "0000000000010000"),
                    CurrentVersion{"0000000000010000", "a"});
    CHECK(d.outcome == MergeOutcome::Applied);
    CHECK_FALSE(d.conflict);
}

TEST_CASE(
    "a higher version that never saw the current one of another origin wins and is a conflict") {
    auto d = decide(change("0000000000030000", "b", std::nullopt),
                    CurrentVersion{"0000000000020000", "a"});
    CHECK(d.outcome == MergeOutcome::Applied);
    CHECK(d.conflict);
}

TEST_CASE("a lower version of another origin is superseded and is a conflict") {
    auto d = decide(change("0000000000010000", "b", std::nullopt),
                    CurrentVersion{"0000000000020000", "a"});
    CHECK(d.outcome == MergeOutcome::Superseded);
    CHECK(d.conflict);
}

TEST_CASE("a device overwriting its own unseen version is not a conflict") {
    auto d = decide(change("0000000000030000", "a", "0000000000010000"),
                    CurrentVersion{"0000000000020000", "a"});
    CHECK(d.outcome == MergeOutcome::Applied);
    CHECK_FALSE(d.conflict);
}

TEST_CASE("equal versions break the tie by origin, the same on every replica") {
    auto d1 = decide(change("0000000000010000", "b", std::nullopt),
                     CurrentVersion{"0000000000010000", "a"});
    auto d2 = decide(change("0000000000010000", "a", std::nullopt),
                     CurrentVersion{"0000000000010000", "b"});
    CHECK(d1.outcome == MergeOutcome::Applied);
    CHECK(d2.outcome == MergeOutcome::Superseded);
}

TEST_CASE("the same version again is a duplicate that changes nothing") {
    auto d = decide(change("0000000000010000", "a", std::nullopt),
                    CurrentVersion{"0000000000010000", "a"});
    CHECK(d.outcome == MergeOutcome::Duplicate);
    CHECK_FALSE(d.conflict);
}
