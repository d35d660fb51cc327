#include "timeline/LineLedger.h"

#include <algorithm>

namespace caseline {

namespace {

void remember(std::vector<std::string> &ids, const std::string &id)
{
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
    }
}

std::vector<LineQuantity> allLines(const Order &order)
{
    std::vector<LineQuantity> lines;
    for (const OrderLine &line : order.lines) {
        lines.push_back({line.lineId, line.quantity});
    }
    return lines;
}

} // namespace

LineLedger::LineLedger(const OrderFacts &facts, const OrderFamily &families)
{
    for (const Order &order : facts.orders) {
        auto &lines = byFamily_[families.rootOf(order.id)];
        const bool replacement = families.isReplacement(order);
        const bool counts = replacement && replacementCounts(order, facts);
        for (const OrderLine &orderLine : order.lines) {
            Line &line = lines[orderLine.lineId];
            if (line.description.empty()) {
                line.description = orderLine.description;
            }
            if (!replacement) {
                line.ordered += orderLine.quantity;
            } else if (counts) {
                line.replaced += orderLine.quantity;
                line.replacementPending += orderLine.quantity;
                remember(line.replacementIds, order.id);
            }
        }
    }
    for (const Shipment &shipment : facts.shipments) {
        if (!hasMoved(shipment)) {
            continue;
        }
        const Order *order = facts.order(shipment.orderId);
        auto &lines = byFamily_[families.rootOf(shipment.orderId)];
        for (const LineQuantity &moved : shippedLines(shipment, order)) {
            Line &line = lines[moved.lineId];
            line.withCustomer += moved.quantity;
            remember(line.shipmentIds, shipment.id);
            if (order && families.isReplacement(*order)) {
                line.replacementPending = std::max(0LL, line.replacementPending - moved.quantity);
            }
        }
    }
    for (const Refund &refund : facts.refunds) {
        if (!moneyMoved(refund)) {
            continue;
        }
        auto &lines = byFamily_[families.rootOf(refund.orderId)];
        for (const LineQuantity &refunded : refundedLines(refund, facts.order(refund.orderId))) {
            Line &line = lines[refunded.lineId];
            line.refunded += refunded.quantity;
            remember(line.refundIds, refund.id);
        }
    }
    for (const ReturnAuthorization &item : facts.returns) {
        auto &lines = byFamily_[families.rootOf(item.orderId)];
        for (const LineQuantity &returned : item.lines) {
            lines[returned.lineId].returned += returned.quantity;
        }
    }
}

const std::map<std::string, LineLedger::Line> &LineLedger::lines(const std::string &root) const
{
    static const std::map<std::string, Line> none;
    const auto found = byFamily_.find(root);
    return found == byFamily_.end() ? none : found->second;
}

bool LineLedger::moneyMoved(const Refund &refund)
{
    return refund.status != "failed" && refund.status != "cancelled" && refund.status != "reversed";
}

std::vector<LineQuantity> LineLedger::refundedLines(const Refund &refund, const Order *order)
{
    if (!refund.lines.empty()) {
        return refund.lines;
    }
    if (order && order->paid > 0 && refund.amount >= order->paid) {
        return allLines(*order);
    }
    return {};
}

std::vector<LineQuantity> LineLedger::shippedLines(const Shipment &shipment, const Order *order)
{
    if (!shipment.lines.empty() || !order) {
        return shipment.lines;
    }
    return allLines(*order);
}

bool LineLedger::hasMoved(const Shipment &shipment)
{
    return isUnderway(shipment.status) || shipment.status == ShipmentStatus::Delivered;
}

bool LineLedger::replacementCounts(const Order &replacement, const OrderFacts &facts)
{
    if (replacement.status != OrderStatus::Cancelled) {
        return true;
    }
    return std::any_of(facts.shipments.begin(), facts.shipments.end(), [&](const Shipment &s) {
        return s.orderId == replacement.id && hasMoved(s);
    });
}

} // namespace caseline
