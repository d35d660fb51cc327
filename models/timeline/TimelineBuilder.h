#pragma once

#include "timeline/OrderFacts.h"
#include "timeline/TimelineEvent.h"

#include <vector>

namespace caseline {

// Merges what the five systems said about an order family into one timeline: one event per
// order history entry, per shipment tracking event (plus the promised delivery window), per
// refund, per return and per customer message. Events are sorted by time, keeping the input
// order for equal times, and each ref (TimelineRefs) appears once however often a source
// repeats it.
class TimelineBuilder
{
public:
    std::vector<TimelineEvent> build(const OrderFacts &facts) const;

private:
    static void addOrder(const Order &order, std::vector<TimelineEvent> &events);
    static void addShipment(const Shipment &shipment, std::vector<TimelineEvent> &events);
    static TimelineEvent refundEvent(const Refund &refund);
    static TimelineEvent returnEvent(const ReturnAuthorization &item);
    static TimelineEvent messageEvent(const CustomerMessage &message);
};

} // namespace caseline
