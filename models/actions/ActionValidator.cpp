#include "actions/ActionValidator.h"

#include "actions/ActionError.h"
#include "domain/Rfc3339.h"

#include <algorithm>
#include <map>

namespace caseline {

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
            throw ActionError(order.id + " is " + toString(order.status) +
                              "; only an order not yet dispatched can be cancelled");
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
        throw ActionError("order management does not know " + plan.orderId);
    }
    return *order;
}

void ActionValidator::checkLinesOrdered(const PlannedAction &plan, const Order &order)
{
    for (const LineQuantity &line : plan.lines) {
        const OrderLine *ordered = order.line(line.lineId);
        if (!ordered) {
            throw ActionError(order.id + " has no line " + line.lineId);
        }
        if (line.quantity > ordered->quantity) {
            throw ActionError("line " + line.lineId + " of " + order.id + " has " +
                              std::to_string(ordered->quantity) + ", not " +
                              std::to_string(line.quantity));
        }
    }
}

void ActionValidator::checkRefund(const PlannedAction &plan, const OrderFacts &facts)
{
    const Order &order = orderOf(plan, facts);
    if (plan.currency != order.currency) {
        throw ActionError(order.id + " was paid in " + order.currency + ", not " + plan.currency);
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
        throw ActionError(
            "a refund of " + std::to_string(plan.amount) + " is more than is left of " + order.id +
            ": paid " + std::to_string(order.paid) + ", refunded " + std::to_string(refunded) +
            ", left " + std::to_string(left) + " (minor units of " + order.currency + ")");
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
            throw ActionError("line " + line.lineId + " of " + order.id + ": " +
                              std::to_string(delivered[line.lineId]) + " delivered, " +
                              std::to_string(returning[line.lineId]) +
                              " already being returned; a label for " +
                              std::to_string(line.quantity) + " is not possible");
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
        throw ActionError("delivery does not know shipment " + plan.shipmentId);
    }
    if (shipment->status == ShipmentStatus::Delivered ||
        shipment->status == ShipmentStatus::Cancelled) {
        throw ActionError(plan.shipmentId + " is " + toString(shipment->status) +
                          "; it can no longer be rescheduled");
    }
    if (!options) {
        return;
    }
    if (!plan.slotId.empty()) {
        const auto slot = std::find_if(options->slots.begin(), options->slots.end(),
                                       [&](const DeliverySlot &s) { return s.id == plan.slotId; });
        if (slot == options->slots.end()) {
            throw ActionError("the carrier does not offer slot " + plan.slotId + " for " +
                              plan.shipmentId);
        }
        if (slot->from <= now) {
            throw ActionError("slot " + plan.slotId + " (" + Rfc3339::format(slot->from) +
                              ") has already begun");
        }
    } else {
        const bool offered =
            std::any_of(options->pickupPoints.begin(), options->pickupPoints.end(),
                        [&](const PickupPoint &p) { return p.id == plan.pickupPointId; });
        if (!offered) {
            throw ActionError("the carrier does not offer pickup point " + plan.pickupPointId +
                              " for " + plan.shipmentId);
        }
    }
}

} // namespace caseline
