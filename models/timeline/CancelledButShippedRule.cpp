#include "timeline/CancelledButShippedRule.h"

#include "timeline/AlertText.h"
#include "timeline/LineLedger.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
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
            const QString orderId = QString::fromStdString(order.id);
            QString cancelled;
            if (!entry) {
                //: The first part of an alert; %1 is an order number
                cancelled =
                    QCoreApplication::translate("CancelledButShippedRule", "%1 was cancelled")
                        .arg(orderId);
            } else {
                const std::string &by = order.history[*entry].system;
                const QString at = QString::fromStdString(AlertText::time(cancelledAt));
                if (by.empty()) {
                    //: The first part of an alert; %1 is an order number, %2 a date and time
                    cancelled = QCoreApplication::translate("CancelledButShippedRule",
                                                            "%1 was cancelled on %2")
                                    .arg(orderId, at);
                } else {
                    //: The first part of an alert; %1 is an order number, %2 the system or
                    //: department that cancelled it, %3 a date and time
                    cancelled = QCoreApplication::translate("CancelledButShippedRule",
                                                            "%1 was cancelled by %2 on %3")
                                    .arg(orderId, QString::fromStdString(by), at);
                }
                alert.evidence.push_back(TimelineRefs::orderHistory(order.id, *entry));
            }
            std::vector<std::string> moves;
            for (const std::size_t i : scans) {
                //: A carrier's scan in a list: %1 is its status ("in transit"), %2 its time
                moves.push_back(
                    QCoreApplication::translate("CancelledButShippedRule", "%1 %2",
                                                "scan status and time")
                        .arg(QString::fromStdString(AlertText::status(shipment.events[i].status)),
                             QString::fromStdString(AlertText::time(shipment.events[i].at)))
                        .toStdString());
                alert.evidence.push_back(TimelineRefs::trackingEvent(shipment.id, i));
            }
            const QString shipmentId = QString::fromStdString(shipment.id);
            const QString state =
                QString::fromStdString(AlertText::status(toString(shipment.status)));
            QString message;
            if (moves.empty()) {
                //: %1 says how the order was cancelled ("ORD-1 was cancelled by orders on 16
                //: Oct 2026 07:30 UTC"), %2 is a shipment, %3 its status ("in transit")
                message = QCoreApplication::translate("CancelledButShippedRule",
                                                      "%1, but delivery reports %2 %3.")
                              .arg(cancelled, shipmentId, state);
            } else if (movingNow) {
                //: %1 says how the order was cancelled, %2 is a shipment, %3 the list of its
                //: scans ("in transit 16 Oct 2026 07:30 UTC and delivered 17 Oct 2026 ...")
                message =
                    QCoreApplication::translate("CancelledButShippedRule",
                                                "%1, but delivery shows %2 %3.")
                        .arg(cancelled, shipmentId, QString::fromStdString(AlertText::list(moves)));
            } else {
                //: %1 says how the order was cancelled, %2 is a shipment, %3 the list of its
                //: scans, %4 its status now ("cancelled")
                message = QCoreApplication::translate("CancelledButShippedRule",
                                                      "%1, but delivery shows %2 %3; it is now %4.")
                              .arg(cancelled, shipmentId,
                                   QString::fromStdString(AlertText::list(moves)), state);
            }
            alert.message = message.toStdString();
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
