#include "org/unit_tree.h"

#include <catch2/catch.hpp>

using pantau::UnitTree;
using Ids = std::vector<std::string>;
using Links = std::vector<UnitTree::Link>;

namespace {

// pemda > dinkes > {pkm-b, pkm-a}; pemda > kec > kel
UnitTree kota() {
    return UnitTree(Links{{"pemda", std::nullopt},
                          {"dinkes", "pemda"},
                          {"pkm-b", "dinkes"},
                          {"pkm-a", "dinkes"},
                          {"kec", "pemda"},
                          {"kel", "kec"}});
}

}  // namespace

TEST_CASE("a subtree lists the root, then its descendants breadth-first in id order") {
    CHECK(kota().subtree("pemda") == Ids{"pemda", "dinkes", "kec", "pkm-a", "pkm-b", "kel"});
    CHECK(kota().subtree("dinkes") == Ids{"dinkes", "pkm-a", "pkm-b"});
    CHECK(kota().subtree("pkm-a") == Ids{"pkm-a"});
}

TEST_CASE("a unit contains itself and everything below it, nothing else") {
    const auto tree = kota();
    CHECK(tree.contains("pkm-a", "pkm-a"));
    CHECK(tree.contains("dinkes", "pkm-a"));
    CHECK(tree.contains("pemda", "kel"));
    CHECK_FALSE(tree.contains("pkm-a", "dinkes"));
    CHECK_FALSE(tree.contains("dinkes", "kel"));
    CHECK_FALSE(tree.contains("kec", "pkm-b"));
    CHECK_FALSE(tree.contains("pemda", "elsewhere"));
}

TEST_CASE("a parent that is referenced but not listed still has its subtree") {
    const UnitTree tree(Links{{"pkm", "dinkes"}});
    CHECK(tree.subtree("dinkes") == Ids{"dinkes", "pkm"});
    CHECK(tree.contains("dinkes", "pkm"));
    CHECK(tree.parent("pkm") == "dinkes");
    CHECK_FALSE(tree.parent("dinkes"));
}

TEST_CASE("a root the tree does not know is its own subtree") {
    CHECK(kota().subtree("nowhere") == Ids{"nowhere"});
}

TEST_CASE("a cycle in the parent links never makes a walk loop") {
    // a > b > c > a, with d hanging below c
    const UnitTree tree(Links{{"a", "c"}, {"b", "a"}, {"c", "b"}, {"d", "c"}});
    CHECK(tree.subtree("a") == Ids{"a", "b", "c", "d"});
    CHECK(tree.contains("b", "a"));
    CHECK(tree.contains("a", "d"));
    CHECK_FALSE(tree.contains("d", "a"));
    CHECK_FALSE(tree.contains("x", "a"));
}

TEST_CASE("a unit that is its own parent is handled") {
    const UnitTree tree(Links{{"a", "a"}, {"b", "a"}});
    CHECK(tree.subtree("a") == Ids{"a", "b"});
    CHECK_FALSE(tree.contains("b", "a"));
    CHECK(tree.contains("a", "b"));
}

TEST_CASE("when a unit is listed twice the later parent wins") {
    const UnitTree tree(Links{{"pkm", "dinkes"}, {"pkm", "kec"}});
    CHECK(tree.contains("kec", "pkm"));
    CHECK_FALSE(tree.contains("dinkes", "pkm"));
    CHECK(tree.subtree("dinkes") == Ids{"dinkes"});
}
