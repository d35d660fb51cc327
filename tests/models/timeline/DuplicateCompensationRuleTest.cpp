#include "timeline/DuplicateCompensationRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

std::vector<Alert> run(const OrderFacts &facts)
{
    return DuplicateCompensationRule().evaluate(facts, asOf());
}

// ORD-1 delivered (wrong item) and a replacement ORD-1-R1 in the given state.
OrderFacts withReplacement(OrderStatus replacementStatus, ShipmentStatus replacementShipment)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    Order replacement =
        order("ORD-1-R1", replacementStatus, {line("L1", 1, 2000, "Lamp")}, 0, "ORD-1");
    history(replacement, "2026-10-13T09:00:00Z", "placed", "customer-service");
    facts.orders.push_back(replacement);
    facts.shipments.push_back(shipment("SHP-2", "ORD-1-R1", replacementShipment, {{"L1", 1}}));
    return facts;
}

} // namespace

TEST(DuplicateCompensationRule, FlagsTheStilettosReplacementAndFullRefund)
{
    const std::vector<Alert> alerts = run(stilettos());
    ASSERT_EQ(alerts.size(), 1u);
    const Alert &alert = alerts.front();
    EXPECT_EQ(alert.rule, "duplicate-compensation");
    EXPECT_EQ(alert.severity, AlertSeverity::Critical);
    EXPECT_EQ(alert.orderId, "ORD-1001");
    EXPECT_EQ(alert.message, "ORD-1001 line L1 (Denim overalls) was compensated twice: replaced "
                             "by ORD-1001-R1 and refunded by REF-1001 (49.90 EUR).");
    EXPECT_TRUE(contains(alert.evidence, "payments:REF-1001"));
    EXPECT_TRUE(contains(alert.evidence, "orders:ORD-1001-R1:history:0"));
    EXPECT_TRUE(contains(alert.suggestedActions, "escalate:finance"));
}

TEST(DuplicateCompensationRule, FlagsARefundWhileAReplacementIsStillToBeShipped)
{
    OrderFacts facts = withReplacement(OrderStatus::Placed, ShipmentStatus::Created);
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-14T09:00:00Z")};
    EXPECT_EQ(run(facts).size(), 1u);
}

TEST(DuplicateCompensationRule, AcceptsARefundInsteadOfACancelledReplacement)
{
    // The customer chose the money: replacement cancelled before it left, wrong item returned.
    OrderFacts facts = withReplacement(OrderStatus::Cancelled, ShipmentStatus::Cancelled);
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "received", "2026-10-14T09:00:00Z")};
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-15T09:00:00Z")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(DuplicateCompensationRule, AcceptsAReplacementWithoutRefund)
{
    OrderFacts facts = withReplacement(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "received", "2026-10-14T09:00:00Z")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(DuplicateCompensationRule, AcceptsARefundAfterBothItemsCameBack)
{
    OrderFacts facts = withReplacement(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.returns = {
        returnOf("RET-1", "ORD-1", {{"L1", 1}}, "received", "2026-10-14T09:00:00Z"),
        returnOf("RET-2", "ORD-1-R1", {{"L1", 1}}, "received", "2026-10-16T09:00:00Z")};
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-17T09:00:00Z")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(DuplicateCompensationRule, FlagsTwoReplacementsForOneUnit)
{
    OrderFacts facts = withReplacement(OrderStatus::Placed, ShipmentStatus::Created);
    facts.orders.push_back(
        order("ORD-1-R2", OrderStatus::Placed, {line("L1", 1, 2000, "Lamp")}, 0, "ORD-1"));
    const std::vector<Alert> alerts = run(facts);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts.front().message, "ORD-1 line L1 (Lamp) has replacements for 2 units "
                                      "(ORD-1-R1 and ORD-1-R2); the order had 1 unit.");
}

TEST(DuplicateCompensationRule, AcceptsReplacingAFaultyReplacement)
{
    OrderFacts facts = withReplacement(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.orders.push_back(
        order("ORD-1-R2", OrderStatus::Placed, {line("L1", 1, 2000, "Lamp")}, 0, "ORD-1-R1"));
    EXPECT_TRUE(run(facts).empty());
}

TEST(DuplicateCompensationRule, FlagsRefundsAboveWhatWasPaid)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "received", "2026-10-13T09:00:00Z")};
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {}, "2026-10-14T09:00:00Z"),
                     refund("REF-2", "ORD-1", 2000, {}, "2026-10-14T09:01:00Z")};
    const std::vector<Alert> alerts = run(facts);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts.front().message,
              "Refunds on ORD-1 (REF-1 and REF-2) total 40.00 EUR, more than the 20.00 EUR paid.");
    EXPECT_EQ(alerts.front().evidence,
              (std::vector<std::string>{"payments:REF-1", "payments:REF-2"}));
}

TEST(DuplicateCompensationRule, AcceptsPartialRefundsUpToWhatWasPaid)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.refunds = {refund("REF-1", "ORD-1", 500, {}, "2026-10-14T09:00:00Z"),
                     refund("REF-2", "ORD-1", 1500, {}, "2026-10-15T09:00:00Z")};
    EXPECT_TRUE(run(facts).empty());
}
