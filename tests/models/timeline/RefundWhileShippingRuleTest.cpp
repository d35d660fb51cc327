#include "timeline/RefundWhileShippingRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

std::vector<Alert> run(const OrderFacts &facts)
{
    return RefundWhileShippingRule().evaluate(facts, asOf());
}

} // namespace

TEST(RefundWhileShippingRule, FlagsFinanceRefundingTheOriginalWhileTheReplacementIsDelivered)
{
    const std::vector<Alert> alerts = run(stilettos());
    ASSERT_EQ(alerts.size(), 1u);
    const Alert &alert = alerts.front();
    EXPECT_EQ(alert.rule, "refund-while-shipping");
    EXPECT_EQ(alert.severity, AlertSeverity::Critical);
    EXPECT_EQ(alert.orderId, "ORD-1001");
    EXPECT_TRUE(contains(alert.evidence, "payments:REF-1001"));
    EXPECT_TRUE(contains(alert.evidence, "delivery:SHP-1002:event:3"));
    EXPECT_TRUE(mentions(alert.message, "REF-1001 (49.90 EUR on ORD-1001 by finance)"));
    EXPECT_TRUE(mentions(alert.message, "SHP-1002 (ORD-1001-R1) delivered"));
    EXPECT_TRUE(mentions(alert.message, "no return exists"));
    EXPECT_TRUE(contains(alert.suggestedActions, "issue-return-label"));
    EXPECT_TRUE(contains(alert.suggestedActions, "escalate:finance"));
}

TEST(RefundWhileShippingRule, FlagsARefundWhileTheParcelIsStillInTransit)
{
    OrderFacts facts = plainOrder(OrderStatus::Dispatched, ShipmentStatus::InTransit);
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-11T09:00:00Z")};
    const std::vector<Alert> alerts = run(facts);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(mentions(alerts.front().message, "SHP-1 (ORD-1) in transit"));
}

TEST(RefundWhileShippingRule, TreatsAFullRefundWithoutLinesAsRefundingEveryLine)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {}, "2026-10-13T09:00:00Z")};
    EXPECT_EQ(run(facts).size(), 1u);
}

TEST(RefundWhileShippingRule, AcceptsARefundAfterAReturn)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "received", "2026-10-13T09:00:00Z")};
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-15T09:00:00Z")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(RefundWhileShippingRule, AcceptsARefundWhileTheReturnIsOnlyAuthorized)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.returns = {returnOf("RET-1", "ORD-1", {{"L1", 1}}, "authorized", "2026-10-13T09:00:00Z")};
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-13T09:05:00Z")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(RefundWhileShippingRule, AcceptsARefundOfACancelledOrderThatNeverShipped)
{
    OrderFacts facts = plainOrder(OrderStatus::Cancelled, ShipmentStatus::Cancelled);
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-11T09:00:00Z", "system")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(RefundWhileShippingRule, AcceptsRefundingTheUnitsThatWereNeverShipped)
{
    // Two lamps ordered, one out of stock: one shipped, the other refunded.
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    facts.orders.front().lines = {line("L1", 2, 2000, "Lamp")};
    facts.orders.front().paid = 4000;
    facts.refunds = {refund("REF-1", "ORD-1", 2000, {{"L1", 1}}, "2026-10-11T09:00:00Z")};
    EXPECT_TRUE(run(facts).empty());
}

TEST(RefundWhileShippingRule, IgnoresGoodwillAmountsAndFailedRefunds)
{
    OrderFacts facts = plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered);
    Refund failed = refund("REF-2", "ORD-1", 2000, {{"L1", 1}}, "2026-10-13T09:00:00Z");
    failed.status = "failed";
    facts.refunds = {refund("REF-1", "ORD-1", 500, {}, "2026-10-13T09:00:00Z"), failed};
    EXPECT_TRUE(run(facts).empty());
}
