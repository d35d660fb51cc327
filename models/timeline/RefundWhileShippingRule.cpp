#include "timeline/RefundWhileShippingRule.h"

#include "timeline/AlertText.h"
#include "timeline/LineLedger.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
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
    const QString id = QString::fromStdString(shipment.id);
    const QString order = QString::fromStdString(shipment.orderId);
    const QString status = QString::fromStdString(AlertText::status(toString(shipment.status)));
    for (std::size_t i = shipment.events.size(); i-- > 0;) {
        const auto scanned = shipmentStatusFromString(shipment.events[i].status);
        if (scanned && (isUnderway(*scanned) || *scanned == ShipmentStatus::Delivered)) {
            evidence.push_back(TimelineRefs::trackingEvent(shipment.id, i));
            //: A shipment in a list: %1 is its number, %2 its order, %3 its status, %4 the
            //: time of its latest scan
            return QCoreApplication::translate("RefundWhileShippingRule", "%1 (%2) %3 (%4)")
                .arg(id, order, status,
                     QString::fromStdString(AlertText::time(shipment.events[i].at)))
                .toStdString();
        }
    }
    //: A shipment in a list: %1 is its number, %2 its order, %3 its status
    return QCoreApplication::translate("RefundWhileShippingRule", "%1 (%2) %3")
        .arg(id, order, status)
        .toStdString();
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
                //: A refund in a list: %1 is its number, %2 the amount, %3 the order, %4 who
                //: issued it
                refunds.push_back(
                    QCoreApplication::translate("RefundWhileShippingRule", "%1 (%2 on %3 by %4)")
                        .arg(QString::fromStdString(refundId),
                             QString::fromStdString(
                                 AlertText::money(refund->amount, refund->currency)),
                             QString::fromStdString(refund->orderId),
                             QString::fromStdString(refund->issuedBy.empty() ? "payments"
                                                                             : refund->issuedBy))
                        .toStdString());
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
            const QString units = QString::fromStdString(AlertText::units(excess));
            const QString what = QString::fromStdString(AlertText::line(lineId, line.description));
            const QString by = QString::fromStdString(AlertText::list(refunds));
            const QString goods = QString::fromStdString(AlertText::list(shipments));
            if (line.returned > 0) {
                //: %1 is a number of units ("2 units"), %2 an order line, %3 the refunds, %4 the
                //: shipments that brought the goods
                alert.message = QCoreApplication::translate(
                                    "RefundWhileShippingRule",
                                    "Money was refunded for %1 of %2 by %3, but the goods are "
                                    "with the customer: %4; the return covers too few units.")
                                    .arg(units, what, by, goods)
                                    .toStdString();
            } else {
                //: %1 is a number of units ("2 units"), %2 an order line, %3 the refunds, %4 the
                //: shipments that brought the goods
                alert.message = QCoreApplication::translate(
                                    "RefundWhileShippingRule",
                                    "Money was refunded for %1 of %2 by %3, but the goods are "
                                    "with the customer: %4; no return exists.")
                                    .arg(units, what, by, goods)
                                    .toStdString();
            }
            alert.suggestedActions = {"issue-return-label", "escalate:finance", "send-message"};
            alerts.push_back(std::move(alert));
        }
    }
    return alerts;
}

} // namespace caseline
