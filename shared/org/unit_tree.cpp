#include "org/unit_tree.h"

#include <algorithm>
#include <deque>
#include <set>

namespace pantau {

UnitTree::UnitTree(const std::vector<Link>& links) {
    for (const auto& [id, parent] : links)
        parent_[id] = parent;
    for (const auto& [id, parent] : parent_)
        if (parent)
            children_[*parent].push_back(id);
    for (auto& [id, children] : children_)
        std::sort(children.begin(), children.end());
}

std::optional<std::string> UnitTree::parent(const std::string& unit) const {
    auto it = parent_.find(unit);
    return it == parent_.end() ? std::nullopt : it->second;
}

bool UnitTree::contains(const std::string& ancestor, const std::string& unit) const {
    std::set<std::string, std::less<>> seen;
    std::optional<std::string> current = unit;
    while (current && seen.insert(*current).second) {
        if (*current == ancestor)
            return true;
        current = parent(*current);
    }
    return false;
}

std::vector<std::string> UnitTree::subtree(const std::string& root) const {
    std::vector<std::string> units;
    std::set<std::string, std::less<>> seen{root};
    std::deque<std::string> queue{root};
    while (!queue.empty()) {
        std::string unit = std::move(queue.front());
        queue.pop_front();
        if (auto it = children_.find(unit); it != children_.end()) {
            for (const auto& child : it->second)
                if (seen.insert(child).second)
                    queue.push_back(child);
        }
        units.push_back(std::move(unit));
    }
    return units;
}

}  // namespace pantau
