// The one order of a discipline case's steps, used by the phone, by the
// server's change rules and by the exports, so that all three fold a case to
// the same state: by the step's time, then by the change's version, then by
// its id. A new step is checked at the place this order gives it, which is
// the place it will have once stored.
#pragma once

#include <string>
#include <vector>

#include "discipline/discipline_event.h"

namespace pantau {

struct OrderedEvent {
    std::string id;       // the event record's id
    std::string version;  // its sync version
    DisciplineEvent event;
};

bool comes_before(const OrderedEvent& a, const OrderedEvent& b);

// Sorts `events` into workflow order.
void order_events(std::vector<OrderedEvent>& events);

// Inserts `event` at its place in events already in workflow order.
void insert_in_order(std::vector<OrderedEvent>& events, OrderedEvent event);

// The steps alone, in the order given.
std::vector<DisciplineEvent> steps_of(const std::vector<OrderedEvent>& events);

}  // namespace pantau
