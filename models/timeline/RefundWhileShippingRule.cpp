#include "timeline/RefundWhileShippingRule.h"

#include "timeline/AlertText.h"
#include "timeline/LineLedger.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <algorithm>

namespace caseline {

namespace {

const Shipment *findShipment(const OrderFacts &facts, const std::string &id)
{
    for (const Shipment &shipment : facts.shipments) {
        if (shipment.id == id) {
            return &shipment;
        }
    }
    return nullptr;
}

const Refund *findRefund(const OrderFacts &facts, const std::string &id)
{
    for (const Refund &refund : facts.refunds) {
        if (refund.id == id) {
            return &refund;
        }
    }
    return nullptr;
}

// "SHP-1002 (ORD-1001-R1) delivered (18 Oct 2026 14:48 UTC)", citing its latest moving scan.
std::string describeShipment(const Shipment &shipment, std::vector<std::string> &evidence)
{
    std::string text =
        shipment.id + " (" + shipment.orderId + ") " + AlertText::status(toString(shipment.status));
    for (std::size_t i = shipment.events.size(); i-- > 0;) {
        const auto status = shipmentStatusFromString(shipment.events[i].status);
        if (status && (isUnderway(*status) || *status == ShipmentStatus::Delivered)) {
            text += " (" + AlertText::time(shipment.events[i].at) + ")";
            evidence.push_back(TimelineRefs::trackingEvent(shipment.id, i));
            break;
        }
    }
    return text;
}

} // namespace

std::vector<Alert> RefundWhileShippingRule::evaluate(const OrderFacts &facts,
                                                     const QDateTime &) const
{
    const OrderFamily families(facts);
    const LineLedger ledger(facts, families);
    std::vector<Alert> alerts;
    for (const std::string &root : families.roots()) {
        for (const auto &[lineId, line] : ledger.lines(root)) {
            const long long kept = line.withCustomer - line.returned;
            const long long excess = std::min(line.refunded, kept + line.refunded - line.ordered);
            if (line.refunded <= 0 || line.withCustomer <= 0 || excess <= 0) {
                continue;
            }
            Alert alert;
            alert.rule = id();
            alert.severity = AlertSeverity::Critical;
            std::vector<std::string> refunds;
            for (const std::string &refundId : line.refundIds) {
                const Refund *refund = findRefund(facts, refundId);
                refunds.push_back(refundId + " (" +
                                  AlertText::money(refund->amount, refund->currency) + " on " +
                                  refund->orderId + " by " +
                                  (refund->issuedBy.empty() ? "payments" : refund->issuedBy) + ")");
                alert.evidence.push_back(TimelineRefs::refund(refundId));
                if (alert.orderId.empty()) {
                    alert.orderId = refund->orderId;
                }
            }
            std::vector<std::string> shipments;
            for (const std::string &shipmentId : line.shipmentIds) {
                shipments.push_back(
                    describeShipment(*findShipment(facts, shipmentId), alert.evidence));
            }
            const std::string what = line.description.empty()
                                         ? "line " + lineId
                                         : "line " + lineId + " (" + line.description + ")";
            alert.message =
                "Money was refunded for " + AlertText::count(excess, "unit") + " of " + what +
                " by " + AlertText::list(refunds) +
                ", but the goods are with the customer: " + AlertText::list(shipments) +
                (line.returned > 0 ? "; the return covers too few units." : "; no return exists.");
            alert.suggestedActions = {"issue-return-label", "escalate:finance", "send-message"};
            alerts.push_back(std::move(alert));
        }
    }
    return alerts;
}

} // namespace caseline
