#include "timeline/MissedDeliveryWindowRule.h"

#include "timeline/AlertText.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
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
        const QString shipmentId = QString::fromStdString(shipment.id);
        const QString orderId = QString::fromStdString(shipment.orderId);
        const QString window = QString::fromStdString(AlertText::window(*shipment.promisedWindow));
        const QString status = QString::fromStdString(AlertText::status(toString(shipment.status)));
        QString scanAt;
        QString scanText;
        if (!shipment.events.empty()) {
            const std::size_t last = shipment.events.size() - 1;
            const TrackingEvent &scan = shipment.events[last];
            alert.evidence.push_back(TimelineRefs::trackingEvent(shipment.id, last));
            if (!scan.description.empty()) {
                scanAt = QString::fromStdString(AlertText::time(scan.at));
                scanText = QString::fromStdString(scan.description);
            }
        }
        const bool ordersDisagree = givenUp && order;
        const QString orderStatus =
            ordersDisagree ? QString::fromStdString(AlertText::status(toString(order->status)))
                           : QString();
        QString message;
        if (scanText.isEmpty() && !ordersDisagree) {
            //: %1 is a shipment, %2 its order, %3 the promised window, %4 its status now
            message = QCoreApplication::translate(
                          "MissedDeliveryWindowRule",
                          "%1 for %2 was promised for %3; the window has passed and delivery "
                          "reports it %4.")
                          .arg(shipmentId, orderId, window, status);
        } else if (!ordersDisagree) {
            //: %1 is a shipment, %2 its order, %3 the promised window, %4 its status now, %5
            //: the time of its last scan, %6 what the carrier wrote on it
            message = QCoreApplication::translate(
                          "MissedDeliveryWindowRule",
                          "%1 for %2 was promised for %3; the window has passed and delivery "
                          "reports it %4 (%5: %6).")
                          .arg(shipmentId, orderId, window, status, scanAt, scanText);
        } else if (scanText.isEmpty()) {
            //: %1 is a shipment, %2 its order, %3 the promised window, %4 its status now
            //: ("failed"), %5 the order again, %6 the order's status ("dispatched")
            message = QCoreApplication::translate(
                          "MissedDeliveryWindowRule",
                          "%1 for %2 was promised for %3; the window has passed and delivery "
                          "reports it %4, while orders still shows %5 as %6.")
                          .arg(shipmentId, orderId, window, status,
                               QString::fromStdString(order->id), orderStatus);
        } else {
            //: %1 is a shipment, %2 its order, %3 the promised window, %4 its status now
            //: ("failed"), %5 the time of its last scan, %6 what the carrier wrote on it, %7 the
            //: order again, %8 the order's status ("dispatched")
            message = QCoreApplication::translate(
                          "MissedDeliveryWindowRule",
                          "%1 for %2 was promised for %3; the window has passed and delivery "
                          "reports it %4 (%5: %6), while orders still shows %7 as %8.")
                          .arg(shipmentId, orderId, window, status, scanAt, scanText,
                               QString::fromStdString(order->id), orderStatus);
        }
        alert.message = message.toStdString();
        alert.suggestedActions = {"reschedule-delivery", "send-message", "escalate:logistics"};
        alerts.push_back(std::move(alert));
    }
    return alerts;
}

} // namespace caseline
