#include "timeline/MissedDeliveryWindowRule.h"

#include "timeline/AlertText.h"
#include "timeline/TimelineRefs.h"

#include <algorithm>

namespace caseline {

std::vector<Alert> MissedDeliveryWindowRule::evaluate(const OrderFacts &facts,
                                                      const QDateTime &now) const
{
    std::vector<Alert> alerts;
    for (const Shipment &shipment : facts.shipments) {
        if (!shipment.promisedWindow || !shipment.promisedWindow->to.isValid() ||
            shipment.promisedWindow->to >= now || shipment.status == ShipmentStatus::Delivered) {
            continue;
        }
        const bool deliveredScan =
            std::any_of(shipment.events.begin(), shipment.events.end(),
                        [](const TrackingEvent &scan) { return scan.status == "delivered"; });
        const Order *order = facts.order(shipment.orderId);
        if (deliveredScan || (order && order->status == OrderStatus::Cancelled)) {
            continue;
        }
        const bool givenUp = shipment.status == ShipmentStatus::Failed ||
                             shipment.status == ShipmentStatus::Cancelled;

        Alert alert;
        alert.rule = id();
        alert.severity = givenUp ? AlertSeverity::Critical : AlertSeverity::Warning;
        alert.orderId = shipment.orderId;
        alert.evidence.push_back(TimelineRefs::shipment(shipment.id));
        alert.message = shipment.id + " for " + shipment.orderId + " was promised for " +
                        AlertText::window(*shipment.promisedWindow) + "; the window has passed " +
                        "and delivery reports it " + AlertText::status(toString(shipment.status));
        if (!shipment.events.empty()) {
            const std::size_t last = shipment.events.size() - 1;
            const TrackingEvent &scan = shipment.events[last];
            alert.evidence.push_back(TimelineRefs::trackingEvent(shipment.id, last));
            if (!scan.description.empty()) {
                alert.message += " (" + AlertText::time(scan.at) + ": " + scan.description + ")";
            }
        }
        if (givenUp && order) {
            alert.message +=
                ", while orders still shows " + order->id + " as " + toString(order->status);
        }
        alert.message += ".";
        alert.suggestedActions = {"reschedule-delivery", "send-message", "escalate:logistics"};
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
