#include "timeline/CancelledButShippedRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

std::vector<Alert> run(const OrderFacts &facts)
{
    return CancelledButShippedRule().evaluate(facts, asOf());
}

OrderFacts cancelledAt(const std::string &when, ShipmentStatus shipmentStatus)
{
    OrderFacts facts = plainOrder(OrderStatus::Cancelled, shipmentStatus);
    history(facts.orders.front(), when, "cancelled", "payments", "cancelled by finance");
    return facts;
}

} // namespace

TEST(CancelledButShippedRule, FlagsTheCancelledReplacementTheWarehouseDeliveredAnyway)
{
    const std::vector<Alert> alerts = run(stilettos());
    ASSERT_EQ(alerts.size(), 1u);
    const Alert &alert = alerts.front();
    EXPECT_EQ(alert.rule, "cancelled-but-shipped");
    EXPECT_EQ(alert.severity, AlertSeverity::Critical);
    EXPECT_EQ(alert.orderId, "ORD-1001-R1");
    EXPECT_TRUE(contains(alert.evidence, "orders:ORD-1001-R1:history:1"));
    EXPECT_TRUE(contains(alert.evidence, "delivery:SHP-1002:event:1"));
    EXPECT_TRUE(contains(alert.evidence, "delivery:SHP-1002:event:3"));
    EXPECT_FALSE(contains(alert.evidence, "delivery:SHP-1002:event:0")); // "created" is no move
    EXPECT_TRUE(mentions(alert.message, "ORD-1001-R1 was cancelled by payments on 16 Oct 2026"));
    EXPECT_TRUE(mentions(alert.message, "delivered 18 Oct 2026 14:48 UTC"));
    EXPECT_TRUE(contains(alert.suggestedActions, "escalate:warehouse"));
}

TEST(CancelledButShippedRule, AsksLogisticsToStopAParcelStillMoving)
{
    const std::vector<Alert> alerts =
        run(cancelledAt("2026-10-12T09:00:00Z", ShipmentStatus::InTransit));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts.front().suggestedActions.front(), "escalate:logistics");
}

TEST(CancelledButShippedRule, FlagsAMoveAfterTheCancellationEvenIfTheParcelWasStoppedLater)
{
    OrderFacts facts = cancelledAt("2026-10-10T12:00:00Z", ShipmentStatus::Cancelled);
    scan(facts.shipments.front(), "2026-10-11T08:00:00Z", "dispatched");
    scan(facts.shipments.front(), "2026-10-11T12:00:00Z", "cancelled");
    const std::vector<Alert> alerts = run(facts);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(mentions(alerts.front().message, "it is now cancelled"));
}

TEST(CancelledButShippedRule, FlagsACancelledOrderWithoutHistoryWhoseParcelMoves)
{
    const std::vector<Alert> alerts =
        run(plainOrder(OrderStatus::Cancelled, ShipmentStatus::Delivered));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(mentions(alerts.front().message, "ORD-1 was cancelled, but"));
}

TEST(CancelledButShippedRule, AcceptsACancellationThatStoppedTheShipmentInTime)
{
    OrderFacts facts = cancelledAt("2026-10-10T12:00:00Z", ShipmentStatus::Cancelled);
    scan(facts.shipments.front(), "2026-10-10T12:01:00Z", "cancelled");
    EXPECT_TRUE(run(facts).empty());
}

TEST(CancelledButShippedRule, AcceptsAParcelThatMovedBeforeTheCancellationAndWasRecalled)
{
    OrderFacts facts = cancelledAt("2026-10-11T12:00:00Z", ShipmentStatus::Failed);
    scan(facts.shipments.front(), "2026-10-11T13:00:00Z", "failed", "returned to sender");
    EXPECT_TRUE(run(facts).empty());
}

TEST(CancelledButShippedRule, IgnoresOrdersThatAreNotCancelled)
{
    EXPECT_TRUE(run(plainOrder(OrderStatus::Delivered, ShipmentStatus::Delivered)).empty());
}
