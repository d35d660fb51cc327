#include "actions/ActionValidator.h"

#include "actions/ActionError.h"
#include "domain/Rfc3339.h"
#include "timeline/AlertText.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace caseline {

namespace {

QString text(const std::string &words)
{
    return QString::fromStdString(words);
}

} // namespace

void ActionValidator::check(const PlannedAction &plan, const OrderFacts &facts,
                            const QDateTime &now, const std::optional<DeliveryOptions> &options)
{
    if (plan.action == "refund") {
        checkRefund(plan, facts);
    } else if (plan.action == "return-label") {
        checkReturn(plan, facts);
    } else if (plan.action == "cancel") {
        const Order &order = orderOf(plan, facts);
        if (order.status != OrderStatus::Placed) {
            //: %1 is an order, %2 its status ("dispatched")
            throw ActionError(
                QCoreApplication::translate(
                    "ActionValidator",
                    "%1 is %2; only an order not yet dispatched can be cancelled")
                    .arg(text(order.id), text(AlertText::status(toString(order.status))))
                    .toStdString());
        }
    } else if (plan.action == "replace") {
        checkLinesOrdered(plan, orderOf(plan, facts));
    } else if (plan.action == "reschedule") {
        checkReschedule(plan, facts, now, options);
    } else if (plan.action == "message" && !plan.orderId.empty()) {
        orderOf(plan, facts);
    }
}

const Order &ActionValidator::orderOf(const PlannedAction &plan, const OrderFacts &facts)
{
    const Order *order = facts.order(plan.orderId);
    if (!order) {
        //: %1 is an order number
        throw ActionError(
            QCoreApplication::translate("ActionValidator", "order management does not know %1")
                .arg(text(plan.orderId))
                .toStdString());
    }
    return *order;
}

void ActionValidator::checkLinesOrdered(const PlannedAction &plan, const Order &order)
{
    for (const LineQuantity &line : plan.lines) {
        const OrderLine *ordered = order.line(line.lineId);
        if (!ordered) {
            //: %1 is an order, %2 a line number
            throw ActionError(QCoreApplication::translate("ActionValidator", "%1 has no line %2")
                                  .arg(text(order.id), text(line.lineId))
                                  .toStdString());
        }
        if (line.quantity > ordered->quantity) {
            //: %1 is a line number, %2 its order, %3 the quantity ordered, %4 the quantity asked
            throw ActionError(
                QCoreApplication::translate("ActionValidator", "line %1 of %2 has %3, not %4")
                    .arg(text(line.lineId), text(order.id), QString::number(ordered->quantity),
                         QString::number(line.quantity))
                    .toStdString());
        }
    }
}

void ActionValidator::checkRefund(const PlannedAction &plan, const OrderFacts &facts)
{
    const Order &order = orderOf(plan, facts);
    if (plan.currency != order.currency) {
        //: %1 is an order, %2 the currency it was paid in, %3 the currency of the refund
        throw ActionError(
            QCoreApplication::translate("ActionValidator", "%1 was paid in %2, not %3")
                .arg(text(order.id), text(order.currency), text(plan.currency))
                .toStdString());
    }
    checkLinesOrdered(plan, order);
    long long refunded = 0;
    for (const Refund &refund : facts.refunds) {
        if (refund.orderId == order.id) {
            refunded += refund.amount;
        }
    }
    const long long left = order.paid - refunded;
    if (plan.amount > left) {
        //: Amounts in minor units (cents): %1 the refund asked, %2 the order, %3 what was paid,
        //: %4 what was refunded, %5 what is left, %6 the currency
        throw ActionError(QCoreApplication::translate(
                              "ActionValidator",
                              "a refund of %1 is more than is left of %2: paid %3, refunded %4, "
                              "left %5 (minor units of %6)")
                              .arg(QString::number(plan.amount), text(order.id),
                                   QString::number(order.paid), QString::number(refunded),
                                   QString::number(left), text(order.currency))
                              .toStdString());
    }
}

