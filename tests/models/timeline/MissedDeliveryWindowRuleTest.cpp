#include "timeline/MissedDeliveryWindowRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

std::vector<Alert> run(const OrderFacts &facts, const QDateTime &now = asOf())
{
    return MissedDeliveryWindowRule().evaluate(facts, now);
}

OrderFacts promised(OrderStatus orderStatus, ShipmentStatus shipmentStatus)
{
    OrderFacts facts = plainOrder(orderStatus, shipmentStatus);
    window(facts.shipments.front(), "2026-10-19T08:00:00Z", "2026-10-19T12:00:00Z");
    return facts;
}

} // namespace

TEST(MissedDeliveryWindowRule, FlagsADeliveryLogisticsCancelledWhileTheOrderIsOpen)
{
    OrderFacts facts = promised(OrderStatus::Dispatched, ShipmentStatus::Failed);
    scan(facts.shipments.front(), "2026-10-18T15:30:00Z", "failed",
         "Delivery cancelled by logistics, rescheduled next month");
    const std::vector<Alert> alerts = run(facts);
    ASSERT_EQ(alerts.size(), 1u);
    const Alert &alert = alerts.front();
    EXPECT_EQ(alert.rule, "missed-delivery-window");
    EXPECT_EQ(alert.severity, AlertSeverity::Critical);
    EXPECT_EQ(alert.orderId, "ORD-1");
    EXPECT_EQ(alert.message,
              "SHP-1 for ORD-1 was promised for 19 Oct 2026 08:00-12:00 UTC; the window has passed "
              "and delivery reports it failed (18 Oct 2026 15:30 UTC: Delivery cancelled by "
              "logistics, rescheduled next month), while orders still shows ORD-1 as dispatched.");
    EXPECT_EQ(alert.evidence,
              (std::vector<std::string>{"delivery:SHP-1", "delivery:SHP-1:event:2"}));
    EXPECT_EQ(alert.suggestedActions.front(), "reschedule-delivery");
}

TEST(MissedDeliveryWindowRule, WarnsAboutAParcelThatIsMerelyLate)
{
    const std::vector<Alert> alerts =
        run(promised(OrderStatus::Dispatched, ShipmentStatus::InTransit));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts.front().severity, AlertSeverity::Warning);
}

TEST(MissedDeliveryWindowRule, FlagsADeliveryCancelledWhileTheOrderIsStillOpen)
{
    const std::vector<Alert> alerts = run(promised(OrderStatus::Placed, ShipmentStatus::Cancelled));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts.front().severity, AlertSeverity::Critical);
}

TEST(MissedDeliveryWindowRule, JudgesAgainstTheInjectedNow)
{
    const OrderFacts facts = promised(OrderStatus::Dispatched, ShipmentStatus::InTransit);
    EXPECT_TRUE(run(facts, at("2026-10-19T11:59:59Z")).empty());
    EXPECT_TRUE(run(facts, at("2026-10-19T12:00:00Z")).empty());
    EXPECT_EQ(run(facts, at("2026-10-19T12:00:01Z")).size(), 1u);
}

TEST(MissedDeliveryWindowRule, AcceptsDeliveredParcelsEvenLateOnes)
{
    EXPECT_TRUE(run(promised(OrderStatus::Delivered, ShipmentStatus::Delivered)).empty());
    // The carrier's scan says delivered though its status lags behind.
    OrderFacts lagging = promised(OrderStatus::Dispatched, ShipmentStatus::OutForDelivery);
    scan(lagging.shipments.front(), "2026-10-19T13:00:00Z", "delivered");
    EXPECT_TRUE(run(lagging).empty());
}

TEST(MissedDeliveryWindowRule, AcceptsTheCancelledShipmentOfACancelledOrder)
{
    EXPECT_TRUE(run(promised(OrderStatus::Cancelled, ShipmentStatus::Cancelled)).empty());
}

TEST(MissedDeliveryWindowRule, IgnoresShipmentsWithoutAPromise)
{
    EXPECT_TRUE(run(plainOrder(OrderStatus::Dispatched, ShipmentStatus::InTransit)).empty());
}
