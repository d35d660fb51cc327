#include "timeline/DuplicateCompensationRule.h"

#include "timeline/AlertText.h"
#include "timeline/LineLedger.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace caseline {

namespace {

// Evidence for an order: where it was placed (its first history entry).
void citeOrder(const Order &order, std::vector<std::string> &evidence)
{
    if (!order.history.empty()) {
        evidence.push_back(TimelineRefs::orderHistory(order.id, 0));
    }
}

} // namespace

std::vector<Alert> DuplicateCompensationRule::evaluate(const OrderFacts &facts,
                                                       const QDateTime &) const
{
    std::vector<Alert> alerts;
    replacedAndRefunded(facts, alerts);
    replacedTwice(facts, alerts);
    refundedAbovePaid(facts, alerts);
    return alerts;
}

Alert DuplicateCompensationRule::makeAlert(const std::string &orderId) const
{
    Alert alert;
    alert.rule = id();
    alert.severity = AlertSeverity::Critical;
    alert.orderId = orderId;
    alert.suggestedActions = {"escalate:finance", "add-note"};
    return alert;
}

void DuplicateCompensationRule::replacedAndRefunded(const OrderFacts &facts,
                                                    std::vector<Alert> &alerts) const
{
    const OrderFamily families(facts);
    const LineLedger ledger(facts, families);
    for (const std::string &root : families.roots()) {
        for (const auto &[lineId, line] : ledger.lines(root)) {
            const long long kept = line.withCustomer + line.replacementPending - line.returned;
            if (line.replaced <= 0 || line.refunded <= 0 || kept + line.refunded <= line.ordered) {
                continue;
            }
            Alert alert = makeAlert(root);
            std::vector<std::string> refunds;
            for (const Refund &refund : facts.refunds) {
                if (std::find(line.refundIds.begin(), line.refundIds.end(), refund.id) !=
                    line.refundIds.end()) {
                    //: A refund in a list: %1 is its number, %2 the amount
                    refunds.push_back(
                        QCoreApplication::translate("DuplicateCompensationRule", "%1 (%2)")
                            .arg(QString::fromStdString(refund.id),
                                 QString::fromStdString(
                                     AlertText::money(refund.amount, refund.currency)))
                            .toStdString());
                    alert.evidence.push_back(TimelineRefs::refund(refund.id));
                }
            }
            for (const std::string &replacementId : line.replacementIds) {
                citeOrder(*facts.order(replacementId), alert.evidence);
            }
            //: %1 is an order, %2 one of its lines ("line 2 (Stiletto)"), %3 the replacement
            //: orders, %4 the refunds
            alert.message =
                QCoreApplication::translate(
                    "DuplicateCompensationRule",
                    "%1 %2 was compensated twice: replaced by %3 and refunded by %4.")
                    .arg(QString::fromStdString(root),
                         QString::fromStdString(AlertText::line(lineId, line.description)),
                         QString::fromStdString(AlertText::list(line.replacementIds)),
                         QString::fromStdString(AlertText::list(refunds)))
                    .toStdString();
            alerts.push_back(std::move(alert));
        }
    }
}

void DuplicateCompensationRule::replacedTwice(const OrderFacts &facts,
                                              std::vector<Alert> &alerts) const
{
    const OrderFamily families(facts);
    for (const Order &order : facts.orders) {
        // Counted per direct original, so replacing a faulty replacement is not a duplicate.
        std::map<std::string, long long> replaced;
        std::map<std::string, std::vector<const Order *>> by;
        for (const Order *replacement : families.replacementsOf(order.id)) {
            if (!LineLedger::replacementCounts(*replacement, facts)) {
                continue;
            }
            for (const OrderLine &line : replacement->lines) {
                replaced[line.lineId] += line.quantity;
                by[line.lineId].push_back(replacement);
            }
        }
        for (const auto &[lineId, quantity] : replaced) {
            const OrderLine *original = order.line(lineId);
            const long long ordered = original ? original->quantity : 0;
            if (quantity <= ordered) {
                continue;
            }
            Alert alert = makeAlert(order.id);
            std::vector<std::string> ids;
            for (const Order *replacement : by[lineId]) {
                ids.push_back(replacement->id);
                citeOrder(*replacement, alert.evidence);
            }
            //: %1 is an order, %2 one of its lines, %3 the units replaced ("3 units"), %4 the
            //: replacement orders, %5 the units ordered ("1 unit")
            alert.message =
                QCoreApplication::translate("DuplicateCompensationRule",
                                            "%1 %2 has replacements for %3 (%4); the order had %5.")
                    .arg(QString::fromStdString(order.id),
                         QString::fromStdString(
                             AlertText::line(lineId, original ? original->description : "")),
                         QString::fromStdString(AlertText::units(quantity)),
                         QString::fromStdString(AlertText::list(ids)),
                         QString::fromStdString(AlertText::units(ordered)))
                    .toStdString();
            alert.suggestedActions = {"cancel-order", "escalate:warehouse", "add-note"};
            alerts.push_back(std::move(alert));
        }
    }
}

void DuplicateCompensationRule::refundedAbovePaid(const OrderFacts &facts,
                                                  std::vector<Alert> &alerts) const
{
    for (const Order &order : facts.orders) {
        long long refunded = 0;
        std::vector<std::string> ids;
        std::vector<std::string> evidence;
        for (const Refund &refund : facts.refunds) {
            // Another currency cannot be compared; the payments system rejects those anyway.
            if (refund.orderId != order.id || !LineLedger::moneyMoved(refund) ||
                (!refund.currency.empty() && refund.currency != order.currency)) {
                continue;
            }
            refunded += refund.amount;
            ids.push_back(refund.id);
            evidence.push_back(TimelineRefs::refund(refund.id));
        }
        if (refunded <= order.paid) {
            continue;
        }
        Alert alert = makeAlert(order.id);
        alert.evidence = evidence;
        //: %1 is an order, %2 its refunds, %3 their total, %4 what the customer paid
        alert.message =
            QCoreApplication::translate("DuplicateCompensationRule",
                                        "Refunds on %1 (%2) total %3, more than the %4 paid.")
                .arg(QString::fromStdString(order.id), QString::fromStdString(AlertText::list(ids)),
                     QString::fromStdString(AlertText::money(refunded, order.currency)),
                     QString::fromStdString(AlertText::money(order.paid, order.currency)))
                .toStdString();
        alerts.push_back(std::move(alert));
    }
}

} // namespace caseline
