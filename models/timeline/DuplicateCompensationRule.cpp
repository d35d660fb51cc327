#include "timeline/DuplicateCompensationRule.h"

#include "timeline/AlertText.h"
#include "timeline/LineLedger.h"
#include "timeline/OrderFamily.h"
#include "timeline/TimelineRefs.h"

#include <algorithm>
#include <map>

namespace caseline {

namespace {

std::string lineName(const std::string &lineId, const std::string &description)
{
    return description.empty() ? "line " + lineId : "line " + lineId + " (" + description + ")";
}

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
                    refunds.push_back(refund.id + " (" +
                                      AlertText::money(refund.amount, refund.currency) + ")");
                    alert.evidence.push_back(TimelineRefs::refund(refund.id));
                }
            }
            for (const std::string &replacementId : line.replacementIds) {
                citeOrder(*facts.order(replacementId), alert.evidence);
            }
            alert.message = root + " " + lineName(lineId, line.description) +
                            " was compensated twice: replaced by " +
                            AlertText::list(line.replacementIds) + " and refunded by " +
                            AlertText::list(refunds) + ".";
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
            alert.message = order.id + " " +
                            lineName(lineId, original ? original->description : "") +
                            " has replacements for " + AlertText::count(quantity, "unit") + " (" +
                            AlertText::list(ids) + "); the order had " +
                            AlertText::count(ordered, "unit") + ".";
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
        alert.message = "Refunds on " + order.id + " (" + AlertText::list(ids) + ") total " +
                        AlertText::money(refunded, order.currency) + ", more than the " +
                        AlertText::money(order.paid, order.currency) + " paid.";
        alerts.push_back(std::move(alert));
    }
}

} // namespace caseline
