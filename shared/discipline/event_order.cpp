#include "discipline/event_order.h"

#include <algorithm>
#include <tuple>

namespace pantau {

bool comes_before(const OrderedEvent& a, const OrderedEvent& b) {
    return std::tie(a.event.at, a.version, a.id) < std::tie(b.event.at, b.version, b.id);
}

void order_events(std::vector<OrderedEvent>& events) {
    std::sort(events.begin(), events.end(), comes_before);
}

void insert_in_order(std::vector<OrderedEvent>& events, OrderedEvent event) {
    const auto place = std::upper_bound(events.begin(), events.end(), event, comes_before);
    events.insert(place, std::move(event));
}

std::vector<DisciplineEvent> steps_of(const std::vector<OrderedEvent>& events) {
    std::vector<DisciplineEvent> steps;
    steps.reserve(events.size());
    for (const auto& e : events)
        steps.push_back(e.event);
    return steps;
}

}  // namespace pantau
