#include "timeline/TimelineBuilder.h"

#include "timeline/AlertText.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
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

// "ORD-1 dispatched by warehouse"; `by` is empty when order management itself acted.
std::string orderSummary(const Order &order, const std::string &status, const QString &by)
{
    const QString id = QString::fromStdString(order.id);
    if (status == "placed" && order.replacementFor) {
        const QString original = QString::fromStdString(*order.replacementFor);
        //: %1 is the new order; then %2 is the department that placed it, %3 the order it
        //: replaces
        return (by.isEmpty() ? QCoreApplication::translate("TimelineBuilder",
                                                           "%1 placed as a replacement for %2")
                                   .arg(id, original)
                             : QCoreApplication::translate(
                                   "TimelineBuilder", "%1 placed by %2 as a replacement for %3")
                                   .arg(id, by, original))
            .toStdString();
    }
    const QString words = QString::fromStdString(AlertText::status(status));
    //: An order's new status: %1 is the order, %2 its status ("dispatched"); then %3 is the
    //: department that changed it
    return (by.isEmpty()
                ? QCoreApplication::translate("TimelineBuilder", "%1 %2", "order status")
                      .arg(id, words)
                : QCoreApplication::translate("TimelineBuilder", "%1 %2 by %3").arg(id, words, by))
        .toStdString();
}

// "Refund RF-1 of 49.90 EUR on ORD-1 by finance (pending)"; a refund that succeeded says nothing
// of its status.
std::string refundSummary(const Refund &refund)
{
    const QString id = QString::fromStdString(refund.id);
    const QString amount = QString::fromStdString(AlertText::money(refund.amount, refund.currency));
    const QString orderId = QString::fromStdString(refund.orderId);
    const QString by = QString::fromStdString(refund.issuedBy);
    const bool showStatus = !refund.status.empty() && refund.status != "succeeded";
    const QString status = QString::fromStdString(AlertText::status(refund.status));
    QString summary;
    if (by.isEmpty() && !showStatus) {
        //: %1 is a refund, %2 its amount, %3 its order
        summary = QCoreApplication::translate("TimelineBuilder", "Refund %1 of %2 on %3")
                      .arg(id, amount, orderId);
    } else if (!showStatus) {
        //: %1 is a refund, %2 its amount, %3 its order, %4 who issued it
        summary = QCoreApplication::translate("TimelineBuilder", "Refund %1 of %2 on %3 by %4")
                      .arg(id, amount, orderId, by);
    } else if (by.isEmpty()) {
        //: %1 is a refund, %2 its amount, %3 its order, %4 its status ("pending")
        summary = QCoreApplication::translate("TimelineBuilder", "Refund %1 of %2 on %3 (%4)")
                      .arg(id, amount, orderId, status);
    } else {
        //: %1 is a refund, %2 its amount, %3 its order, %4 who issued it, %5 its status
        //: ("pending")
        summary = QCoreApplication::translate("TimelineBuilder", "Refund %1 of %2 on %3 by %4 (%5)")
                      .arg(id, amount, orderId, by, status);
    }
    return summary.toStdString();
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
        const QString id = QString::fromStdString(order.id);
        const bool byOther = !entry.system.empty() && entry.system != "orders";
        const QString by = QString::fromStdString(entry.system);
        if (entry.status == previousStatus && !entry.note.empty()) {
            // Same status again: a department wrote a note, which is the news.
            event.kind = "order.note";
            const QString note = QString::fromStdString(entry.note);
            //: %1 is an order, %2 the note; then %2 is the department that wrote it, %3 the note
            event.summary =
                (byOther ? QCoreApplication::translate("TimelineBuilder", "Note on %1 by %2: %3")
                               .arg(id, by, note)
                         : QCoreApplication::translate("TimelineBuilder", "Note on %1: %2")
                               .arg(id, note))
                    .toStdString();
        } else {
            event.kind = "order." + (entry.status.empty() ? std::string("updated") : entry.status);
            event.summary = orderSummary(order, entry.status, byOther ? by : QString());
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
        //: %1 is a shipment, %2 its order, %3 the delivery window
        event.summary =
            QCoreApplication::translate("TimelineBuilder", "%1 (%2) promised for %3")
                .arg(QString::fromStdString(shipment.id), QString::fromStdString(shipment.orderId),
                     QString::fromStdString(AlertText::window(*shipment.promisedWindow)))
                .toStdString();
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
        const QString id = QString::fromStdString(shipment.id);
        const QString orderId = QString::fromStdString(shipment.orderId);
        const QString status = QString::fromStdString(AlertText::status(tracking.status));
        //: A carrier's scan: %1 is a shipment, %2 its order, %3 the status ("in transit"); then
        //: %4 is where it was scanned
        event.summary =
            (tracking.location.empty()
                 ? QCoreApplication::translate("TimelineBuilder", "%1 (%2) %3")
                       .arg(id, orderId, status)
                 : QCoreApplication::translate("TimelineBuilder", "%1 (%2) %3, %4")
                       .arg(id, orderId, status, QString::fromStdString(tracking.location)))
                .toStdString();
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
    event.summary = refundSummary(refund);
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
    const QString id = QString::fromStdString(item.id);
    const QString orderId = QString::fromStdString(item.orderId);
    const QString status = QString::fromStdString(AlertText::status(item.status));
    if (item.label) {
        //: %1 is a return, %2 its order, %3 its status ("authorized"), %4 the carrier of its
        //: label, %5 the label's tracking number
        event.summary =
            QCoreApplication::translate("TimelineBuilder", "Return %1 for %2, %3; label %4 %5")
                .arg(id, orderId, status, QString::fromStdString(item.label->carrier),
                     QString::fromStdString(item.label->trackingNumber))
                .toStdString();
        event.references.push_back(item.label->trackingNumber);
    } else {
        //: %1 is a return, %2 its order, %3 its status ("authorized")
        event.summary =
            QCoreApplication::translate("TimelineBuilder", "Return %1 for %2, %3; no label")
                .arg(id, orderId, status)
                .toStdString();
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
