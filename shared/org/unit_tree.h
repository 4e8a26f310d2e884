// UnitTree: the parent links of units, asked "is this unit inside that one?"
// and "which units lie under this one?". Data visibility follows the tree, so
// these answers decide a device's scope. The links come from synced master
// data and may be incomplete or even cyclic while a sync is half done; the
// walks therefore never revisit a unit and always end.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pantau {

class UnitTree {
  public:
    using Link = std::pair<std::string, std::optional<std::string>>;  // (id, parent_id)

    UnitTree() = default;
    // When an id appears twice, the later link wins.
    explicit UnitTree(const std::vector<Link>& links);

    // True when `unit` is `ancestor` or lies below it.
    bool contains(const std::string& ancestor, const std::string& unit) const;

    // `root` and every unit below it, root first, then breadth-first with
    // siblings in id order. A root the tree has never heard of is its own
    // subtree, as is a parent that is referenced but not itself listed.
    std::vector<std::string> subtree(const std::string& root) const;

    std::optional<std::string> parent(const std::string& unit) const;

  private:
    std::map<std::string, std::optional<std::string>, std::less<>> parent_;
    std::map<std::string, std::vector<std::string>, std::less<>> children_;
};

}  // namespace pantau
