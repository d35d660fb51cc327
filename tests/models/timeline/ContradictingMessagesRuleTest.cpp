#include "timeline/ContradictingMessagesRule.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;
using namespace std::chrono_literals;

namespace {

std::vector<Alert> run(const OrderFacts &facts)
{
    return ContradictingMessagesRule().evaluate(facts, asOf());
}

OrderFacts twoMessages(CustomerMessage first, CustomerMessage second)
{
    OrderFacts facts = plainOrder(OrderStatus::Dispatched, ShipmentStatus::InTransit);
    facts.messages = {std::move(first), std::move(second)};
    return facts;
}

} // namespace

TEST(ContradictingMessagesRule, FlagsCancelledThenShippedInTheStilettosStory)
{
    const std::vector<Alert> alerts = run(stilettos());
    ASSERT_EQ(alerts.size(), 1u);
    const Alert &alert = alerts.front();
    EXPECT_EQ(alert.rule, "contradicting-messages");
    EXPECT_EQ(alert.severity, AlertSeverity::Warning);
    EXPECT_EQ(alert.orderId, "ORD-1001-R1");
    EXPECT_TRUE(mentions(alert.message, "MSG-1004 (16 Oct 2026 07:40 UTC) told the customer "
                                        "ORD-1001-R1 was cancelled"));
    EXPECT_TRUE(mentions(alert.message, "MSG-1005, 47 h later, said ORD-1001-R1 was on its way"));
    // MSG-1002 (ORD-1001 shipped, 2.5 days before the cancellation) also contradicts it.
    EXPECT_EQ(alert.evidence,
              (std::vector<std::string>{"notifications:MSG-1002", "notifications:MSG-1003",
                                        "notifications:MSG-1004", "notifications:MSG-1005"}));
    EXPECT_TRUE(contains(alert.suggestedActions, "send-message"));
}

TEST(ContradictingMessagesRule, FlagsShippedThenCancelled)
{
    const std::vector<Alert> alerts =
        run(twoMessages(message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "shipping-confirmation",
                                "Shipped", "On its way"),
                        message("MSG-2", "ORD-1", "2026-10-12T08:00:00Z", "order-cancelled",
                                "Cancelled", "We cancelled your order")));
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_TRUE(mentions(alerts.front().message, "MSG-1 (11 Oct 2026 08:00 UTC) told the customer "
                                                 "ORD-1 was on its way; MSG-2, 24 h later, said "
                                                 "ORD-1 was cancelled."));
}

TEST(ContradictingMessagesRule, ReadsUnknownTemplatesInFiveLanguages)
{
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"Your order was cancelled.", "Your parcel is out for delivery."},
        {"Il tuo ordine è stato annullato.", "Il tuo pacco è in consegna oggi."},
        {"Ihre Bestellung wurde storniert.", "Ihr Paket ist unterwegs."},
        {"Tu pedido ha sido cancelado.", "Tu pedido ya está en camino."},
        {"Votre commande a été annulée.", "Votre colis a été livré."},
        {"Wir haben Ihnen den Betrag rückerstattet.", "Ihr Paket wurde zugestellt."},
    };
    for (const auto &[first, second] : pairs) {
        const OrderFacts facts = twoMessages(
            message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "ops-notice", "", first),
            message("MSG-2", "ORD-1", "2026-10-11T09:00:00Z", "carrier-sms", "", second));
        EXPECT_EQ(run(facts).size(), 1u) << first << " / " << second;
    }
}

TEST(ContradictingMessagesRule, TrustsKnownTemplatesOverTheirWording)
{
    // A return authorisation promising a refund is not a refund.
    const OrderFacts facts = twoMessages(
        message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "return-authorized", "Return authorised",
                "We will refund you once the items reach us."),
        message("MSG-2", "ORD-1", "2026-10-11T09:00:00Z", "shipping-confirmation", "Shipped", ""));
    EXPECT_TRUE(run(facts).empty());
}

TEST(ContradictingMessagesRule, AcceptsDeliveredThenRefundedAsAReturn)
{
    const OrderFacts facts = twoMessages(
        message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "delivery-confirmation", "Delivered", ""),
        message("MSG-2", "ORD-1", "2026-10-12T08:00:00Z", "refund-issued", "Refunded", ""));
    EXPECT_TRUE(run(facts).empty());
}

TEST(ContradictingMessagesRule, IgnoresContradictionsFurtherApartThanTheWindow)
{
    const OrderFacts facts = twoMessages(
        message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "order-cancelled", "Cancelled", ""),
        message("MSG-2", "ORD-1", "2026-10-14T08:01:00Z", "shipping-confirmation", "Shipped", ""));
    EXPECT_TRUE(run(facts).empty());
    EXPECT_EQ(ContradictingMessagesRule(96h).evaluate(facts, asOf()).size(), 1u);
}

TEST(ContradictingMessagesRule, ComparesOnlyMessagesOfTheSameOrderFamily)
{
    OrderFacts facts = twoMessages(
        message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "order-cancelled", "Cancelled", ""),
        message("MSG-2", "ORD-2", "2026-10-11T09:00:00Z", "shipping-confirmation", "Shipped", ""));
    facts.orders.push_back(order("ORD-2", OrderStatus::Dispatched, {line("L1", 1, 100)}, 100));
    EXPECT_TRUE(run(facts).empty());
}

TEST(ContradictingMessagesRule, AcceptsTheOrdinaryConfirmationThenShipping)
{
    const OrderFacts facts = twoMessages(
        message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", "order-confirmation", "Thanks",
                "We will email you again as soon as it is with the courier."),
        message("MSG-2", "ORD-1", "2026-10-12T08:00:00Z", "shipping-confirmation", "Shipped", ""));
    EXPECT_TRUE(run(facts).empty());
}
