#pragma once

#include <QDateTime>
#include <string>
#include <vector>

namespace caseline {

// One line of the unified case timeline: what happened, when, in which system.
// `ref` identifies the event (stable across refreshes) so alerts can point at it as evidence.
struct TimelineEvent
{
    QDateTime at;
    std::string system; // orders, delivery, payments, returns, notifications, case
    std::string kind;   // e.g. order.cancelled, shipment.delivered, refund.created, message.sent
    std::string summary;
    std::string ref;                     // e.g. "payments:REF-1001"
    std::vector<std::string> references; // ids it concerns: order, shipment, refund, ...
    std::string detail;                  // longer text (message body, tracking description)
};

} // namespace caseline