void ActionValidator::checkReturn(const PlannedAction &plan, const OrderFacts &facts)
{
    const Order &order = orderOf(plan, facts);
    checkLinesOrdered(plan, order);
    std::map<std::string, long long> delivered;
    for (const Shipment &shipment : facts.shipments) {
        if (shipment.orderId == order.id && shipment.status == ShipmentStatus::Delivered) {
            for (const LineQuantity &line : shipment.lines) {
                delivered[line.lineId] += line.quantity;
            }
        }
    }
    std::map<std::string, long long> returning;
    for (const ReturnAuthorization &item : facts.returns) {
        if (item.orderId == order.id) {
            for (const LineQuantity &line : item.lines) {
                returning[line.lineId] += line.quantity;
            }
        }
    }
    for (const LineQuantity &line : plan.lines) {
        const long long open = delivered[line.lineId] - returning[line.lineId];
        if (line.quantity > open) {
            //: %1 is a line number, %2 its order, %3 the units delivered, %4 the units already
            //: being returned, %5 the units asked for
            throw ActionError(
                QCoreApplication::translate(
                    "ActionValidator", "line %1 of %2: %3 delivered, %4 already being returned; a "
                                       "label for %5 is not possible")
                    .arg(text(line.lineId), text(order.id), QString::number(delivered[line.lineId]),
                         QString::number(returning[line.lineId]), QString::number(line.quantity))
                    .toStdString());
        }
    }
}

void ActionValidator::checkReschedule(const PlannedAction &plan, const OrderFacts &facts,
                                      const QDateTime &now,
                                      const std::optional<DeliveryOptions> &options)
{
    const auto shipment = std::find_if(facts.shipments.begin(), facts.shipments.end(),
                                       [&](const Shipment &s) { return s.id == plan.shipmentId; });
    if (shipment == facts.shipments.end()) {
        //: %1 is a shipment number
        throw ActionError(
            QCoreApplication::translate("ActionValidator", "delivery does not know shipment %1")
                .arg(text(plan.shipmentId))
                .toStdString());
    }
    if (shipment->status == ShipmentStatus::Delivered ||
        shipment->status == ShipmentStatus::Cancelled) {
        //: %1 is a shipment, %2 its status ("delivered")
        throw ActionError(
            QCoreApplication::translate("ActionValidator",
                                        "%1 is %2; it can no longer be rescheduled")
                .arg(text(plan.shipmentId), text(AlertText::status(toString(shipment->status))))
                .toStdString());
    }
    if (!options) {
        return;
    }
    if (!plan.slotId.empty()) {
        const auto slot = std::find_if(options->slots.begin(), options->slots.end(),
                                       [&](const DeliverySlot &s) { return s.id == plan.slotId; });
        if (slot == options->slots.end()) {
            //: %1 is a delivery slot, %2 a shipment
            throw ActionError(QCoreApplication::translate(
                                  "ActionValidator", "the carrier does not offer slot %1 for %2")
                                  .arg(text(plan.slotId), text(plan.shipmentId))
                                  .toStdString());
        }
        if (slot->from <= now) {
            //: %1 is a delivery slot, %2 when it begins
            throw ActionError(
                QCoreApplication::translate("ActionValidator", "slot %1 (%2) has already begun")
                    .arg(text(plan.slotId), text(Rfc3339::format(slot->from)))
                    .toStdString());
        }
    } else {
        const bool offered =
            std::any_of(options->pickupPoints.begin(), options->pickupPoints.end(),
                        [&](const PickupPoint &p) { return p.id == plan.pickupPointId; });
        if (!offered) {
            //: %1 is a pickup point, %2 a shipment
            throw ActionError(
                QCoreApplication::translate("ActionValidator",
                                            "the carrier does not offer pickup point %1 for %2")
                    .arg(text(plan.pickupPointId), text(plan.shipmentId))
                    .toStdString());
        }
    }
}

} // namespace caseline
