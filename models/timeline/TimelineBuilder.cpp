#include "timeline/TimelineBuilder.h"

#include "timeline/AlertText.h"
#include "timeline/TimelineRefs.h"

#include <algorithm>
#include <set>

namespace caseline {

namespace {

// SMS have no subject: the start of the body stands in for it.
std::string firstWords(const std::string &text, std::size_t limit)
{
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() <= limit) {
        return line;
    }
    std::size_t cut = line.rfind(' ', limit);
    if (cut == std::string::npos || cut == 0) {
        cut = limit;
    }
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return line.substr(0, cut) + "...";
}

} // namespace

std::vector<TimelineEvent> TimelineBuilder::build(const OrderFacts &facts) const
{
    std::vector<TimelineEvent> events;
    for (const Order &order : facts.orders) {
        addOrder(order, events);
    }
    for (const Shipment &shipment : facts.shipments) {
        addShipment(shipment, events);
    }
    for (const Refund &refund : facts.refunds) {
        events.push_back(refundEvent(refund));
    }
    for (const ReturnAuthorization &item : facts.returns) {
        events.push_back(returnEvent(item));
    }
    for (const CustomerMessage &message : facts.messages) {
        events.push_back(messageEvent(message));
    }

    // The same order can arrive twice (as the case's order and as a sibling's replacement).
    std::set<std::string> seen;
    std::vector<TimelineEvent> unique;
    unique.reserve(events.size());
    for (TimelineEvent &event : events) {
        if (seen.insert(event.ref).second) {
            unique.push_back(std::move(event));
        }
    }
    std::stable_sort(unique.begin(), unique.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    return unique;
}

void TimelineBuilder::addOrder(const Order &order, std::vector<TimelineEvent> &events)
{
    std::string previousStatus;
    for (std::size_t i = 0; i < order.history.size(); ++i) {
        const OrderHistoryEntry &entry = order.history[i];
        TimelineEvent event;
        event.at = entry.at;
        // The orders system reported the entry; the department that acted goes in the words.
        event.system = "orders";
        event.ref = TimelineRefs::orderHistory(order.id, i);
        event.references = {order.id};
        event.detail = entry.note;
        const std::string by =
            entry.system.empty() || entry.system == "orders" ? "" : " by " + entry.system;
        if (entry.status == previousStatus && !entry.note.empty()) {
            // Same status again: a department wrote a note, which is the news.
            event.kind = "order.note";
            event.summary = "Note on " + order.id + by + ": " + entry.note;
        } else {
            event.kind = "order." + (entry.status.empty() ? std::string("updated") : entry.status);
            event.summary = order.id + " " + AlertText::status(entry.status) + by;
            if (entry.status == "placed" && order.replacementFor) {
                event.summary += " as a replacement for " + *order.replacementFor;
            }
        }
        previousStatus = entry.status;
        events.push_back(std::move(event));
    }
}

void TimelineBuilder::addShipment(const Shipment &shipment, std::vector<TimelineEvent> &events)
{
    const std::vector<std::string> references = {shipment.id, shipment.orderId,
                                                 shipment.trackingNumber};
    if (shipment.promisedWindow) {
        // The promise is part of the story (missed windows are alerts): it sits on the
        // timeline where the window opens, in the future while it is still to come.
        TimelineEvent event;
        event.at = shipment.promisedWindow->from;
        event.system = "delivery";
        event.kind = "shipment.window";
        event.ref = TimelineRefs::shipment(shipment.id);
        event.references = references;
        event.summary = shipment.id + " (" + shipment.orderId + ") promised for " +
                        AlertText::window(*shipment.promisedWindow);
        event.detail = shipment.carrier + " " + shipment.trackingNumber;
        events.push_back(std::move(event));
    }
    for (std::size_t i = 0; i < shipment.events.size(); ++i) {
        const TrackingEvent &tracking = shipment.events[i];
        TimelineEvent event;
        event.at = tracking.at;
        event.system = "delivery";
        event.kind =
            "shipment." + (tracking.status.empty() ? std::string("updated") : tracking.status);
        event.ref = TimelineRefs::trackingEvent(shipment.id, i);
        event.references = references;
        event.summary =
            shipment.id + " (" + shipment.orderId + ") " + AlertText::status(tracking.status);
        if (!tracking.location.empty()) {
            event.summary += ", " + tracking.location;
        }
        event.detail = tracking.description;
        events.push_back(std::move(event));
    }
}

TimelineEvent TimelineBuilder::refundEvent(const Refund &refund)
{
    TimelineEvent event;
    event.at = refund.createdAt;
    event.system = "payments";
    event.kind = "refund.created";
    event.ref = TimelineRefs::refund(refund.id);
    event.references = {refund.id, refund.orderId};
    event.summary = "Refund " + refund.id + " of " +
                    AlertText::money(refund.amount, refund.currency) + " on " + refund.orderId;
    if (!refund.issuedBy.empty()) {
        event.summary += " by " + refund.issuedBy;
    }
    if (!refund.status.empty() && refund.status != "succeeded") {
        event.summary += " (" + refund.status + ")";
    }
    event.detail = refund.reason;
    return event;
}

TimelineEvent TimelineBuilder::returnEvent(const ReturnAuthorization &item)
{
    TimelineEvent event;
    event.at = item.createdAt;
    event.system = "returns";
    event.kind = "return.created";
    event.ref = TimelineRefs::returnAuthorization(item.id);
    event.references = {item.id, item.orderId};
    event.summary =
        "Return " + item.id + " for " + item.orderId + ", " + AlertText::status(item.status);
    if (item.label) {
        event.summary += "; label " + item.label->carrier + " " + item.label->trackingNumber;
        event.references.push_back(item.label->trackingNumber);
    } else {
        event.summary += "; no label";
    }
    event.detail = item.reason;
    return event;
}

TimelineEvent TimelineBuilder::messageEvent(const CustomerMessage &message)
{
    TimelineEvent event;
    event.at = message.sentAt;
    event.system = "notifications";
    event.kind = "message.sent";
    event.ref = TimelineRefs::message(message.id);
    event.references = {message.id};
    if (message.orderId) {
        event.references.push_back(*message.orderId);
    }
    event.summary = message.subject.empty() ? firstWords(message.body, 80) : message.subject;
    event.detail = message.body;
    return event;
}

} // namespace caseline
