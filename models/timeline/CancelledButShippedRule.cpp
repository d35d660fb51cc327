#include "timeline/CancelledButShippedRule.h"

#include "timeline/AlertText.h"
#include "timeline/LineLedger.h"
#include "timeline/TimelineRefs.h"

#include <optional>

namespace caseline {

namespace {

bool movingStatus(const std::string &status)
{
    const auto parsed = shipmentStatusFromString(status);
    return parsed && (isUnderway(*parsed) || *parsed == ShipmentStatus::Delivered);
}

// The history entry that cancelled the order; the last one, should it have been cancelled twice.
std::optional<std::size_t> cancellationEntry(const Order &order)
{
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < order.history.size(); ++i) {
        if (order.history[i].status == "cancelled") {
            found = i;
        }
    }
    return found;
}

} // namespace

std::vector<Alert> CancelledButShippedRule::evaluate(const OrderFacts &facts,
                                                     const QDateTime &) const
{
    std::vector<Alert> alerts;
    for (const Order &order : facts.orders) {
        if (order.status != OrderStatus::Cancelled) {
            continue;
        }
        const auto entry = cancellationEntry(order);
        const QDateTime cancelledAt = entry ? order.history[*entry].at : QDateTime();
        for (const Shipment &shipment : facts.shipments) {
            if (shipment.orderId != order.id) {
                continue;
            }
            // Scans that contradict the cancellation: all moving ones when the parcel is still
            // moving (or delivered), else those after the cancellation.
            const bool movingNow = LineLedger::hasMoved(shipment);
            std::vector<std::size_t> scans;
            for (std::size_t i = 0; i < shipment.events.size(); ++i) {
                const TrackingEvent &scan = shipment.events[i];
                if (movingStatus(scan.status) &&
                    (movingNow || !cancelledAt.isValid() || scan.at >= cancelledAt)) {
                    scans.push_back(i);
                }
            }
            if (!movingNow && scans.empty()) {
                continue;
            }
            Alert alert;
            alert.rule = id();
            alert.severity = AlertSeverity::Critical;
            alert.orderId = order.id;
            std::string cancelled = order.id + " was cancelled";
            if (entry) {
                const std::string &by = order.history[*entry].system;
                cancelled +=
                    (by.empty() ? "" : " by " + by) + " on " + AlertText::time(cancelledAt);
                alert.evidence.push_back(TimelineRefs::orderHistory(order.id, *entry));
            }
            std::vector<std::string> moves;
            for (const std::size_t i : scans) {
                moves.push_back(AlertText::status(shipment.events[i].status) + " " +
                                AlertText::time(shipment.events[i].at));
                alert.evidence.push_back(TimelineRefs::trackingEvent(shipment.id, i));
            }
            const std::string state = AlertText::status(toString(shipment.status));
            std::string shipped =
                moves.empty() ? "delivery reports " + shipment.id + " " + state
                              : "delivery shows " + shipment.id + " " + AlertText::list(moves);
            if (!movingNow) {
                shipped += "; it is now " + state;
            }
            alert.message = cancelled + ", but " + shipped + ".";
            if (shipment.status == ShipmentStatus::Delivered) {
                alert.suggestedActions = {"escalate:warehouse", "send-message", "add-note"};
            } else if (movingNow) {
                alert.suggestedActions = {"escalate:logistics", "escalate:warehouse",
                                          "send-message"};
            } else {
                alert.suggestedActions = {"escalate:warehouse", "add-note"};
            }
            alerts.push_back(std::move(alert));
        }
    }
    return alerts;
}

} // namespace caseline
